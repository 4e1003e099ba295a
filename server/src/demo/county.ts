import type { Db } from '../db/index.ts'
import { MODULES } from '../modules/index.ts'
import type { PersonalDataCipher } from '../platform/crypto.ts'
import { hashPassword } from '../platform/passwords.ts'
import { accountsStep } from './accounts.ts'
import { deputiesStep } from './deputies.ts'
import { gridsStep, regionsStep } from './geography.ts'
import { groupsStep } from './groups.ts'
import { Random } from './random.ts'
import { unitsStep } from './units.ts'
import { venuesStep } from './venues.ts'
import type { DemoAccount, DemoContext, DemoStep, DemoWorld } from './world.ts'

export const DEFAULT_COUNTY_CODE = '330521000000'
/** The fixed seed: same seed, same county, row for row. */
export const DEMO_SEED = 'lianxin-deqing-2022'

/**
 * The steps, in order: the county's reference data, then each module's own (its manifest's `demo`, in module
 * order: the suggestions of 2021–2022 and the live ones, later projects and their 208 sites, integrity points,
 * mediation). Each gets its own random stream (forked by step name), so a new step leaves the rows of the
 * earlier steps unchanged.
 */
export const DEMO_STEPS: readonly DemoStep[] = [
  regionsStep,
  gridsStep,
  venuesStep,
  unitsStep,
  deputiesStep,
  groupsStep,
  accountsStep,
  ...MODULES.flatMap((m) => m.demo ?? []),
]

export interface DemoSummary {
  countyCode: string
  seed: string
  /** Rows inserted per table. */
  counts: Record<string, number>
  accounts: DemoAccount[]
  /** Wall time of the whole generation (password hashing included), in milliseconds. */
  durationMs: number
}

export interface GenerateDemoOptions {
  /** The password of every demo account. */
  password: string
  cipher: PersonalDataCipher
  countyCode?: string
  /** Overrides DEMO_SEED (tests only: the published figures hold for the default seed). */
  seed?: string
  /** "Today" for the live suggestions (default: the current time); the same seed and now give the same rows. */
  now?: Date
}

export function emptyWorld(countyCode: string): DemoWorld {
  return {
    countyCode,
    county: {
      code: countyCode,
      name: '',
      nameEn: '',
      level: 'county',
      kind: '县',
      parentCode: null,
      path: countyCode,
      lat: 0,
      lng: 0,
      townCode: null,
    },
    towns: [],
    regions: new Map(),
    grids: [],
    venues: [],
    stationByTown: new Map(),
    platformTypes: [],
    units: [],
    deputies: [],
    groups: [],
    accounts: [],
  }
}

/**
 * Fills an empty database with the Deqing-like demo county, in one transaction: regions, grids, venues,
 * handling units, deputies with memberships, groups, and one sign-in per role. Deterministic for a seed.
 */
export async function generateDemoCounty(db: Db, opts: GenerateDemoOptions): Promise<DemoSummary> {
  const started = performance.now()
  const countyCode = opts.countyCode ?? DEFAULT_COUNTY_CODE
  if (!/^[0-9]{6}000000$/.test(countyCode)) throw new Error(`not a county code: ${countyCode}`)
  const seed = opts.seed ?? DEMO_SEED
  // argon2id is slow on purpose: hash once, every demo account shares the password.
  const passwordHash = await hashPassword(opts.password)
  const root = new Random(`${seed}/${countyCode}`)
  const world = emptyWorld(countyCode)
  const counts: Record<string, number> = {}
  const now = opts.now ?? new Date()

  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('regions')
      .select('code')
      .where('code', '=', countyCode)
      .executeTakeFirst()
    if (existing) throw new Error(`the county ${countyCode} is already in the database`)
    for (const step of DEMO_STEPS) {
      const ctx: DemoContext = {
        db: trx,
        rng: root.fork(step.name),
        world,
        cipher: opts.cipher,
        passwordHash,
        now,
        counts,
      }
      await step.run(ctx)
    }
  })

  return {
    countyCode,
    seed,
    counts,
    accounts: world.accounts,
    durationMs: Math.round(performance.now() - started),
  }
}
