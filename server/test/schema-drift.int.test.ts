import fs from 'node:fs'
import { type Kysely, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as enums from '../src/db/enums.ts'
import { DATABASE_ENUMS, type DatabaseEnumName } from '../src/db/enums.ts'
import { enumWithValues, generateTypes, readCheckLists, TYPES_FILE } from '../src/db/generate-types.ts'
import { migrateToLatest } from '../src/db/index.ts'
import type { Database } from '../src/db/types.ts'
import { openTestDb } from './harness.ts'

/**
 * The schema is the source of truth: db/types.ts must be exactly what `npm run db:types` generates from the
 * migrated database (on either engine), and every CHECK (col IN (…)) list must be one of the arrays of
 * db/enums.ts, so a migration that adds a column or a value without the types (or the reverse) fails here.
 */

let handle: Awaited<ReturnType<typeof openTestDb>>
beforeAll(async () => {
  handle = await openTestDb()
  await migrateToLatest(handle.db)
})
afterAll(async () => handle?.dispose())

/** Runs `fn` on a change to the schema that is rolled back afterwards, whatever happens. */
async function withSchemaChange(change: string[], fn: (db: Kysely<Database>) => Promise<void>) {
  const rollback = new Error('rollback')
  await handle.db
    .transaction()
    .execute(async (trx) => {
      for (const statement of change) await sql.raw(statement).execute(trx)
      await fn(trx)
      throw rollback
    })
    .catch((error) => {
      if (error !== rollback) throw error
    })
}

describe('db/types.ts', () => {
  it('is what npm run db:types generates from the migrated schema', async () => {
    const generated = await generateTypes(handle.db)
    const committed = fs.readFileSync(TYPES_FILE, 'utf8')
    expect(committed, 'server/src/db/types.ts is out of date: run npm run db:types').toBe(generated)
  })

  it('follows a new table: types every column from the catalog, and the committed file is then stale', async () => {
    await withSchemaChange(
      [
        `CREATE TABLE drift_probe (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          kind varchar(10) NOT NULL CHECK (kind IN ('holiday', 'workday')),
          tier text CHECK (tier IN ('town', 'county', 'proposal')),
          tags text[] NOT NULL DEFAULT '{}',
          seen_at timestamptz,
          doc jsonb,
          amount numeric
        )`,
      ],
      async (db) => {
        const generated = await generateTypes(db)
        expect(generated).toContain(
          [
            'export interface DriftProbeTable {',
            '  id: GeneratedAlways<string>',
            '  kind: CalendarDayKind',
            '  tier: Tier | null',
            '  tags: Generated<string[]>',
            '  seen_at: Timestamp | null',
            '  doc: Json<unknown> | null',
            '  amount: string | null',
            '}',
          ].join('\n'),
        )
        expect(generated).toContain('  drift_probe: DriftProbeTable\n')
        expect(generated).not.toBe(fs.readFileSync(TYPES_FILE, 'utf8'))
      },
    )
  })

  it('refuses a CHECK list that enums.ts does not have, naming the column', async () => {
    await withSchemaChange(
      [`ALTER TABLE suggestions ADD COLUMN mood text CHECK (mood IN ('calm', 'angry'))`],
      async (db) => {
        await expect(generateTypes(db)).rejects.toThrow(/suggestions\.mood: CHECK IN \(calm, angry\)/)
      },
    )
  })
})

describe('db/enums.ts and the CHECK lists of the database', () => {
  it('every CHECK (col IN (…)) list equals an array of enums.ts', async () => {
    const lists = await readCheckLists(handle.db)
    const unmatched = lists
      .filter((l) => !enumWithValues(l.values))
      .map((l) => `${l.table}.${l.column} (${l.constraint}): ${l.values.join(', ')}`)
    expect(unmatched, 'CHECK lists with no array of the same values in enums.ts').toEqual([])
    // The reading itself: the loop's states, as the suggestions migration lists them.
    const status = lists.find((l) => l.table === 'suggestions' && l.column === 'status')
    expect(status?.sole).toBe(true)
    expect(new Set(status?.values)).toEqual(new Set(enums.SUGGESTION_STATUSES))
  })

  it('reads an IN list from every CHECK constraint that has one', async () => {
    const { rows } = await sql<{ name: string }>`
      SELECT k.conname::text AS name
        FROM pg_catalog.pg_constraint k
        JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND k.contype = 'c'
         AND pg_catalog.pg_get_constraintdef(k.oid) ~ '(= ANY|\\mIN\\M)'
    `.execute(handle.db)
    const read = new Set((await readCheckLists(handle.db)).map((l) => l.constraint))
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.map((r) => r.name).filter((name) => !read.has(name))).toEqual([])
  })

  it('every array of enums.ts is stored by some column', async () => {
    const stored = new Set((await readCheckLists(handle.db)).map((l) => enumWithValues(l.values)))
    const unused = (Object.keys(DATABASE_ENUMS) as DatabaseEnumName[]).filter((name) => !stored.has(name))
    expect(unused, 'enums no CHECK list of the database holds').toEqual([])
  })

  it('every exported array is listed in DATABASE_ENUMS, once, without repeated values', () => {
    const listed: readonly (readonly string[])[] = Object.values(DATABASE_ENUMS)
    for (const [name, value] of Object.entries(enums)) {
      if (!Array.isArray(value)) continue
      expect(listed, `${name} is missing from DATABASE_ENUMS`).toContain(value)
      expect(new Set(value).size, `${name} repeats a value`).toBe(value.length)
    }
    expect(new Set(listed).size).toBe(listed.length)
  })
})
