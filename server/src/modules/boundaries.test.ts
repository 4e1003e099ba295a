import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * The anatomy's boundaries (ARCHITECTURE.md, "Modules"), checked on the source text:
 * - a module imports another module only through its index.ts, schema.ts or repo.ts;
 * - the platform knows no module;
 * - the citizen site and the console never import each other;
 * - no hand-written source file reaches 400 lines.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const serverSrc = path.join(root, 'server/src')
const webSrc = path.join(root, 'web/src')

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : filesUnder(full)
    return /\.(ts|tsx|css)$/.test(e.name) ? [full] : []
  })
}

/** Relative import specifiers of a file (static imports, re-exports and dynamic imports). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const found: string[] = []
  for (const m of text.matchAll(
    /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g,
  )) {
    found.push(m[1] ?? m[2]!)
  }
  return found
}

const rel = (file: string) => path.relative(root, file)

/** The module a file of server/src/modules belongs to, and its path inside that module. */
function moduleOf(file: string): { name: string; inner: string } | null {
  const r = path.relative(path.join(serverSrc, 'modules'), file)
  if (r.startsWith('..') || !r.includes(path.sep)) return null
  const [name, ...rest] = r.split(path.sep)
  return { name: name!, inner: rest.join('/') }
}

const PUBLIC_FILES = new Set(['index.ts', 'schema.ts', 'repo.ts'])

export function boundaryViolations(files: string[]): string[] {
  const violations: string[] = []
  for (const file of files) {
    const from = moduleOf(file)
    const inPlatform = file.startsWith(path.join(serverSrc, 'platform') + path.sep)
    for (const spec of importsOf(file)) {
      const target = path.resolve(path.dirname(file), spec)
      const to = moduleOf(target)
      if (inPlatform && to) violations.push(`${rel(file)} → ${spec}: the platform imports no module`)
      if (from && to && from.name !== to.name && !PUBLIC_FILES.has(to.inner)) {
        violations.push(
          `${rel(file)} → ${spec}: only index.ts, schema.ts and repo.ts of "${to.name}" may be imported`,
        )
      }
      const side = (p: string) =>
        p.startsWith(path.join(webSrc, 'public'))
          ? 'public'
          : p.startsWith(path.join(webSrc, 'console'))
            ? 'console'
            : null
      const a = side(file)
      const b = side(target)
      if (a && b && a !== b) violations.push(`${rel(file)} → ${spec}: web ${a}/ never imports ${b}/`)
    }
  }
  return violations
}

/** Generated files and text corpora are data, not code to read. */
const SIZE_EXEMPT = [/schema\.d\.ts$/, /db\/types\.ts$/, /texts\.ts$/]
const MAX_LINES = 400

describe('module boundaries', () => {
  const files = [...filesUnder(serverSrc), ...filesUnder(webSrc)].filter((f) => !f.endsWith('.css'))

  it('modules import each other only through index.ts, schema.ts or repo.ts; the platform imports none', () => {
    expect(boundaryViolations(files)).toEqual([])
  })

  it('finds a forbidden import when there is one', () => {
    const dir = fs.mkdtempSync(path.join(serverSrc, 'modules', '.boundary-probe-'))
    const probe = path.join(dir, 'routes.ts')
    try {
      fs.writeFileSync(probe, "import { suggestionRoutes } from '../suggestions/routes.ts'\n")
      expect(boundaryViolations([probe])).toHaveLength(1)
      fs.writeFileSync(probe, "import { suggestionsModule } from '../suggestions/index.ts'\n")
      expect(boundaryViolations([probe])).toEqual([])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it(`every hand-written source file is under ${MAX_LINES} lines`, () => {
    const long = [...filesUnder(serverSrc), ...filesUnder(webSrc)]
      .filter((f) => !SIZE_EXEMPT.some((re) => re.test(f)))
      .map((f) => ({ file: rel(f), lines: fs.readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines >= MAX_LINES)
    expect(long).toEqual([])
  })
})
