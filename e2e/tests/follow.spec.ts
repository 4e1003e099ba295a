import path from 'node:path'
import { expect, type Page, request, test } from '@playwright/test'
import { DEMO_PASSWORD, PHONE, SHOTS, SLOW } from './helpers'
import { type Sms, startSmsReceiver } from './sms-receiver'

// Following a town (关注本镇) by SMS, from the home page's towns, with the code sent to a receiver this spec runs
// in place of the SMS gateway; unsubscribing from the link; and adding one's support (附议) to a published item
// still being handled — once: the second time, from another tab of the same phone, is refused in words.
test.describe.configure({ mode: 'serial' })
test.setTimeout(180_000)

const DESK = { width: 1440, height: 900 }
const WUKANG = '330521001000'

let receiver: Awaited<ReturnType<typeof startSmsReceiver>>
test.beforeAll(async () => {
  receiver = await startSmsReceiver()
})
test.afterAll(async () => {
  await receiver?.close()
})

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

test('a citizen follows a town by SMS and unsubscribes from the link', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  await page.goto('/')
  const towns = page.getByRole('group', { name: '镇（街道）' })
  await towns.getByRole('button').nth(1).click()
  await page.getByRole('link', { name: /关注本镇/ }).click()
  await expect(page.getByTestId('follow-page')).toBeVisible(SLOW)
  await noSideways(page)
  await shoot(page, 'follow-town')

  await page.getByRole('button', { name: '关注本镇', exact: true }).click()
  const phoneNumber = `137${String(Date.now()).slice(-8)}`
  await page.getByLabel('手机号码').fill(phoneNumber)
  await page.getByRole('button', { name: '获取短信验证码' }).click()
  await expect(page.getByText('验证码已发送')).toBeVisible(SLOW)
  let sms: Sms | undefined
  await expect
    .poll(
      () => {
        sms = receiver.messages.find((m) => m.kind === 'subscription.code' && m.phone === phoneNumber)
        return Boolean(sms)
      },
      { timeout: 30_000, message: 'the code reaches the SMS receiver' },
    )
    .toBe(true)
  const code = /(\d{6})/.exec(sms!.body)![1]!
  await page.screenshot({ path: path.join(SHOTS, 'follow-sheet-390.png') })
  // A wrong code is refused in plain words; the right one confirms.
  await page.getByLabel('短信验证码（6 位数字）').fill(code === '000000' ? '111111' : '000000')
  await page.getByRole('button', { name: '确认关注' }).click()
  await expect(page.getByRole('alert')).toContainText('验证码不正确')
  await page.getByLabel('短信验证码（6 位数字）').fill(code)
  await page.getByRole('button', { name: '确认关注' }).click()
  const done = page.getByTestId('follow-done')
  await expect(done).toContainText('关注成功', SLOW)
  await expect(done).toContainText(`${phoneNumber.slice(0, 3)}****${phoneNumber.slice(-4)}`)
  await page.screenshot({ path: path.join(SHOTS, 'follow-done-390.png') })

  await done.getByRole('link', { name: '退订' }).click()
  await expect(page.getByTestId('unsubscribe')).toContainText('已退订', SLOW)
  await noSideways(page)
  await shoot(page, 'follow-unsubscribe')
  await context.close()
})

test('a citizen adds support once; the second time is refused', async ({ browser, baseURL }) => {
  // A consenting citizen's item at 武康's station, accepted there and published by 武康's staff while it is still
  // being handled: what others may support.
  const tag = `${Date.now()}`.slice(-6)
  const question = `街心公园的健身器材坏了好几件（${tag}），希望尽快维修。`
  const station = await request.newContext({ baseURL })
  const signIn = await station.post('/api/auth/login', {
    data: { username: 'station', password: DEMO_PASSWORD },
  })
  expect(signIn.status()).toBe(200)
  const { csrfToken, user } = await signIn.json()
  const venueId = (user.roles as { venueId: string | null }[]).find((r) => r.venueId)?.venueId
  const submitted = await station.post('/api/public/suggestions', {
    headers: { 'idempotency-key': `support-${tag}` },
    data: { consent: true, publishConsent: true, venueId, content: question },
  })
  expect(submitted.status(), await submitted.text()).toBe(201)
  const { trackingCode } = await submitted.json()
  const itemId = (await (await station.get(`/api/suggestions?q=${trackingCode}`)).json()).items[0]
    .id as string
  const accepted = await station.post(`/api/suggestions/${itemId}/accept`, {
    data: {},
    headers: { 'x-csrf-token': csrfToken as string },
  })
  expect(accepted.status(), await accepted.text()).toBe(200)
  await station.dispose()
  const town = await request.newContext({ baseURL })
  const townLogin = await town.post('/api/auth/login', {
    data: { username: 'town', password: DEMO_PASSWORD },
  })
  const published = await town.put(`/api/suggestions/${itemId}/publication`, {
    data: { question, findings: [] },
    headers: { 'x-csrf-token': (await townLogin.json()).csrfToken as string },
  })
  expect(published.status(), await published.text()).toBe(200)
  await town.dispose()

  const context = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  // Two tabs of the same phone: the second was opened before the support was added in the first.
  const first = await context.newPage()
  const second = await context.newPage()
  await second.goto(`/follow?town=${WUKANG}`)
  await first.goto(`/follow?town=${WUKANG}`)
  await expect(first.getByTestId('follow-page')).toBeVisible(SLOW)
  const item = first.getByTestId('follow-item').filter({ hasText: tag })
  await expect(item.getByTestId('support-count')).toHaveText('0 人附议', SLOW)
  await item.getByRole('button', { name: /我也关注此事/ }).click()
  await expect(item.getByTestId('support-count')).toHaveText('1 人附议', SLOW)
  await expect(item.getByRole('button', { name: /已附议/ })).toBeDisabled()
  await shoot(first, 'follow-supported')

  const again = second.getByTestId('follow-item').filter({ hasText: tag })
  await again.getByRole('button', { name: /我也关注此事/ }).click()
  await expect(again.getByRole('alert')).toContainText('您已附议过此事', SLOW)
  // The item's public page says so too, on this phone.
  await first.goto(`/answers/${itemId}`)
  await expect(first.getByTestId('answer-question')).toContainText(tag, SLOW)
  await expect(first.getByRole('button', { name: /已附议/ })).toBeDisabled()
  await second.screenshot({ path: path.join(SHOTS, 'follow-support-refused-390.png'), fullPage: true })
  await context.close()
})
