import { type Kysely, sql } from 'kysely'

/**
 * Failed sign-ins under names that are no account (or an inactive one) are counted and locked like an account's,
 * so that the lock does not tell which names exist. A name is kept only as a keyed hash (HMAC with the data key).
 * Failures of a name and of an account are both forgotten a while after the last one (`last_failed_at`), which
 * lets housekeeping delete a name's row once it no longer counts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE sign_in_names (
    name_hash text PRIMARY KEY,
    failed_logins integer NOT NULL DEFAULT 0,
    locked_until timestamptz,
    last_failed_at timestamptz NOT NULL
  )`.execute(db)
  await sql`CREATE INDEX sign_in_names_last_failed_idx ON sign_in_names (last_failed_at)`.execute(db)
  await sql`ALTER TABLE users ADD COLUMN last_failed_login_at timestamptz`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users DROP COLUMN last_failed_login_at`.execute(db)
  await sql`DROP TABLE sign_in_names`.execute(db)
}
