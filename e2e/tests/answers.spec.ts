import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { expect, request, test } from '@playwright/test'
import { DEMO_PASSWORD, DESK, fits, open, PHONE, SHOTS, SLOW, shoot, signIn } from './helpers'

// Published answers (办理结果公开): a citizen on a phone finds the latest answers on the home page, the list,
// filters it by town and searches it, and opens one answer; the town's staff review a consenting item answered on
// the spot, see the phone number the citizen wrote highlighted, publish it hidden, and the public page shows
// neither the number nor the original. Screenshots of the list, the answer page (phone) and the review (desktop).
test.describe.configure({ mode: 'serial' })
test.setTimeout(180_000)

const TAG = randomUUID().slice(0, 6)
const NUMBER = '13957212345'

let itemId: string
let trackingUrl: string

test.beforeAll(async ({ baseURL }) => {
  // A citizen at the town's station agrees to publication and writes their number into the text; the station
  // answers on the spot. The item is the town staff's to publish.
  const ctx = await request.newContext({ baseURL })
  const login = await ctx.post('/api/auth/login', { data: { username: 'station', password: DEMO_PASSWORD } })
  expect(login.status()).toBe(200)
  const { csrfToken, user } = await login.json()
  const venueId = (user.roles as { venueId: string | null }[]).find((r) => r.venueId)?.venueId
  expect(venueId).toBeTruthy()
  const submitted = await ctx.post('/api/public/suggestions', {
    headers: { 'idempotency-key': `answers-${TAG}` },
    data: {
      consent: true,
      publishConsent: true,
      venueId,
      content: `小区东门外的人行道砖松动（${TAG}），老人走路容易绊倒，请尽快修补。有事请打我电话${NUMBER}。`,
    },
  })
  expect(submitted.status(), await submitted.text()).toBe(201)
  const { trackingCode } = await submitted.json()
  trackingUrl = (await submitted.json()).trackingUrl
  const headers = { 'x-csrf-token': csrfToken as string }
  const queue = await (await ctx.get(`/api/suggestions?q=${trackingCode}`)).json()
  itemId = queue.items[0].id
  for (const [action, data] of [
    ['accept', {}],
    ['answer-on-spot', { answer: '已联系街道城管中队，三日内完成人行道砖修补。', outcome: 'A' }],
  ] as const) {
    const res = await ctx.post(`/api/suggestions/${itemId}/${action}`, { data, headers })
    expect(res.status(), await res.text()).toBe(200)
  }
  await ctx.dispose()
})

test('the town’s staff publish the item after hiding the highlighted phone number', async ({ browser }) => {
  const page = await open(browser, DESK)
  await signIn(page, 'town')
  await page.goto(`/console/suggestions/${itemId}`)
  const panel = page.getByTestId('publication-panel')
  await expect(panel).toBeVisible(SLOW)
  await expect(panel.getByText('群众已同意公开')).toBeVisible()
  // The number is highlighted in the original and ticked to be hidden; the text to publish has the placeholder.
  await expect(panel.getByTestId('publication-original').locator('mark', { hasText: NUMBER })).toBeVisible()
  const spans = panel.getByTestId('publication-spans-question')
  await expect(spans.getByText('手机号码')).toBeVisible()
  await expect(spans.getByRole('checkbox')).toBeChecked()
  await expect(panel.getByTestId('publication-question')).toHaveValue(/【电话已隐去】/)
  await expect(panel.getByTestId('publication-question')).not.toHaveValue(new RegExp(NUMBER))
  await panel.scrollIntoViewIfNeeded()
  await shoot(page, 'answers-review-desktop')
  await panel.getByTestId('publication-submit').click()
  await expect(panel.getByTestId('publication-link')).toBeVisible(SLOW)
  await expect(panel.getByText('已公开')).toBeVisible()
  await fits(page, 1440, 'the detail with the publication panel')
  await page.context().close()
})

test('the citizen’s tracking page shows the consent and links to the public page (390 px)', async ({
  browser,
}) => {
  const page = await open(browser, PHONE)
  await page.goto(trackingUrl)
  await expect(page.getByText('同意隐去个人信息后公开')).toBeVisible(SLOW)
  await page.getByTestId('track-public-link').getByRole('link', { name: '查看公开页面' }).click()
  await expect(page.getByTestId('answer-question')).toContainText('人行道砖松动', SLOW)
  await page.context().close()
})

test('the public form asks for the consent to publish, unticked (390 px)', async ({ browser }) => {
  const page = await open(browser, PHONE)
  await page.goto('/suggest')
  const box = page.getByLabel('同意在隐去姓名、电话等个人信息后公开我的意见和办理答复')
  await expect(box).toBeVisible(SLOW)
  await expect(box).not.toBeChecked()
  await box.scrollIntoViewIfNeeded()
  await fits(page, 390, 'the form')
  await page.screenshot({ path: path.join(SHOTS, 'answers-consent-form-phone.png') })
  await page.context().close()
})

test('a citizen finds the latest answers, filters and searches the list, opens an answer (390 px)', async ({
  browser,
}) => {
  const page = await open(browser, PHONE)
  await page.goto('/')
  const latest = page.getByTestId('latest-answers')
  await expect(latest).toBeVisible(SLOW)
  await expect(latest.getByTestId('answer-card')).toHaveCount(3)
  await page.locator('#answers').screenshot({ path: path.join(SHOTS, 'answers-home-latest-phone.png') })
  await page.getByRole('link', { name: '查看全部办理公开' }).click()
  await expect(page.getByRole('heading', { name: '办理公开' })).toBeVisible()
  await expect(page.getByTestId('answer-card').first()).toBeVisible(SLOW)
  const totalOf = async () =>
    Number(/(\d+)/.exec((await page.getByTestId('answers-count').textContent()) ?? '')![1])
  const all = await totalOf()
  expect(all).toBeGreaterThan(3)
  await fits(page, 390, 'the list of answers')
  await shoot(page, 'answers-list-phone')

  // By town: the first town's answers are fewer than the county's.
  const town = page.getByLabel('镇（街道）')
  await town.selectOption({ index: 1 })
  await expect.poll(totalOf, SLOW).toBeLessThan(all)
  await town.selectOption({ index: 0 })
  await expect.poll(totalOf, SLOW).toBe(all)

  // The search finds the item just published, with its number hidden.
  await page.getByLabel('搜索').first().fill(TAG)
  await page.getByRole('button', { name: '搜索' }).click()
  await expect.poll(totalOf, SLOW).toBe(1)
  const card = page.getByTestId('answer-card')
  await expect(card).toContainText('【电话已隐去】')
  await expect(card).not.toContainText(NUMBER)
  await card.click()

  const answer = page.getByTestId('answer-page')
  await expect(answer).toBeVisible(SLOW)
  await expect(answer.getByTestId('answer-question')).toContainText('人行道砖松动')
  await expect(answer.getByTestId('answer-question')).not.toContainText(NUMBER)
  await expect(answer.getByTestId('answer-text')).toContainText('三日内完成人行道砖修补')
  await expect(answer.getByText('当场答复').first()).toBeVisible()
  await expect(answer.getByTestId('answer-days')).toHaveText(/当天答复|个工作日/)
  await expect(answer.getByText('A 已解决')).toBeVisible()
  await fits(page, 390, 'an answer’s page')
  await page.context().close()
})

test('an answered item of the demo history on a phone: the question, answer, unit, days and outcome', async ({
  browser,
}) => {
  const page = await open(browser, PHONE)
  await page.goto('/answers?stage=answered')
  // One a unit answered (not on the spot): it took working days.
  const first = page
    .getByTestId('answer-card')
    .filter({ hasText: /用时 \d+ 个工作日/ })
    .first()
  await expect(first).toBeVisible(SLOW)
  await first.click()
  const answer = page.getByTestId('answer-page')
  await expect(answer.getByTestId('answer-question')).not.toBeEmpty()
  await expect(answer.getByTestId('answer-text')).not.toBeEmpty()
  await expect(answer.getByTestId('answer-unit')).not.toHaveText('—')
  await expect(answer.getByTestId('answer-days')).toHaveText(/当天答复|个工作日/)
  await fits(page, 390, 'an answer’s page')
  await shoot(page, 'answers-page-phone')
  await page.context().close()
})

test('the list and an answer on a desktop (1440 px)', async ({ browser }) => {
  const page = await open(browser, DESK)
  await page.goto('/answers')
  await expect(page.getByTestId('answer-card').first()).toBeVisible(SLOW)
  await fits(page, 1440, 'the list of answers')
  await page.screenshot({ path: path.join(SHOTS, 'answers-list-desktop.png') })
  await page.getByTestId('answer-card').first().click()
  await expect(page.getByTestId('answer-page')).toBeVisible(SLOW)
  await page.screenshot({ path: path.join(SHOTS, 'answers-page-desktop.png') })
  await page.context().close()
})
