import { type Kysely, sql } from 'kysely'

/**
 * The audit chain leaves the request path (platform/audit-chain.ts; ARCHITECTURE.md, "Audit").
 *
 * - Requests insert audit rows without links; one chainer at a time links committed rows in `seq` order into
 *   `audit_chain (seq, prev_hash, hash)`, an append-only table of its own. The links already computed by the old
 *   scheme move there unchanged (same hash function), so the existing chain verifies as before; `audit_log`
 *   loses its link columns, so a node still running the old code fails its insert instead of forking the chain.
 * - `seq` comes from `audit_log_next_seq()`, which gives the transaction its xid BEFORE taking the number: a
 *   transaction holding a number therefore has an xid older than any xid assigned after the number was handed
 *   out, which is what lets the chainer prove that a gap in `seq` can no longer be filled. The sequence keeps
 *   CACHE 1 (a per-session cache would hand out numbers long after they were reserved).
 * - `audit_chain_state` is the chainer's single row: the head, what it has proved about gaps, and the row lock
 *   that serialises chainers across nodes.
 * - `audit_checkpoints` records the head (seq, hash, count) as it advances, append-only; `lianxin audit verify`
 *   compares the chain with the latest one, so removing the tail of the chain (or all of it) is seen.
 * Migrating takes ACCESS EXCLUSIVE on audit_log, so every transaction that could still insert a row under the old
 * scheme has ended (or will fail): every number handed out so far is settled.
 */
const statements = [
  `CREATE TABLE audit_chain (
    seq bigint PRIMARY KEY,
    prev_hash text NOT NULL,
    hash text NOT NULL
  )`,
  `LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE`,
  `INSERT INTO audit_chain (seq, prev_hash, hash) SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq`,
  `ALTER TABLE audit_log DROP COLUMN prev_hash, DROP COLUMN hash`,
  `CREATE FUNCTION audit_log_next_seq() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
   BEGIN
     -- The xid first, then the number: see platform/audit-chain.ts (settled gaps).
     PERFORM pg_current_xact_id();
     RETURN nextval('audit_log_seq_seq');
   END $$`,
  `ALTER SEQUENCE audit_log_seq_seq CACHE 1`,
  `ALTER TABLE audit_log ALTER COLUMN seq SET DEFAULT audit_log_next_seq()`,
  `CREATE TABLE audit_checkpoints (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL,
    head_seq bigint NOT NULL,
    head_hash text NOT NULL,
    chained bigint NOT NULL
  )`,
  `CREATE INDEX audit_checkpoints_head_idx ON audit_checkpoints (head_seq)`,
  `CREATE TABLE audit_chain_state (
    id smallint PRIMARY KEY CHECK (id = 1),
    head_seq bigint NOT NULL,
    head_hash text NOT NULL,
    chained bigint NOT NULL,
    settled_seq bigint NOT NULL,
    horizon_seq bigint,
    horizon_xid bigint,
    checkpoint_seq bigint NOT NULL,
    checkpoint_at timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((horizon_seq IS NULL) = (horizon_xid IS NULL))
  )`,
  `INSERT INTO audit_chain_state (id, head_seq, head_hash, chained, settled_seq, checkpoint_seq, checkpoint_at)
   SELECT 1, COALESCE(h.seq, 0), COALESCE(h.hash, repeat('0', 64)), c.n,
          COALESCE(pg_sequence_last_value('audit_log_seq_seq'), 0), COALESCE(h.seq, 0),
          CASE WHEN h.seq IS NULL THEN NULL ELSE now() END
   FROM (SELECT count(*) AS n FROM audit_chain) c
   LEFT JOIN (SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1) h ON true`,
  `INSERT INTO audit_checkpoints (at, head_seq, head_hash, chained)
   SELECT now(), head_seq, head_hash, chained FROM audit_chain_state WHERE head_seq > 0`,
  // The chain and its checkpoints are evidence, like the log: no UPDATE, DELETE or TRUNCATE (the maintenance
  // switch aside, whose use the chain and the checkpoints then show).
  `CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF current_setting('lianxin.audit_maintenance', true) = 'on' THEN
       RETURN COALESCE(NEW, OLD);
     END IF;
     RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
   END $$`,
  ...['audit_chain', 'audit_checkpoints'].flatMap((table) => [
    `CREATE TRIGGER ${table}_no_update BEFORE UPDATE OR DELETE ON ${table}
       FOR EACH ROW EXECUTE FUNCTION audit_append_only()`,
    `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
       FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()`,
  ]),
]

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(_db: Kysely<any>): Promise<void> {
  throw new Error('the audit chain migration is not reversible')
}
