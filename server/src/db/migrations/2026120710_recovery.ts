import { type Kysely, sql } from 'kysely'

/**
 * A citizen recovers their items by phone (issue 9).
 *
 * - Look-up by phone: `suggestions.contact_phone_hash` (the keyed HMAC of the normalised phone, written by intake
 *   and by the demo since the first suggestions migration) gets its index; there is nothing to backfill, every row
 *   with a phone already carries its hash. Rows without a phone are left out of the index.
 * - `recovery_codes`: the one-time codes sent by SMS, stored only as a keyed hash, with their expiry, their failed
 *   attempts and when they were used. A row is written for every request, whether the phone has items or not, so
 *   the answers (and the work behind them) do not tell which phones have items.
 * - `suggestion_access_keys`: access keys issued to a citizen who recovered their items, in addition to the key
 *   of the original link (which keeps working); only their sha256 is stored, like the original's.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX suggestions_contact_phone_hash_idx ON suggestions (contact_phone_hash)
    WHERE contact_phone_hash IS NOT NULL`.execute(db)
  await sql`CREATE TABLE recovery_codes (
    id uuid PRIMARY KEY,
    phone_hash text NOT NULL,
    code_hash text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    county_code text NOT NULL
  )`.execute(db)
  await sql`CREATE INDEX recovery_codes_phone_idx ON recovery_codes (phone_hash, created_at DESC)`.execute(db)
  await sql`CREATE TABLE suggestion_access_keys (
    id uuid PRIMARY KEY,
    suggestion_id uuid NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
    token_hash text NOT NULL,
    issued_at timestamptz NOT NULL DEFAULT now(),
    county_code text NOT NULL
  )`.execute(db)
  await sql`CREATE INDEX suggestion_access_keys_item_idx ON suggestion_access_keys (suggestion_id)`.execute(
    db,
  )
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE suggestion_access_keys`.execute(db)
  await sql`DROP TABLE recovery_codes`.execute(db)
  await sql`DROP INDEX suggestions_contact_phone_hash_idx`.execute(db)
}
