import { sql } from 'kysely'
import type { Db } from '../../../db/index.ts'
import { TERMINAL } from '../workflow.ts'

/** One candidate for a queued item: an open item of its village sharing at least one of its words. */
export interface CandidateRow {
  item_id: string
  item_text: string
  candidate_id: string | null
  candidate_text: string | null
}

const terminal = sql.join(TERMINAL.map((s) => sql.lit(s)))

/**
 * Takes up to `batch` items off the duplicates queue (rows other nodes hold are skipped) and returns, for each, up
 * to `perItem` candidates: open, unmerged items of the same village received in the `days` before it that share at
 * least one word of search_text with it, newest first. The scan is bounded by the index of open items by village
 * and received time (suggestions_open_region_idx) and by the LIMIT: closed history is never read. (The GIN text
 * index would not bound it: a word's posting list holds every item of the county ever written with it.) The
 * words are compared as arrays (`&&`), several times cheaper per row than parsing each candidate's tsvector.
 * One statement; the queue rows are deleted in the caller's transaction, so they come back if it rolls back. An
 * item with no candidate comes back once with nulls. (`items` is MATERIALIZED: its words are split once.)
 */
export async function claimDuplicateCandidates(
  trx: Db,
  { batch, perItem, days }: { batch: number; perItem: number; days: number },
): Promise<CandidateRow[]> {
  const { rows } = await sql<CandidateRow>`WITH claimed AS (
      DELETE FROM suggestion_duplicate_checks WHERE suggestion_id IN (
        SELECT suggestion_id FROM suggestion_duplicate_checks LIMIT ${batch} FOR UPDATE SKIP LOCKED)
      RETURNING suggestion_id),
    items AS MATERIALIZED (
      SELECT s.id, s.region_code, s.search_text, s.received_at,
             CASE WHEN s.search_text = '' THEN NULL ELSE string_to_array(s.search_text, ' ') END AS words
        FROM suggestions s JOIN claimed c ON c.suggestion_id = s.id)
    SELECT i.id AS item_id, i.search_text AS item_text, c.id AS candidate_id, c.search_text AS candidate_text
      FROM items i LEFT JOIN LATERAL (
        SELECT o.id, o.search_text FROM suggestions o
         WHERE i.words IS NOT NULL
           AND o.region_code = i.region_code AND o.id <> i.id
           AND o.merged_into_id IS NULL AND o.status NOT IN (${terminal})
           AND o.received_at >= i.received_at - make_interval(days => ${days}) AND o.received_at <= i.received_at
           AND string_to_array(o.search_text, ' ') && i.words
         ORDER BY o.received_at DESC
         LIMIT ${perItem}) c ON true`.execute(trx)
  return rows
}

export async function saveDuplicates(
  trx: Db,
  links: { suggestion_id: string; candidate_id: string; score: number }[],
): Promise<void> {
  if (links.length === 0) return
  await trx
    .insertInto('suggestion_duplicates')
    .values(links)
    .onConflict((oc) => oc.columns(['suggestion_id', 'candidate_id']).doNothing())
    .execute()
}
