import type { Db } from '../../../db/index.ts'
import { filesOf } from '../../../platform/files.ts'
import { proposalsOfSuggestion } from '../../proposals/repo.ts'
import { PHOTO, REPLY_ATTACHMENT } from './detail.ts'
import { getItem, type SuggestionRow, subjectOf } from './items.ts'

export function itemByTrackingCode(db: Db, code: string) {
  return db.selectFrom('suggestions').selectAll().where('tracking_code', '=', code).executeTakeFirst()
}

/**
 * What the citizen's tracking page shows: for a merged item, the primary's progress and answer too. `shown`
 * is the item whose handling the citizen follows.
 */
export async function trackingContext(db: Db, item: SuggestionRow) {
  const primary = item.merged_into_id ? await getItem(db, item.merged_into_id) : undefined
  const shown = primary ?? item
  const ids = primary ? [item.id, primary.id] : [item.id]
  const [events, region, venue, deputy, unit, category, photos, attachments, publication, proposals] =
    await Promise.all([
      db
        .selectFrom('suggestion_events')
        .selectAll()
        .where('suggestion_id', 'in', ids)
        .where('public', '=', true)
        .orderBy('at')
        .orderBy('id')
        .execute(),
      db.selectFrom('regions').select('name').where('code', '=', item.region_code).executeTakeFirst(),
      item.venue_id
        ? db.selectFrom('venues').select('name').where('id', '=', item.venue_id).executeTakeFirst()
        : undefined,
      item.deputy_id
        ? db.selectFrom('deputies').select('name').where('id', '=', item.deputy_id).executeTakeFirst()
        : undefined,
      shown.lead_unit_id
        ? db.selectFrom('units').select('name').where('id', '=', shown.lead_unit_id).executeTakeFirst()
        : undefined,
      item.category_code
        ? db.selectFrom('categories').select('name').where('code', '=', item.category_code).executeTakeFirst()
        : undefined,
      filesOf(db, subjectOf(item.id), [PHOTO]),
      filesOf(db, subjectOf(shown.id), [REPLY_ATTACHMENT]),
      // Published on the public list of answers (modules/publication owns the table).
      db
        .selectFrom('suggestion_publications')
        .select('suggestion_id')
        .where('suggestion_id', '=', item.id)
        .where('status', '=', 'published')
        .executeTakeFirst(),
      // A deputy took the problem up in a formal proposal (代表建议): its state, and its answer once given.
      proposalsOfSuggestion(db, ids),
    ])
  return {
    primary,
    shown,
    events,
    region,
    venue,
    deputy,
    unit,
    category,
    photos,
    attachments,
    publication,
    proposals,
  }
}

export type TrackingContext = Awaited<ReturnType<typeof trackingContext>>
