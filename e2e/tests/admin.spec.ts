import path from 'node:path'
import { expect, type Locator, type Page, type TestInfo, test } from '@playwright/test'
import { signIn } from './helpers'

// County staff run the console themselves: the county admin creates a handling unit, an account for its staff
// scoped to it, resets that account's password and hands the temporary one over; the new account signs in with it,
// must set its own, and then works; the admin also creates a category. Once at a desk and once on a phone.
test.describe.configure({ mode: 'serial' })
test.setTimeout(180_000)

const SIZES = [
  { name: '1440', viewport: { width: 1440, height: 900 }, suffix: 'a' },
  { name: '390', viewport: { width: 390, height: 844 }, suffix: 'b' },
] as const

/** Saves the page under e2e/screenshots (whole page at a desk, the first screen on a phone). */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0
  const file = path.resolve(testInfo.project.testDir, '..', 'screenshots', `${name}-${width}.png`)
  // Not while a table is still (re)loading under its veil.
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0)
  await page.screenshot({ path: file, fullPage: width > 600 })
  await testInfo.attach(`${name}-${width}`, { path: file, contentType: 'image/png' })
}

/** Nothing wider than the screen: no sideways scrolling on a phone. */
async function fitsTheScreen(page: Page): Promise<void> {
  const width = page.viewportSize()!.width
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
}

/**
 * Opens an antd select and picks the option showing `text` (typing it first when `search` is set), until the
 * select shows it: a click landing while the dropdown still moves is tried again.
 */
async function choose(page: Page, select: Locator, text: string, search?: string): Promise<void> {
  await expect(async () => {
    await select.click()
    if (search) await select.locator('input').fill(search)
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
      .first()
      .click({ timeout: 3_000 })
    await expect(select).toContainText(text, { timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
}

for (const size of SIZES) {
  test(`the county admin creates a unit, its staff account, resets its password, and adds a category (${size.name})`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(size.viewport)
    const unitCode = `U-E2E-${size.suffix.toUpperCase()}`
    const unitName = `县数据资源管理局${size.suffix === 'a' ? '甲' : '乙'}`
    const username = `e2e_unit_${size.suffix}`
    const categoryCode = `e2e_category_${size.suffix}`
    const categoryName = size.suffix === 'a' ? '养老服务' : '托育服务'
    await signIn(page, 'admin')

    // 承办单位: a new county department.
    await page.goto('/console/units')
    await expect(page.getByRole('heading', { name: '承办单位' })).toBeVisible()
    await page.getByRole('button', { name: '新建承办单位' }).click()
    const unitDialog = page.getByRole('dialog', { name: '新建承办单位' })
    await unitDialog.getByLabel('编号').fill(unitCode)
    await unitDialog.getByLabel('单位名称').fill(unitName)
    await unitDialog.getByRole('button', { name: /保\s*存/ }).click()
    await expect(unitDialog).toBeHidden()
    await page.getByPlaceholder('单位名称').fill(unitName)
    await page.getByPlaceholder('单位名称').press('Enter')
    const unitRow = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: unitName })
    await expect(unitRow).toHaveCount(1)
    await expect(unitRow).toContainText('政府部门')
    await fitsTheScreen(page)
    await shoot(page, testInfo, 'admin-units')

    // 账号管理: an account for the unit's staff, scoped to the new unit.
    await page.goto('/console/accounts')
    await expect(page.getByRole('heading', { name: '账号管理' })).toBeVisible()
    await page.getByRole('button', { name: '新建账号' }).click()
    const accountDialog = page.getByRole('dialog', { name: '新建账号' })
    await accountDialog.getByLabel('用户名').fill(username)
    await accountDialog.getByLabel('姓名').fill('数据局办事员')
    await accountDialog.getByLabel('初始密码').fill('Initial-pass-2026')
    const grant = accountDialog.getByTestId('grant-0')
    await choose(page, grant.locator('.ant-select').first(), '承办单位')
    await choose(page, grant.locator('.ant-select').nth(1), unitName, unitName)
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0)
    await shoot(page, testInfo, 'admin-account-form')
    await accountDialog.getByRole('button', { name: /保\s*存/ }).click()
    await expect(accountDialog).toBeHidden()
    await page.getByPlaceholder('用户名或姓名').fill(username)
    await page.getByPlaceholder('用户名或姓名').press('Enter')
    const accountRow = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: username })
    await expect(accountRow).toHaveCount(1)
    await expect(accountRow).toContainText(`承办单位 · ${unitName}`)
    await fitsTheScreen(page)
    await shoot(page, testInfo, 'admin-accounts')

    // 重置密码: the temporary password is shown once, to copy.
    await accountRow.getByRole('button', { name: '重置密码' }).click()
    const resetDialog = page.getByRole('dialog', { name: '重置密码' })
    await resetDialog.getByRole('button', { name: '重置并生成临时密码' }).click()
    const shown = resetDialog.getByTestId('temporary-password')
    await expect(shown).toHaveText(/^[A-Za-z0-9]{12}$/)
    await expect(resetDialog.getByRole('button', { name: /复制|Copy/ })).toBeVisible()
    const temporary = (await shown.textContent())!.trim()
    await shoot(page, testInfo, 'admin-password-reset')
    await resetDialog.getByRole('button', { name: '已记下，关闭' }).click()
    await expect(accountRow).toContainText('临时密码')

    // 类别与时限: a new category, offered at once; the time limits are on the same page.
    await page.goto('/console/categories')
    await expect(page.getByRole('heading', { name: '意见类别与办理时限' })).toBeVisible()
    await page.getByRole('button', { name: '新建类别' }).click()
    const categoryDialog = page.getByRole('dialog', { name: '新建意见类别' })
    await categoryDialog.getByLabel('编码').fill(categoryCode)
    await categoryDialog.getByLabel('名称', { exact: true }).fill(categoryName)
    await categoryDialog.getByRole('button', { name: /保\s*存/ }).click()
    await expect(categoryDialog).toBeHidden()
    await expect(page.locator('.ant-table-tbody tr', { hasText: categoryCode })).toContainText(categoryName)
    const offered = await page.request.get('/api/categories?limit=200')
    expect(JSON.stringify(await offered.json())).toContain(categoryCode)
    await fitsTheScreen(page)
    await shoot(page, testInfo, 'admin-categories')

    // Its own time limit at the county tier: 10 working days instead of the default.
    const limits = page.getByTestId('time-limits')
    await limits.getByRole('button', { name: /新\s*增/ }).click()
    const limitDialog = page.getByRole('dialog', { name: '新增办理时限' })
    await choose(page, limitDialog.locator('.ant-select').first(), '县级办理')
    await choose(page, limitDialog.locator('.ant-select').nth(1), categoryName, categoryName)
    await limitDialog.getByLabel('办理时限（工作日）').fill('10')
    await limitDialog.getByRole('button', { name: /保\s*存/ }).click()
    await expect(limitDialog).toBeHidden()
    const limitRow = limits.locator('.ant-table-tbody tr', { hasText: `县级办理 · ${categoryName}` })
    await expect(limitRow).toContainText('10')
    await limits.scrollIntoViewIfNeeded()
    await fitsTheScreen(page)
    if (size.name === '390') await shoot(page, testInfo, 'admin-time-limits')

    // The new account signs in with the temporary password: only its account page, until it sets its own.
    await page.getByRole('button', { name: '退出登录' }).click()
    await expect(page).toHaveURL(/\/console\/login$/)
    await signIn(page, username, temporary)
    await expect(page.getByText('您正在使用管理员发放的临时密码')).toBeVisible()
    await expect(page).toHaveURL(/\/console\/account$/)
    await fitsTheScreen(page)
    await shoot(page, testInfo, 'admin-temporary-sign-in')
    await page.getByLabel('当前密码').fill(temporary)
    await page.getByLabel('新密码', { exact: true }).fill('Own-choice-2027')
    await page.getByLabel('再次输入新密码').fill('Own-choice-2027')
    await page
      .getByRole('button', { name: /修改密码/ })
      .last()
      .click()
    await expect(page.getByText('您正在使用管理员发放的临时密码')).toBeHidden()
    // Now the unit's staff work: their workspace is open to them.
    await page.goto('/console/workspace')
    await expect(page.getByRole('heading', { name: '我的工作台' })).toBeVisible()
  })
}

test('town staff are offered none of it: no accounts or categories in the menu, units read-only', async ({
  page,
}) => {
  await page.setViewportSize(SIZES[0].viewport)
  await signIn(page, 'town')
  const menu = page.getByRole('menu')
  await expect(menu.getByRole('menuitem', { name: '承办单位' })).toBeVisible()
  await expect(menu.getByRole('menuitem', { name: '账号管理' })).toHaveCount(0)
  await expect(menu.getByRole('menuitem', { name: '类别与时限' })).toHaveCount(0)
  await menu.getByRole('menuitem', { name: '承办单位' }).click()
  await expect(page.getByRole('heading', { name: '承办单位' })).toBeVisible()
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible()
  await expect(page.getByRole('button', { name: '新建承办单位' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /编\s*辑/ })).toHaveCount(0)
  // The address alone does not open the page either.
  await page.goto('/console/accounts')
  await expect(page.getByRole('heading', { name: '账号管理' })).toHaveCount(0)
})

test('the administration pages read in English too, at a desk and on a phone', async ({ page }, testInfo) => {
  await page.setViewportSize(SIZES[0].viewport)
  await signIn(page, 'admin')
  await page.getByText('English', { exact: true }).click()
  for (const size of SIZES) {
    await page.setViewportSize(size.viewport)
    for (const [url, heading, name] of [
      ['/console/accounts', 'Accounts', 'admin-accounts-en'],
      ['/console/units', 'Handling units', 'admin-units-en'],
      ['/console/categories', 'Categories and time limits', 'admin-categories-en'],
    ] as const) {
      await page.goto(url)
      await expect(page.getByRole('heading', { name: heading })).toBeVisible()
      await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible()
      await fitsTheScreen(page)
      await shoot(page, testInfo, name)
    }
  }
  await page.getByText('中文', { exact: true }).click()
})
