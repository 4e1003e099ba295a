import { firmName } from './geography.ts'
import { CONCERNS, COOPERATIVE_CROPS, FIRM_BRANDS, GIVEN_FEMALE, GIVEN_MALE, SURNAMES } from './names.ts'
import type { Random } from './random.ts'
import { COUNTY_DEPARTMENTS } from './units.ts'
import type { DemoMembership, DemoRegion, DemoTown } from './world.ts'

/** The deputies as people: invented names, phones, workplaces and short biographies. */

// biome-ignore format: a data table reads better compact
export const MOBILE_PREFIXES = [
  '133', '135', '137', '138', '139', '150', '151', '152', '157', '158', '159', '177', '180', '181', '187',
  '188', '189', '199',
]

export function inventName(rng: Random, gender: 'male' | 'female', used: Set<string>): string {
  const chars = gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE
  for (let attempt = 0; attempt < 200; attempt++) {
    const surname = rng.weighted(SURNAMES)
    const first = rng.pick(chars)
    const given = rng.chance(0.82) ? `${first}${rng.pick(chars)}` : first
    if (given.length === 2 && given[0] === given[1] && !rng.chance(0.3)) continue
    const name = `${surname}${given}`
    if (used.has(name)) continue
    used.add(name)
    return name
  }
  throw new Error('could not invent a unique name')
}

export interface Work {
  occupation: string
  organisation: string
}

export function inventWork(rng: Random, town: DemoTown, village: DemoRegion): Work {
  const isCommunity = village.kind === '社区'
  const category = rng.weighted<string>([
    ['grassroots', 26],
    ['firm', 26],
    ['farm', town.isSubdistrict ? 6 : 14],
    ['school', 8],
    ['health', 8],
    ['official', 12],
    ['business', town.short === '莫干山' ? 12 : 6],
    ['social', 4],
    ['lawyer', 2],
  ])
  switch (category) {
    case 'grassroots':
      return rng.pick([
        { occupation: '党委书记', organisation: `${village.name}党委` },
        { occupation: '党委副书记', organisation: `${village.name}党委` },
        { occupation: '主任', organisation: `${village.name}${isCommunity ? '居民委员会' : '村民委员会'}` },
        {
          occupation: '主任',
          organisation: `${village.name}${isCommunity ? '居务监督委员会' : '村务监督委员会'}`,
        },
      ])
    case 'firm':
      return {
        occupation: rng.pick([
          '董事长',
          '总经理',
          '副总经理',
          '车间主任',
          '技术员',
          '工程师',
          '销售经理',
          '一线职工',
          '班组长',
        ]),
        organisation: firmName(rng),
      }
    case 'farm':
      return rng.chance(0.6)
        ? {
            occupation: '专业合作社理事长',
            organisation: `德清县${village.name}${rng.pick(COOPERATIVE_CROPS)}专业合作社`,
          }
        : {
            occupation: rng.pick(['家庭农场主', '种养大户']),
            organisation: `德清县${town.short}${rng.pick(COOPERATIVE_CROPS)}家庭农场`,
          }
    case 'school':
      return {
        occupation: rng.pick(['教师', '教师', '校长', '副校长', '教导主任']),
        organisation: `德清县${town.short}${rng.pick(['中心小学', '初级中学', '中心幼儿园', '第二小学'])}`,
      }
    case 'health':
      return rng.chance(0.3)
        ? {
            occupation: rng.pick(['主治医师', '护士长', '副主任医师']),
            organisation: rng.pick(['德清县人民医院', '德清县中医院', '德清县妇幼保健院']),
          }
        : {
            occupation: rng.pick(['全科医生', '护士', '院长', '乡村医生']),
            organisation: town.isSubdistrict ? `${town.name}社区卫生服务中心` : `德清县${town.short}镇卫生院`,
          }
    case 'official':
      return rng.chance(0.5)
        ? {
            occupation: rng.pick(['机关干部', '科长', '副局长']),
            organisation: rng.pick(COUNTY_DEPARTMENTS).replace(/^县/, '德清县'),
          }
        : {
            occupation: rng.pick(['机关干部', '办公室主任', '人大工作人员']),
            organisation: town.isSubdistrict ? `${town.name}办事处` : `${town.name}人民政府`,
          }
    case 'business':
      return {
        occupation: rng.pick(['个体工商户', '民宿业主', '电商创业者', '农家乐经营者']),
        organisation: `${town.short}${rng.pick(['云', '山', '溪', '竹', '禾', '栖'])}${rng.pick(['居', '舍', '庐', '里', '园'])}${rng.pick(['民宿', '农家乐', '茶馆', '土特产商行'])}`,
      }
    case 'social':
      return {
        occupation: rng.pick(['社会工作者', '志愿服务队队长']),
        organisation: `${village.name}社会工作站`,
      }
    default:
      return { occupation: '律师', organisation: `浙江${rng.pick(FIRM_BRANDS)}律师事务所` }
  }
}

const LEVEL_TITLE: Record<DemoMembership['level'], string> = {
  national: '全国人大',
  provincial: '省人大',
  city: '市人大',
  county: '县人大',
  town: '镇人大',
}

export function inventBio(
  rng: Random,
  birthYear: number,
  party: string,
  work: Work,
  memberships: DemoMembership[],
): string {
  const [c1, c2] = rng.sample(CONCERNS, 2)
  const levels = memberships.map((m) => LEVEL_TITLE[m.level]).join('、')
  const tail = rng.pick([
    '坚持每月到联络站接待群众。',
    '积极收集反映群众意见建议。',
    '多次领衔提出代表建议。',
    '热心参与网格走访和矛盾调解。',
    '带头参与民生实事项目监督。',
  ])
  const partyText = party === '群众' ? '' : `${party}，`
  return `${birthYear}年生，${partyText}${work.organisation}${work.occupation}，${levels}代表。关注${c1}、${c2}等问题，${tail}`
}
