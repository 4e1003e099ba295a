import { type Kysely, sql } from 'kysely'

/**
 * Mobile rounds and reception records (docs/domain.md "Rounds and reception records"):
 * - rounds (流动巡诊): a planned tour of a town's villages, communities and firms by some deputies (a workflow
 *   record: planned → underway → completed, or cancelled and back); round_stops: its stops in order, each with a
 *   planned time, a check-in (time, optional location) and what happened there;
 * - receptions (接待记录): one session of receiving citizens, at a venue (站内坐诊, optionally the duty slot it
 *   keeps) or at a round's stop (流动巡诊); a workflow record: open → closed (and reopened with a reason). Its id
 *   may be chosen by the recording device, so that a record made offline and sent twice is one record;
 * - reception_visitors: each visitor or group received, with its head count (a visitor with three issues is one
 *   person-time, a group of 12 villagers is 12); the people received by a session are the sum of head counts;
 * - reception_issues: each issue a visitor raised; each becomes a suggestion of the session's channel (answered
 *   on the spot or sent through the loop).
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `CREATE TABLE rounds (
      id uuid PRIMARY KEY,
      title text NOT NULL,
      town_code text NOT NULL REFERENCES regions(code),
      venue_id uuid REFERENCES venues(id),
      day date NOT NULL,
      status text NOT NULL CHECK (status IN ('planned', 'underway', 'completed', 'cancelled')),
      note text NOT NULL DEFAULT '',
      summary text NOT NULL DEFAULT '',
      county_code text NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`,
    `CREATE INDEX rounds_day_idx ON rounds (county_code, day)`,
    `CREATE INDEX rounds_town_idx ON rounds (town_code, day)`,
    `CREATE TABLE round_deputies (
      round_id uuid NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
      deputy_id uuid NOT NULL REFERENCES deputies(id),
      PRIMARY KEY (round_id, deputy_id)
    )`,
    `CREATE INDEX round_deputies_deputy_idx ON round_deputies (deputy_id)`,
    `CREATE TABLE round_stops (
      id uuid PRIMARY KEY,
      round_id uuid NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
      seq integer NOT NULL,
      kind text NOT NULL CHECK (kind IN ('village', 'community', 'enterprise')),
      name text NOT NULL,
      region_code text NOT NULL REFERENCES regions(code),
      address text NOT NULL DEFAULT '',
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      checked_in_at timestamptz,
      checked_in_by uuid REFERENCES users(id),
      check_in_lat double precision,
      check_in_lng double precision,
      happened text NOT NULL DEFAULT '',
      CHECK (ends_at > starts_at),
      UNIQUE (round_id, seq)
    )`,
    `CREATE INDEX round_stops_starts_idx ON round_stops (starts_at)`,
    `CREATE TABLE round_events (
      id uuid PRIMARY KEY,
      round_id uuid NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
      action text NOT NULL,
      from_status text,
      to_status text NOT NULL,
      actor_id uuid REFERENCES users(id),
      actor_name text NOT NULL,
      note text,
      detail jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      county_code text NOT NULL
    )`,
    `CREATE INDEX round_events_round_idx ON round_events (round_id, created_at)`,
    `CREATE TABLE receptions (
      id uuid PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('station', 'mobile')),
      venue_id uuid REFERENCES venues(id),
      duty_slot_id uuid REFERENCES duty_slots(id),
      round_stop_id uuid REFERENCES round_stops(id),
      region_code text NOT NULL REFERENCES regions(code),
      town_code text REFERENCES regions(code),
      started_at timestamptz NOT NULL,
      ended_at timestamptz,
      status text NOT NULL CHECK (status IN ('open', 'closed')),
      people integer NOT NULL DEFAULT 0 CHECK (people >= 0),
      note text NOT NULL DEFAULT '',
      county_code text NOT NULL,
      recorded_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK ((kind = 'station' AND venue_id IS NOT NULL AND round_stop_id IS NULL)
          OR (kind = 'mobile' AND round_stop_id IS NOT NULL)),
      CHECK (ended_at IS NULL OR ended_at >= started_at)
    )`,
    `CREATE INDEX receptions_started_idx ON receptions (county_code, started_at)`,
    `CREATE INDEX receptions_venue_idx ON receptions (venue_id, started_at)`,
    `CREATE UNIQUE INDEX receptions_slot_idx ON receptions (duty_slot_id) WHERE duty_slot_id IS NOT NULL`,
    `CREATE INDEX receptions_stop_idx ON receptions (round_stop_id)`,
    `CREATE TABLE reception_deputies (
      reception_id uuid NOT NULL REFERENCES receptions(id) ON DELETE CASCADE,
      deputy_id uuid NOT NULL REFERENCES deputies(id),
      PRIMARY KEY (reception_id, deputy_id)
    )`,
    `CREATE INDEX reception_deputies_deputy_idx ON reception_deputies (deputy_id)`,
    `CREATE TABLE reception_visitors (
      id uuid PRIMARY KEY,
      reception_id uuid NOT NULL REFERENCES receptions(id) ON DELETE CASCADE,
      headcount integer NOT NULL CHECK (headcount BETWEEN 1 AND 500),
      name_enc text,
      name_masked text,
      phone_enc text,
      phone_hash text,
      phone_masked text,
      note text NOT NULL DEFAULT '',
      recorded_by uuid REFERENCES users(id),
      recorded_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX reception_visitors_reception_idx ON reception_visitors (reception_id)`,
    `CREATE TABLE reception_issues (
      id uuid PRIMARY KEY,
      reception_id uuid NOT NULL REFERENCES receptions(id) ON DELETE CASCADE,
      visitor_id uuid NOT NULL REFERENCES reception_visitors(id) ON DELETE CASCADE,
      content text NOT NULL,
      category_code text,
      disposition text NOT NULL CHECK (disposition IN ('loop', 'on_spot')),
      answer text,
      suggestion_id uuid REFERENCES suggestions(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX reception_issues_reception_idx ON reception_issues (reception_id)`,
    `CREATE UNIQUE INDEX reception_issues_suggestion_idx ON reception_issues (suggestion_id)`,
    `CREATE TABLE reception_events (
      id uuid PRIMARY KEY,
      reception_id uuid NOT NULL REFERENCES receptions(id) ON DELETE CASCADE,
      action text NOT NULL,
      from_status text,
      to_status text NOT NULL,
      actor_id uuid REFERENCES users(id),
      actor_name text NOT NULL,
      note text,
      detail jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      county_code text NOT NULL
    )`,
    `CREATE INDEX reception_events_reception_idx ON reception_events (reception_id, created_at)`,
  ])
    await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'reception_events',
    'reception_issues',
    'reception_visitors',
    'reception_deputies',
    'receptions',
    'round_events',
    'round_stops',
    'round_deputies',
    'rounds',
  ])
    await sql.raw(`DROP TABLE ${table}`).execute(db)
}
