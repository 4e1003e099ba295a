import { expect, test } from '@playwright/test'

test.use({ viewport: { width: 1440, height: 900 } })

// Uses the demo `integrity` account, which no journey after this file signs in with (the console spec, which
// runs before it, does), so locking it disturbs nothing: the journeys need `deputy`, `unit`, `station`, `town`
// and `admin`.
test('five wrong passwords lock the account and say until when', async ({ page }) => {
  await page.goto('/console/login')
  await page.getByLabel('用户名').fill('integrity')
  const error = page.getByTestId('login-error')
  for (let attempt = 1; attempt <= 4; attempt++) {
    await page.getByLabel('密码').fill(`wrong-password-${attempt}`)
    await page.getByRole('button', { name: /登\s*录/ }).click()
    await expect(error).toBeVisible()
    await expect(error).not.toContainText('锁定')
  }
  await page.getByLabel('密码').fill('wrong-password-5')
  await page.getByRole('button', { name: /登\s*录/ }).click()
  await expect(error).toContainText('锁定')
  await expect(error).toContainText(/后再试/)
  // Even the right password is refused while locked.
  await page.getByLabel('密码').fill('Lianxin@2026')
  await page.getByRole('button', { name: /登\s*录/ }).click()
  await expect(error).toContainText('锁定')
})
