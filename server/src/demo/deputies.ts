import type { Insertable } from 'kysely'
import type {
  DeputiesTable,
  DeputyGridsTable,
  DeputyGroupMembersTable,
  DeputyGroupsTable,
  DeputyMembershipsTable,
  DeputyVenuesTable,
} from '../db/types.ts'
import { maskPhone } from '../platform/crypto.ts'
import { firmName, TOWN_SPECS, townCodeOf } from './geography.ts'
import {
  CHINESE_NUMERALS,
  CONCERNS,
  COOPERATIVE_CROPS,
  ETHNICITIES,
  FIRM_BRANDS,
  GIVEN_FEMALE,
  GIVEN_MALE,
  PARTIES,
  SURNAMES,
} from './names.ts'
import type { Random } from './random.ts'
import { COUNTY_DEPARTMENTS } from './units.ts'
import {
  apportion,
  type DemoDeputy,
  type DemoGroup,
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

// biome-ignore format: a data table reads better compact
const MOBILE_PREFIXES = [
  '133', '135', '137', '138', '139', '150', '151', '152', '157', '158', '159', '177', '180', '181', '187',
  '188', '189', '199',
]

function inventName(rng: Random, gender: 'male' | 'female', used: Set<string>): string {
  const chars = gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE
  for (let attempt = 0; attempt < 200; attempt++) {
    const surname = rng.weighted(SURNAMES)
    const first = rng.pick(chars)
    const given = rng.chance(0.82) ? `${first}${rng.pick(chars)}` : first
    if (given.length === 2 && given[0] === given[1] && !rng.chance(0.3)) continue
    const name = `${surname}${given}`
    if (used.has(name)) continue
    used.add(name)
    return name
  }
  throw new Error('could not invent a unique name')
}

interface Work {
  occupation: string
  organisation: string
}

function inventWork(rng: Random, town: DemoTown, village: DemoRegion): Work {
  const isCommunity = village.kind === '社区'
  const category = rng.weighted<string>([
    ['grassroots', 26],
    ['firm', 26],
    ['farm', town.isSubdistrict ? 6 : 14],
    ['school', 8],
    ['health', 8],
    ['official', 12],
    ['business', town.short === '莫干山' ? 12 : 6],
    ['social', 4],
    ['lawyer', 2],
  ])
  switch (category) {
    case 'grassroots':
      return rng.pick([
        { occupation: '党委书记', organisation: `${village.name}党委` },
        { occupation: '党委副书记', organisation: `${village.name}党委` },
        { occupation: '主任', organisation: `${village.name}${isCommunity ? '居民委员会' : '村民委员会'}` },
        {
          occupation: '主任',
          organisation: `${village.name}${isCommunity ? '居务监督委员会' : '村务监督委员会'}`,
        },
      ])
    case 'firm':
      return {
        occupation: rng.pick([
          '董事长',
          '总经理',
          '副总经理',
          '车间主任',
          '技术员',
          '工程师',
          '销售经理',
          '一线职工',
          '班组长',
        ]),
        organisation: firmName(rng),
      }
    case 'farm':
      return rng.chance(0.6)
        ? {
            occupation: '专业合作社理事长',
            organisation: `德清县${village.name}${rng.pick(COOPERATIVE_CROPS)}专业合作社`,
          }
        : {
            occupation: rng.pick(['家庭农场主', '种养大户']),
            organisation: `德清县${town.short}${rng.pick(COOPERATIVE_CROPS)}家庭农场`,
          }
    case 'school':
      return {
        occupation: rng.pick(['教师', '教师', '校长', '副校长', '教导主任']),
        organisation: `德清县${town.short}${rng.pick(['中心小学', '初级中学', '中心幼儿园', '第二小学'])}`,
      }
    case 'health':
      return rng.chance(0.3)
        ? {
            occupation: rng.pick(['主治医师', '护士长', '副主任医师']),
            organisation: rng.pick(['德清县人民医院', '德清县中医院', '德清县妇幼保健院']),
          }
        : {
            occupation: rng.pick(['全科医生', '护士', '院长', '乡村医生']),
            organisation: town.isSubdistrict ? `${town.name}社区卫生服务中心` : `德清县${town.short}镇卫生院`,
          }
    case 'official':
      return rng.chance(0.5)
        ? {
            occupation: rng.pick(['机关干部', '科长', '副局长']),
            organisation: rng.pick(COUNTY_DEPARTMENTS).replace(/^县/, '德清县'),
          }
        : {
            occupation: rng.pick(['机关干部', '办公室主任', '人大工作人员']),
            organisation: town.isSubdistrict ? `${town.name}办事处` : `${town.name}人民政府`,
          }
    case 'business':
      return {
        occupation: rng.pick(['个体工商户', '民宿业主', '电商创业者', '农家乐经营者']),
        organisation: `${town.short}${rng.pick(['云', '山', '溪', '竹', '禾', '栖'])}${rng.pick(['居', '舍', '庐', '里', '园'])}${rng.pick(['民宿', '农家乐', '茶馆', '土特产商行'])}`,
      }
    case 'social':
      return {
        occupation: rng.pick(['社会工作者', '志愿服务队队长']),
        organisation: `${village.name}社会工作站`,
      }
    default:
      return { occupation: '律师', organisation: `浙江${rng.pick(FIRM_BRANDS)}律师事务所` }
  }
}

const LEVEL_TITLE: Record<DemoMembership['level'], string> = {
  national: '全国人大',
  provincial: '省人大',
  city: '市人大',
  county: '县人大',
  town: '镇人大',
}

function inventBio(
  rng: Random,
  birthYear: number,
  party: string,
  work: Work,
  memberships: DemoMembership[],
): string {
  const [c1, c2] = rng.sample(CONCERNS, 2)
  const levels = memberships.map((m) => LEVEL_TITLE[m.level]).join('、')
  const tail = rng.pick([
    '坚持每月到联络站接待群众。',
    '积极收集反映群众意见建议。',
    '多次领衔提出代表建议。',
    '热心参与网格走访和矛盾调解。',
    '带头参与民生实事项目监督。',
  ])
  const partyText = party === '群众' ? '' : `${party}，`
  return `${birthYear}年生，${partyText}${work.organisation}${work.occupation}，${levels}代表。关注${c1}、${c2}等问题，${tail}`
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

/** Deputy groups: 36, organised by liaison station; every county deputy of a town in exactly one of its groups. */
export const groupsStep: DemoStep = {
  name: 'deputy_groups',
  async run(ctx) {
    const { rng, world } = ctx
    const countyCode = world.countyCode
    const groupRows: Insertable<DeputyGroupsTable>[] = []
    const memberRows: Insertable<DeputyGroupMembersTable>[] = []
    let serial = 0
    for (const spec of TOWN_SPECS) {
      const townCode = townCodeOf(countyCode, spec)
      const town = world.towns.find((t) => t.code === townCode)!
      const station = world.stationByTown.get(townCode)!
      // Deputies are in code order, i.e. by village: contiguous slices keep each group's members near each other.
      const members = world.deputies.filter(
        (d) => d.townCode === townCode && d.memberships.some((m) => m.level === 'county'),
      )
      const sizes = apportion(members.length, Array(spec.groups).fill(1), 1)
      let offset = 0
      sizes.forEach((size, i) => {
        serial++
        const code = `G${String(serial).padStart(2, '0')}`
        const slice = members.slice(offset, offset + size)
        offset += size
        const group: DemoGroup = {
          id: stableId(countyCode, 'deputy_groups', code),
          code,
          name: `${town.name}代表联络站第${CHINESE_NUMERALS[i + 1]}小组`,
          townCode,
          venueId: station.id,
          leaderDeputyId: rng.pick(slice).id,
          memberIds: slice.map((d) => d.id),
        }
        world.groups.push(group)
        groupRows.push({
          id: group.id,
          code,
          name: group.name,
          region_code: townCode,
          venue_id: station.id,
          leader_deputy_id: group.leaderDeputyId,
          county_code: countyCode,
        })
        for (const deputyId of group.memberIds) memberRows.push({ group_id: group.id, deputy_id: deputyId })
      })
    }
    await insertRows(ctx, 'deputy_groups', groupRows)
    await insertRows(ctx, 'deputy_group_members', memberRows)
  },
}
