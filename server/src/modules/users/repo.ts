import type { Db } from '../../db/index.ts'
import type { RegionLevel, Role } from '../../db/types.ts'
import { fetchPage, likePattern, type PageQuery } from '../../platform/paging.ts'
import { PASSWORD_HISTORY } from '../../platform/passwords.ts'

export interface GrantInput {
  role: Role
  regionCode?: string
  venueId?: string
  unitId?: string
}

export interface UserFilter extends PageQuery {
  role?: Role
  q?: string
}

const userColumns = [
  'u.id',
  'u.username',
  'u.display_name',
  'u.deputy_id',
  'u.active',
  'u.locked_until',
  'u.totp_enabled',
  'u.last_login_at',
  'u.password_must_change',
] as const

/** Accounts by username, of a role or matching a username or display name. */
export async function listUsers(db: Db, query: UserFilter) {
  let base = db.selectFrom('users as u')
  if (query.role) {
    const role = query.role
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles as ur')
          .select('ur.id')
          .whereRef('ur.user_id', '=', 'u.id')
          .where('ur.role', '=', role),
      ),
    )
  }
  if (query.q) {
    const pattern = likePattern(query.q)
    base = base.where((eb) =>
      eb.or([eb('u.username', 'like', pattern), eb('u.display_name', 'like', pattern)]),
    )
  }
  return fetchPage(base, (q) => q.select([...userColumns]).orderBy('u.username'), query)
}

export type UserRow = Awaited<ReturnType<typeof listUsers>>['rows'][number]

export async function getUser(db: Db, id: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users as u')
    .select([...userColumns])
    .where('u.id', '=', id)
    .executeTakeFirst()
}

/** The role grants of the accounts, with the names of their scopes. */
export async function grantsOf(db: Db, userIds: string[]) {
  if (userIds.length === 0) return []
  return db
    .selectFrom('user_roles as ur')
    .leftJoin('regions as r', 'r.code', 'ur.region_code')
    .leftJoin('venues as v', 'v.id', 'ur.venue_id')
    .leftJoin('units as u', 'u.id', 'ur.unit_id')
    .select([
      'ur.user_id',
      'ur.role',
      'ur.region_code',
      'ur.venue_id',
      'ur.unit_id',
      'r.name as region_name',
      'v.name as venue_name',
      'u.name as unit_name',
    ])
    .where('ur.user_id', 'in', userIds)
    .execute()
}

export type GrantRow = Awaited<ReturnType<typeof grantsOf>>[number]

export async function regionLevelOf(db: Db, code: string): Promise<RegionLevel | undefined> {
  return (await db.selectFrom('regions').select('level').where('code', '=', code).executeTakeFirst())?.level
}

export async function venueExists(db: Db, id: string): Promise<boolean> {
  return Boolean(await db.selectFrom('venues').select('id').where('id', '=', id).executeTakeFirst())
}

/** Whether the unit exists, and whether it is still active (a retired unit takes no new staff). */
export async function unitState(db: Db, id: string): Promise<'active' | 'retired' | undefined> {
  const row = await db.selectFrom('units').select('active').where('id', '=', id).executeTakeFirst()
  return row ? (row.active ? 'active' : 'retired') : undefined
}

/** The units the account's grants already name. */
export async function grantedUnitIds(db: Db, userId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('user_roles')
    .select('unit_id')
    .where('user_id', '=', userId)
    .where('unit_id', 'is not', null)
    .execute()
  return new Set(rows.map((r) => r.unit_id!))
}

export async function deputyExists(db: Db, id: string): Promise<boolean> {
  return Boolean(await db.selectFrom('deputies').select('id').where('id', '=', id).executeTakeFirst())
}

export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  return Boolean(
    await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst(),
  )
}

/** The account as the policy sees it: who it is and the deputy it belongs to. */
export async function accountOf(db: Db, id: string) {
  return db.selectFrom('users').select(['id', 'deputy_id']).where('id', '=', id).executeTakeFirst()
}

export async function insertUser(
  db: Db,
  user: {
    username: string
    displayName: string
    passwordHash: string
    deputyId: string | null
    countyCode: string
  },
): Promise<string> {
  const { id } = await db
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      password_history: '[]',
      deputy_id: user.deputyId,
      county_code: user.countyCode,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function insertGrants(db: Db, userId: string, grants: GrantInput[]): Promise<void> {
  await db
    .insertInto('user_roles')
    .values(
      grants.map((g) => ({
        user_id: userId,
        role: g.role,
        region_code: g.regionCode ?? null,
        venue_id: g.venueId ?? null,
        unit_id: g.unitId ?? null,
      })),
    )
    .execute()
}

export async function replaceGrants(db: Db, userId: string, grants: GrantInput[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute()
  await insertGrants(db, userId, grants)
}

export async function updateUser(
  db: Db,
  id: string,
  changes: { displayName?: string; active?: boolean; unlock?: boolean; passwordHash?: string | null },
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(changes.displayName !== undefined && { display_name: changes.displayName }),
      ...(changes.active !== undefined && { active: changes.active }),
      ...(changes.unlock && { locked_until: null, failed_logins: 0 }),
      ...(changes.passwordHash && { password_hash: changes.passwordHash, password_changed_at: new Date() }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute()
}

/**
 * Replaces the password with a temporary one its holder must change at the next sign-in; the old password joins
 * the history (it may not come back), and a lock from failed sign-ins is lifted.
 */
export async function issueTemporaryPassword(db: Db, id: string, passwordHash: string): Promise<void> {
  const current = await db
    .selectFrom('users')
    .select(['password_hash', 'password_history'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow()
  const history = [current.password_hash, ...(current.password_history as string[])]
  await db
    .updateTable('users')
    .set({
      password_hash: passwordHash,
      password_history: JSON.stringify(history.slice(0, PASSWORD_HISTORY - 1)),
      password_must_change: true,
      password_changed_at: new Date(),
      locked_until: null,
      failed_logins: 0,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute()
}

/** Ends every session of the account. */
export async function endSessions(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute()
}
