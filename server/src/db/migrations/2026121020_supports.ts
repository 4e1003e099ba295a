import { type Kysely, sql } from 'kysely'

/**
 * Support (附议) and subscriptions (关注), docs/domain.md "Support (附议)" and "Subscriptions (关注)":
 * - suggestion_supports: one row per citizen adding weight to a published open item, keyed by the device's keyed
 *   hash and, when given, the phone's (never in clear); one per device and one per phone on each item;
 * - support_alerts: the claim that the item's manager was told once that its count reached the county's threshold;
 * - county_settings.support_priority_threshold: the count from which an item is of high attention (关注度高);
 * - subscriptions: a phone following a town, a category or one published item (encrypted phone, lookup hash and
 *   masked copy; the one-time code's keyed hash while pending; the unsubscribe token's hash once active);
 * - subscription_fanout_state: the fan-out job's cursor (one row, locked FOR UPDATE SKIP LOCKED by the node that runs).
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `ALTER TABLE county_settings ADD COLUMN support_priority_threshold integer NOT NULL DEFAULT 10
      CHECK (support_priority_threshold BETWEEN 1 AND 100000)`,
    `CREATE TABLE suggestion_supports (
      id uuid PRIMARY KEY,
      suggestion_id uuid NOT NULL REFERENCES suggestions(id),
      device_hash text NOT NULL,
      phone_hash text,
      created_at timestamptz NOT NULL DEFAULT now(),
      county_code text NOT NULL
    )`,
    `CREATE UNIQUE INDEX suggestion_supports_device_idx ON suggestion_supports (suggestion_id, device_hash)`,
    `CREATE UNIQUE INDEX suggestion_supports_phone_idx ON suggestion_supports (suggestion_id, phone_hash)
      WHERE phone_hash IS NOT NULL`,
    `CREATE TABLE support_alerts (
      suggestion_id uuid PRIMARY KEY REFERENCES suggestions(id),
      support_count integer NOT NULL,
      threshold integer NOT NULL,
      sent_at timestamptz NOT NULL DEFAULT now(),
      county_code text NOT NULL
    )`,
    `CREATE TABLE subscriptions (
      id uuid PRIMARY KEY,
      target_type text NOT NULL CHECK (target_type IN ('town', 'category', 'item')),
      target_id text NOT NULL CHECK (length(target_id) BETWEEN 1 AND 64),
      status text NOT NULL CHECK (status IN ('pending', 'active', 'ended')),
      phone_enc text NOT NULL,
      phone_hash text NOT NULL,
      phone_masked text NOT NULL,
      code_hash text,
      code_expires_at timestamptz,
      attempts integer NOT NULL DEFAULT 0,
      unsubscribe_token_hash text UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      confirmed_at timestamptz,
      ended_at timestamptz,
      county_code text NOT NULL
    )`,
    `CREATE UNIQUE INDEX subscriptions_active_idx ON subscriptions (phone_hash, target_type, target_id)
      WHERE status = 'active'`,
    `CREATE INDEX subscriptions_target_idx ON subscriptions (target_type, target_id, id) WHERE status = 'active'`,
    `CREATE INDEX subscriptions_phone_idx ON subscriptions (phone_hash, created_at)`,
    `CREATE TABLE subscription_fanout_state (
      name text PRIMARY KEY,
      after_at timestamptz NOT NULL,
      after_key text NOT NULL DEFAULT '',
      after_subscription uuid,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
  ])
    await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['subscription_fanout_state', 'subscriptions', 'support_alerts', 'suggestion_supports'])
    await sql.raw(`DROP TABLE ${table}`).execute(db)
  await sql.raw('ALTER TABLE county_settings DROP COLUMN support_priority_threshold').execute(db)
}
