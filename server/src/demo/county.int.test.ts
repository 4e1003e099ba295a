import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  demoCipher as cipher,
  DEMO_NOW as NOW,
  openDemoTestDb,
  DEMO_PASSWORD as PASSWORD,
  type TestDb,
} from '../../test/demo-template.ts'
import { login, testConfig } from '../../test/harness.ts'
import { buildApp } from '../app.ts'
import { verifyPassword } from '../platform/passwords.ts'
import { DEMO_ACCOUNTS, type DemoSummary } from './index.ts'

const COUNTY = '330521000000'
// biome-ignore format: a data table reads better compact
const TOWN_CODES = [
  '330521001000', '330521002000', '330521003000', '330521004000', '330521005000', '330521101000',
  '330521102000', '330521103000', '330521104000', '330521110000', '330521113000', '330521114000',
  '330521115000',
]
/** Villages and communities per town in the national codes (2023 edition): 177 in all. */
// biome-ignore format: a data table reads better compact
const VILLAGES_PER_TOWN = [15, 14, 10, 14, 6, 13, 23, 7, 20, 12, 11, 12, 20]
// The run's demo county (test/demo-template.ts); that a second generation gives the same rows is checked in
// repeatable.int.test.ts.

describe('demo county generator', () => {
  let handle: TestDb
  let summary: DemoSummary

  beforeAll(async () => {
    ;({ handle, summary } = await openDemoTestDb())
  }, 300_000)

  afterAll(async () => {
    await handle?.dispose()
  })

  it('creates the 13 towns and 177 villages and communities with their national codes under 德清县', async () => {
    const db = handle.db
    const county = await db.selectFrom('regions').selectAll().where('level', '=', 'county').execute()
    expect(county.map((r) => [r.code, r.name])).toEqual([[COUNTY, '德清县']])
    const towns = await db
      .selectFrom('regions')
      .selectAll()
      .where('level', '=', 'town')
      .orderBy('sort')
      .execute()
    expect(towns.map((t) => t.code)).toEqual(TOWN_CODES)
    expect(towns.filter((t) => t.kind === '街道').map((t) => t.name)).toEqual([
      '武康街道',
      '舞阳街道',
      '阜溪街道',
      '下渚湖街道',
      '康乾街道',
    ])
    for (const t of towns) {
      expect(t.parent_code).toBe(COUNTY)
      expect(t.path).toBe(`${COUNTY}/${t.code}`)
    }
    expect(towns.find((t) => t.name === '莫干山镇')!.code).toBe('330521115000')
    const villages = await db.selectFrom('regions').selectAll().where('level', '=', 'village').execute()
    expect(villages).toHaveLength(177)
    expect(villages.filter((v) => v.kind === '社区')).toHaveLength(42)
    expect(villages.filter((v) => v.name.endsWith('社区'))).toHaveLength(36)
    expect(villages.filter((v) => v.kind === '村')).toHaveLength(135)
    TOWN_CODES.forEach((code, i) => {
      const under = villages.filter((v) => v.parent_code === code)
      expect(under.length).toBe(VILLAGES_PER_TOWN[i])
      expect(new Set(under.map((v) => v.name)).size).toBe(under.length)
      for (const v of under) {
        expect(v.code.slice(0, 9)).toBe(code.slice(0, 9))
        expect(v.path).toBe(`${COUNTY}/${code}/${v.code}`)
        // National rule: 0xx residents' committees (社区), 2xx villagers' committees (村).
        const n = Number(v.code.slice(9))
        expect(v.kind === '社区' ? n >= 1 && n <= 199 : n >= 200 && n <= 399).toBe(true)
      }
    })
    const named = new Map(villages.map((v) => [v.code, v.name]))
    expect(named.get('330521001001')).toBe('居仁社区')
    expect(named.get('330521115202')).toBe('劳岭村')
    expect(named.get('330521115001')).toBe('莫干山居委会')
  })

  it('serves the real tree: GET /api/regions lists 莫干山镇 as 330521115000 and 177 villages', async () => {
    const app = await buildApp({ db: handle.db, engine: handle.engine, config: testConfig(), cipher })
    try {
      const admin = await login(app, 'admin', PASSWORD)
      const towns = (await admin.get('/api/regions?level=town&limit=100')).json()
      expect(towns.total).toBe(13)
      expect(towns.items.find((t: { name: string }) => t.name === '莫干山镇').code).toBe('330521115000')
      const villages = (await admin.get('/api/regions?level=village&limit=500')).json()
      expect(villages.total).toBe(177)
      expect(villages.items).toHaveLength(177)
      // The demo's tree is the shipped extract: importing it again changes nothing.
      const file = fs.readFileSync(new URL('./divisions/deqing-330521.csv', import.meta.url))
      const again = await admin.request('POST', '/api/import/regions?dryRun=true', file, {
        'content-type': 'text/csv',
      })
      expect(again.json().changes).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('has 148 grids, 36 deputy groups and at least 100 deputies', async () => {
    const db = handle.db
    const count = async (table: 'grids' | 'deputy_groups' | 'deputies') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    expect(await count('grids')).toBe(148)
    expect(await count('deputy_groups')).toBe(36)
    expect(await count('deputies')).toBeGreaterThanOrEqual(100)
    expect(summary.counts.grids).toBe(148)
    expect(summary.counts.deputy_groups).toBe(36)
  })

  it('gives every town exactly one liaison station', async () => {
    const stations = await handle.db.selectFrom('venues').selectAll().where('kind', '=', 'station').execute()
    expect(stations.map((s) => s.region_code).sort()).toEqual(TOWN_CODES)
    const kinds = await handle.db.selectFrom('venues').select('kind').distinct().execute()
    expect(kinds.map((k) => k.kind).sort()).toEqual(['mobile', 'point', 'post', 'station', 'window'])
  })

  it('puts at least one deputy in every grid', async () => {
    const empty = await handle.db
      .selectFrom('grids as g')
      .leftJoin('deputy_grids as dg', 'dg.grid_id', 'g.id')
      .select('g.code')
      .where('dg.deputy_id', 'is', null)
      .execute()
    expect(empty).toEqual([])
  })

  it('puts every county deputy in exactly one group, led by one of its members', async () => {
    const db = handle.db
    const countyDeputies = await db
      .selectFrom('deputy_memberships')
      .select('deputy_id')
      .where('level', '=', 'county')
      .where('term', '=', 17)
      .execute()
    const memberships = await db.selectFrom('deputy_group_members').selectAll().execute()
    const groupsOf = new Map<string, number>()
    for (const m of memberships) groupsOf.set(m.deputy_id, (groupsOf.get(m.deputy_id) ?? 0) + 1)
    expect(countyDeputies.length).toBeGreaterThan(0)
    for (const d of countyDeputies) expect(groupsOf.get(d.deputy_id)).toBe(1)
    expect(groupsOf.size).toBe(countyDeputies.length)
    const groups = await db.selectFrom('deputy_groups').selectAll().execute()
    for (const g of groups) {
      expect(memberships.some((m) => m.group_id === g.id && m.deputy_id === g.leader_deputy_id)).toBe(true)
    }
  })

  it('has people holding memberships at two levels', async () => {
    const rows = await handle.db
      .selectFrom('deputy_memberships')
      .select(['deputy_id', (eb) => eb.fn.countAll().as('n')])
      .groupBy('deputy_id')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute()
    expect(rows.length).toBeGreaterThanOrEqual(1)
  })

  it('creates the demo accounts with their roles and scopes', async () => {
    const db = handle.db
    const rows = await db
      .selectFrom('users as u')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .select([
        'u.username',
        'u.password_hash',
        'u.deputy_id',
        'r.role',
        'r.region_code',
        'r.venue_id',
        'r.unit_id',
      ])
      .orderBy('u.username')
      .execute()
    expect(rows.map((r) => [r.username, r.role])).toEqual(
      DEMO_ACCOUNTS.map((a) => [a.username, a.role]).sort((a, b) => a[0].localeCompare(b[0])),
    )
    const by = new Map(rows.map((r) => [r.username, r]))
    expect(by.get('admin')!.region_code).toBe(COUNTY)
    expect(by.get('integrity')!.region_code).toBe(COUNTY)
    expect(by.get('town')!.region_code).toBe('330521001000')

    const station = await db
      .selectFrom('venues')
      .selectAll()
      .where('id', '=', by.get('station')!.venue_id!)
      .executeTakeFirstOrThrow()
    expect([station.kind, station.region_code, station.name]).toEqual([
      'station',
      '330521001000',
      '武康街道人大代表联络站',
    ])

    const deputyId = by.get('deputy')!.deputy_id!
    const deputyMemberships = await db
      .selectFrom('deputy_memberships')
      .selectAll()
      .where('deputy_id', '=', deputyId)
      .execute()
    expect(deputyMemberships.some((m) => m.level === 'county' && m.region_code === '330521001000')).toBe(true)

    const unit = await db
      .selectFrom('units')
      .selectAll()
      .where('id', '=', by.get('unit')!.unit_id!)
      .executeTakeFirstOrThrow()
    expect([unit.kind, unit.name]).toEqual(['department', '县住房和城乡建设局'])

    expect(await verifyPassword(by.get('admin')!.password_hash, PASSWORD)).toBe(true)
    expect(summary.accounts.map((a) => a.username)).toEqual(DEMO_ACCOUNTS.map((a) => a.username))
  })

  it('has one platform unit per town and platform type', async () => {
    const platforms = await handle.db.selectFrom('units').selectAll().where('kind', '=', 'platform').execute()
    const types = await handle.db.selectFrom('platform_types').select('code').execute()
    expect(types.length).toBe(5)
    expect(platforms.length).toBe(TOWN_CODES.length * types.length)
  })

  it('never stores a phone number in clear, and the encrypted one decrypts to a mobile number', async () => {
    const deputies = await handle.db.selectFrom('deputies').selectAll().execute()
    // UUIDs and base64url ciphertexts may contain digit runs by chance: they are checked for the actual number.
    const opaque = new Set(['id', 'phone_enc', 'phone_hash'])
    for (const d of deputies) {
      for (const [column, value] of Object.entries(d)) {
        if (typeof value === 'string' && !opaque.has(column)) expect(value).not.toMatch(/1[3-9]\d{9}/)
      }
      const phone = cipher.decrypt(d.phone_enc!)
      expect(JSON.stringify(d)).not.toContain(phone)
      expect(phone).toMatch(/^1[3-9]\d{9}$/)
      expect(d.phone_hash).toBe(cipher.lookupHash(phone))
      expect(d.phone_masked).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`)
    }
  })

  it('puts at least one scheduled duty slot at every liaison station in the coming month', async () => {
    const db = handle.db
    const today = new Date(NOW.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
    const monthAhead = new Date(NOW.getTime() + (8 + 31 * 24) * 3600_000).toISOString().slice(0, 10)
    const stations = await db.selectFrom('venues').select('id').where('kind', '=', 'station').execute()
    const withSlot = await db
      .selectFrom('duty_slots')
      .select('venue_id')
      .distinct()
      .where('status', '=', 'scheduled')
      .where('day', '>=', today)
      .where('day', '<=', monthAhead)
      .execute()
    const covered = new Set(withSlot.map((r) => r.venue_id))
    expect(stations.length).toBe(13)
    expect(stations.filter((v) => !covered.has(v.id))).toEqual([])
  })

  it("enters the deputies' trainings, proposals and activities of 2022, one of each for the demo deputy", async () => {
    const db = handle.db
    const byKind = await db
      .selectFrom('deputy_record_entries')
      .select(['kind', db.fn.countAll<string>().as('n')])
      .where('day', '>=', '2022-01-01')
      .where('day', '<=', '2022-12-31')
      .groupBy('kind')
      .execute()
    const counts = Object.fromEntries(byKind.map((r) => [r.kind, Number(r.n)]))
    const deputies = await db
      .selectFrom('deputies')
      .select(db.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
    expect(counts.training).toBeGreaterThanOrEqual(Number(deputies.n) * 0.8)
    expect(counts.proposal).toBeGreaterThan(10)
    expect(counts.activity).toBeGreaterThan(10)
    const own = await db
      .selectFrom('deputy_record_entries as e')
      .innerJoin('users as u', 'u.deputy_id', 'e.deputy_id')
      .select('e.kind')
      .distinct()
      .where('u.username', '=', 'deputy')
      .orderBy('e.kind')
      .execute()
    expect(own.map((r) => r.kind)).toEqual(['activity', 'proposal', 'training'])
  })
})
