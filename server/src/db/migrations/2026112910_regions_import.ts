import { type Kysely, sql } from 'kysely'

/**
 * Region trees imported from the national division codes (`lianxin regions import`, modules/regions):
 * - a region that has left the national codes is retired, never deleted, since suggestions, venues and deputies
 *   may still point to it: `active` is false and `retired_at` says when (both or neither);
 * - a database may hold several counties' trees side by side: lists read one county's (county_code, level).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE regions
    ADD COLUMN active boolean NOT NULL DEFAULT true,
    ADD COLUMN retired_at timestamptz,
    ADD CONSTRAINT regions_retired_check CHECK (active = (retired_at IS NULL))`.execute(db)
  await sql`CREATE INDEX regions_county_level_idx ON regions (county_code, level)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX regions_county_level_idx`.execute(db)
  await sql`ALTER TABLE regions
    DROP CONSTRAINT regions_retired_check,
    DROP COLUMN retired_at,
    DROP COLUMN active`.execute(db)
}
