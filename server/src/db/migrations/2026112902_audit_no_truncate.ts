import { type Kysely, sql } from 'kysely'

/**
 * The audit log refuses TRUNCATE as it refuses UPDATE and DELETE: emptying the table would otherwise leave a
 * chain that verifies as intact with no rows in it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db)
}

export async function down(_db: Kysely<any>): Promise<void> {
  throw new Error('the audit truncate guard is not reversible')
}
