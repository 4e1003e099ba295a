/**
 * Prepares the bench database (run as a child process: `node --import tsx bench/intake/setup.ts`):
 * migrates it with the server's own migrations, loads reference data, and creates the baseline's two tables.
 * On PostgreSQL with DATABASE_URL; without it, on PGlite in LIANXIN_DATA_DIR (as the server will open it).
 *
 * Reference data: the demo county (generateDemoCounty) when it loads within DEMO_TIMEOUT_MS; otherwise
 * (the demo generator is being extended by others and may be slow or broken at any given commit) a minimal
 * county → 2 towns → 10 villages inserted directly. The mode used is reported and written into the results.
 *
 * Prints one JSON line on stdout: { mode, demoMs, villages: [...codes], venues: [...ids], openSuggestions }.
 */
import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { createDb, migrateToLatest } from '../../server/src/db/index.ts'
import { generateDemoCounty } from '../../server/src/demo/index.ts'
import { PersonalDataCipher } from '../../server/src/platform/crypto.ts'

const COUNTY = '330521000000'
const DEMO_TIMEOUT_MS = Number(process.env.BENCH_DEMO_TIMEOUT_MS ?? 60_000)

const url = process.env.DATABASE_URL
const dataDir = process.env.LIANXIN_DATA_DIR
if (!url && !dataDir) throw new Error('DATABASE_URL or LIANXIN_DATA_DIR is required')
const key = Buffer.from(process.env.LIANXIN_DATA_KEY ?? randomBytes(32).toString('base64'), 'base64')

const handle = url ? await createDb({ databaseUrl: url }) : await createDb({ dataDir })
const { db } = handle
await migrateToLatest(db)

let mode = 'demo'
let demoMs: number | null = null
let demoError: string | null = null
if (process.env.BENCH_REFERENCE !== 'minimal') {
  const t0 = performance.now()
  try {
    await Promise.race([
      generateDemoCounty(db, {
        password: process.env.BENCH_DEMO_PASSWORD ?? 'Bench@2026-not-used',
        cipher: new PersonalDataCipher(key),
      }),
      new Promise((_, reject) =>
        setTimeout(
          () => reject(new Error(`demo county took over ${DEMO_TIMEOUT_MS} ms`)),
          DEMO_TIMEOUT_MS,
        ).unref(),
      ),
    ])
    demoMs = Math.round(performance.now() - t0)
  } catch (error) {
    // The demo runs in one transaction: on failure nothing is left behind (a timed-out one is abandoned;
    // the caller drops the whole database at the end anyway).
    mode = 'minimal'
    demoError = error instanceof Error ? error.message : String(error)
  }
} else {
  mode = 'minimal'
}

if (mode === 'minimal') {
  // If a timed-out demo transaction is still running, it holds the county row: wait for it by inserting
  // under ON CONFLICT, which blocks on the in-flight row and then does nothing if the demo commits.
  const region = (
    code: string,
    parent: string | null,
    level: string,
    kind: string,
    name: string,
    path: string,
  ) =>
    ({
      code,
      parent_code: parent,
      level,
      kind,
      name,
      path,
      lat: null,
      lng: null,
      county_code: COUNTY,
    }) as const
  const rows = [region(COUNTY, null, 'county', '县', '德清县', COUNTY)]
  for (let t = 1; t <= 2; t++) {
    const town = `330521${String(100 + t)}000`
    rows.push(region(town, COUNTY, 'town', '镇', `试验${t}镇`, `${COUNTY}/${town}`))
    for (let v = 1; v <= 5; v++) {
      const village = `${town.slice(0, 9)}${String(200 + v)}`
      rows.push(region(village, town, 'village', '村', `试验${t}镇${v}村`, `${COUNTY}/${town}/${village}`))
    }
  }
  for (const row of rows)
    await db
      .insertInto('regions')
      .values(row as never)
      .onConflict((oc) => oc.column('code').doNothing())
      .execute()
}

// The baseline's tables: a text row (like a suggestion) and a key row (like the idempotency key).
await sql`CREATE TABLE IF NOT EXISTS bench_items (
  id bigserial PRIMARY KEY, content text NOT NULL, phone text, created_at timestamptz NOT NULL DEFAULT now())`.execute(
  db,
)
await sql`CREATE TABLE IF NOT EXISTS bench_keys (
  key text PRIMARY KEY, item_id bigint NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`.execute(db)

const villages = (
  await db
    .selectFrom('regions')
    .select('code')
    .where('level', '=', 'village')
    .where('county_code', '=', COUNTY)
    .orderBy('code')
    .execute()
).map((r) => r.code)
const venues = (
  await db.selectFrom('venues').select('id').where('active', '=', true).orderBy('id').execute()
).map((r) => r.id)
const open = await db
  .selectFrom('suggestions')
  .select(sql<string>`count(*)`.as('n'))
  .where('status', 'not in', ['rejected', 'closed'])
  .executeTakeFirstOrThrow()
const total = await db
  .selectFrom('suggestions')
  .select(sql<string>`count(*)`.as('n'))
  .executeTakeFirstOrThrow()

console.log(
  JSON.stringify({
    mode,
    demoMs,
    demoError,
    villages,
    venues,
    suggestionsBefore: Number(total.n),
    openSuggestionsBefore: Number(open.n),
  }),
)
await handle.close()
process.exit(0)
