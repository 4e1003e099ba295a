import type { Tier } from '../../../db/types.ts'
import type { DemoUnit } from '../../../demo/world.ts'
import type { Plan } from './plan.ts'
import type { Generation } from './setup.ts'

/** The tier and the handling units, by category. */
export function route(g: Generation, p: Plan, forceUnit: DemoUnit | null = null) {
  const { rng } = g
  p.fate = 'route'
  p.reopen = rng.chance(0.004)
  const cat = p.category ?? 'other'
  if (forceUnit) {
    p.tier = 'county'
    p.leadUnit = forceUnit
  } else {
    p.tier = rng.weighted<Tier>([
      ['town', 80],
      ['county', 19],
      ['proposal', 1],
    ])
  }
  if (p.tier === 'town') {
    const townUnits = g.unitsByTown.get(p.town.code)!
    const gov = townUnits.find((u) => u.kind === 'town_government')!
    const platform = rng.pick(TOWN_PLATFORM[cat])
    const lead = rng.chance(0.35) ? gov : townUnits.find((u) => u.platformType === platform)!
    p.leadUnit = lead
    const others = townUnits.filter((u) => u !== lead)
    p.coUnits = rng.sample(
      others,
      rng.weighted([
        [0, 70],
        [1, 22],
        [2, 8],
      ]),
    )
  } else {
    if (!p.leadUnit) p.leadUnit = g.unitsByName.get(rng.pick(COUNTY_UNITS[cat]))!
    const lead = p.leadUnit
    const n = rng.weighted([
      [0, 60],
      [1, 30],
      [2, 10],
    ])
    const pool = [
      ...COUNTY_UNITS[cat].map((name) => g.unitsByName.get(name)!),
      g.unitsByTown.get(p.town.code)!.find((u) => u.kind === 'town_government')!,
    ].filter((u) => u !== lead)
    p.coUnits = rng.sample(pool, n)
  }
}

// ── handling units by category ─────────────────────────────────────────────────────────────────────────────

const TOWN_PLATFORM: Record<string, readonly string[]> = {
  traffic: ['enforcement', 'command_room'],
  municipal: ['enforcement', 'command_room'],
  environment: ['enforcement'],
  construction: ['enforcement', 'service'],
  agriculture: ['service', 'command_room'],
  education: ['service'],
  health: ['service'],
  social_security: ['service'],
  governance: ['governance'],
  economy: ['market'],
  culture: ['service'],
  other: ['command_room'],
}

const COUNTY_UNITS: Record<string, readonly string[]> = {
  traffic: ['县交通运输局', '县公安局', '县综合行政执法局'],
  municipal: ['县住房和城乡建设局', '县综合行政执法局'],
  environment: ['湖州市生态环境局德清分局', '县综合行政执法局', '县水利局'],
  construction: ['县住房和城乡建设局', '县自然资源和规划局'],
  agriculture: ['县农业农村局', '县水利局'],
  education: ['县教育局'],
  health: ['县卫生健康局', '县医疗保障局'],
  social_security: ['县民政局', '县人力资源和社会保障局', '县医疗保障局'],
  governance: ['县公安局', '县司法局', '县应急管理局'],
  economy: ['县经济和信息化局', '县商务局', '县市场监督管理局'],
  culture: ['县文化和广电旅游体育局'],
  other: ['县信访局', '县数据局'],
}
