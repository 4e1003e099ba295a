import type { Db } from '../../db/index.ts'
import { type Job, wakeSignal } from '../../platform/jobs.ts'
import { type CandidateRow, claimDuplicateCandidates, saveDuplicates } from './repo/duplicates.ts'

/**
 * "Possible duplicates" (疑似重复) of a new item, found right after its submission commits rather than inside it.
 * Intake queues each new item (suggestion_duplicate_checks) in the statement that writes it and wakes this job,
 * which runs on its own timer within DUPLICATES_WAKE_DELAY_MS of the commit (and every DUPLICATES_EVERY_MS on
 * every node, for what another node queued and did not get to). A batch is claimed with SKIP LOCKED, so nodes
 * share the queue without checking an item twice.
 *
 * The work per item is bounded whatever the backlog: the candidates are open items of the same village from the
 * 90 days before it that share at least one word with it (a text-search condition on search_text), read through
 * the index of open items by village, at most CANDIDATES of them, newest first; only those are scored in
 * JavaScript (Jaccard on the words) and the best five at or above the threshold are linked.
 */

export const DUPLICATE_THRESHOLD = 0.45
/** Candidates compared per item. */
export const CANDIDATES = 10
/** Items checked per transaction, and batches per run at most (a burst is drained over several runs). */
const BATCH = 50
const MAX_BATCHES = 20
const WINDOW_DAYS = 90
const LINKS_PER_ITEM = 5

export const DUPLICATES_WAKE_DELAY_MS = 200
export const DUPLICATES_EVERY_MS = 5_000

/** Notified after an intake commits (intake.ts). */
export const duplicatesQueued = wakeSignal()

export interface DuplicateLink {
  suggestion_id: string
  candidate_id: string
  score: number
}

/** Jaccard similarity of an item's word set and a candidate's search_text (as text.ts similarity()). */
function jaccard(words: Set<string>, text: string): number {
  const other = new Set(text.split(' ').filter(Boolean))
  if (words.size === 0 || other.size === 0) return 0
  let common = 0
  for (const w of other) if (words.has(w)) common++
  return common / (words.size + other.size - common)
}

/** Scores each item's candidates and keeps the best LINKS_PER_ITEM at or above the threshold. */
export function scoreCandidates(rows: CandidateRow[]): { items: number; links: DuplicateLink[] } {
  const byItem = new Map<string, { words: Set<string>; found: { id: string; score: number }[] }>()
  for (const r of rows) {
    let item = byItem.get(r.item_id)
    if (!item) {
      item = { words: new Set(r.item_text.split(' ').filter(Boolean)), found: [] }
      byItem.set(r.item_id, item)
    }
    if (r.candidate_id === null || r.candidate_text === null) continue
    const score = jaccard(item.words, r.candidate_text)
    if (score >= DUPLICATE_THRESHOLD) item.found.push({ id: r.candidate_id, score })
  }
  const links: DuplicateLink[] = []
  for (const [id, item] of byItem) {
    for (const f of item.found.sort((a, b) => b.score - a.score).slice(0, LINKS_PER_ITEM))
      links.push({ suggestion_id: id, candidate_id: f.id, score: f.score })
  }
  return { items: byItem.size, links }
}

/** Checks the queued items, batch by batch, until the queue is empty (or MAX_BATCHES were done). */
export async function checkQueuedDuplicates(db: Db): Promise<{ checked: number; linked: number }> {
  let checked = 0
  let linked = 0
  for (let i = 0; i < MAX_BATCHES; i++) {
    const batch = await db.transaction().execute(async (trx) => {
      const rows = await claimDuplicateCandidates(trx, {
        batch: BATCH,
        perItem: CANDIDATES,
        days: WINDOW_DAYS,
      })
      const scored = scoreCandidates(rows)
      await saveDuplicates(trx, scored.links)
      return scored
    })
    checked += batch.items
    linked += batch.links.length
    if (batch.items < BATCH) break
  }
  return { checked, linked }
}

export const duplicatesJob: Job = {
  name: 'suggestions.duplicates',
  run: (ctx) => checkQueuedDuplicates(ctx.db),
  everyMs: () => DUPLICATES_EVERY_MS,
  wake: duplicatesQueued.subscribe,
  wakeDelayMs: DUPLICATES_WAKE_DELAY_MS,
}
