/**
 * The bench at scale (BENCH_SCALE): a bulk loader that grows the suggestions table to a given size without the
 * HTTP path, and the staff queue measured against a bare indexed SELECT on the same table.
 */
import { percentile } from './paced.mjs'

const round = (x, d = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d)

/** The statuses the console's queue shows town staff by default (web/src/console/suggestions/common.tsx). */
export const TOWN_DEFAULT_STATUSES = ['submitted', 'accepted', 'routed', 'replied', 'reviewed']
/** Words of the demo's texts a member of staff would search for. */
export const QUEUE_WORDS = ['路灯', '垃圾', '停车', '道路', '噪音', '河道', '公交', '绿化', '学校', '菜市场']

const COPIED = [
  'access_token_hash',
  'channel',
  'tier',
  'content',
  'search_text',
  'category_code',
  'venue_id',
  'deputy_id',
  'region_code',
  'town_code',
  'lat',
  'lng',
  'contact_name_enc',
  'contact_name_masked',
  'contact_phone_enc',
  'contact_phone_hash',
  'contact_phone_masked',
  'created_by',
  'lead_unit_id',
  'answer',
  'outcome',
  'rating',
  'county_code',
]

/**
 * Grows `suggestions` to `target` rows with INSERT … SELECT generate_series, copying the rows there are (the demo
 * county's history: real texts, villages, categories, venues) as templates. A copy is history: received 1 to
 * ~2,000 days ago, closed (or rejected when its template was) — a county's backlog of waiting items does not grow
 * with its history, so the queue's default view stays what it was. Secondary indexes are dropped during the load
 * and rebuilt after it (as a restore would), foreign-key triggers are skipped for the session (the templates'
 * references are valid), then the table is analysed. Items only: their events and units are not copied.
 * Returns what it did and how long each part took.
 */
export async function bulkLoad(client, target, log) {
  const before = Number((await client.query('SELECT count(*) AS n FROM suggestions')).rows[0].n)
  const toAdd = Math.max(0, target - before)
  if (toAdd === 0) return { before, added: 0, after: before }
  const t0 = performance.now()
  await client.query("SET maintenance_work_mem = '512MB'")
  await client.query('SET session_replication_role = replica')
  await client.query(
    `CREATE TEMP TABLE bench_templates AS
       SELECT row_number() OVER (ORDER BY received_at, id) AS n, ${COPIED.join(', ')}, status
         FROM suggestions`,
  )
  const templates = Number((await client.query('SELECT count(*) AS n FROM bench_templates')).rows[0].n)
  const { rows: indexes } = await client.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.tablename = 'suggestions' AND i.schemaname = 'public'
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  )
  for (const ix of indexes) await client.query(`DROP INDEX ${ix.indexname}`)
  const tDropped = performance.now()
  const chunk = 100_000
  const seq = Number(
    (await client.query("SELECT count(*) AS n FROM suggestions WHERE tracking_code LIKE 'BK%'")).rows[0].n,
  )
  for (let from = 1; from <= toAdd; from += chunk) {
    const to = Math.min(toAdd, from + chunk - 1)
    await client.query(
      `INSERT INTO suggestions (id, tracking_code, status, received_at, consent_at, clock_start_at,
                                same_day_due_at, closed_at, created_at, updated_at, ${COPIED.join(', ')})
       SELECT gen_random_uuid(), 'BK' || lpad((g + $3)::text, 12, '0'),
              CASE WHEN t.status = 'rejected' THEN 'rejected' ELSE 'closed' END,
              at, at, at, at + interval '8 hours',
              CASE WHEN t.status = 'rejected' THEN NULL ELSE at + interval '20 days' END,
              at, at + interval '20 days', ${COPIED.map((c) => `t.${c}`).join(', ')}
         FROM generate_series($1::int, $2::int) g
         JOIN bench_templates t ON t.n = 1 + (g % $4)
         CROSS JOIN LATERAL (SELECT now() - interval '1 day' - (g % 2000) * interval '1 day'
                                    - (g % 997) * interval '37 seconds' AS at) x`,
      [from, to, seq, templates],
    )
    log(`bulk load: ${before + to} suggestions`)
  }
  const tLoaded = performance.now()
  for (const ix of indexes) await client.query(ix.indexdef)
  const tIndexed = performance.now()
  await client.query('SET session_replication_role = DEFAULT')
  await client.query('DROP TABLE bench_templates')
  await client.query('VACUUM ANALYZE suggestions')
  const after = Number((await client.query('SELECT count(*) AS n FROM suggestions')).rows[0].n)
  return {
    before,
    added: toAdd,
    after,
    seconds: {
      load: round((tLoaded - tDropped) / 1000),
      indexes: round((tIndexed - tLoaded) / 1000),
      vacuumAnalyze: round((performance.now() - tIndexed) / 1000),
      total: round((performance.now() - t0) / 1000),
    },
    indexesRebuilt: indexes.map((i) => i.indexname),
  }
}

/** Signs in as the demo's town staff ('town'); returns the cookie and the town. */
export async function signInTownStaff(url, client, password) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'town', password }),
  })
  if (!res.ok) throw new Error(`sign-in as town staff: ${res.status} ${await res.text()}`)
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('lx_session='))
  const { rows } = await client.query(
    `SELECT r.region_code FROM user_roles r JOIN users u ON u.id = r.user_id
      WHERE u.username = 'town' AND r.role = 'town_staff'`,
  )
  return { cookie, townCode: rows[0].region_code }
}

/**
 * The staff queue at the table's current size, measured one request at a time (after a warm-up): the API as town
 * staff with the console's default filters (status, 20 a page), then the same with a text query, each against
 * the bare SELECT … LIMIT 20 that answers the same question from the same indexes, in the same run.
 */
export async function queueBench(url, client, staff, { n = 200, warm = 20 } = {}) {
  const size = Number((await client.query('SELECT count(*) AS n FROM suggestions')).rows[0].n)
  const statusQuery = TOWN_DEFAULT_STATUSES.map((s) => `status=${s}`).join('&')
  const api = async (q) => {
    const res = await fetch(
      `${url}/api/suggestions?${statusQuery}&limit=20${q ? `&q=${encodeURIComponent(q)}` : ''}`,
      { headers: { cookie: staff.cookie } },
    )
    const body = await res.json()
    if (!res.ok) throw new Error(`queue: ${res.status} ${JSON.stringify(body)}`)
    return body
  }
  const bare = (q) =>
    client.query(
      q
        ? `SELECT id, tracking_code, status, content, received_at FROM suggestions
            WHERE town_code = $1 AND status = ANY($2)
              AND to_tsvector('simple', search_text) @@ plainto_tsquery('simple', $3)
            ORDER BY received_at DESC LIMIT 20`
        : `SELECT id, tracking_code, status, content, received_at FROM suggestions
            WHERE town_code = $1 AND status = ANY($2) ORDER BY received_at DESC LIMIT 20`,
      q ? [staff.townCode, TOWN_DEFAULT_STATUSES, q] : [staff.townCode, TOWN_DEFAULT_STATUSES],
    )
  const timed = async (fn, words) => {
    const ms = []
    for (let i = -warm; i < n; i++) {
      const t0 = performance.now()
      await fn(words ? words[(i + warm) % words.length] : undefined)
      if (i >= 0) ms.push(performance.now() - t0)
    }
    ms.sort((a, b) => a - b)
    return { p50: round(percentile(ms, 50), 2), p99: round(percentile(ms, 99), 2), n }
  }
  const first = await api()
  const result = {
    suggestions: size,
    townCode: staff.townCode,
    defaultFilters: {
      matching: first.total,
      api: await timed(() => api()),
      bareSelect: await timed(() => bare()),
    },
    textQuery: {
      words: QUEUE_WORDS,
      api: await timed((q) => api(q), QUEUE_WORDS),
      bareSelect: await timed((q) => bare(q), QUEUE_WORDS),
    },
  }
  for (const k of ['defaultFilters', 'textQuery']) {
    result[k].apiOverBare = round(result[k].api.p50 / Math.max(0.01, result[k].bareSelect.p50), 2)
  }
  return result
}
