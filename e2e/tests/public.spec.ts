import { expect, test } from '@playwright/test'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

test('a citizen finds a liaison station by town and opens its page', async ({ page }, testInfo) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: '代表在线·连心360' })).toBeVisible()
  for (const channel of ['站内坐诊', '流动巡诊', '线上问诊'])
    await expect(page.getByText(channel).first()).toBeVisible()

  const towns = page.getByRole('group', { name: '镇（街道）' })
  await expect(towns.getByRole('button')).toHaveCount(14) // 全县 + 13 towns
  await towns.getByRole('button', { name: '武康街道' }).click()
  const venues = page.locator('#venues .lx-card')
  await expect(venues.first()).toBeVisible()
  await expect(venues.first()).toContainText('武康街道')

  const name = ((await venues.first().locator('strong').textContent()) ?? '').trim()
  await venues.first().click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.getByText('接待时间').first()).toBeVisible()
  await expect(page.getByRole('link', { name: '提意见' })).toBeVisible()
  const path = 'screenshots/public-venue-390.png'
  await page.screenshot({ path })
  await testInfo.attach('public-venue-390', { path, contentType: 'image/png' })

  // 提意见 opens the form addressed to this venue.
  await page.getByRole('link', { name: '提意见' }).click()
  await expect(page.getByRole('heading', { name: '提意见建议' })).toBeVisible()
  await expect(page.getByTestId('addressee')).toContainText(name)
})

test('a deputy page shows the public profile and never a phone number', async ({ page }) => {
  await page.goto('/')
  const firstDeputy = page.locator('#deputies .lx-person').first()
  await expect(firstDeputy).toBeVisible()
  await firstDeputy.click()
  await expect(page.getByRole('link', { name: '向代表提意见' })).toBeVisible()
  await expect(page.locator('main')).not.toContainText(/1\d{2}[\d*]{4}\d{4}/)
})

test('the public site switches to English and remembers it', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Switch to English' }).click()
  await expect(page.getByRole('heading', { name: 'Deputies Online · Lianxin 360' })).toBeVisible()
  await expect(page.getByText('In-station reception')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Deputies Online · Lianxin 360' })).toBeVisible()
  await page.getByRole('button', { name: '切换到中文' }).click()
  await expect(page.getByRole('heading', { name: '代表在线·连心360' })).toBeVisible()
})
