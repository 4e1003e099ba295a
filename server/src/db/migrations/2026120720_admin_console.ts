import { type Kysely, sql } from 'kysely'

/**
 * County staff run the reference data themselves.
 *
 * - An account whose password an administrator reset holds a temporary password: `password_must_change` keeps its
 *   sessions to changing it (and reading itself) until the account's holder sets one of their own.
 * - Handling units and categories are edited from the console: a `version` each, so that two administrators
 *   editing the same row do not overwrite each other (a stale version answers 409).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users ADD COLUMN password_must_change boolean NOT NULL DEFAULT false`.execute(db)
  await sql`ALTER TABLE units ADD COLUMN version integer NOT NULL DEFAULT 1`.execute(db)
  await sql`ALTER TABLE categories ADD COLUMN version integer NOT NULL DEFAULT 1`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE categories DROP COLUMN version`.execute(db)
  await sql`ALTER TABLE units DROP COLUMN version`.execute(db)
  await sql`ALTER TABLE users DROP COLUMN password_must_change`.execute(db)
}
