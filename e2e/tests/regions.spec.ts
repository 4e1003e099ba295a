import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, type Page, type TestInfo, test } from '@playwright/test'
import { signIn } from './helpers'

// The county admin loads a new edition of the national division codes: a village renamed, one gone. The preview
// lists exactly those two changes; applying retires the village (still listed on request), and the original
// edition brings it back. Town staff have no such tab.
test.describe.configure({ mode: 'serial' })
test.setTimeout(120_000)

const DESK = { width: 1440, height: 900 }
const PHONE = { width: 390, height: 844 }
const EXTRACT = fileURLToPath(new URL('../../server/src/demo/divisions/deqing-330521.csv', import.meta.url))
const original = fs.readFileSync(EXTRACT, 'utf8')
const edited = original
  .split('\n')
  .filter((line) => !line.startsWith('330521115220,'))
  .map((line) => (line.startsWith('330521115202,') ? '330521115202,新劳岭村委会,330521115000' : line))
  .join('\n')

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = path.resolve(testInfo.project.testDir, '..', 'screenshots')
  for (const [size, suffix, fullPage] of [
    [DESK, '1440', true],
    [PHONE, '390', true],
  ] as const) {
    await page.setViewportSize(size)
    await expect(page.getByRole('button', { name: '预览差异' })).toBeVisible()
    const file = path.join(dir, `${name}-${suffix}.png`)
    await page.screenshot({ path: file, fullPage })
    await testInfo.attach(`${name}-${suffix}`, { path: file, contentType: 'image/png' })
  }
  await page.setViewportSize(DESK)
}

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') })
}

test('a new edition of the codes: preview a rename and a retirement, apply, and restore', async ({
  page,
}, testInfo) => {
  await page.setViewportSize(DESK)
  await signIn(page, 'admin')
  await page.goto('/console/import?tab=regions')
  await expect(page.getByRole('tab', { name: '行政区划', selected: true })).toBeVisible()

  // The demo's own tree: nothing to change.
  await upload(page, 'deqing-330521.csv', original)
  await page.getByRole('button', { name: '预览差异' }).click()
  await expect(page.getByText(/区划已是最新：文件中的 190 个镇\(街道\)和村\(社区\)/)).toBeVisible()
  await expect(page.getByRole('button', { name: /^应\s*用$/ })).toBeDisabled()

  await upload(page, 'deqing-2024.csv', edited)
  await page.getByRole('button', { name: '预览差异' }).click()
  const rows = page.getByTestId('import-change')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toContainText('更名')
  await expect(rows.nth(0)).toContainText('330521115202')
  await expect(rows.nth(0)).toContainText('劳岭村 → 新劳岭村')
  await expect(rows.nth(1)).toContainText('撤销')
  await expect(rows.nth(1)).toContainText('五四村')
  await shoot(page, testInfo, 'regions-import-preview')

  await page.getByRole('button', { name: /^应\s*用$/ }).click()
  await expect(page.getByText('已应用。')).toBeVisible()

  await page.goto('/console/regions?parentCode=330521115000')
  await expect(page.getByRole('cell', { name: '新劳岭村' })).toBeVisible()
  await expect(page.getByRole('cell', { name: /五四村/ })).toHaveCount(0)
  // The box follows the address (?includeRetired=true): click, then wait for the new state.
  const retired = page.getByRole('checkbox', { name: '含已撤销的区划' })
  await retired.click()
  await expect(retired).toBeChecked()
  await expect(page).toHaveURL(/includeRetired=true/)
  await expect(page.getByRole('cell', { name: /五四村\s*已撤销/ })).toBeVisible()

  // The original edition again: renamed back, and the village restored.
  await page.goto('/console/import?tab=regions')
  await upload(page, 'deqing-330521.csv', original)
  await page.getByRole('button', { name: '预览差异' }).click()
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(1)).toContainText('恢复')
  await page.getByRole('button', { name: /^应\s*用$/ }).click()
  await expect(page.getByText('已应用。')).toBeVisible()
})

test('a file with bad rows is refused row by row', async ({ page }, testInfo) => {
  await page.setViewportSize(DESK)
  await signIn(page, 'admin')
  await page.goto('/console/import?tab=regions')
  await upload(
    page,
    'bad.csv',
    'code,name,parent\n330521115000,莫干山镇,330521000000\n33052111520,短代码,330521115000\n330521115203,,330521115000\n',
  )
  await page.getByRole('button', { name: '预览差异' }).click()
  await expect(page.getByText('有 2 处错误，未导入任何数据')).toBeVisible()
  await expect(page.getByTestId('import-error')).toHaveCount(2)
  await shoot(page, testInfo, 'regions-import-errors')
})

test('town staff have no region import', async ({ page }) => {
  await signIn(page, 'town')
  await page.goto('/console/import?tab=regions')
  await expect(page.getByRole('tab', { name: '人大代表' })).toBeVisible()
  await expect(page.getByRole('tab', { name: '行政区划' })).toHaveCount(0)
})
