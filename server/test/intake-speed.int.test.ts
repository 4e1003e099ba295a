import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { trackingCodes } from '../src/modules/suggestions/codes.ts'
import {
  CANDIDATES,
  checkQueuedDuplicates,
  duplicatesJob,
  duplicatesQueued,
} from '../src/modules/suggestions/duplicates.ts'
import { claimDuplicateCandidates } from '../src/modules/suggestions/repo/duplicates.ts'
import { startScheduler } from '../src/platform/jobs.ts'
import { REFERENCE_REFRESH_MS } from '../src/platform/reference-cache.ts'
import { buildTown, buildVenue, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type TestApp } from './harness.ts'
import { countStatements } from './statement-count.ts'
import { buildLoopWorld, idempotencyKey } from './suggestion-factories.ts'

/**
 * Intake at the speed of the database (bench/README.md): the few statements a submission sends, the work left to
 * the duplicates job after the commit, tracking-code collisions retried, and the reference caches kept true.
 */

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())
afterEach(() => {
  vi.restoreAllMocks()
})

const submit = (body: Record<string, unknown>, key = idempotencyKey()) =>
  t.app.inject({
    method: 'POST',
    url: '/api/public/suggestions',
    headers: { 'idempotency-key': key },
    payload: { consent: true, ...body },
  })

const itemByCode = (code: string) =>
  t.ctx.db.selectFrom('suggestions').selectAll().where('tracking_code', '=', code).executeTakeFirstOrThrow()

/** Waits (at most `ms`) for `check` to hold, polling; returns whether it did. */
async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return check()
}

describe('a public submission', () => {
  it('sends at most five statements (one, in fact), BEGIN and COMMIT included, and writes every row it owes', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const body = {
      content: '村口的路灯坏了一个多星期，晚上出行很不方便。',
      venueId: w.venue.id,
      regionCode: w.villageCode,
      category: 'municipal',
      contact: { name: '李华', phone: '13800001234' },
    }
    // The first submission fills this node's reference caches (venue, category, region).
    expect((await submit(body)).statusCode).toBe(201)
    const counter = countStatements(t.handle)
    let res: Awaited<ReturnType<typeof submit>>
    try {
      res = await submit({ ...body, content: '村口的路灯还是不亮，请尽快派人修理。' })
    } finally {
      counter.stop()
    }
    expect(res.statusCode).toBe(201)
    expect(counter.count, counter.texts.join('\n')).toBeLessThanOrEqual(5)

    const item = await itemByCode(res.json().trackingCode)
    const [events, outbox, audit, key, queued] = await Promise.all([
      t.ctx.db.selectFrom('suggestion_events').selectAll().where('suggestion_id', '=', item.id).execute(),
      t.ctx.db.selectFrom('notifications').selectAll().where('subject_id', '=', item.id).execute(),
      t.ctx.db.selectFrom('audit_log').selectAll().where('target_id', '=', item.id).execute(),
      t.ctx.db
        .selectFrom('idempotency_keys')
        .select(['response'])
        .where('scope', '=', 'public_suggestion')
        .execute(),
      t.ctx.db
        .selectFrom('suggestion_duplicate_checks')
        .selectAll()
        .where('suggestion_id', '=', item.id)
        .execute(),
    ])
    expect(events.map((e) => [e.action, e.to_status, e.public])).toEqual([['submit', 'submitted', true]])
    expect(outbox.map((n) => [n.kind, n.recipient_type]).sort()).toEqual([
      ['citizen.received', 'citizen'],
      ['suggestion.submitted', 'region'],
      ['suggestion.submitted', 'venue'],
    ])
    expect(audit.map((a) => a.action)).toEqual(['suggestion.submit'])
    expect(key.every((k) => k.response !== null)).toBe(true)
    expect(queued).toHaveLength(1)
    expect(item).toMatchObject({
      region_code: w.villageCode,
      town_code: w.townCode,
      category_code: 'municipal',
    })
  })

  it('with photos, attaches them in the same transaction: still five statements at most', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const photo = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#36c' } })
      .png()
      .toBuffer()
    const boundary = '----lianxin-speed'
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/public/uploads',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        photo,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    })
    expect(upload.statusCode).toBe(201)
    const body = { content: '路边的排水沟堵住了，见照片。', regionCode: w.villageCode }
    expect((await submit(body)).statusCode).toBe(201)
    const counter = countStatements(t.handle)
    let res: Awaited<ReturnType<typeof submit>>
    try {
      res = await submit({ ...body, photoIds: [upload.json().id] })
    } finally {
      counter.stop()
    }
    expect(res.statusCode, res.body).toBe(201)
    expect(counter.count, counter.texts.join('\n')).toBeLessThanOrEqual(5)
    const item = await itemByCode(res.json().trackingCode)
    const files = await t.ctx.db.selectFrom('files').select('id').where('subject_id', '=', item.id).execute()
    expect(files.map((f) => f.id)).toEqual([upload.json().id])
  })

  it('draws another tracking code when the first is taken, and never answers 500', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const first = await submit({ content: '希望增设一处公交站台，方便老人出行。', regionCode: w.villageCode })
    const taken = first.json().trackingCode as string
    const next = vi.spyOn(trackingCodes, 'next').mockReturnValueOnce(taken)
    const key = idempotencyKey()
    const body = { content: '村里的垃圾桶太少，希望多放几个。', regionCode: w.villageCode }
    const res = await submit(body, key)
    expect(res.statusCode, res.body).toBe(201)
    expect(next).toHaveBeenCalledTimes(2)
    const code = res.json().trackingCode as string
    expect(code).not.toBe(taken)
    expect((await itemByCode(code)).content).toBe(body.content)
    // The first draw left nothing behind: one item, one event and one audit row under the new code only.
    expect((await itemByCode(taken)).content).toBe('希望增设一处公交站台，方便老人出行。')
    const item = await itemByCode(code)
    const events = await t.ctx.db
      .selectFrom('suggestion_events')
      .select('id')
      .where('suggestion_id', '=', item.id)
      .execute()
    expect(events).toHaveLength(1)
    // The stored response is the one under the code that was kept.
    const replay = await submit(body, key)
    expect(replay.headers['idempotent-replayed']).toBe('true')
    expect(replay.json().trackingCode).toBe(code)
  })

  it('replays the first answer to a retry even when its venue was retired in between', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const admin = await login(t.app, w.admin.username, TEST_PASSWORD)
    const key = idempotencyKey()
    const body = { content: '联络站门口的台阶破损，请修一下。', venueId: w.venue.id }
    const first = await submit(body, key)
    expect(first.statusCode).toBe(201)
    const venue = (await admin.get(`/api/venues/${w.venue.id}`)).json()
    expect(
      (await admin.patch(`/api/venues/${w.venue.id}`, { version: venue.version, active: false })).statusCode,
    ).toBe(200)
    const retry = await submit(body, key)
    expect(retry.statusCode).toBe(201)
    expect(retry.json()).toEqual(first.json())
    expect((await submit(body)).json().field).toBe('body.venueId')
  })
})

describe('reference caches', () => {
  it('see a venue retired or moved through the API at once on this node', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const other = await buildTown(t.ctx.db, '另一镇')
    const admin = await login(t.app, w.admin.username, TEST_PASSWORD)
    const venue = await buildVenue(t.ctx.db, w.villageCode)
    const body = (n: number) => ({ content: `第${n}件：道路有坑，雨天积水严重。`, venueId: venue.id })
    const first = await submit(body(1))
    expect((await itemByCode(first.json().trackingCode)).region_code).toBe(w.villageCode)
    const version = async () => (await admin.get(`/api/venues/${venue.id}`)).json().version as number
    // Moved to another town's village: the next submission through it belongs there.
    expect(
      (
        await admin.patch(`/api/venues/${venue.id}`, {
          version: await version(),
          regionCode: other.villageCode,
        })
      ).statusCode,
    ).toBe(200)
    const moved = await submit(body(2))
    expect((await itemByCode(moved.json().trackingCode)).town_code).toBe(other.townCode)
    // Retired: refused at once.
    expect(
      (await admin.patch(`/api/venues/${venue.id}`, { version: await version(), active: false })).statusCode,
    ).toBe(200)
    const refused = await submit(body(3))
    expect(refused.statusCode).toBe(400)
    expect(refused.json().field).toBe('body.venueId')
  })

  it('see a change made by another node within the refresh interval, and new rows at once', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const venue = await buildVenue(t.ctx.db, w.villageCode)
    const body = { content: '希望在路口加装一面反光镜。', venueId: venue.id }
    expect((await submit(body)).statusCode).toBe(201)
    // Another node retires it: this node learns it at its next refresh, not before.
    await t.ctx.db.updateTable('venues').set({ active: false }).where('id', '=', venue.id).execute()
    expect((await submit(body)).statusCode).toBe(201)
    const now = Date.now()
    vi.spyOn(Date, 'now').mockReturnValue(now + REFERENCE_REFRESH_MS + 1000)
    expect((await submit(body)).json().field).toBe('body.venueId')
    // A village created elsewhere a moment ago is found on first use (unknown keys are never remembered).
    const village = '330521099001'
    const newVillage = { content: '新村的路灯不亮了。', regionCode: village }
    expect((await submit(newVillage)).json().field).toBe('body.regionCode')
    await t.ctx.db
      .insertInto('regions')
      .values({
        code: village,
        parent_code: w.townCode,
        level: 'village',
        kind: '村',
        name: '新设村',
        path: `330521000000/${w.townCode}/${village}`,
        lat: null,
        lng: null,
        county_code: '330521000000',
      })
      .execute()
    expect((await submit(newVillage)).statusCode).toBe(201)
  })
})

describe('duplicates, after the commit', () => {
  it('are linked by the job the submission wakes, not in the request', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    await checkQueuedDuplicates(t.ctx.db)
    const woken = vi.fn()
    const unsubscribe = duplicatesQueued.subscribe(woken)
    try {
      const a = await submit({ content: '幸福路路灯坏了好几天，晚上很黑不安全。', regionCode: w.villageCode })
      expect(woken).toHaveBeenCalledTimes(1)
      const b = await submit({ content: '幸福路的路灯坏了，晚上太黑了不安全。', regionCode: w.villageCode })
      // A refused submission commits nothing and wakes nothing.
      expect((await submit({ content: '短' })).statusCode).toBe(400)
      expect(woken).toHaveBeenCalledTimes(2)
      const [ia, ib] = [await itemByCode(a.json().trackingCode), await itemByCode(b.json().trackingCode)]
      const links = () =>
        t.ctx.db.selectFrom('suggestion_duplicates').selectAll().where('suggestion_id', '=', ib.id).execute()
      expect(await links()).toEqual([])
      expect(await checkQueuedDuplicates(t.ctx.db)).toEqual({ checked: 2, linked: 1 })
      expect((await links()).map((l) => l.candidate_id)).toEqual([ia.id])
      // Checked once: the queue is empty and a second run links nothing more.
      expect(await checkQueuedDuplicates(t.ctx.db)).toEqual({ checked: 0, linked: 0 })
    } finally {
      unsubscribe()
    }
  })

  it('are seen within seconds when the scheduler runs the job', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    await checkQueuedDuplicates(t.ctx.db)
    const scheduler = startScheduler(t.ctx, [duplicatesJob], {
      intervalMs: 3_600_000,
      firstDelayMs: 3_600_000,
    })
    try {
      const a = await submit({ content: '桥头的护栏被撞坏了，存在安全隐患。', regionCode: w.villageCode })
      const b = await submit({ content: '桥头护栏撞坏了，安全隐患很大。', regionCode: w.villageCode })
      const [ia, ib] = [await itemByCode(a.json().trackingCode), await itemByCode(b.json().trackingCode)]
      const town = await login(t.app, w.townStaff.username, TEST_PASSWORD)
      const seen = await eventually(async () => {
        const detail = (await town.get(`/api/suggestions/${ib.id}`)).json()
        return detail.duplicates.some((d: { id: string }) => d.id === ia.id)
      })
      expect(seen).toBe(true)
    } finally {
      await scheduler.stop()
    }
  })

  it('compare a bounded number of candidates, only open items of the village sharing a word', async () => {
    const w = await buildLoopWorld(t.ctx.db)
    const other = await buildTown(t.ctx.db, '邻镇')
    await checkQueuedDuplicates(t.ctx.db)
    for (let i = 0; i < CANDIDATES + 5; i++)
      await submit({ content: `第${i}次反映：菜市场门口污水横流，气味难闻。`, regionCode: w.villageCode })
    await submit({ content: '菜市场门口污水横流，气味难闻。', regionCode: other.villageCode })
    await submit({ content: '学校附近缺少斑马线，孩子过马路危险。', regionCode: w.villageCode })
    const last = await submit({ content: '菜市场门口污水横流，气味实在难闻。', regionCode: w.villageCode })
    const lastId = (await itemByCode(last.json().trackingCode)).id
    // Leave only the last item queued, then look at what its check compares.
    await t.ctx.db.deleteFrom('suggestion_duplicate_checks').where('suggestion_id', '!=', lastId).execute()
    const rows = await t.ctx.db
      .transaction()
      .execute((trx) => claimDuplicateCandidates(trx, { batch: 10, perItem: CANDIDATES, days: 90 }))
    expect(rows).toHaveLength(CANDIDATES)
    const candidates = await t.ctx.db
      .selectFrom('suggestions')
      .select(['region_code', 'content'])
      .where(
        'id',
        'in',
        rows.map((r) => r.candidate_id!),
      )
      .execute()
    expect(candidates.every((c) => c.region_code === w.villageCode && c.content.includes('菜市场'))).toBe(
      true,
    )
  })
})
