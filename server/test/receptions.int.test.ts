import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cstDay } from '../src/platform/calendar.ts'
import { uuidv7 } from '../src/platform/ids.ts'
import { buildDeputy, buildTown, buildUser, buildVenue, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type Session, type TestApp } from './harness.ts'

/** Mobile rounds and reception records: planning, check-in, people received, issues into the loop, replays. */

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

async function world() {
  const { townCode, villageCode } = await buildTown(t.ctx.db)
  const venue = await buildVenue(t.ctx.db, villageCode)
  const [a, b] = await Promise.all([1, 2].map(() => buildDeputy(t.ctx.db, t.ctx.cipher, townCode)))
  const other = await buildTown(t.ctx.db)
  const users = await Promise.all([
    buildUser(t.ctx.db, { role: 'town_staff', regionCode: townCode }),
    buildUser(t.ctx.db, { role: 'station_staff', venueId: venue.id }),
    buildUser(t.ctx.db, { role: 'deputy', deputyId: a!.id, regionCode: townCode }),
    buildUser(t.ctx.db, { role: 'deputy', deputyId: b!.id, regionCode: townCode }),
    buildUser(t.ctx.db, { role: 'unit_staff' }),
    buildUser(t.ctx.db, { role: 'town_staff', regionCode: other.townCode }),
  ])
  const [town, station, deputyA, deputyB, unit, otherTown] = (await Promise.all(
    users.map((u) => login(t.app, u.username, TEST_PASSWORD)),
  )) as Session[]
  return {
    townCode,
    villageCode,
    otherVillage: other.villageCode,
    venue,
    deputies: [a!, b!],
    s: { town, station, deputyA, deputyB, unit, otherTown },
  }
}
type World = Awaited<ReturnType<typeof world>>

const today = () => cstDay(new Date())
const planBody = (w: World, over: Record<string, unknown> = {}) => ({
  townCode: w.townCode,
  title: '十二月流动巡诊',
  day: today(),
  deputyIds: [w.deputies[0].id],
  stops: [
    { kind: 'village', name: '一村文化礼堂', regionCode: w.villageCode, startsAt: '00:00', endsAt: '00:30' },
    {
      kind: 'enterprise',
      name: '某某电子公司',
      regionCode: w.villageCode,
      startsAt: '00:40',
      endsAt: '01:00',
    },
  ],
  ...over,
})

const suggestionCount = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('suggestions')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

const visitor = (
  headcount: number,
  issues: { content: string; disposition?: string; answer?: string }[],
) => ({
  id: randomUUID(),
  headcount,
  issues: issues.map((i) => ({ id: randomUUID(), disposition: 'loop', ...i })),
})

describe('rounds: planned, published, checked in, completed', () => {
  it('a town plans a round its deputies see, the public calendar shows, and others may not plan', async () => {
    const w = await world()
    const res = await w.s.town.post('/api/rounds', planBody(w))
    expect(res.statusCode, res.body).toBe(201)
    const round = res.json()
    expect(round.status).toBe('planned')
    expect(round.stops.map((s: { seq: number }) => s.seq)).toEqual([1, 2])
    // The stop's time is the county's: 00:00 on the day in China Standard Time.
    expect(round.stops[0].startsAt).toBe(new Date(`${today()}T00:00:00+08:00`).toISOString())

    const mine = (await w.s.deputyA.get(`/api/rounds?from=${today()}&to=${today()}&mine=true`)).json()
    expect(mine.rounds.map((r: { id: string }) => r.id)).toEqual([round.id])
    const inbox = await t.ctx.db
      .selectFrom('notifications')
      .select('title')
      .where('recipient_type', '=', 'deputy')
      .where('recipient_id', '=', w.deputies[0].id)
      .execute()
    expect(inbox.map((n) => n.title)).toContain(`您已被安排于 ${today()} 参加流动巡诊`)

    const pub = await t.app.inject({ url: `/api/public/rounds?from=${today()}&to=${today()}` })
    const shown = pub.json().rounds.find((r: { id: string }) => r.id === round.id)
    expect(shown.deputies[0].name).toBe(w.deputies[0].name)
    expect(shown.stops[0].happened).toBe('')

    expect((await w.s.otherTown.post('/api/rounds', planBody(w))).statusCode).toBe(403)
    expect((await w.s.deputyA.post('/api/rounds', planBody(w))).statusCode).toBe(403)
    const outside = await w.s.town.post(
      '/api/rounds',
      planBody(w, {
        stops: [
          { kind: 'village', name: 'x', regionCode: w.otherVillage, startsAt: '09:00', endsAt: '10:00' },
        ],
      }),
    )
    expect(outside.statusCode).toBe(400)
    expect(outside.json().errors[0].field).toBe('body.stops[0].regionCode')
  })

  it('a deputy on the round checks in at a stop, says what happened and completes it; a check-in counts once', async () => {
    const w = await world()
    const round = (await w.s.town.post('/api/rounds', planBody(w))).json()
    const stop = round.stops[0].id
    // A deputy of the town who is not on the round reads it but may not check in.
    expect((await w.s.deputyB.post(`/api/rounds/${round.id}/check_in`, { stopId: stop })).statusCode).toBe(
      403,
    )
    const checked = await w.s.deputyA.post(`/api/rounds/${round.id}/check_in`, {
      stopId: stop,
      location: { lat: 30.54, lng: 119.97 },
    })
    expect(checked.statusCode, checked.body).toBe(200)
    expect(checked.json().status).toBe('underway')
    expect(checked.json().stops[0].checkInLocation).toEqual({ lat: 30.54, lng: 119.97 })
    const again = await w.s.deputyA.post(`/api/rounds/${round.id}/check_in`, { stopId: stop })
    expect(again.statusCode).toBe(400)
    expect(again.json().errors[0].field).toBe('body.stopId')
    const reported = await w.s.deputyA.post(`/api/rounds/${round.id}/report`, {
      stopId: stop,
      happened: '走访 3 户，听取道路修缮意见',
    })
    expect(reported.json().stops[0].happened).toBe('走访 3 户，听取道路修缮意见')
    const done = await w.s.deputyA.post(`/api/rounds/${round.id}/complete`, { summary: '顺利完成' })
    expect(done.json().status).toBe('completed')
    const detail = (await w.s.town.get(`/api/rounds/${round.id}`)).json()
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual([
      'plan',
      'check_in',
      'report',
      'complete',
    ])
    expect((await w.s.otherTown.get(`/api/rounds/${round.id}`)).statusCode).toBe(404)
  })

  it('a round is the next reception of its mobile venue and its deputies on the public pages', async () => {
    const w = await world()
    const tomorrow = cstDay(new Date(Date.now() + 86_400_000))
    const stops = [
      { kind: 'village', name: '一村', regionCode: w.villageCode, startsAt: '09:00', endsAt: '10:00' },
    ]
    await w.s.town.post('/api/rounds', planBody(w, { day: tomorrow, venueId: w.venue.id, stops }))
    const venue = (await t.app.inject({ url: `/api/public/venues/${w.venue.id}` })).json()
    expect(venue.nextDuty?.startsAt).toBe(new Date(`${tomorrow}T09:00:00+08:00`).toISOString())
    expect(venue.nextDuty.deputies.map((d: { id: string }) => d.id)).toEqual([w.deputies[0].id])
    const deputy = (await t.app.inject({ url: `/api/public/deputies/${w.deputies[0].id}` })).json()
    expect(deputy.nextDuty?.venue.id).toBe(w.venue.id)
  })

  it('a planned round is cancelled only with a reason, and can be changed until it starts', async () => {
    const w = await world()
    const round = (await w.s.town.post('/api/rounds', planBody(w))).json()
    const edited = await w.s.town.request('PUT', `/api/rounds/${round.id}`, {
      ...planBody(w, { title: '改期后的巡诊' }),
      townCode: undefined,
      version: round.version,
    })
    expect(edited.statusCode, edited.body).toBe(200)
    expect(edited.json().title).toBe('改期后的巡诊')
    const stale = await w.s.town.request('PUT', `/api/rounds/${round.id}`, {
      ...planBody(w),
      townCode: undefined,
      version: round.version,
    })
    expect(stale.statusCode).toBe(409)
    const noReason = await w.s.town.post(`/api/rounds/${round.id}/cancel`, {})
    expect(noReason.statusCode).toBe(400)
    expect(noReason.json().errors[0].field).toBe('body.note')
    expect((await w.s.town.post(`/api/rounds/${round.id}/cancel`, { note: '暴雨' })).json().status).toBe(
      'cancelled',
    )
  })
})

describe('reception records: people received, issues into the loop, nothing twice', () => {
  it('records a stop’s visitors: a visitor with three issues is one, a group of 12 is 12', async () => {
    const w = await world()
    const round = (await w.s.town.post('/api/rounds', planBody(w))).json()
    const before = await suggestionCount()
    const body = {
      id: randomUUID(),
      kind: 'mobile',
      roundStopId: round.stops[0].id,
      deputyIds: [w.deputies[0].id],
      visitors: [
        visitor(1, [
          { content: '村口道路坑洼需要修补' },
          { content: '路灯晚上经常不亮', disposition: 'on_spot', answer: '已联系村委当场报修' },
          { content: '垃圾清运不及时，夏天有异味' },
        ]),
        visitor(12, [{ content: '希望增加到县城的公交班次' }]),
        visitor(5, []),
      ],
    }
    const res = await w.s.deputyA.post('/api/receptions', body)
    expect(res.statusCode, res.body).toBe(201)
    const rec = res.json().reception
    expect(rec.people).toBe(18)
    expect(rec.visitorCount).toBe(3)
    expect(rec.issueCount).toBe(4)
    expect(await suggestionCount()).toBe(before + 4)
    const issues = rec.visitors.flatMap((v: { issues: unknown[] }) => v.issues)
    const onSpot = issues.find((i: { disposition: string }) => i.disposition === 'on_spot')
    expect(onSpot.suggestion.status).toBe('answered_on_spot')
    const item = await t.ctx.db
      .selectFrom('suggestions')
      .select(['channel', 'region_code', 'deputy_id', 'status'])
      .where('id', '=', issues[0].suggestion.id)
      .executeTakeFirstOrThrow()
    expect(item).toEqual({
      channel: 'mobile',
      region_code: w.villageCode,
      deputy_id: w.deputies[0].id,
      status: 'submitted',
    })

    // The same sync again (the signal came back twice): nothing new, the same record.
    const replay = await w.s.deputyA.post('/api/receptions', body)
    expect(replay.statusCode).toBe(200)
    expect(replay.json().created).toBe(false)
    expect(replay.json().alreadyRecorded).toHaveLength(3)
    expect(replay.json().reception.people).toBe(18)
    expect(await suggestionCount()).toBe(before + 4)

    // One more visitor later, then a clash: the same visitor id with another head count.
    const more = await w.s.deputyA.post(`/api/receptions/${body.id}/visitors`, { visitors: [visitor(2, [])] })
    expect(more.json().reception.people).toBe(20)
    const clash = await w.s.deputyA.post(`/api/receptions/${body.id}/visitors`, {
      visitors: [{ ...body.visitors[1]!, headcount: 11 }],
    })
    expect(clash.statusCode).toBe(409)
    expect(clash.json().field).toBe('body.visitors[0].id')

    const stop = (await w.s.town.get(`/api/rounds/${round.id}`)).json().stops[0]
    expect([stop.receptions, stop.people]).toEqual([1, 20])
  })

  it('a bad issue saves nothing of the record', async () => {
    const w = await world()
    const round = (await w.s.town.post('/api/rounds', planBody(w))).json()
    const before = await suggestionCount()
    const id = randomUUID()
    const res = await w.s.deputyA.post('/api/receptions', {
      id,
      kind: 'mobile',
      roundStopId: round.stops[0].id,
      deputyIds: [w.deputies[0].id],
      visitors: [
        visitor(1, [{ content: '第一个问题很具体' }]),
        visitor(1, [{ content: '当场答复', disposition: 'on_spot' }]),
      ],
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0].field).toBe('body.visitors[1].issues[0].answer')
    expect(await suggestionCount()).toBe(before)
    expect(
      await t.ctx.db.selectFrom('receptions').select('id').where('id', '=', id).executeTakeFirst(),
    ).toBeUndefined()
  })

  it('a station session keeps its duty slot: closing it marks the slot held; a closed record takes no visitors', async () => {
    const w = await world()
    const slotId = uuidv7()
    const start = new Date(Date.now() - 3600_000)
    await t.ctx.db
      .insertInto('duty_slots')
      .values({
        id: slotId,
        venue_id: w.venue.id,
        day: cstDay(start),
        starts_at: start,
        ends_at: new Date(start.getTime() + 7200_000),
        status: 'scheduled',
        county_code: '330521000000',
      })
      .execute()
    await t.ctx.db
      .insertInto('duty_slot_deputies')
      .values({ id: uuidv7(), slot_id: slotId, deputy_id: w.deputies[0].id })
      .execute()
    const id = randomUUID()
    const open = await w.s.station.post('/api/receptions', {
      id,
      kind: 'station',
      dutySlotId: slotId,
      deputyIds: [w.deputies[0].id],
      startedAt: start.toISOString(),
      visitors: [visitor(3, [{ content: '小区停车位紧张' }])],
    })
    expect(open.statusCode, open.body).toBe(201)
    expect(open.json().reception.venue.id).toBe(w.venue.id)
    expect((await w.s.otherTown.get(`/api/receptions/${id}`)).statusCode).toBe(404)
    expect((await w.s.unit.get(`/api/receptions/${id}`)).statusCode).toBe(403)

    // The visitor's contact: masked in the record, revealed to the venue's staff with an audit row; not to deputies.
    const v = (
      await w.s.station.post('/api/receptions', {
        id,
        kind: 'station',
        deputyIds: [w.deputies[0].id],
        visitors: [{ id: randomUUID(), headcount: 1, name: '王小明', phone: '13812345678', issues: [] }],
      })
    )
      .json()
      .reception.visitors.find((x: { phone: string | null }) => x.phone)
    expect(v.phone).toBe('138****5678')
    const revealed = await w.s.station.post(`/api/receptions/${id}/visitors/${v.id}/reveal-contact`)
    expect(revealed.json()).toEqual({ name: '王小明', phone: '13812345678' })
    expect((await w.s.deputyA.post(`/api/receptions/${id}/visitors/${v.id}/reveal-contact`)).statusCode).toBe(
      403,
    )
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', id)
      .where('action', '=', 'reception.contact.reveal')
      .execute()
    expect(audit).toHaveLength(1)

    const closed = await w.s.station.post(`/api/receptions/${id}/close`, {})
    expect(closed.statusCode, closed.body).toBe(200)
    expect(closed.json().status).toBe('closed')
    const slot = await t.ctx.db
      .selectFrom('duty_slots')
      .select('status')
      .where('id', '=', slotId)
      .executeTakeFirstOrThrow()
    expect(slot.status).toBe('held')
    const late = await w.s.station.post(`/api/receptions/${id}/visitors`, { visitors: [visitor(1, [])] })
    expect(late.statusCode).toBe(409)
    expect((await w.s.station.post(`/api/receptions/${id}/reopen`, {})).statusCode).toBe(400)
    expect((await w.s.station.post(`/api/receptions/${id}/reopen`, { note: '补录' })).json().status).toBe(
      'open',
    )

    const list = (await w.s.town.get(`/api/receptions?from=${cstDay(start)}&to=${today()}`)).json()
    expect(list.receptions.map((r: { id: string }) => r.id)).toContain(id)
    expect(list.people).toBe(4)
  })

  it('a deputy records only where they are on duty; another deputy may not add to it', async () => {
    const w = await world()
    const res = await w.s.deputyA.post('/api/receptions', {
      id: randomUUID(),
      kind: 'station',
      venueId: w.venue.id,
      deputyIds: [w.deputies[1].id],
    })
    expect(res.statusCode).toBe(403)
    const id = randomUUID()
    expect(
      (
        await w.s.deputyA.post('/api/receptions', {
          id,
          kind: 'station',
          venueId: w.venue.id,
          deputyIds: [w.deputies[0].id],
        })
      ).statusCode,
    ).toBe(201)
    expect(
      (await w.s.deputyB.post(`/api/receptions/${id}/visitors`, { visitors: [visitor(1, [])] })).statusCode,
    ).toBe(403)
  })
})
