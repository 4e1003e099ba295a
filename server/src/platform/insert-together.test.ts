import type { CompiledQuery } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Db } from '../db/index.ts'
import { insertTogether } from './insert-together.ts'

function fakeDb() {
  const sent: CompiledQuery[] = []
  const db = {
    executeQuery: async (q: CompiledQuery) => {
      sent.push(q)
      return { rows: [] }
    },
  } as unknown as Db
  return { db, sent }
}

describe('insertTogether', () => {
  it('writes every part in one statement, values as parameters in column order', async () => {
    const { db, sent } = fakeDb()
    await insertTogether(db, [
      { table: 'idempotency_keys', rows: [{ scope: 's', key: 'k', request_hash: 'h' }] },
      { table: 'job_runs', rows: [] },
      {
        table: 'suggestion_duplicates',
        rows: [
          { suggestion_id: 'a', candidate_id: 'b', score: 0.5 },
          { suggestion_id: 'a', candidate_id: 'c', score: 0.6 },
        ],
      },
    ])
    expect(sent).toHaveLength(1)
    expect(sent[0]!.sql).toBe(
      'WITH "w0" AS (INSERT INTO "idempotency_keys" ("scope", "key", "request_hash") VALUES ($1, $2, $3)), ' +
        '"w1" AS (INSERT INTO "suggestion_duplicates" ("suggestion_id", "candidate_id", "score") VALUES ($4, $5, $6), ($7, $8, $9)) SELECT 1',
    )
    expect(sent[0]!.parameters).toEqual(['s', 'k', 'h', 'a', 'b', 0.5, 'a', 'c', 0.6])
  })

  it('reuses the text of a shape it has built, and refuses rows whose columns differ', async () => {
    const { db, sent } = fakeDb()
    const part = (key: string) => ({
      table: 'idempotency_keys' as const,
      rows: [{ scope: 's', key, request_hash: 'h' }],
    })
    await insertTogether(db, [part('1')])
    await insertTogether(db, [part('2')])
    expect(sent[1]!.sql).toBe(sent[0]!.sql)
    expect(sent[1]!.parameters).toEqual(['s', '2', 'h'])
    await expect(
      insertTogether(db, [
        {
          table: 'suggestion_duplicates',
          rows: [
            { suggestion_id: 'a', candidate_id: 'b', score: 1 },
            { suggestion_id: 'a', score: 1 } as never,
          ],
        },
      ]),
    ).rejects.toThrow(/differ|lacks/)
  })
})
