import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { expect, request, test } from '@playwright/test'
import { DEMO_PASSWORD, DESK, fits, open, PHONE, SHOTS, SLOW, shoot, signIn } from './helpers'

// Mobile rounds and reception records on a phone with no signal: the deputy records a reception at a stop of
// their round offline, reloads, comes back online, and every visitor's issue arrives exactly once.
test.describe.configure({ mode: 'serial' })
test.setTimeout(180_000)

const TAG = randomUUID().slice(0, 8)

/** A signed-in API session of a demo account (its own cookies), with its CSRF token. */
async function session(baseURL: string, username: string) {
  const ctx = await request.newContext({ baseURL })
  const login = await ctx.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } })
  expect(login.status(), await login.text()).toBe(200)
  const { csrfToken, user } = await login.json()
  const headers = { 'x-csrf-token': csrfToken as string }
  return {
    ctx,
    user: user as { id: string; deputyId: string | null; roles: { regionCode: string | null }[] },
    get: async (url: string) => {
      const res = await ctx.get(url)
      expect(res.status(), `${url}: ${await res.text()}`).toBe(200)
      return res.json()
    },
    post: (url: string, data: unknown) => ctx.post(url, { data, headers }),
  }
}
type Session = Awaited<ReturnType<typeof session>>

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()) // YYYY-MM-DD

let town: Session
let deputy: Session
let admin: Session
let roundId: string

test.beforeAll(async ({ baseURL }) => {
  town = await session(baseURL!, 'town')
  deputy = await session(baseURL!, 'deputy')
  admin = await session(baseURL!, 'admin')
  const townCode = town.user.roles[0]!.regionCode!
  const villages = await town.get(`/api/regions?level=village&parentCode=${townCode}&limit=2&offset=0`)
  const [a, b] = villages.items as { code: string }[]
  const res = await town.post('/api/rounds', {
    townCode,
    title: `流动巡诊进村入企 ${TAG}`,
    day: today(),
    deputyIds: [deputy.user.deputyId],
    stops: [
      { kind: 'village', name: '村文化礼堂', regionCode: a!.code, startsAt: '00:00', endsAt: '00:30' },
      {
        kind: 'enterprise',
        name: '工业园服务中心',
        regionCode: (b ?? a)!.code,
        startsAt: '00:40',
        endsAt: '01:00',
      },
    ],
  })
  expect(res.status(), await res.text()).toBe(201)
  roundId = (await res.json()).id
})

test.afterAll(async () => {
  await Promise.all([town?.ctx.dispose(), deputy?.ctx.dispose(), admin?.ctx.dispose()])
})

test('a deputy records a round offline on a phone; every issue arrives exactly once', async ({ browser }) => {
  const page = await open(browser, PHONE)
  const context = page.context()
  await signIn(page, 'deputy')
  // The deputy's workspace shows the round of today; it opens the round's page.
  await page.goto('/console/workspace')
  await page
    .getByTestId('workspace-rounds')
    .getByRole('link', { name: new RegExp(TAG) })
    .click()
  await expect(page.getByTestId('round-stop')).toHaveCount(2, SLOW)
  // The service worker is installed (with the console's files) and controls the page: reload once online so
  // that the answers the page needs are kept for when there is no signal.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await expect(page.getByTestId('round-stop')).toHaveCount(2, SLOW)
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true)

  await context.setOffline(true)
  const stop = page.getByTestId('round-stop').first()
  await stop.getByRole('button', { name: '到点签到' }).click()
  await expect(stop).toContainText('已签到（待同步）')
  await expect(page.getByTestId('offline-banner')).toBeVisible()
  await shoot(page, 'recording-round-offline-390')
  await stop.getByRole('button', { name: '在此记录接待' }).click()
  await page.getByRole('button', { name: '开始记录' }).click()
  await expect(page.getByTestId('visitor-form')).toBeVisible()
  const receptionId = page.url().split('/').pop()!

  // One visitor with two issues.
  await page.getByRole('button', { name: '＋ 添加问题' }).click()
  await page.getByLabel('问题 1 内容').fill(`村口路灯不亮 ${TAG}`)
  await page.getByRole('button', { name: '＋ 添加问题' }).click()
  await page.getByLabel('问题 2 内容').fill(`垃圾清运不及时 ${TAG}`)
  await page.getByLabel('姓名（选填）').fill('王大伯')
  await page.getByRole('button', { name: '保存并记录下一位' }).click()
  await expect(page.getByTestId('visitor-row')).toHaveCount(1)
  // A group of twelve villagers, one issue answered on the spot.
  await page.getByRole('button', { name: '10 人' }).click()
  await page.getByRole('button', { name: '增加人数' }).click()
  await page.getByRole('button', { name: '增加人数' }).click()
  await expect(page.getByRole('spinbutton', { name: '人数' })).toHaveValue('12')
  await page.getByRole('button', { name: '＋ 添加问题' }).click()
  await page.getByLabel('问题 1 内容').fill(`医保缴费怎么办理 ${TAG}`)
  await page.getByLabel('问题 1 当场答复').click()
  await page.getByLabel('问题 1 答复').fill('可在村便民服务点或手机上缴费，已当场演示。')
  await page.getByRole('button', { name: '保存并记录下一位' }).click()
  await expect(page.getByTestId('visitor-row')).toHaveCount(2)
  // One visitor with no issue.
  await page.getByRole('button', { name: '保存并记录下一位' }).click()
  await expect(page.getByTestId('visitor-row')).toHaveCount(3)
  await expect(page.getByTestId('people-total')).toHaveText('14')
  await expect(page.getByTestId('issue-total')).toHaveText('3')
  await expect(page.getByTestId('visitor-state')).toHaveText(['待同步', '待同步', '待同步'])
  await expect(page.getByTestId('pending-count')).toContainText('待同步')
  await expect(page.getByTestId('offline-banner')).toContainText('离线 — 记录已保存在本机，联网后自动同步')
  await fits(page, 390, 'the recording screen')
  await shoot(page, 'recording-offline-390')

  // Reloaded with no network: the screen loads (service worker) and the records are still there (IndexedDB).
  await page.reload()
  await expect(page.getByTestId('visitor-row')).toHaveCount(3, SLOW)
  await expect(page.getByTestId('people-total')).toHaveText('14')
  await expect(page.getByTestId('offline-banner')).toBeVisible()

  // Back online: everything syncs.
  const sent: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/api/')) sent.push(r.postData() ?? '')
  })
  await context.setOffline(false)
  await expect(page.getByTestId('visitor-state')).toHaveText(['已同步', '已同步', '已同步'], SLOW)
  await expect(page.getByTestId('offline-banner')).toHaveCount(0)

  const check = async () => {
    const reception = await deputy.get(`/api/receptions/${receptionId}`)
    expect(reception.people).toBe(14)
    expect(reception.visitors).toHaveLength(3)
    expect(reception.visitors.map((v: { headcount: number }) => v.headcount).sort()).toEqual([1, 1, 12])
    const issues = reception.visitors.flatMap(
      (v: { issues: { suggestion: { id: string } | null; disposition: string }[] }) => v.issues,
    )
    expect(issues).toHaveLength(3)
    expect(issues.every((i: { suggestion: unknown }) => i.suggestion !== null)).toBe(true)
    expect(new Set(issues.map((i: { suggestion: { id: string } }) => i.suggestion.id)).size).toBe(3)
    expect(issues.filter((i: { disposition: string }) => i.disposition === 'on_spot')).toHaveLength(1)
    // Exactly one item of the loop per issue, county-wide.
    const items = await admin.get(`/api/suggestions?q=${TAG}&limit=50&offset=0`)
    expect(items.total).toBe(3)
    return reception
  }
  await check()
  const round = await deputy.get(`/api/rounds/${roundId}`)
  expect(round.stops[0].checkedInAt).not.toBeNull()
  expect(round.stops[0].people).toBe(14)

  // Offline and online again: nothing is sent twice; and a replay of what was sent writes nothing.
  await context.setOffline(true)
  await context.setOffline(false)
  await page.reload()
  await expect(page.getByTestId('visitor-row')).toHaveCount(3, SLOW)
  const visitorPost = sent.find((b) => b.includes('"headcount":12'))
  expect(visitorPost).toBeDefined()
  const replay = await deputy.post(`/api/receptions/${receptionId}/visitors`, JSON.parse(visitorPost!))
  expect(replay.status(), await replay.text()).toBe(200)
  expect((await replay.json()).alreadyRecorded).toHaveLength(1)
  await check()
  await shoot(page, 'recording-synced-390')
  await context.close()
})

test('a session closed by someone else while the phone was offline shows a conflict', async ({ browser }) => {
  const page = await open(browser, PHONE)
  const context = page.context()
  await signIn(page, 'deputy')
  await page.goto(`/console/rounds/${roundId}`)
  const stop = page.getByTestId('round-stop').nth(1)
  await stop.getByRole('button', { name: '在此记录接待' }).click()
  await page.getByRole('button', { name: '开始记录' }).click()
  await page.getByRole('button', { name: '保存并记录下一位' }).click()
  await expect(page.getByTestId('visitor-state')).toHaveText(['已同步'], SLOW)
  const receptionId = page.url().split('/').pop()!

  await context.setOffline(true)
  await page.getByRole('button', { name: '5 人' }).click()
  await page.getByRole('button', { name: '保存并记录下一位' }).click()
  await expect(page.getByTestId('visitor-state')).toHaveText(['待同步', '已同步'])
  const closed = await town.post(`/api/receptions/${receptionId}/close`, {})
  expect(closed.status(), await closed.text()).toBe(200)
  await context.setOffline(false)
  const conflict = page.getByTestId('sync-conflict')
  await expect(conflict).toBeVisible(SLOW)
  await expect(page.getByTestId('visitor-state')).toHaveText(['冲突', '已同步'])
  await shoot(page, 'recording-conflict-390')
  // The user drops this phone's copy: the conflict goes, the server's record is unchanged.
  await conflict.getByRole('button', { name: '放弃本机记录' }).click()
  await expect(conflict).toHaveCount(0)
  await expect(page.getByTestId('visitor-row')).toHaveCount(1)
  expect((await deputy.get(`/api/receptions/${receptionId}`)).people).toBe(1)
  // Reopened with the reason, the record takes visitors again.
  await page.getByRole('button', { name: '重新打开以补录' }).click()
  await page.getByLabel('重新打开的原因').fill('漏登一位群众')
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定/ })
    .click()
  await expect(page.getByTestId('visitor-form')).toBeVisible(SLOW)
  await page.getByRole('button', { name: '保存并记录下一位' }).click()
  await expect(page.getByTestId('visitor-state')).toHaveText(['已同步', '已同步'], SLOW)
  expect((await deputy.get(`/api/receptions/${receptionId}`)).people).toBe(2)
  await context.close()
})

test('the round, the reception list and the public duty calendar on a phone and a desktop', async ({
  browser,
}) => {
  for (const [size, width] of [
    [PHONE, 390],
    [DESK, 1440],
  ] as const) {
    const page = await open(browser, size)
    await signIn(page, 'town')
    await page.goto(`/console/rounds/${roundId}`)
    await expect(page.getByTestId('round-stop').first()).toContainText('已签到', SLOW)
    await fits(page, width, 'the round page')
    await shoot(page, `recording-round-${width}`)
    await page.goto('/console/receptions')
    await expect(page.getByTestId('reception-card').first()).toBeVisible(SLOW)
    await fits(page, width, 'the reception list')
    await shoot(page, `recording-receptions-${width}`)
    if (width === 1440) {
      // The recording screen on a desktop, offline with a visitor waiting.
      await page.getByTestId('reception-card').filter({ hasText: '接待中' }).first().click()
      await expect(page.getByTestId('visitor-form')).toBeVisible(SLOW)
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready
      })
      await page.reload()
      await expect(page.getByTestId('visitor-row').first()).toBeVisible(SLOW)
      const before = await page.getByTestId('visitor-row').count()
      await page.context().setOffline(true)
      await page.getByRole('button', { name: '2 人' }).click()
      await page.getByRole('button', { name: '保存并记录下一位' }).click()
      await expect(page.getByTestId('visitor-row')).toHaveCount(before + 1)
      await expect(page.getByTestId('visitor-state').first()).toHaveText('待同步')
      await expect(page.getByTestId('offline-banner')).toBeVisible()
      await fits(page, width, 'the recording screen')
      await shoot(page, `recording-offline-${width}`)
      await page.context().setOffline(false)
      await expect(page.getByTestId('visitor-state').first()).toHaveText('已同步', SLOW)
    }
    await page.goto('/console/rounds')
    await expect(page.getByTestId('round-card').first()).toBeVisible(SLOW)
    await shoot(page, `recording-rounds-${width}`)
    await page.goto('/console/rounds/new')
    await expect(page.getByText('第 1 站')).toBeVisible(SLOW)
    await fits(page, width, 'the round plan form')
    await shoot(page, `recording-round-plan-${width}`)
    await page.context().close()

    const citizen = await open(browser, size)
    await citizen.goto('/duty')
    const round = citizen.getByTestId('duty-round').filter({ hasText: TAG })
    await expect(round).toBeVisible(SLOW)
    await expect(round).toContainText('村文化礼堂')
    await expect(round).toContainText('00:00–00:30')
    await fits(citizen, width, 'the public duty calendar')
    // Four weeks of sessions make a long page: the screen around today's round.
    await citizen.evaluate(() => window.scrollTo(0, 0))
    await citizen.screenshot({ path: path.join(SHOTS, `recording-duty-public-${width}.png`) })
    await citizen.context().close()
  }
})

test('station staff record a reception at their own station from a phone', async ({ browser }) => {
  const page = await open(browser, PHONE)
  await signIn(page, 'station')
  await page.goto('/console/receptions')
  await page.getByRole('button', { name: '开始接待' }).click()
  await expect(page.getByRole('heading', { name: '开始接待' })).toBeVisible()
  // Their own station is chosen; today's duty preselects its deputies, or they choose who is present.
  await expect(page.getByLabel('联络阵地')).toBeVisible()
  const slot = page.getByRole('radio').first()
  if (await slot.count()) await slot.check()
  const start = page.getByRole('button', { name: '开始记录' })
  if (await start.isDisabled()) {
    await page.getByLabel('其他到场代表').click()
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click()
    await page.keyboard.press('Escape')
  }
  await shoot(page, 'recording-station-start-390')
  await start.click()
  await page.getByRole('button', { name: '＋ 添加问题' }).click()
  await page.getByLabel('问题 1 内容').fill(`联络站门前停车难 ${TAG}`)
  await page.getByLabel('手机号（选填）').fill('13800001234')
  await page.getByRole('button', { name: '保存并记录下一位' }).click()
  await expect(page.getByTestId('visitor-state')).toHaveText(['已同步'], SLOW)
  // The phone keeps only the masked number once the server has it.
  await expect(page.getByTestId('visitor-row')).not.toContainText('13800001234')
  const receptionId = page.url().split('/').pop()!
  const reception = await town.get(`/api/receptions/${receptionId}`)
  expect(reception.kind).toBe('station')
  expect(reception.people).toBe(1)
  expect(reception.visitors[0].issues[0].suggestion).not.toBeNull()
  await page.context().close()
})
