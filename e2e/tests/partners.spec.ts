import path from 'node:path'
import { expect, type Page, type TestInfo, test } from '@playwright/test'
import { signIn } from './helpers'

// A county admin registers a partner system (the 12345 hotline) and gets its API key once, with a copy button;
// the hotline hands an item in with a retried request and gets one item; the admin revokes the key and the
// hotline is refused. Once at a desk and once on a phone.
test.describe.configure({ mode: 'serial' })
test.setTimeout(120_000)

const SIZES = [
  { name: '1440', viewport: { width: 1440, height: 900 }, suffix: '甲' },
  { name: '390', viewport: { width: 390, height: 844 }, suffix: '乙' },
] as const

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0
  const file = path.resolve(testInfo.project.testDir, '..', 'screenshots', `${name}-${width}.png`)
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0)
  await page.screenshot({ path: file, fullPage: width > 600 })
  await testInfo.attach(`${name}-${width}`, { path: file, contentType: 'image/png' })
}

async function fitsTheScreen(page: Page): Promise<void> {
  const width = page.viewportSize()!.width
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
}

for (const size of SIZES) {
  test(`a county admin issues a partner key, the partner retries a submission, the key is revoked (${size.name})`, async ({
    page,
    request,
  }, testInfo) => {
    await page.setViewportSize(size.viewport)
    const name = `12345 热线${size.suffix}`
    await signIn(page, 'admin')
    await page.goto('/console/partners')
    await expect(page.getByRole('heading', { name: '外部系统' })).toBeVisible()

    await page.getByRole('button', { name: '接入外部系统' }).click()
    const form = page.getByRole('dialog', { name: '接入外部系统' })
    await form.getByLabel('系统名称').fill(name)
    await form.getByLabel('类别').click()
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '12345 热线' })
      .click()
    await form.getByLabel('推送地址（Webhook）').fill('https://hotline.example.gov.cn/hook')
    await fitsTheScreen(page)
    await shoot(page, testInfo, 'partners-form')
    await form.getByRole('button', { name: '保存并签发密钥' }).click()

    const shown = page.getByRole('dialog', { name: `${name} 的 API 密钥` })
    await expect(shown).toBeVisible()
    const key = ((await shown.getByTestId('issued-key').textContent()) ?? '').trim()
    expect(key).toMatch(/^lxk_[A-Za-z0-9_-]{43}$/)
    await expect(shown.getByTestId('webhook-secret')).toContainText('whsec_')
    await expect(shown.getByRole('button', { name: '复制' }).first()).toBeVisible()
    await fitsTheScreen(page)
    await shoot(page, testInfo, 'partners-key-shown')
    await shown.getByRole('button', { name: '我已妥善保存' }).click()
    await expect(shown).toBeHidden()

    const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: name })
    await expect(row).toHaveCount(1)
    await expect(row).toContainText(key.slice(0, 12))
    // The list never shows the whole key again.
    await expect(page.locator('body')).not.toContainText(key)

    // The hotline hands an item in; its retry (same Idempotency-Key) answers the same item.
    const submit = () =>
      request.post('/api/partner/v1/suggestions', {
        headers: { authorization: `Bearer ${key}`, 'idempotency-key': `e2e-retry-${size.name}-0001` },
        data: {
          reference: `12345-E2E-${size.name}`,
          content: '村口路灯已坏一周，夜间通行不便，请尽快修复。',
          category: 'construction',
        },
      })
    const first = await submit()
    expect(first.status()).toBe(201)
    const retry = await submit()
    expect(retry.status()).toBe(200)
    expect(await retry.json()).toEqual(await first.json())
    const status = await request.get(`/api/partner/v1/suggestions/12345-E2E-${size.name}`, {
      headers: { authorization: `Bearer ${key}` },
    })
    expect(status.status()).toBe(200)
    expect((await status.json()).status).toBe('submitted')

    await page.reload()
    await expect(row).toContainText('最近使用')
    await fitsTheScreen(page)
    await shoot(page, testInfo, 'partners-list')

    // A new webhook address comes with a new signing secret, shown once.
    await row.getByRole('button', { name: '推送地址' }).click()
    const hook = page.getByRole('dialog', { name: `${name} 的推送地址` })
    await hook.getByLabel('推送地址（Webhook）').fill('https://hotline.example.gov.cn/hook/v2')
    await hook.getByRole('button', { name: /保\s*存/ }).click()
    await expect(hook.getByTestId('webhook-secret')).toContainText('whsec_')
    await fitsTheScreen(page)
    await shoot(page, testInfo, 'partners-webhook')
    await hook.getByRole('button', { name: '我已妥善保存' }).click()
    await expect(row).toContainText('https://hotline.example.gov.cn/hook/v2')

    // Revoked: the key is refused from now on.
    await row.getByRole('button', { name: '吊销' }).click()
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /吊\s*销/ })
      .click()
    await expect(row).toContainText('已吊销')
    const refused = await submit()
    expect(refused.status()).toBe(401)
  })
}

test('town staff are not offered partner systems', async ({ page }) => {
  await page.setViewportSize(SIZES[0].viewport)
  await signIn(page, 'town')
  const menu = page.getByRole('menu')
  await expect(menu.getByRole('menuitem', { name: '承办单位' })).toBeVisible()
  await expect(menu.getByRole('menuitem', { name: '外部系统' })).toHaveCount(0)
  // The address alone does not open the page either.
  await page.goto('/console/partners')
  await expect(page.getByRole('heading', { name: '外部系统' })).toHaveCount(0)
})
