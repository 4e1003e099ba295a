import { type Kysely, sql } from 'kysely'

/**
 * The calendar a county can trust in every year (docs/domain.md "Clocks"):
 * - calendar_notices: the years for which the county has entered the State Council's notice (放假安排通知);
 *   a year with neither published data nor a notice is computed from the law and provisional;
 * - calendar_notice_days: that notice's holidays and 调休 make-up working days;
 * - county_settings: the county's office hours, summer hours and same-day cut-off.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `CREATE TABLE calendar_notices (
      year integer PRIMARY KEY CHECK (year BETWEEN 1900 AND 2199),
      title text NOT NULL DEFAULT '',
      entered_by uuid REFERENCES users(id),
      entered_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE calendar_notice_days (
      day date PRIMARY KEY,
      year integer NOT NULL REFERENCES calendar_notices(year) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('holiday', 'makeup')),
      name_zh text NOT NULL,
      name_en text NOT NULL,
      CHECK (extract(year FROM day) = year)
    )`,
    `CREATE INDEX calendar_notice_days_year_idx ON calendar_notice_days (year)`,
    `CREATE TABLE county_settings (
      county_code text PRIMARY KEY CHECK (county_code ~ '^[0-9]{12}$'),
      office_hours jsonb NOT NULL,
      updated_by uuid REFERENCES users(id),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
  ])
    await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['county_settings', 'calendar_notice_days', 'calendar_notices'])
    await sql.raw(`DROP TABLE ${table}`).execute(db)
}
