import { type Browser, expect, type Page, test } from '@playwright/test'
import { DESK, fits, open, PHONE, SLOW, shoot, signIn } from './helpers'

// Each role opens the console on its workspace; on a phone, deputies, station and unit staff do their step of
// the loop from it without the page ever scrolling sideways.
test.describe.configure({ mode: 'serial' })
test.setTimeout(120_000)

async function phonePage(browser: Browser, username: string): Promise<Page> {
  const page = await open(browser, PHONE)
  await signIn(page, username)
  return page
}

/** Opens the workspace (the landing after sign-in) and waits for its list. */
async function atWorkspace(page: Page) {
  await expect(page).toHaveURL(/\/console\/workspace$/)
  await expect(page.getByRole('heading', { name: '我的工作台' })).toBeVisible(SLOW)
  await expect(page.getByTestId('waiting').locator('.ant-card-body .ant-skeleton')).toHaveCount(0, SLOW)
}

/** Clicks an action on the detail page (in the bottom bar on a phone), confirms, waits for the new status. */
async function act(page: Page, button: RegExp, status: string) {
  const panel = page.getByTestId('action-panel')
  await expect(panel).toBeInViewport()
  await panel.getByRole('button', { name: button }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByTestId('action-submit').click()
  await expect(dialog).toBeHidden(SLOW)
  await expect(page.getByTestId('detail-status')).toHaveText(status, SLOW)
}

test('a deputy records an opinion on a phone and accepts it from the workspace', async ({ browser }) => {
  const page = await phonePage(browser, 'deputy')
  await atWorkspace(page)
  await expect(page.getByTestId('figure-d-received')).toBeVisible()
  await fits(page, 390, 'the deputy workspace')
  await shoot(page, 'workspace-deputy-390')

  // The menu is a drawer: the page keeps the whole width.
  await page.getByTestId('nav-toggle').click()
  await expect(page.getByRole('menuitem', { name: '办理队列' })).toBeVisible()
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: '录入意见' }).click()
  await expect(page.getByRole('heading', { name: '录入意见' })).toBeVisible(SLOW)
  await fits(page, 390, 'intake')
  const content = `走访中群众反映：村口桥面护栏松动，存在安全隐患，请尽快加固。（${Date.now().toString(36)}）`
  await page.getByLabel('意见建议内容').fill(content)
  await page.getByText('已向群众告知个人信息保护事项', { exact: false }).click()
  await page.getByRole('button', { name: /保\s*存/ }).click()
  await expect(page.getByTestId('intake-code')).toBeVisible(SLOW)
  await fits(page, 390, 'the intake receipt')
  const code = ((await page.getByTestId('intake-code').textContent()) ?? '').trim()

  // Back on the workspace, the new item waits on the deputy for acceptance.
  await page.getByTestId('nav-toggle').click()
  await page.getByRole('menuitem', { name: '我的工作台' }).click()
  await atWorkspace(page)
  await expect(page.getByTestId('step-accept')).toBeVisible()
  // The workspace lists overdue items first and only the first few; the accept step opens all that wait for it.
  await page.getByTestId('step-accept').click()
  await page.getByTestId('queue-card').filter({ hasText: code }).click()
  await expect(page.getByTestId('suggestion-content')).toHaveText(content, SLOW)
  await fits(page, 390, 'the item')
  await shoot(page, 'detail-deputy-390', false)
  await act(page, /^受\s*理$/, '已受理')
  await fits(page, 390, 'the accepted item')
  await page.context().close()
})

test('station staff accept the first item waiting on them, from the workspace, on a phone', async ({
  browser,
  request,
}) => {
  // A citizen scans the station's code and writes: an item waits on its staff whatever ran before this test.
  const venues = await request.get('/api/public/venues?regionCode=330521001000&kind=station&limit=1')
  const station = (await venues.json()).items[0]
  const submitted = await request.post('/api/public/suggestions', {
    headers: { 'idempotency-key': `e2e-station-${Date.now()}` },
    data: {
      content: '联络站门口的台阶破损，老人进出不方便，希望尽快修缮。',
      venueId: station.id,
      consent: true,
    },
  })
  expect(submitted.status(), await submitted.text()).toBe(201)
  const page = await phonePage(browser, 'station')
  await atWorkspace(page)
  await expect(page.getByTestId('figure-v-today')).toBeVisible()
  await fits(page, 390, 'the station workspace')
  await shoot(page, 'workspace-station-390')

  // The queue is a list of cards.
  await page.getByRole('button', { name: '办理队列' }).click()
  await expect(page.getByRole('heading', { name: '意见建议办理' })).toBeVisible(SLOW)
  await expect(page.getByTestId('queue-card').first()).toBeVisible(SLOW)
  await fits(page, 390, 'the queue')
  await shoot(page, 'queue-station-390')

  // The inbox opens and fits.
  await page.getByTestId('notification-bell').click()
  await expect(page.locator('.lx-inbox')).toBeVisible(SLOW)
  await fits(page, 390, 'the inbox')
  await page.keyboard.press('Escape')

  await page.goBack()
  await atWorkspace(page)
  await page.getByTestId('step-accept').click()
  const waiting = page.getByTestId('queue-card').filter({ hasText: '待受理' }).first()
  await expect(waiting).toBeVisible(SLOW)
  await waiting.click()
  await expect(page.getByTestId('detail-status')).toHaveText('待受理', SLOW)
  await fits(page, 390, 'the item')
  await act(page, /^受\s*理$/, '已受理')
  await page.context().close()
})

test('unit staff sign for a task from the workspace, on a phone', async ({ browser }) => {
  const page = await phonePage(browser, 'unit')
  await atWorkspace(page)
  await expect(page.getByTestId('figure-u-open')).toBeVisible()
  await fits(page, 390, 'the unit workspace')
  await shoot(page, 'workspace-unit-390')
  // Overdue items come first in the workspace's short list; the sign step opens every task waiting to be signed for.
  await page.getByTestId('step-sign').click()
  const task = page.getByTestId('queue-card').filter({ hasText: '已交办' }).first()
  await expect(task).toBeVisible(SLOW)
  await task.click()
  await expect(page.getByTestId('detail-status')).toHaveText('已交办', SLOW)
  await fits(page, 390, 'the task')
  await shoot(page, 'detail-unit-390', false)
  await act(page, /^签\s*收$/, '已签收')
  await fits(page, 390, 'the signed task')
  await page.context().close()
})

for (const [username, name] of [
  ['admin', 'county'],
  ['town', 'town'],
  ['station', 'station'],
  ['deputy', 'deputy'],
  ['unit', 'unit'],
] as const) {
  test(`${name} staff land on their workspace at 1440 px and 390 px`, async ({ browser }) => {
    const desk = await browser.newContext({ ...DESK, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const page = await desk.newPage()
    await signIn(page, username)
    await atWorkspace(page)
    await shoot(page, `workspace-${name}-1440`)
    await desk.close()
    if (name === 'county' || name === 'town') {
      const phone = await phonePage(browser, username)
      await atWorkspace(phone)
      await fits(phone, 390, `the ${name} workspace`)
      await shoot(phone, `workspace-${name}-390`)
      await phone.context().close()
    }
  })
}

test('in English the workspace, queue and item read in English and still fit a phone', async ({
  browser,
}) => {
  for (const [size, options] of [
    ['1440', DESK],
    ['390', PHONE],
  ] as const) {
    const context = await browser.newContext({ ...options, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const page = await context.newPage()
    await page.goto('/console/login')
    await page.getByText('English', { exact: true }).click()
    await page.getByLabel('Username').fill('town')
    await page.getByLabel('Password').fill('Lianxin@2026')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('heading', { name: 'My workspace' })).toBeVisible(SLOW)
    await expect(page.getByTestId('waiting-item').first()).toBeVisible(SLOW)
    if (size === '390') await fits(page, 390, 'the English workspace')
    await shoot(page, `workspace-town-en-${size}`)
    await page.getByTestId('waiting-item').first().click()
    await expect(page.getByText('History', { exact: true })).toBeVisible(SLOW)
    if (size === '390') await fits(page, 390, 'an item in English')
    await page.screenshot({ path: `screenshots/detail-town-en-${size}.png` })
    await context.close()
  }
})
