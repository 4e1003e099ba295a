#!/usr/bin/env node
// Generates (or checks) web/src/shared/api/schema.d.ts from the server's OpenAPI document.
//   node scripts/api.mjs generate [--input openapi.json]
//   node scripts/api.mjs check    [--input openapi.json]
// Without --input the document comes from `npx tsx server/src/cli/openapi.ts` run at the repo root.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const repoRoot = path.resolve(webDir, '..')
const target = path.join(webDir, 'src/shared/api/schema.d.ts')
const serverCli = 'server/src/cli/openapi.ts'
const header =
  "// Generated from the server's OpenAPI document by `npm run api:generate -w web`. Do not edit by hand.\n\n"

function usage(message) {
  console.error(message)
  console.error('usage: node scripts/api.mjs generate|check [--input openapi.json]')
  process.exit(2)
}

function readDocument(inputArg) {
  if (inputArg) return JSON.parse(readFileSync(path.resolve(process.cwd(), inputArg), 'utf8'))
  if (!existsSync(path.join(repoRoot, serverCli))) {
    usage(`cannot find ${serverCli}: the server's OpenAPI command is needed to generate the API types`)
  }
  const stdout = execFileSync('npx', ['--no-install', 'tsx', serverCli], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
  })
  const start = stdout.indexOf('{')
  if (start < 0) usage(`${serverCli} printed no JSON document`)
  return JSON.parse(stdout.slice(start))
}

async function render(document) {
  const ast = await openapiTS(document, { alphabetize: false, exportType: false })
  return header + astToString(ast)
}

const [command, ...rest] = process.argv.slice(2)
const inputIndex = rest.indexOf('--input')
const inputArg = inputIndex >= 0 ? rest[inputIndex + 1] : undefined
if (inputIndex >= 0 && !inputArg) usage('--input needs a file name')

if (command === 'generate') {
  const text = await render(readDocument(inputArg))
  writeFileSync(target, text)
  console.log(`wrote ${path.relative(repoRoot, target)} (${text.length} characters)`)
} else if (command === 'check') {
  const expected = await render(readDocument(inputArg))
  const actual = existsSync(target) ? readFileSync(target, 'utf8') : ''
  if (actual !== expected) {
    const a = actual.split('\n')
    const e = expected.split('\n')
    let line = 0
    while (line < Math.max(a.length, e.length) && a[line] === e[line]) line++
    console.error(
      `${path.relative(repoRoot, target)} is out of date with the server's OpenAPI document ` +
        `(first difference at line ${line + 1}).\n` +
        `  committed: ${JSON.stringify(a[line] ?? '<end of file>')}\n` +
        `  generated: ${JSON.stringify(e[line] ?? '<end of file>')}\n` +
        'Run `npm run api:generate` and commit the result.',
    )
    process.exit(1)
  }
  console.log(`${path.relative(repoRoot, target)} matches the server's OpenAPI document`)
} else {
  usage(`unknown command ${command ?? '(none)'}`)
}
