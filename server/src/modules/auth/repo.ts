import { sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import { grantScopeOf, type RoleGrant } from '../../platform/access.ts'

export async function userByUsername(db: Db, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst()
}

export async function userById(db: Db, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
}

/** Who the account is, for its principal. */
export async function identityOf(db: Db, id: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'deputy_id'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
}

export async function totpStateOf(db: Db, id: string) {
  return db
    .selectFrom('users')
    .select(['username', 'totp_enabled', 'totp_secret_enc'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
}

/**
 * Claims one sign-in attempt, atomically, before the password is checked: null while the account is locked,
 * else the attempt's number since the last success or lock. Parallel guesses each get their own number, so no
 * more than the limit are ever checked before the lock (a lock that has ended starts the count again).
 */
export async function claimAttempt(db: Db, id: string, now: Date): Promise<number | null> {
  const { rows } = await sql<{ failed_logins: number }>`
    UPDATE users
    SET failed_logins = CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_logins + 1 END,
        locked_until = NULL
    WHERE id = ${id} AND (locked_until IS NULL OR locked_until <= ${now})
    RETURNING failed_logins`.execute(db)
  return rows[0]?.failed_logins ?? null
}

/** When the account's lock ends (now when it has none: the lock has just been lifted). */
export async function lockedUntil(db: Db, id: string): Promise<Date> {
  const row = await db.selectFrom('users').select('locked_until').where('id', '=', id).executeTakeFirst()
  return row?.locked_until ? new Date(row.locked_until) : new Date()
}

/** Locks the account until `until` (a later lock already set stays); the next count starts after it. */
export async function lockAccount(db: Db, id: string, until: Date): Promise<void> {
  await sql`UPDATE users SET locked_until = GREATEST(locked_until, ${until}), failed_logins = 0
    WHERE id = ${id}`.execute(db)
}

/** Gives back an attempt that was not a guess (the password was right, the second factor still to come). */
export async function releaseAttempt(db: Db, id: string): Promise<void> {
  await sql`UPDATE users SET failed_logins = GREATEST(failed_logins - 1, 0) WHERE id = ${id}`.execute(db)
}

export async function recordLogin(db: Db, id: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null, last_login_at: new Date() })
    .where('id', '=', id)
    .execute()
}

const nameOf = async (query: Promise<{ name: string } | undefined>) => (await query)?.name ?? ''

/** The name of each grant's scope: its venue, its unit, the deputy themselves, or its region. */
export async function scopeNamesOf(
  db: Db,
  grants: readonly RoleGrant[],
  deputyId: string | null,
): Promise<string[]> {
  return Promise.all(
    grants.map(async (g) => {
      if (g.venueId)
        return nameOf(db.selectFrom('venues').select('name').where('id', '=', g.venueId).executeTakeFirst())
      if (g.unitId)
        return nameOf(db.selectFrom('units').select('name').where('id', '=', g.unitId).executeTakeFirst())
      if (grantScopeOf[g.role] === 'deputy' && deputyId)
        return nameOf(db.selectFrom('deputies').select('name').where('id', '=', deputyId).executeTakeFirst())
      if (g.regionCode)
        return nameOf(
          db.selectFrom('regions').select('name').where('code', '=', g.regionCode).executeTakeFirst(),
        )
      return ''
    }),
  )
}

/** Sets the new password hash, keeping the previous ones (newest first) in the history. */
export async function savePassword(db: Db, id: string, hash: string, history: string[]): Promise<void> {
  await db
    .updateTable('users')
    .set({
      password_hash: hash,
      password_history: JSON.stringify(history),
      password_changed_at: new Date(),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute()
}

/** Ends every session of the account but one. */
export async function endOtherSessions(db: Db, userId: string, keepSessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepSessionId).execute()
}

export async function saveTotpSecret(db: Db, userId: string, secretEnc: string): Promise<void> {
  await db.updateTable('users').set({ totp_secret_enc: secretEnc }).where('id', '=', userId).execute()
}

/** Turns the second factor on, and lifts the enrolment requirement from the session that confirmed it. */
export async function enableTotp(db: Db, userId: string, sessionId: string): Promise<void> {
  await db.updateTable('users').set({ totp_enabled: true }).where('id', '=', userId).execute()
  await db.updateTable('sessions').set({ mfa_pending: false }).where('id', '=', sessionId).execute()
}

export async function disableTotp(db: Db, userId: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_enabled: false, totp_secret_enc: null })
    .where('id', '=', userId)
    .execute()
}
