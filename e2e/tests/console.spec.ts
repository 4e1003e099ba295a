import { expect, test } from '@playwright/test'
import { listTotal, signIn } from './helpers'

test.use({ viewport: { width: 1440, height: 900 } })

test('county admin signs in, lists deputies and reveals a phone number', async ({ page }, testInfo) => {
  await signIn(page, 'admin')
  const menu = page.getByRole('menu')
  for (const item of [
    '人大代表',
    '联络阵地',
    '代表小组',
    '行政区划',
    '网格',
    '承办单位',
    'Excel 导入',
    '审计日志',
    '工作日历',
    '账户安全',
  ]) {
    await expect(menu.getByRole('menuitem', { name: item })).toBeVisible()
  }
  await menu.getByRole('menuitem', { name: '人大代表' }).click()
  await expect(page.getByRole('heading', { name: '人大代表' })).toBeVisible()
  await expect(page.getByTestId('list-total')).toBeVisible()
  expect(await listTotal(page)).toBeGreaterThanOrEqual(100)

  // Open the first deputy, reveal the phone number: the masked form gives way to the full number.
  await page.locator('.ant-table-tbody tr.ant-table-row').first().click()
  const drawer = page.getByRole('dialog')
  const phone = drawer.getByTestId('deputy-phone')
  await expect(phone).toContainText('****')
  await drawer.getByRole('button', { name: /查\s*看/ }).click()
  await expect(phone).toHaveText(/^1\d{10}$/)
  await expect(drawer.getByText('本次查看已记入审计日志。')).toBeVisible()

  const path = 'screenshots/console-deputies.png'
  await page.screenshot({ path })
  await testInfo.attach('console-deputies', { path, contentType: 'image/png' })

  // The reveal is in the audit log.
  await page.keyboard.press('Escape')
  await page.getByRole('menu').getByRole('menuitem', { name: '审计日志' }).click()
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible()
  await expect(page.locator('.ant-table-tbody')).toContainText(/reveal/i)
})

test('signing out returns to the login page and the console stays closed', async ({ page }) => {
  await signIn(page, 'admin')
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page).toHaveURL(/\/console\/login$/)
  await expect(page.getByRole('heading', { name: /工作人员登录/ })).toBeVisible()
  await page.goto('/console/deputies')
  await expect(page).toHaveURL(/\/console\/login$/)
})

test('town staff see only the venues of their own town', async ({ page }) => {
  await signIn(page, 'town')
  const menu = page.getByRole('menu')
  await expect(menu.getByRole('menuitem', { name: '审计日志' })).toHaveCount(0)
  await menu.getByRole('menuitem', { name: '联络阵地' }).click()
  await expect(page.getByRole('heading', { name: '联络阵地' })).toBeVisible()
  await expect(page.getByTestId('list-total')).toBeVisible()
  const total = await listTotal(page)
  expect(total).toBeGreaterThan(0)
  // Show everything on one page, then check the town column of every row.
  await page.goto('/console/venues?pageSize=200')
  await expect(page.getByTestId('list-total')).toBeVisible({ timeout: 30_000 })
  const rows = page.locator('.ant-table-tbody tr.ant-table-row')
  await expect(rows).toHaveCount(total, { timeout: 30_000 })
  const townColumn = await page.locator('.ant-table-thead th').allInnerTexts()
  const townIndex = townColumn.findIndex((h) => h.includes('镇（街道）'))
  expect(townIndex).toBeGreaterThanOrEqual(0)
  const towns = await rows.locator(`td:nth-child(${townIndex + 1})`).allInnerTexts()
  expect(new Set(towns)).toEqual(new Set(['武康街道']))
})

test('the console switches to English and remembers it', async ({ page }) => {
  await page.goto('/console/login')
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Lianxin · Staff sign-in' })).toBeVisible()
  await page.getByLabel('Username').fill('admin')
  await page.getByLabel('Password').fill('Lianxin@2026')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('menu').getByRole('menuitem', { name: 'Deputies' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await page.getByText('中文', { exact: true }).click()
  await expect(page.getByRole('menu').getByRole('menuitem', { name: '人大代表' })).toBeVisible()
})

test('the integrity liaison sees only the account page, the calendar and its module’s empty workspace', async ({
  page,
}) => {
  await signIn(page, 'integrity')
  const items = page.getByRole('menu').getByRole('menuitem')
  await expect(items).toHaveCount(3)
  await expect(items.filter({ hasText: '工作日历' })).toBeVisible()
  await expect(page).toHaveURL(/\/console\/integrity$/)
  await expect(page.getByRole('heading', { name: '廉情监测工作台' })).toBeVisible()
  await expect(page.getByText('暂无廉情事项', { exact: false })).toBeVisible()
  await page.screenshot({ path: 'screenshots/workspace-integrity-1440.png', fullPage: true })
})

test('on a phone the integrity liaison’s workspace fits the screen', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const page = await context.newPage()
  await signIn(page, 'integrity')
  await expect(page).toHaveURL(/\/console\/integrity$/)
  await expect(page.getByText('暂无廉情事项', { exact: false })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await page.screenshot({ path: 'screenshots/workspace-integrity-390.png', fullPage: true })
  await context.close()
})
