import { randomBytes } from 'node:crypto'
import type { Db } from '../src/db/index.ts'
import type { Role, VenueKind } from '../src/db/types.ts'
import { maskPhone, type PersonalDataCipher } from '../src/platform/crypto.ts'
import { hashPassword } from '../src/platform/passwords.ts'
import { TEST_COUNTY } from './harness.ts'

/** Factories: each test builds the records it needs, with unique codes, in its own database. */

export const TEST_PASSWORD = 'Test-pass-2026'
let passwordHash: Promise<string> | null = null
const uniq = () => randomBytes(3).toString('hex')

export async function buildCounty(db: Db): Promise<string> {
  await db
    .insertInto('regions')
    .values({
      code: TEST_COUNTY,
      parent_code: null,
      level: 'county',
      kind: '县',
      name: '德清县',
      path: TEST_COUNTY,
      lat: 30.545,
      lng: 119.96,
      county_code: TEST_COUNTY,
    })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute()
  return TEST_COUNTY
}

/** A town with one village under it; codes are unique within the test database. */
export async function buildTown(db: Db, name = '测试镇'): Promise<{ townCode: string; villageCode: string }> {
  await buildCounty(db)
  const taken = new Set(
    (await db.selectFrom('regions').select('code').where('level', '=', 'town').execute()).map((r) =>
      r.code.slice(6, 9),
    ),
  )
  let n = ''
  do n = String(100 + Math.floor(Math.random() * 900)).padStart(3, '0')
  while (taken.has(n))
  const townCode = `330521${n}000`
  const villageCode = `330521${n}001`
  await db
    .insertInto('regions')
    .values([
      {
        code: townCode,
        parent_code: TEST_COUNTY,
        level: 'town',
        kind: '镇',
        name: `${name}${n}`,
        path: `${TEST_COUNTY}/${townCode}`,
        lat: null,
        lng: null,
        county_code: TEST_COUNTY,
      },
      {
        code: villageCode,
        parent_code: townCode,
        level: 'village',
        kind: '村',
        name: `${name}${n}一村`,
        path: `${TEST_COUNTY}/${townCode}/${villageCode}`,
        lat: null,
        lng: null,
        county_code: TEST_COUNTY,
      },
    ])
    .execute()
  return { townCode, villageCode }
}

export async function buildVenue(
  db: Db,
  regionCode: string,
  overrides: { kind?: VenueKind; name?: string } = {},
) {
  return db
    .insertInto('venues')
    .values({
      code: `V-${uniq()}`,
      kind: overrides.kind ?? 'station',
      name: overrides.name ?? `联络站${uniq()}`,
      region_code: regionCode,
      lat: null,
      lng: null,
      county_code: TEST_COUNTY,
    })
    .returning(['id', 'code', 'name'])
    .executeTakeFirstOrThrow()
}

export async function buildDeputy(
  db: Db,
  cipher: PersonalDataCipher,
  regionCode: string,
  phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
) {
  const deputy = await db
    .insertInto('deputies')
    .values({
      code: `D-${uniq()}`,
      name: `代表${uniq()}`,
      gender: 'female',
      birth_year: 1980,
      region_code: regionCode,
      phone_enc: cipher.encrypt(phone),
      phone_hash: cipher.lookupHash(phone),
      phone_masked: maskPhone(phone),
      county_code: TEST_COUNTY,
    })
    .returning(['id', 'code', 'name'])
    .executeTakeFirstOrThrow()
  await db
    .insertInto('deputy_memberships')
    .values({ deputy_id: deputy.id, level: 'county', term: 17, region_code: regionCode })
    .execute()
  return { ...deputy, phone }
}

export async function buildUser(
  db: Db,
  grant: { role: Role; regionCode?: string; venueId?: string; unitId?: string; deputyId?: string },
  password = TEST_PASSWORD,
) {
  await buildCounty(db)
  if (!passwordHash) passwordHash = hashPassword(TEST_PASSWORD)
  const hash = password === TEST_PASSWORD ? await passwordHash : await hashPassword(password)
  const username = `u_${grant.role}_${uniq()}`
  const user = await db
    .insertInto('users')
    .values({
      username,
      display_name: username,
      password_hash: hash,
      password_history: '[]',
      county_code: TEST_COUNTY,
      deputy_id: grant.deputyId ?? null,
    })
    .returning(['id', 'username'])
    .executeTakeFirstOrThrow()
  await db
    .insertInto('user_roles')
    .values({
      user_id: user.id,
      role: grant.role,
      region_code: grant.regionCode ?? null,
      venue_id: grant.venueId ?? null,
      unit_id: grant.unitId ?? null,
    })
    .execute()
  return { ...user, password }
}

export async function buildUnit(db: Db, regionCode: string) {
  return db
    .insertInto('units')
    .values({
      code: `U-${uniq()}`,
      name: `测试局${uniq()}`,
      kind: 'department',
      platform_type: null,
      region_code: regionCode,
      county_code: TEST_COUNTY,
    })
    .returning(['id', 'code', 'name'])
    .executeTakeFirstOrThrow()
}

export async function buildGrid(db: Db, regionCode: string) {
  return db
    .insertInto('grids')
    .values({ code: `G-${uniq()}`, name: `网格${uniq()}`, region_code: regionCode, county_code: TEST_COUNTY })
    .returning(['id', 'code', 'name'])
    .executeTakeFirstOrThrow()
}

export async function buildDeputyGroup(db: Db, regionCode: string, venueId: string | null = null) {
  return db
    .insertInto('deputy_groups')
    .values({
      code: `DG-${uniq()}`,
      name: `代表小组${uniq()}`,
      region_code: regionCode,
      venue_id: venueId,
      leader_deputy_id: null,
      county_code: TEST_COUNTY,
    })
    .returning(['id', 'code', 'name'])
    .executeTakeFirstOrThrow()
}

/** One of the town "一室四平台" platforms a platform unit belongs to. */
export async function buildPlatformType(db: Db) {
  return db
    .insertInto('platform_types')
    .values({ code: `P-${uniq()}`, name: `平台${uniq()}` })
    .returning(['code', 'name'])
    .executeTakeFirstOrThrow()
}
