import { type Kysely, sql } from 'kysely'

/**
 * Files and notifications belong to a subject of any module (a suggestion today; a project site's monthly
 * report or a mediation case tomorrow): `subject_type` names the module's record, `subject_id` its id. The
 * platform no longer knows suggestions; a file's purpose is the owning module's word.
 */
const statements = [
  `ALTER TABLE notifications ADD COLUMN subject_type text, ADD COLUMN subject_id uuid`,
  `UPDATE notifications SET subject_type = 'suggestion', subject_id = suggestion_id WHERE suggestion_id IS NOT NULL`,
  `ALTER TABLE notifications DROP COLUMN suggestion_id`,
  `ALTER TABLE notifications ADD CONSTRAINT notifications_subject_check
     CHECK ((subject_type IS NULL) = (subject_id IS NULL))`,
  `CREATE INDEX notifications_subject_idx ON notifications (subject_type, subject_id)`,
  `ALTER TABLE files ADD COLUMN subject_type text`,
  `UPDATE files SET subject_type = 'suggestion' WHERE owner_id IS NOT NULL`,
  `ALTER TABLE files RENAME COLUMN owner_id TO subject_id`,
  `ALTER TABLE files DROP CONSTRAINT files_purpose_check`,
  `ALTER TABLE files ADD CONSTRAINT files_subject_check CHECK (subject_id IS NULL OR subject_type IS NOT NULL)`,
  `DROP INDEX files_owner_idx`,
  `CREATE INDEX files_subject_idx ON files (subject_type, subject_id)`,
]

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(_db: Kysely<any>): Promise<void> {
  throw new Error('the subjects migration is not reversible')
}
