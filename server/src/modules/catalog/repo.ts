import type { Db } from '../../db/index.ts'
import { fetchPage, type PageQuery } from '../../platform/paging.ts'

/** Active suggestion categories in their configured order. */
export function listCategories(db: Db, page: PageQuery) {
  return fetchPage(
    db.selectFrom('categories').where('active', '=', true),
    (q) => q.select(['code', 'name', 'name_en']).orderBy('sort').orderBy('code'),
    page,
  )
}
