import { type Kysely, sql } from 'kysely'

/**
 * Two inboxes more and a notification's "done" mark:
 * - a venue's staff share a 'venue' inbox (an item addressed to their liaison station reaches them), and a
 *   deputy's accounts a 'deputy' inbox (an item addressed to the deputy through their own QR code);
 * - `done_at`: when the record a message was about moved on (its state changed after the message was sent),
 *   so the message no longer asks anything of its reader. The inbox shows it as done and does not count it
 *   as waiting.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE notifications DROP CONSTRAINT notifications_recipient_type_check`.execute(db)
  await sql`ALTER TABLE notifications ADD CONSTRAINT notifications_recipient_type_check
    CHECK (recipient_type IN ('user', 'unit', 'region', 'venue', 'deputy', 'citizen'))`.execute(db)
  await sql`ALTER TABLE notifications ADD COLUMN done_at timestamptz`.execute(db)
  await sql`CREATE INDEX notifications_open_subject_idx ON notifications (subject_type, subject_id)
    WHERE done_at IS NULL AND channel = 'in_app'`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX notifications_open_subject_idx`.execute(db)
  await sql`ALTER TABLE notifications DROP COLUMN done_at`.execute(db)
  await sql`DELETE FROM notifications WHERE recipient_type IN ('venue', 'deputy')`.execute(db)
  await sql`ALTER TABLE notifications DROP CONSTRAINT notifications_recipient_type_check`.execute(db)
  await sql`ALTER TABLE notifications ADD CONSTRAINT notifications_recipient_type_check
    CHECK (recipient_type IN ('user', 'unit', 'region', 'citizen'))`.execute(db)
}
