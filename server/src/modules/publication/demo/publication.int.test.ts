import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoCipher, DEMO_NOW as NOW, openDemoTestDb, type TestDb } from '../../../../test/demo-template.ts'
import { findPersonalData } from '../../../platform/scrub.ts'

async function rows<T>(h: TestDb, text: string): Promise<T[]> {
  return (await sql.raw<T>(text).execute(h.db)).rows
}

/** The demo's published answers: consenting items only, scrubbed by the real scrubber, history and live. */
describe('demo published answers', () => {
  let h: TestDb
  beforeAll(async () => {
    ;({ handle: h } = await openDemoTestDb())
  }, 300_000)
  afterAll(async () => h?.dispose())

  it('has about three in ten citizens consenting, and publishes only consenting, accepted, unmerged items', async () => {
    const [c] = await rows<{ share: number; strangers: number; history: number; live: number; open: number }>(
      h,
      `SELECT (SELECT avg(publish_consent::int)::float FROM suggestions WHERE channel IN ('online', 'station', 'mobile')) AS share,
              count(*) FILTER (WHERE NOT s.publish_consent OR s.merged_into_id IS NOT NULL
                                 OR s.status IN ('submitted', 'rejected'))::int AS strangers,
              count(*) FILTER (WHERE s.received_at < '2023-01-01T00:00:00+08:00' AND p.answer IS NOT NULL)::int AS history,
              count(*) FILTER (WHERE s.received_at >= '2023-01-01T00:00:00+08:00')::int AS live,
              count(*) FILTER (WHERE p.answer IS NULL)::int AS open
         FROM suggestion_publications p JOIN suggestions s ON s.id = p.suggestion_id`,
    )
    expect(c!.share).toBeGreaterThan(0.25)
    expect(c!.share).toBeLessThan(0.35)
    expect(c!.strangers).toBe(0)
    expect(c!.history).toBeGreaterThan(300)
    expect(c!.live).toBeGreaterThan(5)
    expect(c!.open).toBeGreaterThan(0)
  })

  it('leaves no personal data the scrubber finds in what is published, and shows some placeholders', async () => {
    const published = await rows<{ question: string; answer: string | null; name: string | null; at: Date }>(
      h,
      `SELECT p.question, p.answer, s.contact_name_enc AS name, p.published_at AS at
         FROM suggestion_publications p JOIN suggestions s ON s.id = p.suggestion_id`,
    )
    let hidden = 0
    for (const p of published) {
      const knownNames = p.name ? [demoCipher.decrypt(p.name)] : []
      for (const text of [p.question, p.answer ?? '']) {
        expect(findPersonalData(text, { knownNames }), text).toEqual([])
        for (const name of knownNames) expect(text).not.toContain(name)
        if (/【(电话|姓名)已隐去】/.test(text)) hidden++
      }
      expect(new Date(p.at).getTime()).toBeLessThanOrEqual(NOW.getTime())
    }
    expect(hidden).toBeGreaterThan(10)
  })
})
