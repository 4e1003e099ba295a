import { type Kysely, sql } from 'kysely'

/**
 * Intake at the speed of the database: a submission no longer looks for its duplicates in the request. Intake
 * queues the new item here in the same statement that writes it; the duplicates job (modules/suggestions) takes
 * queued items right after the commit, links their likely duplicates and removes them from the queue.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE suggestion_duplicate_checks (
    suggestion_id uuid PRIMARY KEY REFERENCES suggestions(id) ON DELETE CASCADE,
    county_code text NOT NULL,
    queued_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE suggestion_duplicate_checks`.execute(db)
}
