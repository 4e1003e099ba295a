import jsQRModule from 'jsqr'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDeputy, buildTown, buildUser, buildVenue, TEST_PASSWORD } from './factories.ts'
import { createTestApp, login, type TestApp } from './harness.ts'

/** The venue and deputy QR codes: what they encode, how they are served, and that retired ones are not. */

// jsqr is CommonJS: under NodeNext its default import is the module, whose `default` is the decoder.
const jsQR = jsQRModule.default
const BASE = 'https://lianxin.example.gov.cn'
let t: TestApp
let town: { townCode: string; villageCode: string }
beforeAll(async () => {
  t = await createTestApp({ publicBaseUrl: BASE })
  town = await buildTown(t.ctx.db)
})
afterAll(async () => t.close())

const get = (url: string) => t.app.inject({ method: 'GET', url })

/** Decodes a PNG answer with jsQR, as a phone's camera would read the printed code. */
function decodePng(body: Buffer) {
  const png = PNG.sync.read(body)
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  if (!code) throw new Error('no QR code found in the PNG')
  return { text: code.data, version: code.version, png }
}

/**
 * Rasterises the SVG the qrcode package draws (one path of horizontal strokes, `M x y`, `m dx dy`, `h n`, a module
 * per unit of the viewBox) at 8 px a module, and decodes it: the SVG is checked as printed, not as text.
 */
function decodeSvg(svg: string) {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1])
  const d = /<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/.exec(svg)?.[1]
  if (!size || !d) throw new Error('not the expected SVG')
  const scale = 8
  const side = size * scale
  const data = new Uint8ClampedArray(side * side * 4).fill(255)
  let x = 0
  let y = 0
  for (const [, op, a, b] of d.matchAll(/([MmHh])\s*(-?[\d.]+)(?:\s+(-?[\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b)]
    else if (op === 'm') [x, y] = [x + Number(a), y + Number(b)]
    else {
      const to = op === 'h' ? x + Number(a) : Number(a)
      const row = Math.floor(y)
      for (let px = x * scale; px < to * scale; px++)
        for (let py = row * scale; py < (row + 1) * scale; py++)
          data.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3)
      x = to
    }
  }
  const code = jsQR(data, side, side)
  if (!code) throw new Error('no QR code found in the SVG')
  return code.data
}

describe('QR codes', () => {
  it('encodes a venue’s public page on the public base URL, as PNG and SVG', async () => {
    const venue = await buildVenue(t.ctx.db, town.villageCode)
    const png = await get(`/api/public/venues/${venue.id}/qr.png`)
    expect(png.statusCode).toBe(200)
    expect(png.headers['content-type']).toBe('image/png')
    expect(png.headers['cache-control']).toBe('public, max-age=3600')
    const decoded = decodePng(png.rawPayload)
    expect(decoded.text).toBe(`${BASE}/venues/${venue.id}`)

    const svg = await get(`/api/public/venues/${venue.id}/qr.svg`)
    expect(svg.statusCode).toBe(200)
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8')
    expect(svg.headers['cache-control']).toBe('public, max-age=3600')
    expect(decodeSvg(svg.body)).toBe(`${BASE}/venues/${venue.id}`)
  })

  it('encodes a deputy’s code (代表码) likewise', async () => {
    const deputy = await buildDeputy(t.ctx.db, t.ctx.cipher, town.villageCode)
    const png = await get(`/api/public/deputies/${deputy.id}/qr.png`)
    expect(png.statusCode).toBe(200)
    expect(decodePng(png.rawPayload).text).toBe(`${BASE}/deputies/${deputy.id}`)
    const svg = await get(`/api/public/deputies/${deputy.id}/qr.svg`)
    expect(svg.statusCode).toBe(200)
    expect(decodeSvg(svg.body)).toBe(`${BASE}/deputies/${deputy.id}`)
  })

  it('is drawn for print: error correction M and a quiet zone of four modules', async () => {
    const venue = await buildVenue(t.ctx.db, town.villageCode)
    const { version, png } = decodePng((await get(`/api/public/venues/${venue.id}/qr.png`)).rawPayload)
    const modules = 17 + 4 * version
    // 74 bytes: version 4 at level L (78 bytes), 5 at M (84; version 4 holds 62), 6 at Q (74), 8 at H (84).
    expect(`${BASE}/venues/${venue.id}`).toHaveLength(74)
    expect(version).toBe(5)
    const quiet = Math.floor((png.width / (modules + 8)) * 4)
    const dark = (x: number, y: number) => png.data[(y * png.width + x) * 4]! < 128
    const inQuietZone: boolean[] = []
    for (let i = 0; i < png.width; i++)
      for (let j = 0; j < quiet; j++)
        inQuietZone.push(dark(i, j), dark(j, i), dark(i, png.height - 1 - j), dark(png.width - 1 - j, i))
    expect(inQuietZone.some(Boolean)).toBe(false)
    // The finder pattern starts right after it.
    expect(dark(quiet + 2, quiet + 2)).toBe(true)
  })

  it('answers 404 for an unknown or retired venue or deputy, and 400 for a malformed id', async () => {
    const venue = await buildVenue(t.ctx.db, town.villageCode)
    const deputy = await buildDeputy(t.ctx.db, t.ctx.cipher, town.villageCode)
    await t.ctx.db.updateTable('venues').set({ active: false }).where('id', '=', venue.id).execute()
    await t.ctx.db.updateTable('deputies').set({ active: false }).where('id', '=', deputy.id).execute()
    const unknown = '0190a0c0-0000-7000-8000-000000000000'
    for (const url of [
      `/api/public/venues/${venue.id}/qr.svg`,
      `/api/public/venues/${venue.id}/qr.png`,
      `/api/public/deputies/${deputy.id}/qr.svg`,
      `/api/public/deputies/${deputy.id}/qr.png`,
      `/api/public/venues/${unknown}/qr.png`,
      `/api/public/deputies/${unknown}/qr.svg`,
    ]) {
      const res = await get(url)
      expect(res.statusCode, url).toBe(404)
      expect(res.json()).toMatchObject({ code: 'not_found' })
      expect(res.json().message.zh).toBeTruthy()
    }
    const bad = await get('/api/public/venues/not-an-id/qr.png')
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ field: 'path.id' })
  })
})

describe('public venue and deputy items', () => {
  it('carry the kind, town, place, hours and a next duty that stays empty until a schedule is published', async () => {
    const venue = await buildVenue(t.ctx.db, town.villageCode, { kind: 'window' })
    await t.ctx.db
      .updateTable('venues')
      .set({
        lat: 30.5412,
        lng: 119.9633,
        address: '武康街道英溪北路1号',
        reception_hours: '每周三 9:00–11:30',
      })
      .where('id', '=', venue.id)
      .execute()
    const deputy = await buildDeputy(t.ctx.db, t.ctx.cipher, town.villageCode)
    await t.ctx.db.insertInto('deputy_venues').values({ deputy_id: deputy.id, venue_id: venue.id }).execute()

    const list = (await get(`/api/public/venues?regionCode=${town.townCode}`)).json()
    expect(list.items.find((v: { id: string }) => v.id === venue.id)).toMatchObject({
      id: venue.id,
      kind: 'window',
      name: venue.name,
      townCode: town.townCode,
      address: '武康街道英溪北路1号',
      lat: 30.5412,
      lng: 119.9633,
      receptionHours: '每周三 9:00–11:30',
      nextDuty: null,
    })
    const deputies = (await get(`/api/public/deputies?regionCode=${town.townCode}`)).json()
    expect(deputies.items.find((d: { id: string }) => d.id === deputy.id)).toMatchObject({
      townCode: town.townCode,
      nextDuty: null,
    })
    const detail = (await get(`/api/public/deputies/${deputy.id}`)).json()
    expect(detail.venues).toEqual([{ id: venue.id, name: venue.name, receptionHours: '每周三 9:00–11:30' }])
    expect(detail).not.toHaveProperty('phone')
    expect(detail).not.toHaveProperty('phoneMasked')

    // Once the venue has a duty rule, its next session is on the venue's and the deputy's items.
    const admin = await login(
      t.app,
      (await buildUser(t.ctx.db, { role: 'county_admin', regionCode: '330521000000' })).username,
      TEST_PASSWORD,
    )
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
    const rule = await admin.post('/api/duty/rules', {
      venueId: venue.id,
      kind: 'weekly',
      weekday: 3,
      startsAt: '09:00',
      endsAt: '11:30',
      validFrom: today,
      onDayOff: 'next_workday',
      deputyIds: [deputy.id],
    })
    expect(rule.statusCode, rule.body).toBe(201)
    const next = (await get(`/api/public/venues?regionCode=${town.townCode}`))
      .json()
      .items.find((v: { id: string }) => v.id === venue.id).nextDuty
    expect(next).toMatchObject({ venue: { id: venue.id }, deputies: [{ id: deputy.id, name: deputy.name }] })
    expect(Date.parse(next.endsAt)).toBeGreaterThan(Date.now())
    const deputyNext = (await get(`/api/public/deputies/${deputy.id}`)).json().nextDuty
    expect(deputyNext).toEqual(next)
  })
})
