import { type Kysely, sql } from 'kysely'

/**
 * Deputies' records (履职档案, docs/domain.md "Deputies' records"): the indicators are computed from what the
 * platform holds; what it does not hold is entered by hand, one row per entry:
 * - deputy_record_entries: a training attended (参加培训, with its hours), proposals made at a session of the
 *   congress (提出议案建议, `quantity` of them) or another duty activity (其他履职活动), each with its day, title and
 *   note. Entries are changed with a version and retired (`retired_at`), never deleted; each change is audited.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `CREATE TABLE deputy_record_entries (
      id uuid PRIMARY KEY,
      deputy_id uuid NOT NULL REFERENCES deputies(id),
      kind text NOT NULL CHECK (kind IN ('training', 'proposal', 'activity')),
      day date NOT NULL,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
      quantity integer NOT NULL DEFAULT 1 CHECK (quantity BETWEEN 1 AND 100),
      hours double precision CHECK (hours IS NULL OR (hours > 0 AND hours <= 1000)),
      note text NOT NULL DEFAULT '',
      county_code text NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES users(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      retired_at timestamptz,
      retired_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1
    )`,
    `CREATE INDEX deputy_record_entries_deputy_idx ON deputy_record_entries (deputy_id, day)`,
    `CREATE INDEX deputy_record_entries_day_idx ON deputy_record_entries (county_code, day)`,
  ])
    await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('DROP TABLE deputy_record_entries').execute(db)
}
