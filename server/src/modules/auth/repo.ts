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

/** A wrong password: the count of failures so far, and the lock when they reach the limit. */
export async function recordFailedLogin(
  db: Db,
  id: string,
  failures: number,
  lock: Date | null,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: lock ? 0 : failures, locked_until: lock })
    .where('id', '=', id)
    .execute()
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
