import { type Kysely, sql } from 'kysely'

/**
 * Read state is each reader's own: a unit's or a region's message is shared by its staff, and one of them reading
 * it no longer marks it read for the others. `notifications.read_at` stays as the first reading by anyone (the
 * outbox's view); the inbox reads `notification_reads`. Messages to one user keep their read state.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE notification_reads (
    notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    read_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, notification_id)
  )`.execute(db)
  await sql`INSERT INTO notification_reads (notification_id, user_id, read_at)
    SELECT n.id, u.id, n.read_at FROM notifications n JOIN users u ON u.id::text = n.recipient_id
    WHERE n.recipient_type = 'user' AND n.read_at IS NOT NULL`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE notification_reads`.execute(db)
}
