import { type Kysely, sql } from 'kysely'

/**
 * Intake at the speed of the database.
 *
 * - A submission no longer looks for its duplicates in the request: intake queues the new item here in the same
 *   statement that writes it; the duplicates job (modules/suggestions/duplicates.ts) takes queued items right
 *   after the commit, links their likely duplicates and removes them from the queue.
 * - Open items get their own indexes, which stay as small as the backlog of open items while the history grows:
 *   by town for the staff queue's default view (its statuses are all open), by village for the duplicates job's
 *   candidates. Without them a town's queue at a million items scanned the county's status index (0.3 s).
 * - A new item has no lead unit, and most have no venue or deputy: the indexes on those columns leave NULL out
 *   (every look-up by them names a value), so a submission writes three index entries fewer.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE suggestion_duplicate_checks (
    suggestion_id uuid PRIMARY KEY REFERENCES suggestions(id) ON DELETE CASCADE,
    county_code text NOT NULL,
    queued_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db)
  await sql`CREATE INDEX suggestions_open_town_idx ON suggestions (town_code, received_at DESC)
    WHERE status NOT IN ('rejected', 'closed')`.execute(db)
  await sql`CREATE INDEX suggestions_open_region_idx ON suggestions (region_code, received_at DESC)
    WHERE status NOT IN ('rejected', 'closed')`.execute(db)
  await sql`DROP INDEX suggestions_venue_idx`.execute(db)
  await sql`CREATE INDEX suggestions_venue_idx ON suggestions (venue_id, received_at DESC)
    WHERE venue_id IS NOT NULL`.execute(db)
  await sql`DROP INDEX suggestions_deputy_idx`.execute(db)
  await sql`CREATE INDEX suggestions_deputy_idx ON suggestions (deputy_id, received_at DESC)
    WHERE deputy_id IS NOT NULL`.execute(db)
  await sql`DROP INDEX suggestions_lead_unit_idx`.execute(db)
  await sql`CREATE INDEX suggestions_lead_unit_idx ON suggestions (lead_unit_id, status)
    WHERE lead_unit_id IS NOT NULL`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX suggestions_lead_unit_idx`.execute(db)
  await sql`CREATE INDEX suggestions_lead_unit_idx ON suggestions (lead_unit_id, status)`.execute(db)
  await sql`DROP INDEX suggestions_deputy_idx`.execute(db)
  await sql`CREATE INDEX suggestions_deputy_idx ON suggestions (deputy_id, received_at DESC)`.execute(db)
  await sql`DROP INDEX suggestions_venue_idx`.execute(db)
  await sql`CREATE INDEX suggestions_venue_idx ON suggestions (venue_id, received_at DESC)`.execute(db)
  await sql`DROP INDEX suggestions_open_region_idx`.execute(db)
  await sql`DROP INDEX suggestions_open_town_idx`.execute(db)
  await sql`DROP TABLE suggestion_duplicate_checks`.execute(db)
}
