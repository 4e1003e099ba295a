import type { DemoStep } from '../../demo/world.ts'
import { stableId } from '../../demo/world.ts'
import { maskPhone } from '../../platform/crypto.ts'
import { insertDemoSubscriptions } from './repo.ts'

/**
 * A few citizens of the demo county follow their town or a category (关注), with seeded fake numbers like the
 * demo's other citizens, confirmed a month before today.
 */
const CATEGORIES = ['traffic', 'environment', 'municipal']

export const subscriptionsStep: DemoStep = {
  name: 'subscriptions',
  async run({ db, rng, world, cipher, now, counts }) {
    const confirmedAt = new Date(now.getTime() - 30 * 86_400_000)
    const rows: {
      id: string
      targetType: 'town' | 'category'
      targetId: string
      phone: string
      confirmedAt: Date
    }[] = []
    const fakePhone = () => `13${rng.int(5, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`
    world.towns.slice(0, 6).forEach((town) => {
      const phone = fakePhone()
      const id = stableId(world.countyCode, 'subscriptions', `town-${town.code}`)
      rows.push({ id, targetType: 'town', targetId: town.code, phone, confirmedAt })
    })
    for (const category of CATEGORIES) {
      const phone = fakePhone()
      const id = stableId(world.countyCode, 'subscriptions', `category-${category}`)
      rows.push({ id, targetType: 'category', targetId: category, phone, confirmedAt })
    }
    await insertDemoSubscriptions(
      db,
      rows.map(({ phone, ...r }) => ({
        ...r,
        phoneEnc: cipher.encrypt(phone),
        phoneHash: cipher.lookupHash(phone),
        phoneMasked: maskPhone(phone),
        tokenHashOf: (id: string) => cipher.lookupHash(`subscription-unsubscribe:${id}`),
        countyCode: world.countyCode,
      })),
    )
    counts.subscriptions = (counts.subscriptions ?? 0) + rows.length
  },
}
