import type { DemoStep } from '../../demo/world.ts'
import { insertSupports, SUPPORTABLE } from './repo.ts'

/**
 * The demo's supports (附议): on the published items still being handled — this year's and the 2022 history's —
 * a seeded number of citizens each, spread between publication and today. Items without a publication row get
 * none, so the step adds nothing until the published answers exist (their step runs first).
 */
export const supportsStep: DemoStep = {
  name: 'supports',
  async run({ db, rng, world, cipher, now, counts }) {
    // The county's year (China Standard Time), whatever the server's zone.
    const cst = (d: Date) => new Date(d.getTime() + 8 * 3600_000).getUTCFullYear()
    const year = cst(now)
    const items = await db
      .selectFrom('suggestion_publications as p')
      .innerJoin('suggestions as s', 's.id', 'p.suggestion_id')
      .select(['s.id', 's.status', 'p.published_at'])
      .where('p.status', '=', 'published')
      .where('s.county_code', '=', world.countyCode)
      .where('s.merged_into_id', 'is', null)
      .where('s.status', 'in', [...SUPPORTABLE])
      .where('p.published_at', '>=', new Date(Date.UTC(2022, 0, 1)))
      .orderBy('s.id')
      .execute()
    const rows: Parameters<typeof insertSupports>[1] = []
    for (const item of items) {
      const published = new Date(item.published_at)
      const publishedYear = cst(published)
      if (publishedYear !== year && publishedYear !== 2022) continue
      const end = Math.min(now.getTime(), published.getTime() + 60 * 86_400_000)
      // Most items gather a few supports; one in eight draws a crowd past the default threshold.
      const n = rng.chance(0.125) ? rng.int(10, 24) : rng.int(0, 6)
      for (let i = 0; i < n; i++) {
        const at = published.getTime() + rng.next() * Math.max(0, end - published.getTime())
        rows.push({
          suggestionId: item.id,
          deviceHash: cipher.lookupHash(`support-device:demo-${item.id}-${i}`),
          createdAt: new Date(at),
          countyCode: world.countyCode,
        })
      }
    }
    for (let i = 0; i < rows.length; i += 500) await insertSupports(db, rows.slice(i, i + 500))
    counts.suggestion_supports = (counts.suggestion_supports ?? 0) + rows.length
  },
}
