import { CompiledQuery, type Insertable } from 'kysely'
import type { Db } from '../db/index.ts'
import type { Database } from '../db/types.ts'

/**
 * Rows for several tables written by ONE statement, a data-modifying CTE (`WITH w0 AS (INSERT …), w1 AS (INSERT …)
 * SELECT 1`): the parts are saved together or not at all, in one round trip — a change, its event, its outbox
 * rows and its audit row, say. For the hottest writes (a public submission): the statement's text depends only on
 * its shape (tables, columns, row counts), so it is built once per shape and reused, and only the values travel;
 * no query tree is built per request. Every row of a part must have the same columns (the first row's).
 */
export type InsertPart = {
  [T in keyof Database & string]: { table: T; rows: Insertable<Database[T]>[] }
}[keyof Database & string]

const texts = new Map<string, string>()
const MAX_SHAPES = 64

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

export async function insertTogether(db: Db, parts: InsertPart[]): Promise<void> {
  const present = parts.filter((p) => p.rows.length > 0)
  if (present.length === 0) return
  const columns = present.map((p) => Object.keys(p.rows[0]!))
  const params: unknown[] = []
  let shape = ''
  present.forEach((part, i) => {
    const cols = columns[i]!
    shape += `${part.table}(${cols.join(',')})x${part.rows.length};`
    for (const row of part.rows as Record<string, unknown>[]) {
      if (Object.keys(row).length !== cols.length)
        throw new Error(`insertTogether: rows of ${part.table} differ`)
      for (const c of cols) {
        if (!(c in row)) throw new Error(`insertTogether: a row of ${part.table} lacks ${c}`)
        params.push(row[c])
      }
    }
  })
  let text = texts.get(shape)
  if (!text) {
    let n = 0
    const ctes = present.map((part, i) => {
      const cols = columns[i]!
      const values = part.rows.map(() => `(${cols.map(() => `$${++n}`).join(', ')})`).join(', ')
      return `${quote(`w${i}`)} AS (INSERT INTO ${quote(part.table)} (${cols.map(quote).join(', ')}) VALUES ${values})`
    })
    text = `WITH ${ctes.join(', ')} SELECT 1`
    if (texts.size >= MAX_SHAPES) texts.clear()
    texts.set(shape, text)
  }
  await db.executeQuery(CompiledQuery.raw(text, params))
}
