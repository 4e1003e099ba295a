import { type Kysely, sql } from 'kysely'

/**
 * The duty schedule (排班, docs/domain.md "Duty schedule"):
 * - duty_rules: a venue's recurring reception (the 15th of each month 9:00–11:30; every Tuesday afternoon), the
 *   deputies it assigns, and what happens to a slot falling on a day off (moved to the next or previous working
 *   day, or cancelled);
 * - duty_slots: the occurrences, materialised for the coming months so that each can be kept, moved, cancelled or
 *   swapped on its own (a workflow record: scheduled → held | cancelled); `rule_day` is the day the rule gave, `day`
 *   the day it is held on (they differ when a day off moved it), `manual` marks a slot staff changed by hand, which
 *   regenerating the rule leaves alone;
 * - duty_slot_deputies: who is on duty in a slot (a swap replaces one), and when they were reminded.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `CREATE TABLE duty_rules (
      id uuid PRIMARY KEY,
      venue_id uuid NOT NULL REFERENCES venues(id),
      kind text NOT NULL CHECK (kind IN ('monthly', 'weekly')),
      day_of_month integer CHECK (day_of_month BETWEEN 1 AND 31),
      weekday integer CHECK (weekday BETWEEN 1 AND 7),
      starts_at time NOT NULL,
      ends_at time NOT NULL,
      valid_from date NOT NULL,
      valid_until date,
      on_day_off text NOT NULL CHECK (on_day_off IN ('next_workday', 'previous_workday', 'cancel')),
      note text NOT NULL DEFAULT '',
      active boolean NOT NULL DEFAULT true,
      county_code text NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK (ends_at > starts_at),
      CHECK (valid_until IS NULL OR valid_until >= valid_from),
      CHECK ((kind = 'monthly' AND day_of_month IS NOT NULL AND weekday IS NULL)
          OR (kind = 'weekly' AND weekday IS NOT NULL AND day_of_month IS NULL))
    )`,
    `CREATE INDEX duty_rules_venue_idx ON duty_rules (venue_id)`,
    `CREATE TABLE duty_rule_deputies (
      rule_id uuid NOT NULL REFERENCES duty_rules(id) ON DELETE CASCADE,
      deputy_id uuid NOT NULL REFERENCES deputies(id),
      PRIMARY KEY (rule_id, deputy_id)
    )`,
    `CREATE TABLE duty_slots (
      id uuid PRIMARY KEY,
      rule_id uuid REFERENCES duty_rules(id),
      venue_id uuid NOT NULL REFERENCES venues(id),
      rule_day date,
      day date NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      status text NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled')),
      change_reason text NOT NULL DEFAULT '',
      manual boolean NOT NULL DEFAULT false,
      county_code text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      CHECK (ends_at > starts_at),
      UNIQUE (rule_id, rule_day)
    )`,
    `CREATE INDEX duty_slots_day_idx ON duty_slots (county_code, day)`,
    `CREATE INDEX duty_slots_venue_day_idx ON duty_slots (venue_id, day)`,
    `CREATE TABLE duty_slot_deputies (
      id uuid PRIMARY KEY,
      slot_id uuid NOT NULL REFERENCES duty_slots(id) ON DELETE CASCADE,
      deputy_id uuid NOT NULL REFERENCES deputies(id),
      swapped_for uuid REFERENCES deputies(id),
      reminded_at timestamptz,
      UNIQUE (slot_id, deputy_id)
    )`,
    `CREATE INDEX duty_slot_deputies_deputy_idx ON duty_slot_deputies (deputy_id)`,
    `CREATE TABLE duty_slot_events (
      id uuid PRIMARY KEY,
      slot_id uuid NOT NULL REFERENCES duty_slots(id) ON DELETE CASCADE,
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
    `CREATE INDEX duty_slot_events_slot_idx ON duty_slot_events (slot_id, created_at)`,
  ])
    await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'duty_slot_events',
    'duty_slot_deputies',
    'duty_slots',
    'duty_rule_deputies',
    'duty_rules',
  ])
    await sql.raw(`DROP TABLE ${table}`).execute(db)
}
