import type { Random } from '../../../demo/random.ts'
import { DEMO_UNIT_NAME } from '../../../demo/units.ts'
import type {
  DemoContext,
  DemoDeputy,
  DemoTown,
  DemoUnit,
  DemoVenue,
  DemoWorld,
} from '../../../demo/world.ts'
import { readCalendar, WorkCalendar } from '../../../platform/calendar.ts'
import { type Limits, limitsFor } from '../repo/items.ts'
import { DemoItems } from './ports.ts'

/** A demo account the histories name as an actor. */
export interface DemoUser {
  id: string
  name: string
  deputyId: string | null
}

/** What the planning and the histories share: the county built so far, the calendar, the limits, the items. */
export interface Generation {
  ctx: DemoContext
  world: DemoWorld
  /** The stream drawn from: the planning's (history, then live), then each item's own. */
  rng: Random
  /** Tracking codes draw from a stream of their own. */
  codeRng: Random
  codes: Set<string>
  cal: WorkCalendar
  /** The default time limits (the demo county has no others). */
  limits: Limits
  users: ReadonlyMap<string, DemoUser>
  deputiesByTown: ReadonlyMap<string, DemoDeputy[]>
  deputiesByVenue: ReadonlyMap<string, DemoDeputy[]>
  /** A town's government and platforms. */
  unitsByTown: ReadonlyMap<string, DemoUnit[]>
  unitsByName: ReadonlyMap<string, DemoUnit>
  /** The unit of the demo unit account (县住房和城乡建设局). */
  demoUnit: DemoUnit
  /** The town of the demo town and station accounts (武康街道), and its station. */
  wukang: DemoTown
  wukangStation: DemoVenue
  items: DemoItems
}

/** The working-day calendar with its day look-ups memoised (the generator asks about the same days many times). */
class CachedCalendar extends WorkCalendar {
  private readonly days = new Map<string, boolean>()
  override isWorkday(day: string): boolean {
    let v = this.days.get(day)
    if (v === undefined) {
      v = super.isWorkday(day)
      this.days.set(day, v)
    }
    return v
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export async function createGeneration(ctx: DemoContext): Promise<Generation> {
  const { world, db } = ctx
  const { sources, hours } = await readCalendar(db, world.countyCode)
  const cal = new CachedCalendar(sources, hours)
  const limits = await limitsFor(db, null, null)
  const users = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'deputy_id'])
    .where('county_code', '=', world.countyCode)
    .execute()
  const deputiesByTown = new Map<string, DemoDeputy[]>()
  const deputiesByVenue = new Map<string, DemoDeputy[]>()
  for (const d of world.deputies) {
    push(deputiesByTown, d.townCode, d)
    for (const v of d.venueIds) push(deputiesByVenue, v, d)
  }
  const unitsByTown = new Map<string, DemoUnit[]>()
  const unitsByName = new Map<string, DemoUnit>()
  for (const u of world.units) {
    unitsByName.set(u.name, u)
    if (u.kind === 'town_government' || u.kind === 'platform') push(unitsByTown, u.regionCode, u)
  }
  const wukang = world.towns[0]
  return {
    ctx,
    world,
    rng: ctx.rng.fork('history'),
    codeRng: ctx.rng.fork('codes'),
    codes: new Set(),
    cal,
    limits,
    users: new Map(users.map((u) => [u.username, { id: u.id, name: u.display_name, deputyId: u.deputy_id }])),
    deputiesByTown,
    deputiesByVenue,
    unitsByTown,
    unitsByName,
    demoUnit: unitsByName.get(DEMO_UNIT_NAME)!,
    wukang,
    wukangStation: world.stationByTown.get(wukang.code)!,
    items: new DemoItems(
      world.countyCode,
      cal,
      limits,
      new Map(world.units.map((u) => [u.id, { id: u.id, regionCode: u.regionCode }])),
    ),
  }
}
