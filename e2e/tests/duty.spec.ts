import { expect, test } from '@playwright/test'
import { DESK, fits, open, PHONE, SLOW, shoot, signIn } from './helpers'

// The duty schedule (排班): the public calendar on a phone and a desktop, a station's staff swapping a deputy
// from a phone, a deputy's own duty.
test.describe.configure({ mode: 'serial' })
test.setTimeout(120_000)

test('a citizen finds who receives at the stations of their town, on a phone and a desktop', async ({
  browser,
}) => {
  for (const [size, width, name] of [
    [PHONE, 390, 'duty-public-390'],
    [DESK, 1440, 'duty-public-1440'],
  ] as const) {
    const page = await open(browser, size)
    await page.goto('/')
    await page.getByRole('link', { name: '看排班' }).click()
    await expect(page.getByRole('heading', { level: 1, name: '代表接待排班' })).toBeVisible()
    await expect(page.getByTestId('duty-slot').first()).toBeVisible(SLOW)
    await page.getByRole('group', { name: '镇（街道）' }).getByRole('button', { name: '武康街道' }).click()
    const slots = page.getByTestId('duty-slot')
    await expect(slots.first()).toBeVisible(SLOW)
    await expect(slots.first()).toContainText('接待代表')
    // No phone number of any deputy on the public page.
    await expect(page.locator('main')).not.toContainText(/1\d{2}[\d*]{4}\d{4}/)
    await fits(page, width, 'the public duty calendar')
    await shoot(page, name)
    // A slot's venue opens its page.
    await slots.first().locator('.lx-duty-venue').click()
    await expect(page.getByRole('link', { name: '提意见' })).toBeVisible()
    await page.context().close()
  }
})

test('station staff swap a deputy on their station’s next duty from a phone', async ({ browser }) => {
  const page = await open(browser, PHONE)
  await signIn(page, 'station')
  await page.goto('/console/duty')
  await expect(page.getByRole('heading', { name: '接待排班' })).toBeVisible()
  // Their own station is chosen, with its rules.
  await expect(page.locator('.ant-card').filter({ hasText: '排班规则' })).toContainText('每月', SLOW)
  const slot = page
    .getByTestId('duty-slot')
    .filter({ has: page.getByRole('button', { name: /换\s*班/ }) })
    .first()
  await expect(slot).toBeVisible(SLOW)
  await fits(page, 390, 'the console duty page')
  await shoot(page, 'duty-console-station-390')
  const before = (await slot.locator('.lx-duty-deputy').first().textContent())?.trim() ?? ''
  await slot.getByRole('button', { name: /换\s*班/ }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('换下').click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click()
  await dialog.getByLabel('换上').click()
  // The second list is rendered after the first (which may still be closing): take its options.
  const option = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .last()
    .locator('.ant-select-item-option')
    .first()
  await expect(option).toBeVisible(SLOW)
  const incoming = ((await option.textContent()) ?? '').split(' · ')[0]!.trim()
  await option.click()
  await dialog.getByRole('button', { name: '确认换班' }).click()
  await expect(dialog).toBeHidden(SLOW)
  const changed = page.getByTestId('duty-slot').filter({ hasText: incoming }).first()
  await expect(changed).toContainText('人工调整', SLOW)
  await expect(changed).toContainText(`替 ${before}`)
  await shoot(page, 'duty-console-swapped-390')
})

test('a deputy sees their own duty', async ({ browser }) => {
  const page = await open(browser, PHONE)
  await signIn(page, 'deputy')
  await page.goto('/console/duty')
  await expect(page.getByText('我的排班')).toBeVisible()
  const slots = page.getByTestId('duty-slot')
  // A monthly rule: the next session is within eight weeks.
  await page.waitForLoadState('networkidle')
  if ((await slots.count()) === 0) await page.getByRole('button', { name: /后四周/ }).click()
  await expect(slots.first()).toBeVisible(SLOW)
  await expect(slots.first().getByRole('button')).toHaveCount(0)
  await fits(page, 390, 'the deputy’s duty')
  await shoot(page, 'duty-console-deputy-390')
})
