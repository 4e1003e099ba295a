import type { FieldError, Message } from '../../platform/errors.ts'
import { controlCharacterAt } from '../../platform/validation.ts'
import type { SheetRow } from '../../platform/workbook.ts'

/**
 * A county's region tree from the national statistical division codes (国家统计局《统计用区划和城乡划分代码》):
 * 12-digit codes, `PPCCDD TTT VVV` — the county `PPCCDD000000`, a town or subdistrict `PPCCDDTTT000`, a village
 * or community `PPCCDDTTTVVV`. A file lists one county's towns and villages (and optionally the county itself),
 * each with its name and its parent's code. This file checks the rows and works out what an import changes;
 * it reads and writes nothing.
 */

/** The columns of the national layout: code, name, parent code (a header matches either language or the key). */
export const DIVISION_HEADERS = {
  code: { zh: '区划代码', en: 'Code' },
  name: { zh: '名称', en: 'Name' },
  parent: { zh: '上级代码', en: 'Parent code' },
} satisfies Record<string, Message>

export type UnitLevel = 'town' | 'village'

/** A town or village as the import stores it. */
export interface DivisionUnit {
  code: string
  /** The name shown: 居仁社区 for 居仁社区居委会, 对河口村 for 对河口村委会. */
  name: string
  level: UnitLevel
  /** 街道 / 镇 / 乡 for towns, 社区 / 村 for villages (residents' or villagers' committees). */
  kind: string
  parentCode: string
  path: string
  /** Rank among its siblings in code order (1-based). */
  sort: number
}

export interface DivisionTree {
  countyCode: string
  /** The county's name when the file has a row for the county itself. */
  countyName: string | null
  /** Towns, then villages, each in code order. */
  units: DivisionUnit[]
}

const TWELVE = /^[0-9]{12}$/

const countyPrefix = (countyCode: string) => countyCode.slice(0, 6)
const townOf = (code: string) => `${code.slice(0, 9)}000`

/** The level a 12-digit code under its county has, or null for the county itself. */
function levelOf(code: string): UnitLevel | null {
  if (code.endsWith('000000')) return null
  return code.endsWith('000') ? 'town' : 'village'
}

/** 居仁社区居委会 → 居仁社区, 对河口村委会 → 对河口村, 封愚居委会 → 封愚居委会 (no 社区 in the name: kept). */
export function displayName(name: string, level: UnitLevel): string {
  if (level === 'town') return name
  return name
    .replace(/社区居民委员会$|社区居委会$/, '社区')
    .replace(/村民委员会$|村委会$/, '村')
    .replace(/居民委员会$/, '居委会')
}

/**
 * A unit's kind. Towns by their name (街道, 镇, 乡), else by the code's town part (001–099 街道, 100–199 镇,
 * 200–399 乡, 400+ other units such as development zones). Villages by the code's village part, as the
 * national rules assign it: 001–199 residents' committees and 400–599 units like them are communities (社区),
 * 200–399 villagers' committees and 600–799 units like them are villages (村).
 */
export function kindOf(code: string, name: string, level: UnitLevel): string {
  if (level === 'town') {
    for (const suffix of ['街道', '镇', '乡']) if (name.endsWith(suffix)) return suffix
    const part = Number(code.slice(6, 9))
    return part < 100 ? '街道' : part < 200 ? '镇' : part < 400 ? '乡' : '其他'
  }
  const part = Number(code.slice(9))
  return part < 200 || (part >= 400 && part < 600) ? '社区' : '村'
}

/** The county-level kind of a county's name: 县, 区, 市 (a county-level city) or 旗. */
export function countyKindOf(name: string): string {
  for (const suffix of ['自治县', '县', '区', '市', '自治旗', '旗'])
    if (name.endsWith(suffix)) return suffix.slice(-1)
  return '县'
}

/**
 * Checks every row (each problem reported with its row and field) and, when none is wrong, builds the tree:
 * codes of 12 digits under the county, unique; names given; each town's parent the county, each village's its
 * own town, which the file must list too. `countyCode` is the county the file is imported for.
 */
export function parseDivisions(
  rows: readonly SheetRow[],
  countyCode: string,
): { errors: FieldError[]; tree: DivisionTree | null } {
  const errors: FieldError[] = []
  const add = (row: number, field: string, zh: string, en: string) =>
    errors.push({ row, field, message: { zh, en } })
  const seen = new Map<string, number>()
  const towns = new Set<string>()
  const candidates: { row: number; code: string; name: string; parent: string; level: UnitLevel }[] = []
  let countyName: string | null = null
  for (const { row, cells } of rows) {
    const code = cells.code ?? ''
    const name = cells.name ?? ''
    const parent = cells.parent ?? ''
    let ok = true
    if (!name) {
      add(row, 'name', '名称不能为空', 'Name is required')
      ok = false
    } else if (name.length > 60 || controlCharacterAt(name, '', new Set()) !== null) {
      add(
        row,
        'name',
        '名称应为 1–60 个字符，且不含控制字符',
        'Name must have 1–60 characters and no control characters',
      )
      ok = false
    }
    if (!code) {
      add(row, 'code', '区划代码不能为空', 'Code is required')
      continue
    }
    if (!TWELVE.test(code)) {
      add(row, 'code', `区划代码 ${code} 不是 12 位数字`, `Code ${code} is not 12 digits`)
      continue
    }
    if (seen.has(code)) {
      add(
        row,
        'code',
        `区划代码 ${code} 与第 ${seen.get(code)} 行重复`,
        `Code ${code} repeats row ${seen.get(code)}`,
      )
      continue
    }
    seen.set(code, row)
    if (code.slice(0, 6) !== countyPrefix(countyCode)) {
      add(
        row,
        'code',
        `区划代码 ${code} 不在县 ${countyCode} 之下`,
        `Code ${code} is not under the county ${countyCode}`,
      )
      continue
    }
    const level = levelOf(code)
    if (level === null) {
      // The county's own row names the county; its parent (the city) is not part of the tree.
      if (parent && !TWELVE.test(parent))
        add(row, 'parent', '上级代码不是 12 位数字', 'Parent code is not 12 digits')
      else if (ok) countyName = name
      continue
    }
    const expected = level === 'town' ? countyCode : townOf(code)
    if (!parent) {
      add(row, 'parent', '上级代码不能为空', 'Parent code is required')
      ok = false
    } else if (parent !== expected) {
      add(
        row,
        'parent',
        `上级代码应为 ${expected}（${level === 'town' ? '本县' : '代码所属的镇(街道)'}），而不是 ${parent}`,
        `Parent code must be ${expected} (${level === 'town' ? 'the county' : 'the town of the code'}), not ${parent}`,
      )
      ok = false
    }
    if (level === 'town') towns.add(code)
    if (ok) candidates.push({ row, code, name, parent, level })
  }
  for (const c of candidates) {
    if (c.level === 'village' && !towns.has(c.parent)) {
      add(
        c.row,
        'parent',
        `上级 ${c.parent} 不在文件中：请一并列出该镇(街道)`,
        `The parent ${c.parent} is not in the file: list its town too`,
      )
    }
  }
  if (rows.length === 0) add(1, 'file', '文件中没有数据行', 'The file has no data rows')
  else if (towns.size === 0 && errors.length === 0)
    add(1, 'file', '文件中没有镇(街道)', 'The file lists no town or subdistrict')
  if (errors.length > 0) {
    errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
    return { errors, tree: null }
  }
  candidates.sort((a, b) =>
    a.level === b.level ? a.code.localeCompare(b.code) : a.level === 'town' ? -1 : 1,
  )
  const rank = new Map<string, number>()
  const units = candidates.map((c): DivisionUnit => {
    const sort = (rank.get(c.parent) ?? 0) + 1
    rank.set(c.parent, sort)
    return {
      code: c.code,
      name: displayName(c.name, c.level),
      level: c.level,
      kind: kindOf(c.code, c.name, c.level),
      parentCode: c.parent,
      path: c.level === 'town' ? `${countyCode}/${c.code}` : `${countyCode}/${c.parent}/${c.code}`,
      sort,
    }
  })
  return { errors: [], tree: { countyCode, countyName, units } }
}

/** A region of the county as stored. */
export interface StoredRegion {
  code: string
  name: string
  kind: string
  level: string
  active: boolean
}

export type TreeChangeKind = 'added' | 'changed' | 'retired' | 'restored'

export interface TreeChange {
  change: TreeChangeKind
  code: string
  name: string
  level: 'county' | UnitLevel
  /** The stored name (and kind, when it changes) before the import. */
  previous: string | null
  unit?: DivisionUnit
}

/**
 * What importing the tree changes in the county's stored regions: units to add, to rename (or re-kind), to
 * retire (no longer in the national codes: retired, never deleted, as records may point to them), to restore
 * (retired, back in the codes). The county's own row renames the county. Nothing else is touched.
 */
export function diffTree(stored: readonly StoredRegion[], tree: DivisionTree): TreeChange[] {
  const changes: TreeChange[] = []
  const byCode = new Map(stored.map((r) => [r.code, r]))
  const county = byCode.get(tree.countyCode)
  if (county && tree.countyName && county.name !== tree.countyName) {
    changes.push({
      change: 'changed',
      code: county.code,
      name: tree.countyName,
      level: 'county',
      previous: county.name,
    })
  }
  const listed = new Set<string>()
  for (const unit of tree.units) {
    listed.add(unit.code)
    const was = byCode.get(unit.code)
    const base = { code: unit.code, name: unit.name, level: unit.level, unit }
    if (!was) changes.push({ change: 'added', previous: null, ...base })
    else {
      const previous = was.kind === unit.kind ? was.name : `${was.name}（${was.kind}）`
      if (!was.active) changes.push({ change: 'restored', previous, ...base })
      else if (was.name !== unit.name || was.kind !== unit.kind)
        changes.push({ change: 'changed', previous, ...base })
    }
  }
  for (const r of stored) {
    if (r.level === 'county' || listed.has(r.code) || !r.active) continue
    changes.push({
      change: 'retired',
      code: r.code,
      name: r.name,
      level: r.level as UnitLevel,
      previous: r.name,
    })
  }
  return changes
}
