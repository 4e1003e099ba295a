import type { Insertable } from 'kysely'
import type { GridsTable, RegionsTable } from '../db/types.ts'
import {
  COMMUNITY_NAMES,
  FIRM_BRANDS,
  FIRM_FORMS,
  FIRM_INDUSTRIES,
  ROAD_NAMES,
  ROAD_SUFFIXES,
  VILLAGE_HEADS,
  VILLAGE_TAILS,
} from './names.ts'
import type { Random } from './random.ts'
import { DEMO_GRID_TOTAL, TOWN_SPECS, townCodeOf } from './towns.ts'
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

/** Regions: the county, its 13 towns and 8–16 villages/communities under each. */
export const regionsStep: DemoStep = {
  name: 'regions',
  async run(ctx) {
    const { rng, world } = ctx
    const countyCode = world.countyCode
    const county: DemoRegion = {
      code: countyCode,
      name: '德清县',
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

    // Invented names are unique across the county (easier to search and to tell apart on a map).
    const used = new Set<string>()
    for (const spec of TOWN_SPECS) for (const [name] of spec.realVillages ?? []) used.add(name)
    const communityPool = rng.shuffle(COMMUNITY_NAMES)
    const nextCommunity = (): readonly [string, string] => {
      while (communityPool.length > 0) {
        const entry = communityPool.shift()!
        if (!used.has(entry[0])) {
          used.add(entry[0])
          return entry
        }
      }
      throw new Error('the community name list is exhausted')
    }
    const nextVillage = (): readonly [string, string] => {
      for (let attempt = 0; attempt < 1000; attempt++) {
        const [h, hp] = rng.pick(VILLAGE_HEADS)
        const [t, tp] = rng.pick(VILLAGE_TAILS)
        const name = `${h}${t}`
        if (h === t || used.has(name)) continue
        used.add(name)
        return [name, `${hp}${tp}`]
      }
      throw new Error('could not invent a unique village name')
    }

    const rows: Insertable<RegionsTable>[] = [
      {
        code: county.code,
        parent_code: null,
        level: 'county',
        kind: county.kind,
        name: county.name,
        name_en: county.nameEn,
        path: county.path,
        lat: county.lat,
        lng: county.lng,
        sort: 0,
        county_code: countyCode,
      },
    ]
    TOWN_SPECS.forEach((spec, index) => {
      const code = townCodeOf(countyCode, spec)
      const isSubdistrict = spec.name.endsWith('街道')
      const town: DemoTown = {
        code,
        name: spec.name,
        nameEn: spec.nameEn,
        level: 'town',
        kind: isSubdistrict ? '街道' : '镇',
        parentCode: countyCode,
        path: `${county.path}/${code}`,
        lat: spec.lat,
        lng: spec.lng,
        townCode: code,
        short: spec.short,
        isSubdistrict,
        villages: [],
      }
      rows.push({
        code,
        parent_code: countyCode,
        level: 'town',
        kind: town.kind,
        name: town.name,
        name_en: town.nameEn,
        path: town.path,
        lat: town.lat,
        lng: town.lng,
        sort: index + 1,
        county_code: countyCode,
      })
      world.towns.push(town)
      world.regions.set(code, town)

      const head = code.slice(0, 9)
      const children: { code: string; name: string; nameEn: string; kind: string; spread: number }[] = []
      for (let i = 0; i < spec.communities; i++) {
        const [name, py] = nextCommunity()
        children.push({
          code: `${head}${String(i + 1).padStart(3, '0')}`,
          name: `${name}社区`,
          nameEn: `${py} Community`,
          kind: '社区',
          spread: 0.012,
        })
      }
      const real = spec.realVillages ?? []
      for (let i = 0; i < spec.villages; i++) {
        const [name, py] = i < real.length ? real[i] : nextVillage()
        children.push({
          code: `${head}${String(201 + i)}`,
          name: `${name}村`,
          nameEn: `${py} Village`,
          kind: '村',
          spread: 0.035,
        })
      }
      children.forEach((child, childIndex) => {
        const at = near(rng, spec.lat, spec.lng, child.spread)
        const village: DemoRegion = {
          code: child.code,
          name: child.name,
          nameEn: child.nameEn,
          level: 'village',
          kind: child.kind,
          parentCode: code,
          path: `${town.path}/${child.code}`,
          lat: at.lat,
          lng: at.lng,
          townCode: code,
        }
        town.villages.push(village)
        world.regions.set(village.code, village)
        rows.push({
          code: village.code,
          parent_code: code,
          level: 'village',
          kind: village.kind,
          name: village.name,
          name_en: village.nameEn,
          path: village.path,
          lat: village.lat,
          lng: village.lng,
          sort: childIndex + 1,
          county_code: countyCode,
        })
      })
    })
    await insertRows(ctx, 'regions', rows)
  },
}

/** Grids: exactly 148, every village/community at least one, communities (denser) more. */
export const gridsStep: DemoStep = {
  name: 'grids',
  async run(ctx) {
    const { rng, world } = ctx
    const villages = world.towns.flatMap((t) => t.villages)
    const weights = villages.map((v) => (v.kind === '社区' ? rng.int(3, 6) : rng.int(1, 3)))
    const shares = apportion(DEMO_GRID_TOTAL, weights, 1)
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
