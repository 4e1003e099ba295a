import { sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import type { DeputyLevel } from '../../db/types.ts'
import { fetchPage, likePattern, type PageQuery } from '../../platform/paging.ts'
import { type SqlScope, townCodeOf } from '../../platform/scope.ts'
import { DEPUTY_LEVELS } from './schema.ts'

function deputyBase(db: Db) {
  return db.selectFrom('deputies as d').innerJoin('regions as r', 'r.code', 'd.region_code')
}

function deputySelection(q: ReturnType<typeof deputyBase>) {
  return q
    .leftJoin('regions as t', (join) => join.on('t.code', '=', townCodeOf('r')))
    .select([
      'd.id',
      'd.code',
      'd.name',
      'd.gender',
      'd.birth_year',
      'd.ethnicity',
      'd.party',
      'd.occupation',
      'd.organisation',
      'd.bio',
      'd.region_code',
      'd.phone_masked',
      'd.active',
      'r.name as region_name',
      'r.path as region_path',
      't.code as town_code',
      't.name as town_name',
    ])
}

export type DeputyRow = Awaited<ReturnType<ReturnType<typeof deputySelection>['executeTakeFirstOrThrow']>>

export interface DeputyFilter extends PageQuery {
  level?: DeputyLevel
  regionCode?: string
  groupId?: string
  q?: string
}

/** Deputies in the scope (over the alias `d`), by code. */
export async function listDeputies(db: Db, scope: SqlScope, query: DeputyFilter) {
  let base = deputyBase(db).where(scope('d'))
  if (query.level) {
    const level = query.level
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('deputy_memberships as m')
          .select('m.id')
          .whereRef('m.deputy_id', '=', 'd.id')
          .where('m.level', '=', level),
      ),
    )
  }
  if (query.regionCode) {
    const code = query.regionCode
    base = base.where((eb) => eb.or([eb('d.region_code', '=', code), eb('r.parent_code', '=', code)]))
  }
  if (query.groupId) {
    const groupId = query.groupId
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('deputy_group_members as gm')
          .select('gm.deputy_id')
          .whereRef('gm.deputy_id', '=', 'd.id')
          .where('gm.group_id', '=', groupId),
      ),
    )
  }
  if (query.q) {
    const pattern = likePattern(query.q)
    base = base.where((eb) =>
      eb.or([
        eb('d.name', 'like', pattern),
        eb('d.code', 'like', pattern),
        eb('d.organisation', 'like', pattern),
        eb('d.occupation', 'like', pattern),
      ]),
    )
  }
  return fetchPage(base, (q) => deputySelection(q).orderBy('d.code'), query)
}

export async function getDeputy(db: Db, id: string): Promise<DeputyRow | undefined> {
  return deputySelection(deputyBase(db)).where('d.id', '=', id).executeTakeFirst()
}

export interface MembershipRow {
  level: DeputyLevel
  term: number
  constituency: string
}

/** Each deputy's memberships, highest level first. */
export async function membershipsOf(db: Db, ids: string[]): Promise<Map<string, MembershipRow[]>> {
  const map = new Map<string, MembershipRow[]>()
  if (ids.length === 0) return map
  const levels = sql.join(DEPUTY_LEVELS.map((l) => sql.lit(l)))
  const rows = await db
    .selectFrom('deputy_memberships')
    .select(['deputy_id', 'level', 'term', 'constituency'])
    .where('deputy_id', 'in', ids)
    .orderBy(sql`array_position(ARRAY[${levels}], level)`)
    .execute()
  for (const r of rows) {
    const list = map.get(r.deputy_id) ?? []
    list.push({ level: r.level, term: r.term, constituency: r.constituency })
    map.set(r.deputy_id, list)
  }
  return map
}

/** The groups, venues and grids a deputy belongs to, each by code. */
export async function linksOf(db: Db, id: string) {
  const [groups, venues, grids] = await Promise.all([
    db
      .selectFrom('deputy_group_members as gm')
      .innerJoin('deputy_groups as g', 'g.id', 'gm.group_id')
      .select(['g.id', 'g.name'])
      .where('gm.deputy_id', '=', id)
      .orderBy('g.code')
      .execute(),
    db
      .selectFrom('deputy_venues as dv')
      .innerJoin('venues as v', 'v.id', 'dv.venue_id')
      .select(['v.id', 'v.name'])
      .where('dv.deputy_id', '=', id)
      .orderBy('v.code')
      .execute(),
    db
      .selectFrom('deputy_grids as dg')
      .innerJoin('grids as g', 'g.id', 'dg.grid_id')
      .select(['g.id', 'g.name'])
      .where('dg.deputy_id', '=', id)
      .orderBy('g.code')
      .execute(),
  ])
  return { groups, venues, grids }
}

/** The encrypted phone of a deputy, with the path of their region (for the policy). */
export async function deputyPhoneOf(db: Db, id: string) {
  return db
    .selectFrom('deputies as d')
    .innerJoin('regions as r', 'r.code', 'd.region_code')
    .select(['d.id', 'd.phone_enc', 'r.path as region_path'])
    .where('d.id', '=', id)
    .executeTakeFirst()
}

export interface GroupFilter extends PageQuery {
  regionCode?: string
  q?: string
}

/** Deputy groups in the scope (over the alias `g`), by code. */
export async function listDeputyGroups(db: Db, scope: SqlScope, query: GroupFilter) {
  let base = db
    .selectFrom('deputy_groups as g')
    .innerJoin('regions as r', 'r.code', 'g.region_code')
    .where(scope('g'))
  if (query.regionCode) base = base.where('g.region_code', '=', query.regionCode)
  if (query.q) base = base.where('g.name', 'like', likePattern(query.q))
  return fetchPage(
    base,
    (q) =>
      q
        .leftJoin('venues as v', 'v.id', 'g.venue_id')
        .leftJoin('deputies as l', 'l.id', 'g.leader_deputy_id')
        .select((eb) => [
          'g.id',
          'g.code',
          'g.name',
          'g.region_code',
          'r.name as region_name',
          'g.venue_id',
          'v.name as venue_name',
          'l.name as leader_name',
          eb
            .selectFrom('deputy_group_members as gm')
            .select(eb.fn.countAll<string>().as('n'))
            .whereRef('gm.group_id', '=', 'g.id')
            .as('member_count'),
        ])
        .orderBy('g.code'),
    query,
  )
}

export type DeputyGroupRow = Awaited<ReturnType<typeof listDeputyGroups>>['rows'][number]

/** The columns an import writes for one deputy (the phone, when given, in its three stored forms). */
export interface DeputyColumns {
  name: string
  gender: 'male' | 'female'
  birth_year: number | null
  ethnicity: string
  party: string
  occupation: string
  organisation: string
  region_code: string
  phone_enc?: string
  phone_hash?: string
  phone_masked?: string
}

/** Updates the deputy holding the code, or inserts one; answers its id and whether it was created. */
export async function saveDeputyByCode(
  db: Db,
  code: string,
  fields: DeputyColumns,
  countyCode: string,
): Promise<{ id: string; created: boolean }> {
  const existing = await db.selectFrom('deputies').select('id').where('code', '=', code).executeTakeFirst()
  if (existing) {
    await db
      .updateTable('deputies')
      .set({ ...fields, updated_at: new Date(), version: (eb) => eb('version', '+', 1) })
      .where('id', '=', existing.id)
      .execute()
    return { id: existing.id, created: false }
  }
  const { id } = await db
    .insertInto('deputies')
    .values({ code, ...fields, county_code: countyCode })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { id, created: true }
}

/** Records a membership, or updates the constituency and region of the same level and term. */
export async function saveMembership(
  db: Db,
  m: { deputyId: string; level: DeputyLevel; term: number; constituency: string; regionCode: string },
): Promise<void> {
  await db
    .insertInto('deputy_memberships')
    .values({
      deputy_id: m.deputyId,
      level: m.level,
      term: m.term,
      constituency: m.constituency,
      region_code: m.regionCode,
    })
    .onConflict((oc) =>
      oc
        .columns(['deputy_id', 'level', 'term'])
        .doUpdateSet({ constituency: m.constituency, region_code: m.regionCode }),
    )
    .execute()
}
