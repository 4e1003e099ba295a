import fs from 'node:fs'
import type { Insertable } from 'kysely'
import type { GridsTable, RegionsTable } from '../db/types.ts'
import { parseDivisions } from '../modules/regions/index.ts'
import { parseCsv } from '../platform/csv.ts'
import type { SheetRow } from '../platform/workbook.ts'
import { FIRM_BRANDS, FIRM_FORMS, FIRM_INDUSTRIES, ROAD_NAMES, ROAD_SUFFIXES } from './names.ts'
import type { Random } from './random.ts'
import { countyPrefix, DEMO_GRID_TOTAL, TOWN_SPECS } from './towns.ts'
import {
  apportion,
  coord,
  type DemoRegion,
  type DemoStep,
  type DemoTown,
  insertRows,
  stableId,
} from './world.ts'

/** A street address in the county (venues, duty posts). */
export function roadAddress(rng: Random): string {
  return `${rng.pick(ROAD_NAMES)}${rng.pick(ROAD_SUFFIXES)}${rng.int(1, 388)}号`
}

/** An invented company name (duty posts, deputies' workplaces). */
export function firmName(rng: Random): string {
  return `德清${rng.pick(FIRM_BRANDS)}${rng.pick(FIRM_INDUSTRIES)}${rng.pick(FIRM_FORMS)}`
}

/** A point within `spread` degrees of a place. */
export function near(rng: Random, lat: number, lng: number, spread: number): { lat: number; lng: number } {
  return { lat: coord(lat + rng.float(-spread, spread)), lng: coord(lng + rng.float(-spread, spread)) }
}

/** Deqing's towns and villages from the national division codes (2023 edition): divisions/README.md. */
const DIVISIONS = new URL('./divisions/deqing-330521.csv', import.meta.url)

/**
 * The shipped extract as import rows, its codes moved under `countyCode` (the demo may be loaded under another
 * county's code: the same tree, renumbered).
 */
export function demoDivisionRows(countyCode: string): SheetRow[] {
  const move = (code: string) =>
    code.startsWith('330521') ? `${countyPrefix(countyCode)}${code.slice(6)}` : code
  const [, ...records] = parseCsv(fs.readFileSync(DIVISIONS, 'utf8'))
  return records
    .filter((r) => r.length === 3)
    .map(([code, name, parent], i) => ({
      row: i + 2,
      cells: { code: move(code!), name: name!, parent: move(parent!) },
    }))
}

/**
 * Regions: the county, its 13 towns and its 177 villages and communities with their national codes and names,
 * read and checked as `lianxin regions import` reads them. The codes carry no coordinates: each town has an
 * approximate centre (towns.ts) and each village a point drawn near it, so the map is illustrative.
 */
export const regionsStep: DemoStep = {
  name: 'regions',
  async run(ctx) {
    const { rng, world } = ctx
    const countyCode = world.countyCode
    const { errors, tree } = parseDivisions(demoDivisionRows(countyCode), countyCode)
    if (!tree) throw new Error(`the demo's division codes do not load: ${JSON.stringify(errors)}`)
    const county: DemoRegion = {
      code: countyCode,
      name: tree.countyName ?? '德清县',
      nameEn: 'Deqing County',
      level: 'county',
      kind: '县',
      parentCode: null,
      path: countyCode,
      lat: 30.545,
      lng: 119.96,
      townCode: null,
    }
    world.county = county
    world.regions.set(county.code, county)
    const row = (r: DemoRegion, sort: number): Insertable<RegionsTable> => ({
      code: r.code,
      parent_code: r.parentCode,
      level: r.level,
      kind: r.kind,
      name: r.name,
      name_en: r.nameEn,
      path: r.path,
      lat: r.lat,
      lng: r.lng,
      sort,
      county_code: countyCode,
    })
    const rows: Insertable<RegionsTable>[] = [row(county, 0)]
    const spec = new Map(TOWN_SPECS.map((s) => [s.part, s]))
    for (const unit of tree.units.filter((u) => u.level === 'town')) {
      const s = spec.get(unit.code.slice(6, 9))
      if (!s || s.name !== unit.name) throw new Error(`towns.ts has no entry for ${unit.code} ${unit.name}`)
      const town: DemoTown = {
        code: unit.code,
        name: unit.name,
        nameEn: s.nameEn,
        level: 'town',
        kind: unit.kind,
        parentCode: countyCode,
        path: unit.path,
        lat: s.lat,
        lng: s.lng,
        townCode: unit.code,
        short: s.short,
        isSubdistrict: unit.kind === '街道',
        villages: [],
      }
      rows.push(row(town, unit.sort))
      world.towns.push(town)
      world.regions.set(town.code, town)
      for (const v of tree.units.filter((u) => u.parentCode === unit.code)) {
        const at = near(rng, s.lat, s.lng, v.kind === '社区' ? 0.012 : 0.035)
        const village: DemoRegion = {
          code: v.code,
          name: v.name,
          nameEn: null,
          level: 'village',
          kind: v.kind,
          parentCode: unit.code,
          path: v.path,
          lat: at.lat,
          lng: at.lng,
          townCode: unit.code,
        }
        town.villages.push(village)
        world.regions.set(village.code, village)
        rows.push(row(village, v.sort))
      }
    }
    if (world.towns.length !== TOWN_SPECS.length)
      throw new Error('towns.ts lists a town the codes do not have')
    await insertRows(ctx, 'regions', rows)
  },
}

/**
 * Grids: exactly 148 over the 177 villages and communities, so not every one has a grid: every community has
 * at least one and communities (denser) more; the rest go to villages by weight, and every town has some.
 */
export const gridsStep: DemoStep = {
  name: 'grids',
  async run(ctx) {
    const { rng, world } = ctx
    const villages = world.towns.flatMap((t) => t.villages)
    const weights = villages.map((v) => (v.kind === '社区' ? rng.int(3, 6) : rng.int(1, 3)))
    const floor = villages.map((v): number => (v.kind === '社区' ? 1 : 0))
    const extra = apportion(DEMO_GRID_TOTAL - floor.reduce((a, b) => a + b, 0), weights, 0)
    const shares = floor.map((f, i) => f + extra[i]!)
    for (const town of world.towns) {
      if (!town.villages.some((v) => shares[villages.indexOf(v)]! > 0))
        throw new Error(`${town.name} has no grid`)
    }
    const rows: Insertable<GridsTable>[] = []
    villages.forEach((village, i) => {
      for (let n = 1; n <= shares[i]; n++) {
        const code = `G${village.code}-${String(n).padStart(2, '0')}`
        const grid = {
          id: stableId(world.countyCode, 'grids', code),
          code,
          name: `${village.name}第${n}网格`,
          regionCode: village.code,
          townCode: village.townCode!,
        }
        world.grids.push(grid)
        rows.push({
          id: grid.id,
          code,
          name: grid.name,
          region_code: village.code,
          county_code: world.countyCode,
        })
      }
    })
    await insertRows(ctx, 'grids', rows)
  },
}
