import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testEngine } from './engine.ts'
import { buildTown, buildUser, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type TestApp } from './harness.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(async () => t.close())

describe('HTTP platform', () => {
  it('GET /api/health names the engine', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ status: 'ok', database: testEngine(), version: expect.any(String) })
  })

  it('serves an OpenAPI 3.1 document with a schema on every route, and a docs page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' })
    expect(res.statusCode).toBe(200)
    const doc = res.json()
    expect(doc.openapi).toBe('3.1.0')
    for (const [path, ops] of Object.entries<Record<string, { responses?: Record<string, unknown> }>>(
      doc.paths,
    )) {
      for (const [method, op] of Object.entries(ops)) {
        expect(op.responses, `${method} ${path} has responses`).toBeTruthy()
      }
    }
    expect(doc.paths['/api/deputies'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['limit', 'offset']),
    )
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' })
    expect(docs.statusCode).toBe(200)
    expect(docs.body).toContain('swagger')
  })

  it('sends security headers with a Content-Security-Policy and a request id', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'trace-abcdef12' },
    })
    expect(res.headers['content-security-policy']).toContain("default-src 'self'")
    expect(res.headers['content-security-policy']).toContain("script-src 'self'")
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['x-frame-options']).toBeDefined()
    expect(res.headers['x-request-id']).toBe('trace-abcdef12')
  })
})

describe('bad input gets a 4xx problem naming the field, never a 500', () => {
  const post = (payload: string, contentType = 'application/json') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': contentType },
      payload,
    })

  it('malformed JSON', async () => {
    const res = await post('{"username": "a",')
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json()).toMatchObject({ code: 'validation_error', field: 'body', status: 400 })
    expect(res.json().message.zh).toBeTruthy()
    expect(res.json().message.en).toBeTruthy()
  })

  it('a missing field', async () => {
    const res = await post(JSON.stringify({ username: 'a' }))
    expect(res.json()).toMatchObject({ code: 'validation_error', field: 'body.password' })
  })

  it('a wrong type', async () => {
    const res = await post(JSON.stringify({ username: 'a', password: 12345 }))
    expect(res.statusCode).toBe(400)
    expect(res.json().field).toBe('body.password')
  })

  it('an unknown field', async () => {
    const res = await post(JSON.stringify({ username: 'a', password: 'b', isAdmin: true }))
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ field: 'body.isAdmin' })
    expect(res.json().message.zh).toContain('isAdmin')
  })

  it('an oversized body', async () => {
    const res = await post(JSON.stringify({ username: 'a', password: 'x'.repeat(2 * 1024 * 1024) }))
    expect(res.statusCode).toBe(413)
    expect(res.json().code).toBe('payload_too_large')
  })

  it('a wrong content type', async () => {
    const res = await post('username=a', 'application/x-www-form-urlencoded')
    expect(res.statusCode).toBe(415)
  })

  it('bad query and path parameters', async () => {
    const { townCode } = await buildTown(t.ctx.db)
    const staff = await buildUser(t.ctx.db, { role: 'town_staff', regionCode: townCode })
    const s = await login(t.app, staff.username, TEST_PASSWORD)
    expect((await s.get('/api/venues?limit=100000')).json()).toMatchObject({ field: 'query.limit' })
    expect((await s.get('/api/venues?kind=castle')).json()).toMatchObject({ field: 'query.kind' })
    expect((await s.get('/api/venues/not-a-uuid')).json()).toMatchObject({ field: 'path.id' })
    expect((await s.get('/api/regions?parentCode=12')).statusCode).toBe(400)
  })

  it('an unknown API route is a 404 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' })
    expect(res.statusCode).toBe(404)
    expect(res.json().code).toBe('not_found')
  })
})
