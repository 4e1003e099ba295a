import { type Kysely, sql } from 'kysely'

/**
 * The reviewer may correct the wording of a unit's answer before it reaches the citizen; both texts are kept:
 * `answer` is what the citizen reads, `unit_answer` the unit's own text when the reviewer changed it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE suggestions ADD COLUMN unit_answer text`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE suggestions DROP COLUMN unit_answer`.execute(db)
}
