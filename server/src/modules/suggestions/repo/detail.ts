import type { Db } from '../../../db/index.ts'
import { filesOf } from '../../../platform/files.ts'
import { type LoadedItem, subjectOf } from './items.ts'

/** File purposes of the loop: the citizen's photos, the unit's photos with its answer. */
export const PHOTO = 'suggestion_photo'
export const REPLY_ATTACHMENT = 'reply_attachment'

/** Everything the staff detail shows around an item, read in parallel. */
export async function detailContext(db: Db, { item, units }: LoadedItem) {
  const id = item.id
  const [region, town, venue, deputy, category, unitRows, events, duplicates, files, mergedInto, followers] =
    await Promise.all([
      db
        .selectFrom('regions')
        .select(['name', 'name_en'])
        .where('code', '=', item.region_code)
        .executeTakeFirst(),
      item.town_code
        ? db
            .selectFrom('regions')
            .select(['name', 'name_en'])
            .where('code', '=', item.town_code)
            .executeTakeFirst()
        : undefined,
      item.venue_id
        ? db.selectFrom('venues').select(['id', 'name']).where('id', '=', item.venue_id).executeTakeFirst()
        : undefined,
      item.deputy_id
        ? db.selectFrom('deputies').select(['id', 'name']).where('id', '=', item.deputy_id).executeTakeFirst()
        : undefined,
      item.category_code
        ? db
            .selectFrom('categories')
            .select(['name', 'name_en'])
            .where('code', '=', item.category_code)
            .executeTakeFirst()
        : undefined,
      units.length
        ? db
            .selectFrom('units')
            .select(['id', 'name'])
            .where(
              'id',
              'in',
              units.map((u) => u.unit_id),
            )
            .execute()
        : Promise.resolve([]),
      db.selectFrom('suggestion_events').selectAll().where('suggestion_id', '=', id).orderBy('id').execute(),
      db
        .selectFrom('suggestion_duplicates as d')
        .innerJoin('suggestions as c', 'c.id', 'd.candidate_id')
        .select(['c.id', 'c.tracking_code', 'd.score', 'c.content', 'c.status'])
        .where('d.suggestion_id', '=', id)
        .orderBy('d.score', 'desc')
        .execute(),
      filesOf(db, subjectOf(id), [PHOTO, REPLY_ATTACHMENT]),
      item.merged_into_id
        ? db
            .selectFrom('suggestions')
            .select(['id', 'tracking_code'])
            .where('id', '=', item.merged_into_id)
            .executeTakeFirst()
        : undefined,
      db.selectFrom('suggestions').select(['id', 'tracking_code']).where('merged_into_id', '=', id).execute(),
    ])
  return { region, town, venue, deputy, category, unitRows, events, duplicates, files, mergedInto, followers }
}

export type DetailContext = Awaited<ReturnType<typeof detailContext>>
