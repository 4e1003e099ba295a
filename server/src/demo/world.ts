import { createHash } from 'node:crypto'
import type { Insertable, Kysely } from 'kysely'
import type { Database, DeputyLevel, Role, UnitKind, VenueKind } from '../db/types.ts'
import type { PersonalDataCipher } from '../platform/crypto.ts'
import type { Random } from './random.ts'

/**
 * The demo generator is an ordered list of steps sharing one DemoWorld: each step inserts its tables and records
 * what later steps need (codes, ids, relations). A later capability (suggestions, projects, integrity points,
 * mediation) is one more step appended to the list, reading the world built so far.
 */

export interface DemoRegion {
  code: string
  name: string
  /** Towns have one; the national codes give villages none. */
  nameEn: string | null
  level: 'county' | 'town' | 'village'
  kind: string
  parentCode: string | null
  path: string
  lat: number
  lng: number
  /** The town this region belongs to (itself for a town; null for the county). */
  townCode: string | null
}

export interface DemoTown extends DemoRegion {
  /** 武康 for 武康街道: used to build unit, venue and organisation names. */
  short: string
  isSubdistrict: boolean
  villages: DemoRegion[]
}

export interface DemoGrid {
  id: string
  code: string
  name: string
  regionCode: string
  townCode: string
}

export interface DemoVenue {
  id: string
  code: string
  kind: VenueKind
  name: string
  regionCode: string
  townCode: string
  lat: number
  lng: number
}

export interface DemoUnit {
  id: string
  code: string
  name: string
  kind: UnitKind
  platformType: string | null
  regionCode: string
}

export interface DemoMembership {
  level: DeputyLevel
  term: number
  constituency: string
  regionCode: string
}

export interface DemoDeputy {
  id: string
  code: string
  name: string
  gender: 'male' | 'female'
  /** The village/community the deputy lives and works in. */
  regionCode: string
  townCode: string
  memberships: DemoMembership[]
  venueIds: string[]
  gridIds: string[]
}

export interface DemoGroup {
  id: string
  code: string
  name: string
  townCode: string
  venueId: string
  leaderDeputyId: string
  memberIds: string[]
}

export interface DemoAccount {
  username: string
  role: Role
  roleLabelZh: string
  displayName: string
  /** What the account may see, in words: 德清县, 武康街道, a venue, a deputy, a unit. */
  scopeLabel: string
}

export interface DemoWorld {
  countyCode: string
  county: DemoRegion
  towns: DemoTown[]
  /** Every region by code. */
  regions: Map<string, DemoRegion>
  grids: DemoGrid[]
  venues: DemoVenue[]
  stationByTown: Map<string, DemoVenue>
  platformTypes: string[]
  units: DemoUnit[]
  deputies: DemoDeputy[]
  groups: DemoGroup[]
  accounts: DemoAccount[]
}

export interface DemoContext {
  db: Kysely<Database>
  /** A stream of its own for each step (forked by step name). */
  rng: Random
  world: DemoWorld
  cipher: PersonalDataCipher
  passwordHash: string
  /** "Today" for the live items (received over the last weeks, in every state); history does not depend on it. */
  now: Date
  /** Rows inserted per table. */
  counts: Record<string, number>
}

export interface DemoStep {
  name: string
  run(ctx: DemoContext): Promise<void>
}

/**
 * A stable UUID (version-5 layout, SHA-1) from a namespace and a natural key, so the demo ids (and the URLs and
 * QR codes built from them) are the same on every run and every machine.
 */
export function stableId(countyCode: string, table: string, key: string): string {
  const h = createHash('sha1').update(`lianxin-demo/${countyCode}/${table}/${key}`).digest()
  h[6] = (h[6] & 0x0f) | 0x50
  h[8] = (h[8] & 0x3f) | 0x80
  const hex = h.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

const CHUNK = 500

/** Inserts rows in chunks of 500 (one statement per chunk) and counts them. */
export async function insertRows<T extends keyof Database & string>(
  ctx: DemoContext,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK)
    // Kysely cannot narrow a generic table name; the row type is checked by the signature above.
    await (ctx.db.insertInto(table) as any).values(chunk).execute()
  }
  ctx.counts[table] = (ctx.counts[table] ?? 0) + rows.length
}

/** Rounds a coordinate to 6 decimals (about 0.1 m), enough for a demo map and stable to print. */
export function coord(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

/** Largest-remainder apportionment of total over weights, each share at least min. */
export function apportion(total: number, weights: readonly number[], min = 0): number[] {
  const base = weights.map(() => min)
  const rest = total - min * weights.length
  if (rest < 0) throw new Error(`cannot give ${min} each to ${weights.length} parts out of ${total}`)
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((w) => (w / sum) * rest)
  const floors = exact.map(Math.floor)
  let left = rest - floors.reduce((a, b) => a + b, 0)
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of order) {
    if (left === 0) break
    floors[i]++
    left--
  }
  return base.map((b, i) => b + floors[i])
}
