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
    .select(['id', 'username', 'display_name', 'deputy_id', 'password_must_change'])
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

/** Failed sign-ins count towards the lock until this long after the last one (then the count starts again). */
export const FAILURE_MEMORY_HOURS = 24

/**
 * The failed sign-ins of an account, or of a name that is no (active) account, with their lock. Both kinds count
 * and lock alike, so that the answers do not tell which names are accounts.
 */
export interface FailureCount {
  /**
   * Claims one attempt, atomically, before the password is checked: null while locked, else the attempt's number
   * since the last success or lock (or since a pause of FAILURE_MEMORY_HOURS). Parallel guesses each get their own
   * number, so no more than the limit are ever checked before the lock.
   */
  claim(now: Date): Promise<number | null>
  /** When the lock ends (now when there is none: the lock has just been lifted). */
  lockedUntil(): Promise<Date>
  /** Locks until `until` (a later lock already set stays); the next count starts after it. */
  lock(until: Date): Promise<void>
  /** Gives back an attempt that was not a guess (the password was right, the second factor still to come). */
  release(): Promise<void>
}

const forgetBefore = (now: Date) => new Date(now.getTime() - FAILURE_MEMORY_HOURS * 3600_000)

/** An account's count, on its users row. */
export function accountFailures(db: Db, id: string): FailureCount {
  return {
    async claim(now) {
      const { rows } = await sql<{ failed_logins: number }>`
        UPDATE users
        SET failed_logins = CASE
              WHEN locked_until IS NOT NULL OR last_failed_login_at IS NULL
                OR last_failed_login_at <= ${forgetBefore(now)} THEN 1
              ELSE failed_logins + 1 END,
            locked_until = NULL,
            last_failed_login_at = ${now}
        WHERE id = ${id} AND (locked_until IS NULL OR locked_until <= ${now})
        RETURNING failed_logins`.execute(db)
      return rows[0]?.failed_logins ?? null
    },
    async lockedUntil() {
      const row = await db.selectFrom('users').select('locked_until').where('id', '=', id).executeTakeFirst()
      return row?.locked_until ? new Date(row.locked_until) : new Date()
    },
    async lock(until) {
      await sql`UPDATE users SET locked_until = GREATEST(locked_until, ${until}), failed_logins = 0
        WHERE id = ${id}`.execute(db)
    },
    async release() {
      await sql`UPDATE users SET failed_logins = GREATEST(failed_logins - 1, 0) WHERE id = ${id}`.execute(db)
    },
  }
}

/** The count of a name that is no (active) account, by its keyed hash: the same rules, in sign_in_names. */
export function nameFailures(db: Db, nameHash: string): FailureCount {
  return {
    async claim(now) {
      const { rows } = await sql<{ failed_logins: number }>`
        INSERT INTO sign_in_names AS n (name_hash, failed_logins, last_failed_at)
        VALUES (${nameHash}, 1, ${now})
        ON CONFLICT (name_hash) DO UPDATE
        SET failed_logins = CASE
              WHEN n.locked_until IS NOT NULL OR n.last_failed_at <= ${forgetBefore(now)} THEN 1
              ELSE n.failed_logins + 1 END,
            locked_until = NULL,
            last_failed_at = ${now}
        WHERE n.locked_until IS NULL OR n.locked_until <= ${now}
        RETURNING failed_logins`.execute(db)
      return rows[0]?.failed_logins ?? null
    },
    async lockedUntil() {
      const row = await db
        .selectFrom('sign_in_names')
        .select('locked_until')
        .where('name_hash', '=', nameHash)
        .executeTakeFirst()
      return row?.locked_until ? new Date(row.locked_until) : new Date()
    },
    async lock(until) {
      await sql`UPDATE sign_in_names SET locked_until = GREATEST(locked_until, ${until}), failed_logins = 0
        WHERE name_hash = ${nameHash}`.execute(db)
    },
    async release() {
      await sql`UPDATE sign_in_names SET failed_logins = GREATEST(failed_logins - 1, 0)
        WHERE name_hash = ${nameHash}`.execute(db)
    },
  }
}

/**
 * Deletes the rows of names whose count no longer matters: a lock that has ended, or a last failure older than
 * FAILURE_MEMORY_HOURS (either way the next attempt would count from 1, as with no row at all).
 */
export async function forgetFailedNames(db: Db, now: Date): Promise<number> {
  let total = 0
  // A thousand rows at a time: short statements, and rows another node is deleting are skipped.
  for (let i = 0; i < 1000; i++) {
    const result = await sql`DELETE FROM sign_in_names WHERE name_hash IN (
        SELECT name_hash FROM sign_in_names
        WHERE (locked_until IS NOT NULL AND locked_until <= ${now})
           OR (locked_until IS NULL AND last_failed_at <= ${forgetBefore(now)})
        LIMIT 1000 FOR UPDATE SKIP LOCKED)`.execute(db)
    const n = Number(result.numAffectedRows ?? 0)
    total += n
    if (n < 1000) break
  }
  return total
}

export async function recordLogin(db: Db, id: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null, last_failed_login_at: null, last_login_at: new Date() })
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
      // The holder's own password replaces a temporary one an administrator issued.
      password_must_change: false,
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
