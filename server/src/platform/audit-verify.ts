import { sql } from 'kysely'
import type { Db } from '../db/index.ts'
import { auditRowHash, GENESIS_HASH } from './audit.ts'
import type { Checkpoint } from './audit-chain.ts'

export interface CheckedAnchor extends Checkpoint {
  /** Where the checkpoint came from: the database's audit_checkpoints, or a file. */
  source: string
}

export interface AuditVerification {
  ok: boolean
  /** Chained rows verified. */
  checked: number
  firstBadSeq: string | null
  reason: string | null
  /** The last chained row (seq 0 and the genesis hash when nothing is chained). */
  head: { seq: string; hash: string }
  /** Rows appended after the head: not yet chained (normally linked within a second). */
  unchained: number
  /** The checkpoints the chain was compared with (the latest of each source). */
  checkpoints: CheckedAnchor[]
}

export interface VerifyOptions {
  batchSize?: number
  /** Checkpoints kept outside the database (a checkpoint file), compared like the database's latest. */
  external?: { source: string; checkpoints: Checkpoint[] }[]
}

/** An instant in the county's time (UTC+8), e.g. 2026-11-29T18:00:05.123+08:00. */
export function countyTime(at: Date): string {
  return `${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 23)}+08:00`
}

const latest = (list: Checkpoint[]) =>
  list.reduce<Checkpoint | null>(
    (a, c) => (a === null || BigInt(c.headSeq) > BigInt(a.headSeq) ? c : a),
    null,
  )

/**
 * Walks the chain in `seq` order beside the log and reports the first row whose link or hash does not match, a
 * chain link whose row is gone, or a row inside the chained range that is not in the chain. Then compares the
 * chain with the latest checkpoint of the database and of each external source: a checkpointed head missing from
 * the chain, or there with another hash or count, means rows were removed or rewritten.
 */
export async function verifyAuditChain(db: Db, options: VerifyOptions = {}): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? 2000
  const anchors: CheckedAnchor[] = []
  const stored = await db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .orderBy('head_seq', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  if (stored) {
    anchors.push({
      source: 'database',
      at: new Date(stored.at),
      headSeq: String(stored.head_seq),
      headHash: stored.head_hash,
      chained: String(stored.chained),
    })
  }
  for (const ext of options.external ?? []) {
    const c = latest(ext.checkpoints)
    if (c) anchors.push({ ...c, source: ext.source })
  }
  const atAnchor = new Map<string, { hash: string; count: number }>()
  for (const a of anchors) atAnchor.set(a.headSeq, { hash: '', count: -1 })

  let prevHash = GENESIS_HASH
  let after = '0'
  let checked = 0
  const result = (firstBadSeq: string | null, reason: string | null, unchained = 0): AuditVerification => ({
    ok: reason === null,
    checked,
    firstBadSeq,
    reason,
    head: { seq: after, hash: prevHash },
    unchained,
    checkpoints: anchors,
  })
  for (;;) {
    const links = await db
      .selectFrom('audit_chain')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(batchSize)
      .execute()
    if (links.length === 0) break
    const hi = String(links[links.length - 1]!.seq)
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', after)
      .where('seq', '<=', hi)
      .orderBy('seq')
      .execute()
    let r = 0
    for (const link of links) {
      const seq = String(link.seq)
      // A row below this link with no link of its own was inserted where the chain had already passed.
      const row = rows[r]
      if (row && BigInt(row.seq) < BigInt(seq)) {
        return result(
          String(row.seq),
          'row is not in the chain, though rows after it are (inserted afterwards)',
        )
      }
      if (!row || String(row.seq) !== seq)
        return result(seq, 'row is missing: its chain link remains (deleted)')
      r++
      if (link.prev_hash !== prevHash) return result(seq, 'broken link to the previous row')
      const expected = auditRowHash(prevHash, { ...row, seq, at: new Date(row.at) })
      if (expected !== link.hash) return result(seq, 'row content does not match its hash')
      prevHash = link.hash
      after = seq
      checked++
      const anchor = atAnchor.get(seq)
      if (anchor) Object.assign(anchor, { hash: link.hash, count: checked })
    }
    if (r < rows.length) {
      return result(
        String(rows[r]!.seq),
        'row is not in the chain, though rows after it are (inserted afterwards)',
      )
    }
  }
  const { n } = await db
    .selectFrom('audit_log')
    .select(sql<string>`count(*)`.as('n'))
    .where('seq', '>', after)
    .executeTakeFirstOrThrow()
  const unchained = Number(n)

  for (const a of anchors) {
    const seen = atAnchor.get(a.headSeq)!
    const of = `${a.source === 'database' ? 'checkpoint' : `checkpoint (${a.source})`} of ${countyTime(a.at)}`
    if (seen.count < 0) {
      if (BigInt(a.headSeq) > BigInt(after)) {
        return result(
          a.headSeq,
          `chain ends at seq ${after} but ${of} recorded head seq ${a.headSeq} hash ${a.headHash}: rows removed`,
          unchained,
        )
      }
      return result(
        a.headSeq,
        `seq ${a.headSeq}, the head recorded by ${of} (hash ${a.headHash}), is not in the chain: rows removed`,
        unchained,
      )
    }
    if (seen.hash !== a.headHash) {
      return result(
        a.headSeq,
        `the hash at seq ${a.headSeq} is ${seen.hash} but ${of} recorded ${a.headHash}: the chain was rewritten`,
        unchained,
      )
    }
    if (String(seen.count) !== a.chained) {
      return result(
        a.headSeq,
        `${of} counted ${a.chained} rows up to seq ${a.headSeq}, the chain holds ${seen.count}: rows removed`,
        unchained,
      )
    }
  }
  return result(null, null, unchained)
}
