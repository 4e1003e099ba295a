import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, type Page, test } from '@playwright/test'
import { type Sms, startSmsReceiver } from './sms-receiver'

// Tracking a citizen can't lose: the receipt's next steps, 我的意见 on the device, and finding one's items again
// on another phone with a code sent by SMS (to a receiver this spec runs in place of the SMS gateway).
test.describe.configure({ mode: 'serial' })
test.setTimeout(180_000)

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
const DESK = { width: 1440, height: 900 }
const SLOW = { timeout: 30_000 }
const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots')

let receiver: Awaited<ReturnType<typeof startSmsReceiver>>
test.beforeAll(async () => {
  receiver = await startSmsReceiver()
})
test.afterAll(async () => {
  await receiver?.close()
})

/** The county's clock in the words the page uses (zh-CN, Asia/Shanghai): "2026/12/07" and "17:00". */
function countyParts(iso: string) {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  )
  return { day: `${p.year}/${p.month}/${p.day}`, time: `${p.hour}:${p.minute}` }
}

async function noSideways(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width, 'no horizontal scroll').toBeLessThanOrEqual(page.viewportSize()!.width)
}

async function shoot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: path.join(SHOTS, `${name}-390.png`), fullPage: true })
  const phone = page.viewportSize()!
  await page.setViewportSize(DESK)
  await noSideways(page)
  await page.screenshot({ path: path.join(SHOTS, `${name}-1440.png`), fullPage: true })
  await page.setViewportSize(phone)
}

test('a citizen keeps track of an item: receipt, 我的意见, and recovery by phone on another device', async ({
  browser,
  request,
}) => {
  const stamp = Date.now().toString(36)
  const phoneNumber = `139${String(Date.now()).slice(-8)}`
  const content = `新安镇文化礼堂门口的台阶破损，下雨天容易滑倒，希望尽快修补并加装扶手。（${stamp}）`
  const venues = await request.get('/api/public/venues?kind=station&limit=50')
  const station = ((await venues.json()) as { items: { id: string }[] }).items[0]
  expect(station, 'a demo liaison station').toBeTruthy()

  // ── Submit on the first phone. ──
  const first = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await first.newPage()
  await page.goto(`/suggest?venueId=${station!.id}`)
  await expect(page.getByRole('heading', { name: '提意见建议' })).toBeVisible(SLOW)
  await page.getByLabel('意见建议内容').fill(content)
  const category = page.getByLabel('类别')
  await expect(category.locator('option')).not.toHaveCount(1, SLOW)
  await category.selectOption({ index: 1 })
  await page.getByLabel('姓名', { exact: true }).fill('赵敏')
  await page.getByLabel('手机号码').fill(phoneNumber)
  await page.getByLabel('我已阅读并同意上述个人信息保护告知').check()
  await page.getByRole('button', { name: '提交' }).click()

  // ── The receipt: the code, the whole link, what happens next from the server's clocks. ──
  await expect(page.getByRole('heading', { name: '提交成功' })).toBeVisible(SLOW)
  const code = ((await page.getByTestId('tracking-code').textContent()) ?? '').trim()
  const link = ((await page.getByTestId('tracking-link').textContent()) ?? '').trim()
  expect(link).toContain(`/track/${code}#key=`)
  const key = decodeURIComponent(link.split('#key=')[1]!)
  const tracked = await request.get(`/api/public/suggestions/${code}`, { headers: { 'x-access-token': key } })
  const { nextSteps } = (await tracked.json()) as {
    nextSteps: { acceptBy: string; answerWithinWorkingDays: number }
  }
  const acceptBy = countyParts(nextSteps.acceptBy)
  await expect(page.getByTestId('accept-by')).toContainText(acceptBy.day)
  await expect(page.getByTestId('accept-by')).toContainText(`${acceptBy.time} 前受理`)
  await expect(page.getByTestId('answer-within')).toContainText(
    `${nextSteps.answerWithinWorkingDays} 个工作日内答复`,
  )
  await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible()
  await expect(page.getByText(/token/i)).toHaveCount(0)
  // The link wraps inside the screen, and the essentials fit one phone screenshot.
  const linkBox = (await page.getByTestId('tracking-link').boundingBox())!
  expect(linkBox.x + linkBox.width).toBeLessThanOrEqual(390)
  expect(linkBox.y + linkBox.height).toBeLessThanOrEqual(844)
  await noSideways(page)
  await shoot(page, 'receipt')

  // ── 我的意见 on this device lists it. ──
  await page.getByRole('link', { name: '我的意见' }).last().click()
  await expect(page.getByRole('heading', { name: '我的意见' })).toBeVisible()
  const mine = page.getByTestId('mine-item').filter({ hasText: code })
  await expect(mine).toBeVisible()
  await expect(mine).toContainText(content.slice(0, 20))
  await noSideways(page)
  await shoot(page, 'mine')
  await mine.getByRole('link').click()
  await expect(page.getByTestId('track-status')).toHaveText('已提交', SLOW)
  await page.goto('/mine')
  await expect(page.getByTestId('mine-item').filter({ hasText: code })).toContainText('已提交')
  await first.close()

  // ── A new phone: nothing remembered; the citizen finds the item with a code sent by SMS. ──
  const second = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const other = await second.newPage()
  await other.goto('/')
  await other.getByRole('link', { name: '我的意见' }).first().click()
  await expect(other.getByTestId('mine-empty')).toBeVisible()
  await other.getByRole('link', { name: '用手机号找回我的意见' }).click()
  await expect(other.getByRole('heading', { name: '用手机号找回我的意见' })).toBeVisible()
  await other.getByLabel('手机号码').fill(phoneNumber)
  await other.getByRole('button', { name: '获取短信验证码' }).click()
  await expect(other.getByText('如果这个号码提交过意见，验证码短信已经发出')).toBeVisible(SLOW)
  let sms: Sms | undefined
  await expect
    .poll(
      () => {
        sms = receiver.messages.find((m) => m.kind === 'citizen.recovery_code' && m.phone === phoneNumber)
        return Boolean(sms)
      },
      { timeout: 30_000, message: 'the code reaches the SMS receiver' },
    )
    .toBe(true)
  const smsCode = /(\d{6})/.exec(sms!.body)![1]!
  await other.evaluate(() => window.scrollTo(0, 0))
  await other.screenshot({ path: path.join(SHOTS, 'recovery-code-390.png'), fullPage: true })
  // A wrong code is refused, in plain words, and the right one still works after it.
  await other.getByLabel('短信验证码（6 位数字）').fill(smsCode === '000000' ? '111111' : '000000')
  await other.getByRole('button', { name: '验证并查看' }).click()
  await expect(other.getByRole('alert')).toContainText('验证码不正确')
  await other.getByLabel('短信验证码（6 位数字）').fill(smsCode)
  await other.getByRole('button', { name: '验证并查看' }).click()
  await expect(other.getByRole('heading', { name: '找到 1 条意见' })).toBeVisible(SLOW)
  const found = other.getByTestId('recovered-item').filter({ hasText: code })
  await expect(found).toContainText('已提交')
  await noSideways(other)
  await shoot(other, 'recovery')
  await found.getByRole('link').click()
  await expect(other.getByTestId('track-status')).toHaveText('已提交', SLOW)
  await expect(other.getByText(content)).toBeVisible()
  // Remembered on this phone now, and it can be forgotten here.
  await other.goto('/mine')
  const remembered = other.getByTestId('mine-item').filter({ hasText: code })
  await expect(remembered).toBeVisible()
  await remembered.getByRole('button', { name: '从本机移除' }).click()
  await remembered.getByRole('button', { name: '移除' }).click()
  await expect(other.getByTestId('mine-empty')).toBeVisible()
  await second.close()
})
