import { describe, expect, it } from 'vitest'
import type { SheetRow } from '../../platform/workbook.ts'
import { diffTree, displayName, kindOf, parseDivisions, type StoredRegion } from './divisions.ts'

const COUNTY = '330521000000'
const rows = (...list: [string, string, string][]): SheetRow[] =>
  list.map(([code, name, parent], i) => ({ row: i + 2, cells: { code, name, parent } }))

const GOOD = rows(
  ['330521000000', '德清县', '330500000000'],
  ['330521115000', '莫干山镇', COUNTY],
  ['330521001000', '武康街道', COUNTY],
  ['330521115001', '莫干山居委会', '330521115000'],
  ['330521115202', '劳岭村委会', '330521115000'],
  ['330521001001', '居仁社区居委会', '330521001000'],
)

describe('national division codes', () => {
  it('builds the tree: towns then villages in code order, display names, kinds and paths', () => {
    const { errors, tree } = parseDivisions(GOOD, COUNTY)
    expect(errors).toEqual([])
    expect(tree!.countyName).toBe('德清县')
    expect(tree!.units.map((u) => [u.code, u.name, u.level, u.kind, u.path, u.sort])).toEqual([
      ['330521001000', '武康街道', 'town', '街道', `${COUNTY}/330521001000`, 1],
      ['330521115000', '莫干山镇', 'town', '镇', `${COUNTY}/330521115000`, 2],
      ['330521001001', '居仁社区', 'village', '社区', `${COUNTY}/330521001000/330521001001`, 1],
      ['330521115001', '莫干山居委会', 'village', '社区', `${COUNTY}/330521115000/330521115001`, 1],
      ['330521115202', '劳岭村', 'village', '村', `${COUNTY}/330521115000/330521115202`, 2],
    ])
  })

  it('names and kinds follow the national rules', () => {
    expect(displayName('韶村村委会', 'village')).toBe('韶村村')
    expect(displayName('塔山社区居民委员会', 'village')).toBe('塔山社区')
    expect(displayName('某某村民委员会', 'village')).toBe('某某村')
    expect(displayName('某某街道', 'town')).toBe('某某街道')
    expect(kindOf('330521201000', '某某经济开发区', 'town')).toBe('乡')
    expect(kindOf('330521401000', '某某经济开发区', 'town')).toBe('其他')
    expect(kindOf('330521115450', '某某生活区', 'village')).toBe('社区')
    expect(kindOf('330521115650', '某某场', 'village')).toBe('村')
  })

  it('reports every bad row, with its row and field, and builds nothing', () => {
    const { errors, tree } = parseDivisions(
      rows(
        ['330521115000', '莫干山镇', COUNTY],
        ['33052111500', '短代码', '330521115000'],
        ['330521115202', '', '330521115000'],
        ['330522001000', '别县街道', '330522000000'],
        ['330521115203', '何村村委会', '330521001000'],
        ['330521003201', '龙山村委会', '330521003000'],
        ['330521115000', '重复镇', COUNTY],
        ['330521116000', '无上级镇', ''],
        ['330521115204', '紫岭村委会', '330521115000'],
      ),
      COUNTY,
    )
    expect(tree).toBeNull()
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'code'],
      [4, 'name'],
      [5, 'code'],
      [6, 'parent'],
      [7, 'parent'],
      [8, 'code'],
      [9, 'parent'],
    ])
    expect(errors.find((e) => e.row === 7)!.message.en).toBe(
      'The parent 330521003000 is not in the file: list its town too',
    )
    expect(errors.find((e) => e.row === 6)!.message.zh).toContain('上级代码应为 330521115000')
    expect(parseDivisions([], COUNTY).errors.map((e) => e.field)).toEqual(['file'])
  })

  it('diffs against the stored tree: added, renamed, retired, restored, and nothing for the same tree', () => {
    const { tree } = parseDivisions(GOOD, COUNTY)
    const stored: StoredRegion[] = [
      { code: COUNTY, name: '德清县', kind: '县', level: 'county', active: true },
      { code: '330521001000', name: '武康街道', kind: '街道', level: 'town', active: true },
      { code: '330521115000', name: '莫干山镇', kind: '镇', level: 'town', active: false },
      { code: '330521115202', name: '老劳岭村', kind: '村', level: 'village', active: true },
      { code: '330521001009', name: '丰桥社区', kind: '社区', level: 'village', active: true },
      { code: '330521001008', name: '英溪社区', kind: '社区', level: 'village', active: false },
    ]
    const changes = diffTree(stored, tree!)
    expect(changes.map((c) => [c.change, c.code, c.name, c.previous])).toEqual([
      ['restored', '330521115000', '莫干山镇', '莫干山镇'],
      ['added', '330521001001', '居仁社区', null],
      ['added', '330521115001', '莫干山居委会', null],
      ['changed', '330521115202', '劳岭村', '老劳岭村'],
      ['retired', '330521001009', '丰桥社区', '丰桥社区'],
    ])
    const after: StoredRegion[] = [
      { code: COUNTY, name: '德清县', kind: '县', level: 'county', active: true },
      ...tree!.units.map((u) => ({ code: u.code, name: u.name, kind: u.kind, level: u.level, active: true })),
      { code: '330521001009', name: '丰桥社区', kind: '社区', level: 'village', active: false },
    ]
    expect(diffTree(after, tree!)).toEqual([])
    const renamedCounty = diffTree([{ ...after[0]!, name: '旧县' }, ...after.slice(1)], tree!)
    expect(renamedCounty.map((c) => [c.change, c.level, c.name, c.previous])).toEqual([
      ['changed', 'county', '德清县', '旧县'],
    ])
  })
})
