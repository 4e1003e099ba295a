import { type Kysely, sql } from 'kysely'

/**
 * Partner systems (docs/domain.md "Partner systems"): other systems that hand items in and hear back.
 * - partners: the province's deputy-work platform, the 12345 hotline, a town's 一室四平台 platform (linked to its
 *   handling unit) or another system; a partner with a webhook URL receives its items' status changes (and a
 *   platform its assignments), signed with its own secret, stored encrypted;
 * - partner_keys: the API keys a county admin issued to a partner: only the key's sha256 and its first characters
 *   (to tell keys apart) are stored; a revoked key stays, with who revoked it and when;
 * - partner_key_scopes: what each key may do (hand items in, read their status, reply to an assignment);
 * - an item a partner handed in carries the `external` channel, the partner and the partner's own reference,
 *   unique per partner, with the hash of the request that created it (a retry with the same reference and a
 *   different body is refused).
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `CREATE TABLE partners (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('province', 'hotline', 'platform', 'other')),
      unit_id uuid REFERENCES units(id),
      webhook_url text,
      webhook_secret_enc text,
      county_code text NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'platform') = (unit_id IS NOT NULL)),
      CHECK ((webhook_url IS NULL) = (webhook_secret_enc IS NULL))
    )`,
    `CREATE INDEX partners_unit_idx ON partners (unit_id) WHERE unit_id IS NOT NULL`,
    `CREATE TABLE partner_keys (
      id uuid PRIMARY KEY,
      partner_id uuid NOT NULL REFERENCES partners(id),
      prefix text NOT NULL,
      key_hash text NOT NULL UNIQUE,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      revoked_by uuid REFERENCES users(id),
      last_used_at timestamptz,
      county_code text NOT NULL
    )`,
    `CREATE INDEX partner_keys_partner_idx ON partner_keys (partner_id)`,
    `CREATE TABLE partner_key_scopes (
      key_id uuid NOT NULL REFERENCES partner_keys(id) ON DELETE CASCADE,
      scope text NOT NULL CHECK (scope IN ('intake', 'status', 'platform_reply')),
      PRIMARY KEY (key_id, scope)
    )`,
    `ALTER TABLE suggestions DROP CONSTRAINT suggestions_channel_check`,
    `ALTER TABLE suggestions ADD CONSTRAINT suggestions_channel_check
      CHECK (channel IN ('station', 'mobile', 'online', 'grid', 'mediation', 'external'))`,
    `ALTER TABLE suggestions ADD COLUMN partner_id uuid REFERENCES partners(id)`,
    `ALTER TABLE suggestions ADD COLUMN partner_reference text`,
    `ALTER TABLE suggestions ADD COLUMN partner_request_hash text`,
    `ALTER TABLE suggestions ADD CONSTRAINT suggestions_partner_reference_check
      CHECK ((partner_id IS NULL) = (partner_reference IS NULL))`,
    `CREATE UNIQUE INDEX suggestions_partner_reference_key ON suggestions (partner_id, partner_reference)
      WHERE partner_id IS NOT NULL`,
    `ALTER TABLE notifications DROP CONSTRAINT notifications_recipient_type_check`,
    `ALTER TABLE notifications ADD CONSTRAINT notifications_recipient_type_check
      CHECK (recipient_type IN ('user', 'unit', 'region', 'venue', 'deputy', 'citizen', 'partner'))`,
  ]) {
    await sql.raw(statement).execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `DELETE FROM notifications WHERE recipient_type = 'partner'`,
    `ALTER TABLE notifications DROP CONSTRAINT notifications_recipient_type_check`,
    `ALTER TABLE notifications ADD CONSTRAINT notifications_recipient_type_check
      CHECK (recipient_type IN ('user', 'unit', 'region', 'venue', 'deputy', 'citizen'))`,
    `DROP INDEX suggestions_partner_reference_key`,
    `ALTER TABLE suggestions DROP CONSTRAINT suggestions_partner_reference_check`,
    `ALTER TABLE suggestions DROP COLUMN partner_request_hash`,
    `ALTER TABLE suggestions DROP COLUMN partner_reference`,
    `ALTER TABLE suggestions DROP COLUMN partner_id`,
    `ALTER TABLE suggestions DROP CONSTRAINT suggestions_channel_check`,
    `ALTER TABLE suggestions ADD CONSTRAINT suggestions_channel_check
      CHECK (channel IN ('online', 'station', 'mobile', 'grid', 'mediation'))`,
    `DROP TABLE partner_key_scopes`,
    `DROP TABLE partner_keys`,
    `DROP TABLE partners`,
  ]) {
    await sql.raw(statement).execute(db)
  }
}
