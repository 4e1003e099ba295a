import { expect, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'Lianxin@2026'

/** Signs in on the console login page (in Chinese unless the test switched language first). */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/console/login')
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: /登\s*录/ }).click()
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible()
}

/** The "共 N 条" total under an antd table. */
export async function listTotal(page: Page): Promise<number> {
  const text = (await page.getByTestId('list-total').textContent()) ?? ''
  const match = /(\d+)/.exec(text)
  if (!match) throw new Error(`no total in "${text}"`)
  return Number(match[1])
}
