import type { Insertable } from 'kysely'
import type {
  DeputiesTable,
  DeputyGridsTable,
  DeputyMembershipsTable,
  DeputyVenuesTable,
} from '../db/types.ts'
import { maskPhone } from '../platform/crypto.ts'
import { ETHNICITIES, PARTIES } from './names.ts'
import { inventBio, inventName, inventWork, MOBILE_PREFIXES } from './people.ts'
import { TOWN_SPECS, townCodeOf } from './towns.ts'
import {
  type DemoDeputy,
  type DemoMembership,
  type DemoRegion,
  type DemoStep,
  type DemoTown,
  insertRows,
  stableId,
} from './world.ts'

/** 德清县第十七届人民代表大会. */
export const COUNTY_TERM = 17
/** Town congresses (only 镇 have one; 街道 have a 人大工委 and no town-level deputies). */
export const TOWN_TERM = 18
/** 湖州市第九届人民代表大会. */
export const CITY_TERM = 9
/** 浙江省第十四届人民代表大会. */
export const PROVINCIAL_TERM = 14

/** Town-level deputies per 镇 (8 × 25 = 200), of whom this many are also county deputies (8 × 5 = 40). */
const TOWN_DEPUTIES_PER_TOWN = 25
const DUAL_PER_TOWN = 5
/** County deputies who are also city (4) or provincial (1) deputies, and people who are only city/provincial. */
const CITY_DUAL = 4
const PROVINCIAL_DUAL = 1

interface Person {
  town: DemoTown
  county: boolean
  town_level: boolean
  /** City or provincial membership. */
  upper: 'city' | 'provincial' | null
  gridIds: string[]
  village: DemoRegion
  /** Tie-breaker so ordering stays a pure function of the random stream. */
  rank: number
  memberships: DemoMembership[]
}
/** Deputies (people) with their memberships, venues and grids. Phones are stored encrypted only. */
export const deputiesStep: DemoStep = {
  name: 'deputies',
  async run(ctx) {
    const { world, cipher } = ctx
    const structure = ctx.rng.fork('structure')
    const people = ctx.rng.fork('people')
    const countyCode = world.countyCode
    const townByCode = new Map(world.towns.map((t) => [t.code, t]))

    // 1. Who sits where: county deputies per town, town deputies in each 镇, a few city/provincial-only people.
    const persons: Person[] = []
    const newPerson = (
      town: DemoTown,
      county: boolean,
      townLevel: boolean,
      upper: Person['upper'],
    ): Person => {
      const p: Person = {
        town,
        county,
        town_level: townLevel,
        upper,
        gridIds: [],
        village: town,
        rank: structure.next(),
        memberships: [],
      }
      persons.push(p)
      return p
    }
    for (const spec of TOWN_SPECS) {
      const town = townByCode.get(townCodeOf(countyCode, spec))!
      const countyPeople = Array.from({ length: spec.countyDeputies }, () =>
        newPerson(town, true, false, null),
      )
      if (!town.isSubdistrict) {
        for (const p of structure.sample(countyPeople, DUAL_PER_TOWN)) p.town_level = true
        for (let i = 0; i < TOWN_DEPUTIES_PER_TOWN - DUAL_PER_TOWN; i++) newPerson(town, false, true, null)
      }
    }
    const countyPersons = persons.filter((p) => p.county)
    const upperDual = structure.sample(countyPersons, CITY_DUAL + PROVINCIAL_DUAL)
    upperDual.forEach((p, i) => {
      p.upper = i < CITY_DUAL ? 'city' : 'provincial'
    })
    for (const [townName, upper] of [
      ['武康街道', 'city'],
      ['新市镇', 'city'],
      ['乾元镇', 'provincial'],
    ] as const) {
      const town = world.towns.find((t) => t.name === townName)
      if (town) newPerson(town, false, false, upper)
    }

    // 2. Grids: every grid of a town gets one of the town's deputies; a quarter of them take a second grid.
    for (const town of world.towns) {
      const grids = world.grids.filter((g) => g.townCode === town.code)
      const local = structure.shuffle(persons.filter((p) => p.town === town))
      if (local.length < grids.length) {
        throw new Error(`${town.name}: ${local.length} deputies cannot cover ${grids.length} grids`)
      }
      local.forEach((p, i) => {
        const grid = grids[i % grids.length]
        p.gridIds.push(grid.id)
        p.village = world.regions.get(grid.regionCode)!
        if (grids.length > 1 && structure.chance(0.25)) {
          const other = structure.pick(grids.filter((g) => g.id !== grid.id))
          p.gridIds.push(other.id)
        }
      })
    }

    // 3. Order and codes: county deputies by town and village, then town-only, then city/provincial-only.
    const townIndex = new Map(world.towns.map((t, i) => [t.code, i]))
    const byPlace = (a: Person, b: Person) =>
      townIndex.get(a.town.code)! - townIndex.get(b.town.code)! ||
      a.village.code.localeCompare(b.village.code) ||
      a.rank - b.rank
    const ordered = [
      ...persons.filter((p) => p.county).sort(byPlace),
      ...persons.filter((p) => !p.county && p.town_level).sort(byPlace),
      ...persons.filter((p) => !p.county && !p.town_level).sort(byPlace),
    ]

    // 4. Memberships and constituencies (one to three deputies per constituency, numbered within the town).
    for (const town of world.towns) {
      let n = 0
      let left = 0
      for (const p of ordered.filter((q) => q.county && q.town === town)) {
        if (left === 0) {
          n++
          left = structure.int(1, 3)
        }
        left--
        p.memberships.push({
          level: 'county',
          term: COUNTY_TERM,
          constituency: `${town.name}第${n}选区`,
          regionCode: town.code,
        })
      }
      n = 0
      left = 0
      for (const p of ordered.filter((q) => q.town_level && q.town === town).sort(byPlace)) {
        if (left === 0) {
          n++
          left = structure.int(1, 2)
        }
        left--
        p.memberships.push({
          level: 'town',
          term: TOWN_TERM,
          constituency: `${town.name}第${n}选区`,
          regionCode: p.village.code,
        })
      }
    }
    for (const p of ordered) {
      if (p.upper === 'city') {
        p.memberships.push({
          level: 'city',
          term: CITY_TERM,
          constituency: '德清县选举单位',
          regionCode: countyCode,
        })
      } else if (p.upper === 'provincial') {
        p.memberships.push({
          level: 'provincial',
          term: PROVINCIAL_TERM,
          constituency: '湖州市选举单位',
          regionCode: countyCode,
        })
      }
    }

    // 5. The people themselves, in code order.
    const usedNames = new Set<string>()
    const usedPhones = new Set<string>()
    const deputyRows: Insertable<DeputiesTable>[] = []
    const membershipRows: Insertable<DeputyMembershipsTable>[] = []
    const venueRows: Insertable<DeputyVenuesTable>[] = []
    const gridRows: Insertable<DeputyGridsTable>[] = []
    ordered.forEach((p, index) => {
      const code = `D${String(index + 1).padStart(4, '0')}`
      const id = stableId(countyCode, 'deputies', code)
      const gender = people.chance(0.32) ? 'female' : 'male'
      const name = inventName(people, gender, usedNames)
      const birthYear = people.int(1960, 1995)
      const ethnicity = people.weighted(ETHNICITIES)
      const party = people.weighted(PARTIES)
      const work = inventWork(people, p.town, p.village)
      const bio = inventBio(people, birthYear, party, work, p.memberships)
      let phone: string
      do {
        phone = `${people.pick(MOBILE_PREFIXES)}${people.digits(8)}`
      } while (usedPhones.has(phone))
      usedPhones.add(phone)

      // Venues: the town's station, plus the point of the deputy's own village or another venue of the town.
      const venueIds = [world.stationByTown.get(p.town.code)!.id]
      const ownPoint = world.venues.find((v) => v.kind === 'point' && v.regionCode === p.village.code)
      if (ownPoint && people.chance(0.8)) {
        venueIds.push(ownPoint.id)
      } else if (people.chance(0.3)) {
        const others = world.venues.filter((v) => v.townCode === p.town.code && v.kind !== 'station')
        if (others.length > 0) venueIds.push(people.pick(others).id)
      }

      const deputy: DemoDeputy = {
        id,
        code,
        name,
        gender,
        regionCode: p.village.code,
        townCode: p.town.code,
        memberships: p.memberships,
        venueIds,
        gridIds: p.gridIds,
      }
      world.deputies.push(deputy)
      deputyRows.push({
        id,
        code,
        name,
        gender,
        birth_year: birthYear,
        ethnicity,
        party,
        occupation: work.occupation,
        organisation: work.organisation,
        bio,
        region_code: p.village.code,
        phone_enc: cipher.encrypt(phone),
        phone_hash: cipher.lookupHash(phone),
        phone_masked: maskPhone(phone),
        county_code: countyCode,
      })
      for (const m of p.memberships) {
        membershipRows.push({
          id: stableId(countyCode, 'deputy_memberships', `${code}/${m.level}/${m.term}`),
          deputy_id: id,
          level: m.level,
          term: m.term,
          constituency: m.constituency,
          region_code: m.regionCode,
        })
      }
      for (const venueId of venueIds) venueRows.push({ deputy_id: id, venue_id: venueId })
      for (const gridId of p.gridIds) gridRows.push({ deputy_id: id, grid_id: gridId })
    })
    await insertRows(ctx, 'deputies', deputyRows)
    await insertRows(ctx, 'deputy_memberships', membershipRows)
    await insertRows(ctx, 'deputy_venues', venueRows)
    await insertRows(ctx, 'deputy_grids', gridRows)
  },
}
