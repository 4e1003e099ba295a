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

const adminColumns = ['code', 'name', 'name_en', 'sort', 'active', 'version'] as const

/** Every category, retired ones after the offered ones, for the administrators. */
export function listAllCategories(db: Db, page: PageQuery) {
  return fetchPage(
    db.selectFrom('categories'),
    (q) =>
      q
        .select([...adminColumns])
        .orderBy('active', 'desc')
        .orderBy('sort')
        .orderBy('code'),
    page,
  )
}

export type CategoryRow = Awaited<ReturnType<typeof listAllCategories>>['rows'][number]

export function getCategory(db: Db, code: string): Promise<CategoryRow | undefined> {
  return db
    .selectFrom('categories')
    .select([...adminColumns])
    .where('code', '=', code)
    .executeTakeFirst()
}

/** The next place at the end of the list, for a category created without one. */
export async function nextCategorySort(db: Db): Promise<number> {
  const { top } = await db
    .selectFrom('categories')
    .select((eb) => eb.fn.max<number | null>('sort').as('top'))
    .executeTakeFirstOrThrow()
  return (top ?? 0) + 1
}

export async function insertCategory(
  db: Db,
  c: { code: string; name: string; nameEn: string; sort: number },
): Promise<void> {
  await db
    .insertInto('categories')
    .values({ code: c.code, name: c.name, name_en: c.nameEn, sort: c.sort })
    .execute()
}

/** Applies the changes when the category still has the version read; false when someone changed it meanwhile. */
export async function updateCategory(
  db: Db,
  code: string,
  version: number,
  changes: { name?: string; nameEn?: string; sort?: number; active?: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable('categories')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.nameEn !== undefined && { name_en: changes.nameEn }),
      ...(changes.sort !== undefined && { sort: changes.sort }),
      ...(changes.active !== undefined && { active: changes.active }),
      version: version + 1,
    })
    .where('code', '=', code)
    .where('version', '=', version)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}
