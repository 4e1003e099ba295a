import { type Kysely, sql } from 'kysely'

/**
 * Deputies' proposals (代表建议, docs/domain.md "Deputies' proposals (代表建议)"):
 * - proposals: a formal proposal a deputy drafts from items of the loop (or a site report's problem), a workflow
 *   record: draft → cosigning → submitted → registered | not_registered → contacted → answered → closed, with
 *   one rehandling after an unsatisfied rating, and withdrawn before registration;
 * - proposal_sources: what the proposal grew from (a suggestion, a project site's monthly report);
 * - proposal_cosigners: the deputies invited to co-sign (联名), and what each answered;
 * - proposal_units: the units it is assigned to on registration (主办 · 协办);
 * - proposal_events: every change (the kernel's events).
 * A proposal keeps when its unit was reminded of the due date and told it was overdue (each once).
 * The county's settings gain the number of co-signers a proposal needs before it is submitted (0: optional).
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `CREATE TABLE proposals (
      id uuid PRIMARY KEY,
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2199),
      number integer CHECK (number > 0),
      title text NOT NULL,
      reason text NOT NULL,
      measures text NOT NULL,
      category_code text,
      lead_deputy_id uuid NOT NULL REFERENCES deputies(id),
      created_by uuid REFERENCES users(id),
      status text NOT NULL CHECK (status IN ('draft', 'cosigning', 'submitted', 'registered', 'not_registered',
        'contacted', 'answered', 'rehandling', 'closed', 'withdrawn')),
      required_cosigners integer NOT NULL DEFAULT 0 CHECK (required_cosigners BETWEEN 0 AND 50),
      submitted_at timestamptz,
      registered_at timestamptz,
      due_on date,
      not_registered_reason text,
      contacted_at timestamptz,
      contact_method text CHECK (contact_method IN ('in_person', 'phone', 'meeting')),
      contact_with text,
      contact_note text,
      answer text,
      outcome text CHECK (outcome IN ('A', 'B', 'C', 'D')),
      answered_at timestamptz,
      first_rating text CHECK (first_rating IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
      rating text CHECK (rating IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
      rated_at timestamptz,
      closed_at timestamptz,
      due_reminded_at timestamptz,
      overdue_notified_at timestamptz,
      county_code text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (county_code, year, number)
    )`,
    `CREATE INDEX proposals_year_idx ON proposals (county_code, year, status)`,
    `CREATE INDEX proposals_lead_idx ON proposals (lead_deputy_id)`,
    `CREATE TABLE proposal_sources (
      proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
      source_type text NOT NULL CHECK (source_type IN ('suggestion', 'site_report')),
      source_id uuid NOT NULL,
      seq integer NOT NULL DEFAULT 1,
      PRIMARY KEY (proposal_id, source_type, source_id)
    )`,
    `CREATE INDEX proposal_sources_source_idx ON proposal_sources (source_type, source_id)`,
    `CREATE TABLE proposal_cosigners (
      proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
      deputy_id uuid NOT NULL REFERENCES deputies(id),
      seq integer NOT NULL DEFAULT 1,
      status text NOT NULL CHECK (status IN ('invited', 'signed', 'declined', 'withdrawn')),
      responded_at timestamptz,
      PRIMARY KEY (proposal_id, deputy_id)
    )`,
    `CREATE INDEX proposal_cosigners_deputy_idx ON proposal_cosigners (deputy_id)`,
    `CREATE TABLE proposal_units (
      proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES units(id),
      role text NOT NULL CHECK (role IN ('lead', 'co')),
      PRIMARY KEY (proposal_id, unit_id)
    )`,
    `CREATE INDEX proposal_units_unit_idx ON proposal_units (unit_id)`,
    `CREATE TABLE proposal_events (
      id uuid PRIMARY KEY,
      proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
      action text NOT NULL,
      from_status text,
      to_status text NOT NULL,
      actor_id uuid REFERENCES users(id),
      actor_name text NOT NULL,
      public boolean NOT NULL DEFAULT false,
      note text,
      detail jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      county_code text NOT NULL
    )`,
    `CREATE INDEX proposal_events_proposal_idx ON proposal_events (proposal_id, created_at)`,
    `ALTER TABLE county_settings ADD COLUMN proposal_min_cosigners integer NOT NULL DEFAULT 0
      CHECK (proposal_min_cosigners BETWEEN 0 AND 50)`,
  ])
    await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    'ALTER TABLE county_settings DROP COLUMN proposal_min_cosigners',
    'DROP TABLE proposal_events',
    'DROP TABLE proposal_units',
    'DROP TABLE proposal_cosigners',
    'DROP TABLE proposal_sources',
    'DROP TABLE proposals',
  ])
    await sql.raw(statement).execute(db)
}
