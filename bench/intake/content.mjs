/**
 * Realistic public submissions, generated deterministically (seeded) and serialised ahead of the run so the
 * load generator spends no CPU building bodies: varied Chinese content from one sentence (≈ 15 characters) to
 * a long complaint (≈ 400), about 30 % with a mobile number, most with a village code, some with a venue.
 */

/** mulberry32: small, fast, deterministic. */
export function seeded(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PLACES = [
  '村口的',
  '我们小区门口的',
  '老街菜市场旁边的',
  '中心小学门口的',
  '村委会对面的',
  '104国道路口的',
  '镇卫生院附近的',
  '文化礼堂后面的',
  '新建安置小区里的',
  '河边游步道上的',
  '公交站台旁的',
  '农贸市场东侧的',
]
const PROBLEMS = [
  '路灯已经坏了一个多月，晚上一片漆黑，老人孩子出行很不安全。',
  '道路坑洼不平，下雨天积水严重，电瓶车经常打滑摔倒。',
  '垃圾桶满了没人清运，夏天气味很大，还招来很多苍蝇。',
  '早晚高峰车辆乱停乱放，把人行道都占满了，学生只能走机动车道。',
  '排水沟堵塞多年，每逢大雨就倒灌进附近村民家里。',
  '广场舞音响声音太大，一直持续到晚上十点以后，影响休息。',
  '自来水水压不足，住在高层的居民经常停水。',
  '公交车班次太少，一个小时才一班，老年人去县城看病很不方便。',
  '河道里漂浮着大量生活垃圾，水质发黑发臭。',
  '小区电动车充电桩数量不够，很多人从楼上拉电线充电，存在火灾隐患。',
  '农田灌溉渠年久失修，渗漏严重，今年春耕受到影响。',
  '健身器材损坏后一直没有维修，有安全隐患。',
  '学校附近的小摊贩售卖三无食品，家长们很担心。',
  '企业夜间施工噪音很大，周边居民投诉多次没有结果。',
  '村里老年食堂只开放中午，希望能增加晚餐供应。',
]
const DETAILS = [
  '这个问题已经向村里反映过好几次了。',
  '附近住着不少独居老人，他们行动不便。',
  '上周还有一位老人在这里摔伤了腿。',
  '周边群众意见比较大，大家都希望尽快解决。',
  '据说是因为资金没有落实，所以一直拖着。',
  '我们也愿意配合，出工出力都可以。',
  '去年也出现过同样的情况，后来没有彻底整改。',
  '现在正是雨季，情况越来越严重。',
  '有的村民已经打过12345热线，但还没有答复。',
  '希望相关部门能实地来看一看。',
]
const ASKS = [
  '恳请人大代表帮忙协调解决。',
  '希望有关部门尽快派人维修。',
  '建议增加巡查频次，落实长效管理。',
  '请相关部门给我们一个答复。',
  '希望能纳入今年的民生实事项目。',
  '建议召开一次村民议事会商量解决办法。',
]

const VENUE_SHARE = 0.1
const COUNTY_ONLY_SHARE = 0.05
const PHONE_SHARE = 0.3

export function makeContent(rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)]
  const size = rnd()
  if (size < 0.15) return `${pick(PLACES)}${pick(PROBLEMS)}`.slice(0, 18 + Math.floor(rnd() * 10))
  let text = `${pick(PLACES)}${pick(PROBLEMS)}`
  const details = size < 0.6 ? 1 : size < 0.9 ? 3 : 8
  for (let i = 0; i < details; i++)
    text += rnd() < 0.5 ? pick(DETAILS) : `另外，${pick(PLACES)}${pick(PROBLEMS)}`
  return text + pick(ASKS)
}

/**
 * `count` serialised bodies. `villages` and `venues` come from the bench database; stats describe the mix.
 */
export function makeBodies(count, { villages, venues, seed = 20261126 }) {
  const rnd = seeded(seed)
  const bodies = []
  const stats = { count, withPhone: 0, withVenue: 0, countyOnly: 0, chars: [] }
  for (let i = 0; i < count; i++) {
    const body = { content: makeContent(rnd), consent: true }
    const where = rnd()
    if (where < VENUE_SHARE && venues.length) {
      body.venueId = venues[Math.floor(rnd() * venues.length)]
      stats.withVenue++
    } else if (where < VENUE_SHARE + COUNTY_ONLY_SHARE) {
      stats.countyOnly++
    } else {
      body.regionCode = villages[Math.floor(rnd() * villages.length)]
    }
    if (rnd() < PHONE_SHARE) {
      body.contact = {
        phone: `1${3 + Math.floor(rnd() * 7)}${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`,
      }
      stats.withPhone++
    }
    stats.chars.push([...body.content].length)
    bodies.push(JSON.stringify(body))
  }
  const sorted = stats.chars.sort((a, b) => a - b)
  return {
    bodies,
    mix: {
      count,
      withPhone: stats.withPhone / count,
      withVenue: stats.withVenue / count,
      countyOnly: stats.countyOnly / count,
      contentChars: {
        min: sorted[0],
        p50: sorted[Math.floor(count / 2)],
        p90: sorted[Math.floor(count * 0.9)],
        max: sorted[count - 1],
      },
    },
  }
}
