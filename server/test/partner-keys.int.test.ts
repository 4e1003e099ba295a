import { describe, expect, it } from 'vitest'
import { buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login } from './harness.ts'
import { act } from './loop-items.ts'
import {
  asPartner,
  deliver,
  hookUrl,
  issuePartner,
  received,
  s,
  signatureOk,
  submission,
  t,
  town,
  usePartnerWorld,
} from './partner-world.ts'

/**
 * Partner systems' keys (docs/domain.md "Partner systems"): issued once, stored only as a hash, scoped, revoked,
 * rate-limited per key and audited; the partner routes documented with an example each.
 */
usePartnerWorld()

describe('API keys', () => {
  it('are issued once, stored only as a hash, and every change is audited', async () => {
    const issued = await issuePartner({ scopes: ['intake', 'status'], webhookUrl: hookUrl })
    expect(issued.key).toMatch(/^lxk_[A-Za-z0-9_-]{43}$/)
    expect(issued.webhookSecret).toMatch(/^whsec_/)
    expect(issued.partner.keys[0]!.prefix).toBe(issued.key.slice(0, 12))
    const keys = await t.ctx.db.selectFrom('partner_keys').selectAll().execute()
    const partners = await t.ctx.db.selectFrom('partners').selectAll().execute()
    const stored = JSON.stringify([keys, partners])
    expect(stored).not.toContain(issued.key)
    expect(stored).not.toContain(issued.key.slice(12))
    expect(stored).not.toContain(issued.webhookSecret!)
    // The list shows the key by its prefix only.
    const list = await s.admin.get('/api/partners')
    expect(list.statusCode).toBe(200)
    expect(list.body).not.toContain(issued.key)
    expect(list.body).toContain(issued.partner.keys[0]!.prefix)

    const revoke = await s.admin.post(`/api/partners/${issued.partner.id}/keys/${issued.keyId}/revoke`)
    expect(revoke.statusCode, revoke.body).toBe(200)
    expect(revoke.json().keys[0].revokedAt).not.toBeNull()
    const again = await s.admin.post(`/api/partners/${issued.partner.id}/keys/${issued.keyId}/revoke`)
    expect(again.statusCode).toBe(409)

    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'target_id', 'actor_name', 'detail'])
      .where('action', 'like', 'partner%')
      .execute()
    const actions = audit.filter((a) => [issued.partner.id, issued.keyId].includes(a.target_id!))
    expect(actions.map((a) => a.action).sort()).toEqual([
      'partner.create',
      'partner_key.issue',
      'partner_key.revoke',
    ])
    expect(JSON.stringify(audit)).not.toContain(issued.key)
  })

  it('take a webhook set later, with a new secret shown once, and removed again', async () => {
    const issued = await issuePartner({ scopes: ['intake', 'status'] })
    expect(issued.webhookSecret).toBeNull()
    const set = await s.admin.request('PUT', `/api/partners/${issued.partner.id}/webhook`, {
      webhookUrl: hookUrl,
    })
    expect(set.statusCode, set.body).toBe(200)
    const secret = set.json().webhookSecret as string
    expect(secret).toMatch(/^whsec_/)
    expect(set.json().partner.webhookUrl).toBe(hookUrl)
    const created = await asPartner(
      issued.key,
      'POST',
      '/api/partner/v1/suggestions',
      submission('LATE-HOOK'),
    )
    await act(town, created.json().id, 'accept')
    const mark = received.length
    await deliver()
    const heard = received.slice(mark).find((r) => r.body.recipient.id === issued.partner.id)
    expect(heard && signatureOk(heard, secret)).toBe(true)
    const removed = await s.admin.request('PUT', `/api/partners/${issued.partner.id}/webhook`, {
      webhookUrl: null,
    })
    expect(removed.statusCode).toBe(200)
    expect(removed.json()).toMatchObject({ webhookSecret: null, partner: { webhookUrl: null } })
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', issued.partner.id)
      .where('action', '=', 'partner.webhook')
      .execute()
    expect(audit).toHaveLength(2)
  })

  it('are managed by county admins only', async () => {
    const res = await town.post('/api/partners', { name: '某系统', kind: 'other', scopes: ['intake'] })
    expect(res.statusCode).toBe(403)
    expect((await town.get('/api/partners')).statusCode).toBe(403)
  })

  it('refuse a platform without its unit, and the reply scope to anyone but a platform', async () => {
    const noUnit = await s.admin.post('/api/partners', {
      name: '某平台',
      kind: 'platform',
      scopes: ['intake'],
    })
    expect(noUnit.statusCode).toBe(400)
    expect(noUnit.json().field).toBe('body.unitId')
    const reply = await s.admin.post('/api/partners', {
      name: '某热线',
      kind: 'hotline',
      scopes: ['platform_reply'],
    })
    expect(reply.statusCode).toBe(400)
    expect(reply.json().field).toBe('body.scopes')
  })

  it('authenticate partner routes: no key or a revoked one 401, another scope 403, a session never', async () => {
    const issued = await issuePartner({ scopes: ['intake'] })
    const url = '/api/partner/v1/suggestions'
    const body = submission('AUTH-1')
    expect((await t.app.inject({ method: 'POST', url, payload: body })).statusCode).toBe(401)
    expect((await asPartner('lxk_wrong', 'POST', url, body)).statusCode).toBe(401)
    // A staff session is not a partner key.
    const staff = await s.admin.request('POST', url, body)
    expect(staff.statusCode).toBe(401)
    // The intake key may not read status.
    const status = await asPartner(issued.key, 'GET', '/api/partner/v1/suggestions/AUTH-1')
    expect(status.statusCode).toBe(403)
    expect(status.json().code).toBe('forbidden')
    expect((await asPartner(issued.key, 'POST', url, body)).statusCode).toBe(201)
    const used = await t.ctx.db
      .selectFrom('partner_keys')
      .select('last_used_at')
      .where('id', '=', issued.keyId)
      .executeTakeFirstOrThrow()
    expect(used.last_used_at).not.toBeNull()
    await s.admin.post(`/api/partners/${issued.partner.id}/keys/${issued.keyId}/revoke`)
    const revoked = await asPartner(issued.key, 'POST', url, submission('AUTH-1-2'))
    expect(revoked.statusCode).toBe(401)
    expect(revoked.json().code).toBe('unauthenticated')
    // A new key for the same partner works, and sees the partner's items.
    const next = await s.admin.post(`/api/partners/${issued.partner.id}/keys`, {
      scopes: ['intake', 'status'],
    })
    expect(next.statusCode, next.body).toBe(201)
    const read = await asPartner(next.json().key, 'GET', '/api/partner/v1/suggestions/AUTH-1')
    expect(read.statusCode, read.body).toBe(200)
  })
})

describe('the rate limit per key', () => {
  it('answers 429 once a key has used its minute', async () => {
    const limited = await createTestApp({ partnerRateLimitPerMinute: 2 })
    try {
      const admin = await buildUser(limited.ctx.db, { role: 'county_admin', regionCode: '330521000000' })
      const session = await login(limited.app, admin.username, TEST_PASSWORD)
      const issue = async () => {
        const res = await session.post('/api/partners', {
          name: '限流测试',
          kind: 'other',
          scopes: ['status'],
        })
        return res.json().key as string
      }
      const [a, b] = [await issue(), await issue()]
      const get = (key: string) =>
        limited.app.inject({
          method: 'GET',
          url: '/api/partner/v1/suggestions/NONE',
          headers: { authorization: `Bearer ${key}` },
        })
      expect((await get(a)).statusCode).toBe(404)
      expect((await get(a)).statusCode).toBe(404)
      expect((await get(a)).statusCode).toBe(429)
      // Another key has its own minute.
      expect((await get(b)).statusCode).toBe(404)
    } finally {
      await limited.close()
    }
  })
})

describe('the OpenAPI document', () => {
  it('gives every partner and Open311 route a summary and an example of its request and answer', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    // The document carries a body's example on its media type (`example`), a nested one on its schema.
    const exampled = (media: any) => Boolean(media?.example ?? media?.examples) || examples(media?.schema)
    const examples = (schema: any): boolean => {
      if (!schema) return false
      if (schema.$ref)
        return examples(doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')])
      return Boolean(schema.examples?.length) || (schema.type === 'array' && examples(schema.items))
    }
    const missing: string[] = []
    let checked = 0
    for (const [path, ops] of Object.entries<Record<string, any>>(doc.paths)) {
      if (!/^\/(api\/partners?\b|open311\/)/.test(path)) continue
      for (const [method, op] of Object.entries<any>(ops)) {
        checked++
        const where = `${method.toUpperCase()} ${path}`
        if (!op.summary) missing.push(`${where}: summary`)
        for (const [type, content] of Object.entries<any>(op.requestBody?.content ?? {}))
          if (!exampled(content)) missing.push(`${where}: request ${type}`)
        const ok = Object.entries<any>(op.responses).filter(([status]) => /^2/.test(status))
        for (const [status, answer] of ok)
          if (!exampled(answer.content?.['application/json'])) missing.push(`${where}: ${status}`)
      }
    }
    expect(checked).toBe(13)
    expect(missing).toEqual([])
  })
})
