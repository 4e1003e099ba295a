import { type Kysely, sql } from 'kysely'

/**
 * Livelihood-project supervision (领办督, docs/domain.md "Livelihood projects and the one-map"):
 * - projects (民生实事项目): a year's projects approved by the congress, in order;
 * - project_sites (点位): each site of a project, in a town (and village), with its place on the map, the
 *   responsible unit, the plan (dates, investment, milestones) and its state (a workflow record:
 *   not_started 红 · in_progress 黄 · completed 蓝 · crossed_off 销号, still blue), progress in per cent;
 * - site_deputies: the site's lead deputies (领办代表);
 * - site_reports: the lead deputy's monthly supervision report, one per site and month, judging on time,
 *   quality and quantity (按时 · 保质 · 保量), with problems, opinion, photos and an optional check-in place;
 * - site_events: every change of a site (the kernel's events), with the progress after it;
 * - site_month_ends: each site as it stood at each month end (the map of any past month);
 * - site_reminders: the month-end reminders sent (a report due, to the lead deputies; a report missing, to the
 *   congress office), each once per site and month.
 * Items raised from a report's problems carry the new `supervision` channel.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `CREATE TABLE projects (
      id uuid PRIMARY KEY,
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      seq integer NOT NULL CHECK (seq > 0),
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      lead_unit_id uuid REFERENCES units(id),
      county_code text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (county_code, year, seq)
    )`,
    `CREATE TABLE project_sites (
      id uuid PRIMARY KEY,
      project_id uuid NOT NULL REFERENCES projects(id),
      name text NOT NULL,
      town_code text NOT NULL REFERENCES regions(code),
      region_code text NOT NULL REFERENCES regions(code),
      address text NOT NULL DEFAULT '',
      lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
      lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
      unit_id uuid REFERENCES units(id),
      plan_start date,
      plan_end date,
      investment numeric(14, 2) CHECK (investment >= 0),
      milestones jsonb NOT NULL DEFAULT '[]',
      status text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'completed', 'crossed_off')),
      progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
      last_report_month text,
      crossed_off_at timestamptz,
      county_code text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK (plan_end IS NULL OR plan_start IS NULL OR plan_end >= plan_start)
    )`,
    `CREATE INDEX project_sites_project_idx ON project_sites (project_id)`,
    `CREATE INDEX project_sites_town_idx ON project_sites (town_code)`,
    `CREATE INDEX project_sites_unit_idx ON project_sites (unit_id) WHERE unit_id IS NOT NULL`,
    `CREATE TABLE site_deputies (
      site_id uuid NOT NULL REFERENCES project_sites(id) ON DELETE CASCADE,
      deputy_id uuid NOT NULL REFERENCES deputies(id),
      seq integer NOT NULL DEFAULT 1,
      PRIMARY KEY (site_id, deputy_id)
    )`,
    `CREATE INDEX site_deputies_deputy_idx ON site_deputies (deputy_id)`,
    `CREATE TABLE site_reports (
      id uuid PRIMARY KEY,
      site_id uuid NOT NULL REFERENCES project_sites(id) ON DELETE CASCADE,
      month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      deputy_id uuid REFERENCES deputies(id),
      filed_by uuid REFERENCES users(id),
      filed_at timestamptz NOT NULL,
      progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
      status text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'completed')),
      on_time text NOT NULL CHECK (on_time IN ('good', 'concern', 'problem')),
      on_time_note text NOT NULL DEFAULT '',
      quality text NOT NULL CHECK (quality IN ('good', 'concern', 'problem')),
      quality_note text NOT NULL DEFAULT '',
      quantity text NOT NULL CHECK (quantity IN ('good', 'concern', 'problem')),
      quantity_note text NOT NULL DEFAULT '',
      problems text NOT NULL DEFAULT '',
      opinion text NOT NULL DEFAULT '',
      check_in_lat double precision,
      check_in_lng double precision,
      suggestion_id uuid REFERENCES suggestions(id),
      county_code text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (site_id, month)
    )`,
    `CREATE INDEX site_reports_month_idx ON site_reports (county_code, month)`,
    `CREATE TABLE site_events (
      id uuid PRIMARY KEY,
      site_id uuid NOT NULL REFERENCES project_sites(id) ON DELETE CASCADE,
      action text NOT NULL,
      from_status text,
      to_status text NOT NULL,
      progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
      actor_id uuid REFERENCES users(id),
      actor_name text NOT NULL,
      public boolean NOT NULL DEFAULT true,
      note text,
      detail jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      county_code text NOT NULL
    )`,
    `CREATE INDEX site_events_site_idx ON site_events (site_id, created_at)`,
    `CREATE TABLE site_month_ends (
      site_id uuid NOT NULL REFERENCES project_sites(id) ON DELETE CASCADE,
      month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      status text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'completed', 'crossed_off')),
      progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
      reported boolean NOT NULL,
      county_code text NOT NULL,
      taken_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (site_id, month)
    )`,
    `CREATE INDEX site_month_ends_month_idx ON site_month_ends (county_code, month)`,
    `CREATE TABLE site_reminders (
      site_id uuid NOT NULL REFERENCES project_sites(id) ON DELETE CASCADE,
      month text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('due', 'missing')),
      sent_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (site_id, month, kind)
    )`,
    `ALTER TABLE suggestions DROP CONSTRAINT suggestions_channel_check`,
    `ALTER TABLE suggestions ADD CONSTRAINT suggestions_channel_check
      CHECK (channel IN ('station', 'mobile', 'online', 'grid', 'mediation', 'external', 'supervision'))`,
  ])
    await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `ALTER TABLE suggestions DROP CONSTRAINT suggestions_channel_check`,
    `ALTER TABLE suggestions ADD CONSTRAINT suggestions_channel_check
      CHECK (channel IN ('station', 'mobile', 'online', 'grid', 'mediation', 'external'))`,
    'DROP TABLE site_reminders',
    'DROP TABLE site_month_ends',
    'DROP TABLE site_events',
    'DROP TABLE site_reports',
    'DROP TABLE site_deputies',
    'DROP TABLE project_sites',
    'DROP TABLE projects',
  ])
    await sql.raw(statement).execute(db)
}
