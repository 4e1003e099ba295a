import { type Kysely, sql } from 'kysely'

// Frozen: never edit a landed migration; add a new one instead.
// The suggestion closed loop: items, their events, units, photos, idempotency, calendar, time limits, outbox.

const statements = [
  `CREATE TABLE categories (
    code text PRIMARY KEY,
    name text NOT NULL,
    name_en text NOT NULL DEFAULT '',
    parent_code text REFERENCES categories(code),
    sort integer NOT NULL DEFAULT 0,
    active boolean NOT NULL DEFAULT true
  )`,
  `CREATE TABLE suggestions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tracking_code text NOT NULL UNIQUE,
    access_token_hash text NOT NULL,
    channel text NOT NULL CHECK (channel IN ('online', 'station', 'mobile', 'grid', 'mediation')),
    status text NOT NULL CHECK (status IN ('submitted', 'accepted', 'rejected', 'answered_on_spot', 'routed', 'assigned',
      'signed', 'in_progress', 'replied', 'reviewed', 'feedback_given', 'closed')),
    tier text CHECK (tier IN ('town', 'county', 'proposal')),
    content text NOT NULL,
    search_text text NOT NULL DEFAULT '',
    category_code text REFERENCES categories(code),
    venue_id uuid REFERENCES venues(id),
    deputy_id uuid REFERENCES deputies(id),
    region_code text NOT NULL REFERENCES regions(code),
    town_code text REFERENCES regions(code),
    lat double precision,
    lng double precision,
    contact_name_enc text,
    contact_name_masked text,
    contact_phone_enc text,
    contact_phone_hash text,
    contact_phone_masked text,
    consent_at timestamptz NOT NULL,
    created_by uuid REFERENCES users(id),
    received_at timestamptz NOT NULL,
    clock_start_at timestamptz NOT NULL,
    same_day_due_at timestamptz NOT NULL,
    accepted_at timestamptz,
    routed_at timestamptz,
    acknowledged_at timestamptz,
    assigned_at timestamptz,
    signed_at timestamptz,
    replied_at timestamptz,
    reviewed_at timestamptz,
    feedback_at timestamptz,
    closed_at timestamptz,
    due_at timestamptz,
    extension_requested_days integer,
    extension_reason text,
    lead_unit_id uuid REFERENCES units(id),
    answer text,
    outcome text CHECK (outcome IN ('A', 'B', 'C', 'D')),
    rating text CHECK (rating IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
    rating_comment text,
    reject_reason text CHECK (reject_reason IN ('invalid', 'out_of_scope', 'duplicate')),
    merged_into_id uuid REFERENCES suggestions(id),
    reopen_count integer NOT NULL DEFAULT 0,
    urge_count integer NOT NULL DEFAULT 0,
    escalated_at timestamptz,
    overdue_reminded_at timestamptz,
    county_code text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 1
  )`,
  `CREATE INDEX suggestions_status_idx ON suggestions (county_code, status, received_at DESC)`,
  `CREATE INDEX suggestions_region_idx ON suggestions (region_code, received_at DESC)`,
  `CREATE INDEX suggestions_town_idx ON suggestions (town_code, received_at DESC)`,
  `CREATE INDEX suggestions_venue_idx ON suggestions (venue_id, received_at DESC)`,
  `CREATE INDEX suggestions_deputy_idx ON suggestions (deputy_id, received_at DESC)`,
  `CREATE INDEX suggestions_lead_unit_idx ON suggestions (lead_unit_id, status)`,
  `CREATE INDEX suggestions_received_idx ON suggestions (county_code, received_at)`,
  `CREATE INDEX suggestions_due_idx ON suggestions (due_at) WHERE status IN ('assigned', 'signed', 'in_progress')`,
  `CREATE INDEX suggestions_merged_idx ON suggestions (merged_into_id) WHERE merged_into_id IS NOT NULL`,
  `CREATE INDEX suggestions_search_idx ON suggestions USING gin (to_tsvector('simple', search_text))`,
  `CREATE TABLE suggestion_units (
    suggestion_id uuid NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    role text NOT NULL CHECK (role IN ('lead', 'co')),
    assigned_at timestamptz NOT NULL DEFAULT now(),
    active boolean NOT NULL DEFAULT true,
    PRIMARY KEY (suggestion_id, unit_id, assigned_at)
  )`,
  `CREATE INDEX suggestion_units_unit_idx ON suggestion_units (unit_id) WHERE active`,
  `CREATE TABLE suggestion_events (
    id bigserial PRIMARY KEY,
    suggestion_id uuid NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
    at timestamptz NOT NULL DEFAULT now(),
    action text NOT NULL,
    from_status text,
    to_status text NOT NULL,
    actor_id uuid REFERENCES users(id),
    actor_name text NOT NULL,
    actor_role text,
    public boolean NOT NULL DEFAULT false,
    note text,
    detail jsonb NOT NULL DEFAULT '{}',
    county_code text NOT NULL
  )`,
  `CREATE INDEX suggestion_events_item_idx ON suggestion_events (suggestion_id, id)`,
  `CREATE TABLE suggestion_duplicates (
    suggestion_id uuid NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
    candidate_id uuid NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
    score real NOT NULL,
    PRIMARY KEY (suggestion_id, candidate_id)
  )`,
  `CREATE TABLE files (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    purpose text NOT NULL CHECK (purpose IN ('suggestion_photo', 'reply_attachment')),
    owner_id uuid,
    mime_type text NOT NULL,
    byte_size integer NOT NULL,
    width integer,
    height integer,
    original_name text,
    sha256 text NOT NULL,
    data bytea NOT NULL,
    uploaded_by uuid REFERENCES users(id),
    county_code text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX files_owner_idx ON files (owner_id)`,
  `CREATE TABLE idempotency_keys (
    scope text NOT NULL,
    key text NOT NULL,
    request_hash text NOT NULL,
    response jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
  )`,
  `CREATE TABLE calendar_overrides (
    day date PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('workday', 'holiday')),
    note text NOT NULL DEFAULT '',
    updated_by uuid REFERENCES users(id),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE time_limits (
    tier text NOT NULL CHECK (tier IN ('default', 'town', 'county', 'proposal')),
    category_code text NOT NULL DEFAULT '',
    completion_working_days integer NOT NULL CHECK (completion_working_days BETWEEN 1 AND 365),
    max_extension_working_days integer NOT NULL CHECK (max_extension_working_days BETWEEN 0 AND 365),
    escalate_after_working_days integer NOT NULL CHECK (escalate_after_working_days BETWEEN 0 AND 365),
    rating_window_days integer NOT NULL CHECK (rating_window_days BETWEEN 1 AND 90),
    PRIMARY KEY (tier, category_code)
  )`,
  `INSERT INTO time_limits VALUES ('default', '', 5, 5, 2, 7)`,
  `CREATE TABLE notifications (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    channel text NOT NULL CHECK (channel IN ('in_app', 'webhook')),
    recipient_type text NOT NULL CHECK (recipient_type IN ('user', 'unit', 'region', 'citizen')),
    recipient_id text NOT NULL,
    kind text NOT NULL,
    suggestion_id uuid REFERENCES suggestions(id) ON DELETE CASCADE,
    title text NOT NULL,
    body text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}',
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'read')),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error text,
    county_code text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz,
    read_at timestamptz
  )`,
  `CREATE INDEX notifications_pending_idx ON notifications (next_attempt_at) WHERE status = 'pending'`,
  `CREATE INDEX notifications_recipient_idx ON notifications (recipient_type, recipient_id, created_at DESC)`,
  `CREATE TABLE job_runs (
    name text PRIMARY KEY,
    last_started_at timestamptz,
    last_finished_at timestamptz,
    last_result jsonb NOT NULL DEFAULT '{}'
  )`,
]

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(_db: Kysely<any>): Promise<void> {
  throw new Error('the suggestions migration is not reversible')
}
