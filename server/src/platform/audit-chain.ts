import fs from 'node:fs/promises'
import { sql } from 'kysely'
import type { Db } from '../db/index.ts'
import { auditRowHash, GENESIS_HASH, onAuditCommitted } from './audit.ts'
import type { Job } from './jobs.ts'

/**
 * The audit chainer: requests insert audit rows without links (audit.ts); this job links committed rows in `seq`
 * order, in batches, into `audit_chain (seq, prev_hash, hash)` and records the head in `audit_checkpoints` (and,
 * when configured, appends it to a file outside the database). Any number of nodes run it; one at a time works.
 *
 * One chainer at a time: each batch locks the single `audit_chain_state` row FOR UPDATE SKIP LOCKED; a node that
 * finds it locked skips (another node is chaining). The state row also holds the head, checked against the tail of
 * `audit_chain` before every batch, so a chain whose tail was removed is never extended.
 *
 * Gaps. Numbers come from a sequence, so `seq` has holes (rolled-back transactions), and a transaction holding
 * a low number may commit after one holding a higher number. The chain is a contiguous prefix in `seq` order: a row
 * is chained only when every lower number is either chained or SETTLED, i.e. proven never to commit. The proof:
 *  1. `audit_log_next_seq()` gives the inserting transaction its xid before taking the number, so the holder of
 *     number g has an xid assigned before g was handed out.
 *  2. A batch reads L, the last number handed out, and only then gets its own xid C (locking the state row). Every
 *     holder of a number ≤ L thus has an xid < C.
 *  3. Once the snapshot's xmin is ≥ C, no transaction with an xid < C is running: every holder of a number ≤ L has
 *     committed (its row is visible) or rolled back (its number will never appear). So numbers ≤ L are settled.
 *  In the batch itself that holds when nothing older was running (xmin = C): the usual case, and always on the
 *  embedded engine. Otherwise (L, C) is kept as the pending horizon and settles in a later batch, as soon as the
 *  transactions running now have ended. Nothing is guessed from time: a long transaction holding a number keeps
 *  the chain waiting behind it (the run reports `waitingAtSeq`), and its row is chained in order when it commits.
 * The sequence must keep CACHE 1 (the migration sets it): a per-session cache reserves numbers long before
 * handing them out, which would break step 2.
 */

export interface ChainOptions {
  now?: Date
  /** Rows linked per transaction. */
  batchSize?: number
  /** Batches per run at most (a large backlog is caught up over several runs). */
  maxBatches?: number
  /** A checkpoint is written when the head has moved and the last one is at least this old. */
  checkpointEverySeconds?: number
  /** Appends each checkpoint as a JSON line to this file (LIANXIN_AUDIT_CHECKPOINT_FILE). */
  checkpointFile?: string
}

export interface Checkpoint {
  at: Date
  headSeq: string
  headHash: string
  /** Chained rows up to and including headSeq. */
  chained: string
}

export type ChainResult = {
  /** Rows linked in this run. */
  chained: number
  /** 1 when another chainer held the state row: this run did nothing. */
  skipped?: number
  /** The chain stopped before this row: a lower number may still commit. */
  waitingAtSeq?: string
  /** The head recorded by this run's checkpoint, if any. */
  checkpointSeq?: string
  /** The checkpoint file could not be written (the checkpoint is in the database all the same). */
  exportError?: string
}

export const DEFAULT_CHAIN_BATCH = 1000

interface BatchOutcome {
  skipped: boolean
  chained: number
  full: boolean
  waitingAtSeq: string | null
  checkpoint: Checkpoint | null
}

const big = (v: string | number | bigint) => BigInt(v)

async function chainBatch(db: Db, now: Date, batchSize: number, checkpointMs: number): Promise<BatchOutcome> {
  return db.transaction().execute(async (trx) => {
    // L first, while this transaction has no xid yet (step 2).
    const { rows: lastRows } = await sql<{ last: string | null }>`
      SELECT pg_sequence_last_value('audit_log_seq_seq')::text AS last`.execute(trx)
    const handedOut = lastRows[0]?.last ?? '0'
    const state = await trx
      .selectFrom('audit_chain_state')
      .selectAll()
      .where('id', '=', 1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst()
    if (!state) return { skipped: true, chained: 0, full: false, waitingAtSeq: null, checkpoint: null }
    const { rows: snap } = await sql<{
      xmin: string
      xid: string
      tail_seq: string | null
      tail_hash: string | null
    }>`
      SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, pg_current_xact_id()::text AS xid,
             t.seq::text AS tail_seq, t.hash AS tail_hash
      FROM (SELECT 1) one LEFT JOIN (SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1) t ON true`.execute(
      trx,
    )
    const { xmin, xid, tail_seq, tail_hash } = snap[0]!
    if ((tail_seq ?? '0') !== String(state.head_seq) || (tail_hash ?? GENESIS_HASH) !== state.head_hash) {
      throw new Error(
        `the audit chain ends at seq ${tail_seq ?? 0} but the chainer recorded head seq ${state.head_seq}: ` +
          'rows were removed; run "lianxin audit verify"',
      )
    }

    // What is settled (step 3): the pending horizon, then this batch's own (L, C).
    let settled = big(state.settled_seq)
    let horizon = state.horizon_seq !== null ? { seq: state.horizon_seq, xid: state.horizon_xid! } : null
    if (horizon && big(xmin) >= big(horizon.xid)) {
      if (big(horizon.seq) > settled) settled = big(horizon.seq)
      horizon = null
    }
    if (big(xmin) >= big(xid)) {
      if (big(handedOut) > settled) settled = big(handedOut)
      horizon = null
    } else if (!horizon && big(handedOut) > settled) {
      horizon = { seq: handedOut, xid }
    }

    const rows = await trx
      .selectFrom('audit_log')
      .select([
        'seq',
        'at',
        'actor_id',
        'actor_name',
        'action',
        'target_type',
        'target_id',
        'result',
        'request_id',
        'detail',
        'county_code',
      ])
      .where('seq', '>', String(state.head_seq))
      .orderBy('seq')
      .limit(batchSize)
      .execute()
    let headSeq = String(state.head_seq)
    let headHash = state.head_hash
    let waitingAtSeq: string | null = null
    const links: { seq: string; prev_hash: string; hash: string }[] = []
    for (const row of rows) {
      const seq = String(row.seq)
      // The numbers between the head and this row are missing: chain on only if all of them are settled.
      if (big(seq) !== big(headSeq) + 1n && big(seq) - 1n > settled) {
        waitingAtSeq = seq
        break
      }
      const hash = auditRowHash(headHash, { ...row, seq, at: new Date(row.at) })
      links.push({ seq, prev_hash: headHash, hash })
      headSeq = seq
      headHash = hash
    }
    if (links.length > 0) await trx.insertInto('audit_chain').values(links).execute()

    const chained = big(state.chained) + BigInt(links.length)
    const checkpointDue =
      big(headSeq) > big(state.checkpoint_seq) &&
      (state.checkpoint_at === null ||
        now.getTime() - new Date(state.checkpoint_at).getTime() >= checkpointMs)
    const checkpoint: Checkpoint | null = checkpointDue
      ? { at: now, headSeq, headHash, chained: String(chained) }
      : null
    if (checkpoint) {
      await trx
        .insertInto('audit_checkpoints')
        .values({ at: now, head_seq: headSeq, head_hash: headHash, chained: checkpoint.chained })
        .execute()
    }
    await trx
      .updateTable('audit_chain_state')
      .set({
        head_seq: headSeq,
        head_hash: headHash,
        chained: String(chained),
        settled_seq: String(settled),
        horizon_seq: horizon?.seq ?? null,
        horizon_xid: horizon?.xid ?? null,
        ...(checkpoint ? { checkpoint_seq: headSeq, checkpoint_at: now } : {}),
        updated_at: now,
      })
      .where('id', '=', 1)
      .execute()
    return {
      skipped: false,
      chained: links.length,
      full: links.length === batchSize,
      waitingAtSeq,
      checkpoint,
    }
  })
}

/** Links the committed rows that can be chained now, batch by batch; writes and exports checkpoints as due. */
export async function chainAuditLog(db: Db, options: ChainOptions = {}): Promise<ChainResult> {
  const now = options.now ?? new Date()
  const batchSize = options.batchSize ?? DEFAULT_CHAIN_BATCH
  const checkpointMs = (options.checkpointEverySeconds ?? 10) * 1000
  const result: ChainResult = { chained: 0 }
  let last: Checkpoint | null = null
  for (let i = 0; i < (options.maxBatches ?? 20); i++) {
    const batch = await chainBatch(db, now, batchSize, checkpointMs)
    if (batch.skipped) {
      result.skipped = 1
      break
    }
    result.chained += batch.chained
    if (batch.checkpoint) last = batch.checkpoint
    if (batch.waitingAtSeq) result.waitingAtSeq = batch.waitingAtSeq
    if (!batch.full || batch.waitingAtSeq) break
  }
  if (last) {
    result.checkpointSeq = last.headSeq
    if (options.checkpointFile) {
      try {
        await fs.appendFile(options.checkpointFile, `${checkpointLine(last)}\n`)
      } catch (error) {
        result.exportError = error instanceof Error ? error.message : String(error)
      }
    }
  }
  return result
}

/** A checkpoint as one JSON line of the checkpoint file. */
export function checkpointLine(c: Checkpoint): string {
  return JSON.stringify({
    at: c.at.toISOString(),
    headSeq: c.headSeq,
    headHash: c.headHash,
    chained: c.chained,
  })
}

/**
 * The checkpoints of a checkpoint file (JSON lines, as the chainer appends them). A line that is not a
 * checkpoint is an error naming the line: the file is evidence, it is not silently skipped.
 */
export async function readCheckpointFile(file: string): Promise<Checkpoint[]> {
  const text = await fs.readFile(file, 'utf8')
  const out: Checkpoint[] = []
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return
    let value: Record<string, unknown> | null = null
    try {
      value = JSON.parse(line)
    } catch {}
    const at = typeof value?.at === 'string' ? new Date(value.at) : null
    const { headSeq, headHash, chained } = value ?? {}
    if (
      !at ||
      Number.isNaN(at.getTime()) ||
      typeof headSeq !== 'string' ||
      !/^\d+$/.test(headSeq) ||
      typeof headHash !== 'string' ||
      !/^[0-9a-f]{64}$/.test(headHash) ||
      typeof chained !== 'string' ||
      !/^\d+$/.test(chained)
    ) {
      throw new Error(`${file}, line ${i + 1}: not an audit checkpoint`)
    }
    out.push({ at, headSeq, headHash, chained })
  })
  return out
}

/** Between chainer runs, the pause after audit rows were committed (a burst is chained in one go). */
export const CHAIN_WAKE_DELAY_MS = 200

export const auditChainJob: Job = {
  name: 'audit.chain',
  run: async (ctx, now, log) => {
    const result = await chainAuditLog(ctx.db, {
      now,
      checkpointEverySeconds: ctx.config.auditCheckpointEverySeconds,
      checkpointFile: ctx.config.auditCheckpointFile,
    })
    if (result.exportError)
      log.error({ job: 'audit.chain', err: result.exportError }, 'audit checkpoint not exported')
    return result
  },
  everyMs: (ctx) => ctx.config.auditChainIntervalMs,
  wake: onAuditCommitted,
  wakeDelayMs: CHAIN_WAKE_DELAY_MS,
}
