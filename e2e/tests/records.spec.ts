import { expect, type Page, test } from '@playwright/test'
import { DESK, fits, open, PHONE, SLOW, shoot, signIn } from './helpers'

// Deputies' records (履职档案): a deputy reads their own on a phone and enters a training; town staff read
// their deputies' records for 2022, export them and enter a session's proposals, on a desktop and a phone.
test.describe.configure({ mode: 'serial' })
test.setTimeout(120_000)

async function chooseYear(page: Page, year: number) {
  await page.getByLabel('年度').click()
  await page.locator('.ant-select-dropdown:visible').getByText(`${year} 年`, { exact: true }).click()
}

test('a deputy reads their own record of 2022 on a phone and enters a training', async ({ browser }) => {
  const page = await open(browser, PHONE)
  await signIn(page, 'deputy')
  await page.getByTestId('my-record').click()
  await expect(page.getByRole('heading', { name: '我的履职档案' })).toBeVisible(SLOW)
  await chooseYear(page, 2022)
  await expect(page).toHaveURL(/year=2022/)
  const entries = page.getByTestId('record-entry')
  // The demo enters one training, one session's proposals and one activity for the demo deputy, as staff.
  await expect(entries).toHaveCount(3, SLOW)
  await expect(page.getByTestId('indicator-groupActivities')).toContainText('尚未启用')
  // Site reports are counted from the projects module (the demo deputy's reports on the sites they lead).
  await expect(page.getByTestId('indicator-siteReports')).not.toContainText('尚未启用')
  await expect(page.getByTestId('indicator-siteReports')).toContainText(/\d/)
  await expect(page.getByTestId('indicator-trainings')).toContainText('学时')
  const trainings = Number(
    (await page.getByTestId('indicator-trainings').locator('.lx-record-value').textContent())?.match(
      /\d+/,
    )?.[0],
  )
  // Entries made by staff are read-only for the deputy.
  await expect(entries.first().getByRole('button')).toHaveCount(0)
  await fits(page, 390, 'the deputy’s record')
  await shoot(page, 'records-deputy-390')

  await page.getByTestId('add-entry').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  // A deputy enters trainings and other activities, not a session's proposals.
  await dialog.getByLabel('类别').click()
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option')).toHaveText([
    '参加培训',
    '其他履职活动',
  ])
  await page.locator('.ant-select-dropdown:visible').getByText('参加培训', { exact: true }).click()
  await dialog.getByLabel('培训名称').fill('乡村振兴专题线上学习')
  await dialog.getByLabel('学时').fill('2.5')
  await shoot(page, 'records-deputy-entry-390')
  await dialog.getByRole('button', { name: /保\s*存/ }).click()
  await expect(dialog).toBeHidden(SLOW)
  const mine = entries.filter({ hasText: '乡村振兴专题线上学习' })
  await expect(mine).toContainText('2.5 学时')
  await expect(page.getByTestId('indicator-trainings').locator('.lx-record-value')).toContainText(
    String(trainings + 1),
  )
  // Their own entry they may change or retire.
  await expect(mine.getByRole('button', { name: /撤\s*销/ })).toBeVisible()
  await shoot(page, 'records-deputy-added-390')
  await mine.getByRole('button', { name: /撤\s*销/ }).click()
  await page
    .locator('.ant-popconfirm:visible')
    .getByRole('button', { name: /撤\s*销/ })
    .click()
  await expect(mine).toHaveCount(0, SLOW)
  await page.context().close()
})

test('town staff read their deputies’ records of 2022, export them and enter proposals', async ({
  browser,
}) => {
  const page = await open(browser, DESK)
  await signIn(page, 'town')
  await page.goto('/console/records')
  await expect(page.getByRole('heading', { name: '代表履职档案' })).toBeVisible(SLOW)
  await chooseYear(page, 2022)
  const rows = page.locator('[data-testid="records-table"] tbody tr.ant-table-row')
  await expect(rows.first()).toBeVisible(SLOW)
  // Only the deputies of their own town.
  for (const town of await rows.locator('td:nth-child(2)').allTextContents()) expect(town).toBe('武康街道')
  await expect(page.getByText('小组活动、点位督查报告尚未启用')).toBeVisible()
  await expect(page).toHaveURL(/year=2022/)
  const exportLink = page.getByRole('link', { name: /导出 Excel/ })
  await expect(exportLink).toHaveAttribute('href', /^\/api\/export\/deputy-records\?.*year=2022/)
  const href = await exportLink.getAttribute('href')
  const xlsx = await page.request.get(href!)
  expect(xlsx.status()).toBe(200)
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml')
  await shoot(page, 'records-town-list-1440')

  await rows.first().click()
  await expect(page).toHaveURL(/\/console\/records\/[0-9a-f-]{36}\?year=2022/)
  await expect(page.getByRole('heading', { name: /的履职档案$/ })).toBeVisible(SLOW)
  await expect(page.getByTestId('indicator-peopleReceived')).toBeVisible()
  await page.getByTestId('add-entry').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('类别').click()
  await page.locator('.ant-select-dropdown:visible').getByText('提出议案建议', { exact: true }).click()
  await dialog.getByLabel('会议名称').fill('县第十七届人民代表大会第二次会议')
  await dialog.getByLabel('议案建议件数').fill('2')
  await dialog.getByRole('button', { name: /保\s*存/ }).click()
  await expect(dialog).toBeHidden(SLOW)
  const entry = page.getByTestId('record-entry').filter({ hasText: '2 件' })
  await expect(entry.first()).toContainText('县第十七届人民代表大会第二次会议')
  await expect(entry.first().getByRole('button', { name: /修\s*改/ })).toBeVisible()
  await shoot(page, 'records-town-record-1440')
  const recordUrl = page.url()
  // The directory's drawer links a deputy's record.
  await page.goto('/console/deputies')
  await page.locator('tbody tr.ant-table-row').first().click()
  await page.getByTestId('deputy-record-link').click()
  await expect(page.getByRole('heading', { name: /的履职档案$/ })).toBeVisible(SLOW)
  await expect(page.getByTestId('indicator-suggestionsReceived')).toBeVisible()
  await page.context().close()

  const phone = await open(browser, PHONE)
  await signIn(phone, 'town')
  await phone.goto('/console/records?year=2022')
  // On a phone each deputy is a card with the main figures.
  const cards = phone.getByTestId('records-card')
  await expect(cards.first()).toBeVisible(SLOW)
  await expect(cards.first()).toContainText('接待群众')
  await fits(phone, 390, 'the records list')
  await shoot(phone, 'records-town-list-390')
  await phone.goto(recordUrl.replace(/^https?:\/\/[^/]+/, ''))
  await expect(phone.getByTestId('record-entry').first()).toBeVisible(SLOW)
  await fits(phone, 390, 'a deputy’s record')
  await shoot(phone, 'records-town-record-390')
  // In English too.
  await phone.getByText('English', { exact: true }).click()
  await expect(phone.getByRole('heading', { name: /^Record of / })).toBeVisible()
  await expect(phone.getByTestId('indicator-groupActivities')).toContainText('Not enabled')
  await fits(phone, 390, 'a deputy’s record in English')
  await shoot(phone, 'records-town-record-en-390')
  await phone.context().close()
})
