import { describe, expect, it } from 'vitest'
import { buildPlatformType } from './factories.ts'
import { act } from './loop-items.ts'
import {
  asPartner,
  deliver,
  hookUrl,
  issuePartner,
  itemsOf,
  received,
  s,
  signatureOk,
  submission,
  t,
  town,
  usePartnerWorld,
  w,
} from './partner-world.ts'

/**
 * Partner systems exchanging items (docs/domain.md "Partner systems"): the idempotent intake (a retried request
 * gives one item), status changes and platform assignments by the signed webhook, merged items following their
 * primary, the platform's reply through the kernel, and Open311 on the same intake.
 */
usePartnerWorld()

describe('the intake API', () => {
  it('gives one item for a request retried with the same Idempotency-Key', async () => {
    const issued = await issuePartner({ scopes: ['intake', 'status'] })
    const body = submission('12345-0001')
    const headers = { 'idempotency-key': 'retry-key-00000001' }
    const first = await asPartner(issued.key, 'POST', '/api/partner/v1/suggestions', body, headers)
    expect(first.statusCode, first.body).toBe(201)
    const second = await asPartner(issued.key, 'POST', '/api/partner/v1/suggestions', body, headers)
    expect(second.statusCode, second.body).toBe(200)
    expect(second.json()).toEqual(first.json())
    expect(second.headers['idempotent-replayed']).toBe('true')
    const other = await asPartner(
      issued.key,
      'POST',
      '/api/partner/v1/suggestions',
      submission('12345-0002'),
      headers,
    )
    expect(other.statusCode).toBe(409)
    const items = await itemsOf(issued.partner.id)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      channel: 'external',
      partner_reference: '12345-0001',
      status: 'submitted',
    })
    // The contact is sealed as for any item.
    expect(items[0]!.contact_phone_masked).toBe('138****1234')
    expect(JSON.stringify(items[0])).not.toContain('13800001234')
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_name', 'detail'])
      .where('action', '=', 'suggestion.submit')
      .where('target_id', '=', items[0]!.id)
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]!.actor_name).toMatch(/^partner:测试系统/)
    expect(audit[0]!.detail).toMatchObject({ channel: 'external', reference: '12345-0001' })
  })

  it('gives one item for the same reference without a key, even sent at once; another body is a 409', async () => {
    const issued = await issuePartner({ scopes: ['intake', 'status'] })
    const body = submission('PROV-2026-77')
    const answers = await Promise.all(
      [1, 2, 3].map(() => asPartner(issued.key, 'POST', '/api/partner/v1/suggestions', body)),
    )
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 201])
    expect(new Set(answers.map((a) => a.body)).size).toBe(1)
    const later = await asPartner(issued.key, 'POST', '/api/partner/v1/suggestions', body)
    expect(later.statusCode).toBe(200)
    expect(later.json()).toEqual(answers[0]!.json())
    const changed = await asPartner(
      issued.key,
      'POST',
      '/api/partner/v1/suggestions',
      submission('PROV-2026-77', '另一件事情：河道淤堵需要清理。'),
    )
    expect(changed.statusCode).toBe(409)
    expect(changed.json().field).toBe('body.reference')
    expect(await itemsOf(issued.partner.id)).toHaveLength(1)
    // Another partner's reference space is its own.
    const other = await issuePartner({ scopes: ['intake', 'status'] })
    const theirs = await asPartner(other.key, 'POST', '/api/partner/v1/suggestions', body)
    expect(theirs.statusCode).toBe(201)
    expect(theirs.json().id).not.toBe(answers[0]!.json().id)
    expect((await asPartner(other.key, 'GET', '/api/partner/v1/suggestions/NOT-THEIRS')).statusCode).toBe(404)
  })

  it('answers 400 naming the field', async () => {
    const issued = await issuePartner({ scopes: ['intake'] })
    const res = await asPartner(issued.key, 'POST', '/api/partner/v1/suggestions', {
      ...submission('BAD-1'),
      contact: { phone: '12' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().field).toBe('body.contact.phone')
    const region = await asPartner(issued.key, 'POST', '/api/partner/v1/suggestions', {
      ...submission('BAD-2'),
      regionCode: '999999999999',
    })
    expect(region.statusCode).toBe(400)
    expect(region.json().field).toBe('body.regionCode')
  })
})

describe('status and webhooks', () => {
  it('tells the partner of each status change by its signed webhook, and by GET', async () => {
    const issued = await issuePartner({ scopes: ['intake', 'status'], webhookUrl: hookUrl })
    const created = await asPartner(issued.key, 'POST', '/api/partner/v1/suggestions', submission('HOOK-1'))
    expect(created.statusCode).toBe(201)
    const id = created.json().id as string
    await act(town, id, 'accept')
    await act(town, id, 'route', { tier: 'town' })
    const before = received.length
    const result = await deliver()
    expect(result.failed).toBe(0)
    // Deliveries may arrive in any order: the item's version orders them.
    const mine = received
      .slice(before)
      .filter((r) => r.body.recipient.id === issued.partner.id)
      .sort((a, b) => a.body.data?.version - b.body.data?.version)
    expect(mine.map((r) => r.body.data?.to)).toEqual(['accepted', 'routed'])
    expect(mine.map((r) => r.body.data?.version)).toEqual([2, 3])
    for (const r of mine) {
      expect(r.body.kind).toBe('partner.status_changed')
      expect(r.body.data).toMatchObject({ reference: 'HOOK-1', suggestionId: id })
      expect(r.body.data?.at).toMatch(/\+08:00$/)
      expect(signatureOk(r, issued.webhookSecret!)).toBe(true)
      // Nothing of the citizen's contact.
      expect(r.raw).not.toContain('13800001234')
    }
    const status = await asPartner(issued.key, 'GET', '/api/partner/v1/suggestions/HOOK-1')
    expect(status.statusCode).toBe(200)
    expect(status.json()).toMatchObject({ status: 'routed', reference: 'HOOK-1', answer: null })
    expect(status.json().receivedAt).toMatch(/\+08:00$/)
    expect(status.json().events.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'accept',
      'route',
    ])
  })
})

describe('merged items', () => {
  it('follow their primary: its changes by webhook, its answer by GET once sent', async () => {
    const hotline = await issuePartner({ scopes: ['intake', 'status'], webhookUrl: hookUrl })
    const post = (ref: string, content: string) =>
      asPartner(hotline.key, 'POST', '/api/partner/v1/suggestions', submission(ref, content))
    const primary = (await post('MERGE-A', '村口路灯已坏一周，夜间通行不便，请尽快修复。')).json()
      .id as string
    const follower = (await post('MERGE-B', '村口的路灯坏了好几天，晚上太黑了，请修一下。')).json()
      .id as string
    await act(town, primary, 'accept')
    await act(town, follower, 'merge', { primaryId: primary })
    await act(town, primary, 'route', { tier: 'town' })
    await act(town, primary, 'assign', { leadUnitId: w.townUnit.id })
    await act(s.unit, primary, 'start')
    await act(s.unit, primary, 'reply', { answer: '路灯已于今日修复。', outcome: 'A' })
    await act(town, primary, 'review')
    await deliver()
    const mark = received.length
    await act(town, primary, 'give-feedback')
    await deliver()
    const followed = received
      .slice(mark)
      .find((r) => r.body.kind === 'partner.primary_changed' && r.body.data?.reference === 'MERGE-B')
    expect(followed?.body.data).toMatchObject({
      suggestionId: follower,
      to: 'feedback_given',
      answer: '路灯已于今日修复。',
      mergedInto: { suggestionId: primary },
    })
    expect(signatureOk(followed!, hotline.webhookSecret!)).toBe(true)
    const status = await asPartner(hotline.key, 'GET', '/api/partner/v1/suggestions/MERGE-B')
    expect(status.json()).toMatchObject({
      status: 'rejected',
      answer: '路灯已于今日修复。',
      mergedInto: { status: 'feedback_given' },
    })
    expect(status.json().events.map((e: { action: string }) => e.action)).toContain('give_feedback')
  })
})

describe('platform assignment', () => {
  it('sends an assignment to a platform by webhook and takes its reply through the workflow', async () => {
    const type = await buildPlatformType(t.ctx.db)
    const unit = await t.ctx.db
      .insertInto('units')
      .values({
        code: 'PL-1',
        name: '测试镇综合执法平台',
        kind: 'platform',
        platform_type: type.code,
        region_code: w.townCode,
        county_code: '330521000000',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const platform = await issuePartner({
      kind: 'platform',
      unitId: unit.id,
      webhookUrl: hookUrl,
      scopes: ['platform_reply'],
    })
    const hotline = await issuePartner({ scopes: ['intake', 'status'], webhookUrl: hookUrl })
    const created = await asPartner(hotline.key, 'POST', '/api/partner/v1/suggestions', submission('PLAT-1'))
    const id = created.json().id as string
    await act(town, id, 'accept')
    await act(town, id, 'route', { tier: 'town' })
    await act(town, id, 'assign', { leadUnitId: unit.id })
    const before = received.length
    await deliver()
    const assignment = received
      .slice(before)
      .find((r) => r.body.kind === 'partner.assignment' && r.body.recipient.id === platform.partner.id)
    expect(assignment).toBeDefined()
    expect(signatureOk(assignment!, platform.webhookSecret!)).toBe(true)
    expect(assignment!.body.data).toMatchObject({
      suggestionId: id,
      role: 'lead',
      contactPhone: '138****1234',
    })
    expect(assignment!.body.data?.dueAt).toMatch(/\+08:00$/)

    const read = await asPartner(platform.key, 'GET', `/api/partner/v1/assignments/${id}`)
    expect(read.statusCode, read.body).toBe(200)
    expect(read.json()).toMatchObject({ status: 'assigned', role: 'lead' })
    // The hotline's key may not reply; another platform does not see the item.
    expect((await asPartner(hotline.key, 'GET', `/api/partner/v1/assignments/${id}`)).statusCode).toBe(403)

    const reply = await asPartner(platform.key, 'POST', `/api/partner/v1/assignments/${id}/reply`, {
      answer: '路灯已更换，恢复照明。',
      outcome: 'A',
    })
    expect(reply.statusCode, reply.body).toBe(200)
    expect(reply.json().status).toBe('replied')
    const events = await t.ctx.db
      .selectFrom('suggestion_events')
      .select(['action', 'actor_name', 'actor_role'])
      .where('suggestion_id', '=', id)
      .orderBy('at')
      .execute()
    expect(events.slice(-2)).toEqual([
      { action: 'start', actor_name: expect.stringMatching(/^测试系统/), actor_role: 'partner' },
      { action: 'reply', actor_name: expect.stringMatching(/^测试系统/), actor_role: 'partner' },
    ])
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', id)
      .execute()
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['suggestion.start', 'suggestion.reply', 'partner.platform_reply']),
    )
    // Replying again is a conflict of states, not a second answer.
    const again = await asPartner(platform.key, 'POST', `/api/partner/v1/assignments/${id}/reply`, {
      answer: '再次答复',
      outcome: 'A',
    })
    expect(again.statusCode).toBe(409)

    // The hotline hears of the reply's state; the answer itself once it reaches the citizen.
    await act(town, id, 'review')
    await act(town, id, 'give-feedback')
    const mark = received.length
    await deliver()
    const feedback = received
      .slice(mark)
      .find((r) => r.body.recipient.id === hotline.partner.id && r.body.data?.to === 'feedback_given')
    expect(feedback?.body.data).toMatchObject({ answer: '路灯已更换，恢复照明。', outcome: 'A' })
    const status = await asPartner(hotline.key, 'GET', '/api/partner/v1/suggestions/PLAT-1')
    expect(status.json()).toMatchObject({ status: 'feedback_given', answer: '路灯已更换，恢复照明。' })
  })
})

describe('Open311 GeoReport v2', () => {
  it('lists the categories as services', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/open311/v2/services.json' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toContainEqual(
      expect.objectContaining({ service_code: 'construction', service_name: '城乡建设', metadata: false }),
    )
  })

  it('takes a form-encoded request with api_key into the same intake, once per Idempotency-Key', async () => {
    const issued = await issuePartner({ scopes: ['intake'] })
    const form = new URLSearchParams({
      api_key: issued.key,
      service_code: 'construction',
      address_id: w.villageCode,
      address_string: '村口',
      description: '村口路灯已坏一周，夜间通行不便。',
      first_name: '三',
      last_name: '张',
      phone: '13800005678',
    }).toString()
    const post = (headers: Record<string, string> = {}, payload = form) =>
      t.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.json',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        payload,
      })
    const first = await post({ 'idempotency-key': 'open311-retry-0001' })
    expect(first.statusCode, first.body).toBe(201)
    const [created] = first.json()
    expect(created.service_request_id).toMatch(/^[A-Z0-9]{6,32}$/)
    const retry = await post({ 'idempotency-key': 'open311-retry-0001' })
    expect(retry.statusCode).toBe(200)
    expect(retry.json()).toEqual(first.json())
    const items = await itemsOf(issued.partner.id)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      channel: 'external',
      region_code: w.villageCode,
      contact_name_masked: '张*',
    })

    // The public view: the request, without anything the citizen wrote or left.
    const one = await t.app.inject({
      method: 'GET',
      url: `/open311/v2/requests/${created.service_request_id}.json`,
    })
    expect(one.statusCode).toBe(200)
    expect(one.json()).toEqual([
      expect.objectContaining({ service_request_id: created.service_request_id, status: 'open' }),
    ])
    expect(one.json()[0].requested_datetime).toMatch(/\+08:00$/)
    expect(one.body).not.toContain('路灯')
    expect(one.body).not.toContain('5678')
    const list = await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json?status=open' })
    expect(list.statusCode).toBe(200)
    expect(list.json().map((r: { service_request_id: string }) => r.service_request_id)).toContain(
      created.service_request_id,
    )
    const closed = await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json?status=closed' })
    expect(closed.body).not.toContain(created.service_request_id)

    // A wrong key 401, no location 400; JSON is accepted too.
    const wrong = await post({}, form.replace(/api_key=[^&]+/, 'api_key=lxk_nope'))
    expect(wrong.statusCode).toBe(401)
    // Never in the query string, which the logs keep with the URL.
    const inQuery = await t.app.inject({
      method: 'POST',
      url: `/open311/v2/requests.json?api_key=${issued.key}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.replace(/api_key=[^&]+&?/, ''),
    })
    expect(inQuery.statusCode).toBe(401)
    const json = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { authorization: `Bearer ${issued.key}` },
      payload: { service_code: 'construction', description: '公交班次太少，出行不便。' },
    })
    expect(json.statusCode).toBe(400)
    expect(json.json().field).toBe('body.address_string')
    const withPoint = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { authorization: `Bearer ${issued.key}` },
      payload: {
        service_code: 'construction',
        description: '公交班次太少，出行不便。',
        lat: 30.54,
        long: 119.96,
      },
    })
    expect(withPoint.statusCode, withPoint.body).toBe(201)
  })
})
