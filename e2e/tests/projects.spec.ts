import { randomUUID } from 'node:crypto'
import { expect, request, test } from '@playwright/test'
import { DEMO_PASSWORD, DESK, fits, open, PHONE, pngBuffer, SLOW, shoot, signIn } from './helpers'

// Livelihood-project supervision (领办督) in the console: the demo deputy files this month's report on the site
// they lead from a phone and finds it completed; the town's staff verify and cross it off; the public layer shows
// it blue and crossed off. The county's staff add a project to the year. Each page shot at 390 and 1440 px.
test.describe.configure({ mode: 'serial' })
test.setTimeout(180_000)

const TAG = randomUUID().slice(0, 6)

interface SiteSummary {
  id: string
  name: string
  status: string
  reportedThisMonth: boolean
}

let siteId: string
let siteName: string
let completedBefore: number

test.beforeAll(async ({ baseURL }) => {
  // The demo deputy leads an in-progress site whose report for this month is still to file: found by its state,
  // never by its place in a list.
  const ctx = await request.newContext({ baseURL })
  const login = await ctx.post('/api/auth/login', { data: { username: 'deputy', password: DEMO_PASSWORD } })
  expect(login.status()).toBe(200)
  const mine = await (await ctx.get('/api/projects/sites?mine=true&limit=100')).json()
  const site = (mine.items as SiteSummary[]).find((s) => s.status === 'in_progress' && !s.reportedThisMonth)
  expect(site, 'the demo deputy’s site under way, this month’s report to file').toBeTruthy()
  siteId = site!.id
  siteName = site!.name
  const pub = await (await ctx.get('/api/public/projects')).json()
  completedBefore = pub.summary.completed
  await ctx.dispose()
})

test('the lead deputy files this month’s report from a phone: 已完成 at 100 %', async ({ browser }) => {
  const page = await open(browser, PHONE, { geo: true })
  await signIn(page, 'deputy')
  await page.getByRole('button', { name: '菜单' }).click()
  await page.getByRole('link', { name: '我的领办点位' }).click()
  await expect(page.getByRole('heading', { name: '我的领办点位' })).toBeVisible(SLOW)
  const card = page.locator(`[data-site-id="${siteId}"]`)
  await expect(card).toBeVisible(SLOW)
  await expect(card).toContainText('进行中')
  await expect(card).toContainText('本月未报')
  await fits(page, 390, 'the deputy’s sites')
  await shoot(page, 'projects-sites-deputy-390')
  await card.click()
  await expect(page.getByRole('heading', { name: siteName })).toBeVisible(SLOW)
  await fits(page, 390, 'the site')
  await shoot(page, 'projects-site-deputy-390')
  await page.getByTestId('file-report').click()
  await expect(page.getByRole('heading', { name: '月度督查报告' })).toBeVisible(SLOW)
  // Nothing chosen: the three checks ask for their findings.
  await page.getByTestId('submit-report').click()
  await expect(page.getByText('请选择督查结论')).toHaveCount(3)
  // 已完成 holds the progress at 100 %.
  await page.locator('.ant-segmented-item', { hasText: '已完成' }).click()
  await expect(page.getByLabel('完成进度')).toHaveValue('100')
  await expect(page.getByLabel('完成进度')).toBeDisabled()
  await page.getByTestId('check-onTime').locator('label.ant-radio-wrapper', { hasText: '按时' }).click()
  await page.getByTestId('check-quality').locator('label.ant-radio-wrapper', { hasText: '质量合格' }).click()
  // A problem found needs its words before the report goes.
  await page.getByTestId('check-quantity').locator('label.ant-radio-wrapper', { hasText: '数量不足' }).click()
  await page.getByTestId('submit-report').click()
  await expect(page.getByText('发现问题时请写明存在的问题')).toBeVisible()
  await page.getByTestId('check-quantity').locator('label.ant-radio-wrapper', { hasText: '数量达标' }).click()
  await page.getByLabel('意见建议').fill(`完工验收资料齐全，建议尽快核验销号 ${TAG}`)
  await page
    .getByTestId('photo-input')
    .setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: pngBuffer() })
  await expect(page.locator('.lx-photo-thumb img')).toHaveCount(1, SLOW)
  await page.getByRole('button', { name: '记录当前位置' }).click()
  await expect(page.getByTestId('check-in')).toContainText('30.54500', SLOW)
  await fits(page, 390, 'the report form')
  await shoot(page, 'projects-report-390')
  await page.getByTestId('submit-report').click()
  await expect(page.getByText('督查报告已提交')).toBeVisible(SLOW)
  await expect(page).toHaveURL(new RegExp(`/console/sites/${siteId}$`))
  await expect(page.getByTestId('site-head').getByTestId('site-status')).toHaveText(/已完成\s*·\s*蓝/)
  const report = page.getByTestId('site-report').filter({ hasText: TAG })
  await expect(report).toBeVisible()
  await expect(report.locator('.ant-image')).toHaveCount(1)
  await expect(report).toContainText('30.54500')
  await expect(page.getByTestId('file-report')).toHaveText(/修改本月督查报告/)
  await fits(page, 390, 'the site after the report')
  await shoot(page, 'projects-site-completed-390')
  await page.context().close()

  // The same pages on the office's screen.
  const desk = await open(browser, DESK)
  await signIn(desk, 'deputy')
  await desk.goto('/console/sites')
  await expect(desk.getByRole('heading', { name: '我的领办点位' })).toBeVisible(SLOW)
  await expect(
    desk.locator('[data-testid="sites-table"] tbody tr.ant-table-row', { hasText: siteName }),
  ).toBeVisible(SLOW)
  await shoot(desk, 'projects-sites-deputy-1440')
  await desk.goto(`/console/sites/${siteId}/report`)
  await expect(desk.getByText('该月已有报告，再次提交将更正该月报告')).toBeVisible(SLOW)
  // Amending the month keeps the photo filed from the phone: shown, and counted in the nine.
  await expect(desk.getByTestId('report-photo-filed')).toHaveCount(1)
  await expect(desk.getByText('本月已提交的照片会保留，可以继续添加。')).toBeVisible()
  // Without the permission to locate, the deputy is told so, and may file without a location.
  await desk.getByRole('button', { name: '记录当前位置' }).click()
  await expect(desk.getByTestId('location-problem')).toContainText('未获得定位权限', SLOW)
  await shoot(desk, 'projects-report-1440')
  await desk.goto(`/console/sites/${siteId}`)
  await expect(desk.getByTestId('site-report').first()).toBeVisible(SLOW)
  await shoot(desk, 'projects-site-deputy-1440')
  await desk.context().close()
})

test('the town’s staff verify the site and cross it off; the public layer shows it blue', async ({
  browser,
}) => {
  const page = await open(browser, DESK)
  await signIn(page, 'town')
  // The notifications' link to the sites not reported this month opens the list so filtered.
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7)
  await page.goto(`/console/sites?unreportedIn=${month}`)
  await expect(page.getByRole('checkbox', { name: '本月未报告' })).toBeChecked(SLOW)
  await expect(page.locator('[data-testid="sites-table"] tbody tr.ant-table-row').first()).toBeVisible(SLOW)
  await shoot(page, 'projects-sites-unreported-1440')
  await page.goto(`/console/sites?q=${encodeURIComponent(siteName)}`)
  const row = page.locator('[data-testid="sites-table"] tbody tr.ant-table-row', { hasText: siteName })
  await expect(row).toContainText('已完成', SLOW)
  await shoot(page, 'projects-sites-town-1440')
  const exportLink = page.getByRole('link', { name: /导出 Excel/ })
  await expect(exportLink).toHaveAttribute(
    'href',
    new RegExp(`^/api/export/project-progress\\?month=${month}`),
  )
  const xlsx = await page.request.get((await exportLink.getAttribute('href'))!)
  expect(xlsx.status()).toBe(200)
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml')
  await row.click()
  await expect(page.getByRole('heading', { name: siteName })).toBeVisible(SLOW)
  await page.getByRole('button', { name: '核验销号' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: /确\s*定/ }).click()
  await expect(dialog.getByText('请填写核验情况和依据')).toBeVisible()
  await dialog.getByLabel('核验情况和依据').fill(`现场核验：已按计划完工 ${TAG}`)
  await shoot(page, 'projects-cross-off-1440')
  await dialog.getByRole('button', { name: /确\s*定/ }).click()
  await expect(dialog).toBeHidden(SLOW)
  await expect(page.getByTestId('site-head').getByTestId('site-status')).toHaveText(/已销号\s*·\s*蓝/)
  await expect(page.getByTestId('site-history')).toContainText(`现场核验：已按计划完工 ${TAG}`)
  await expect(page.getByRole('button', { name: /^退\s*回$/ })).toBeVisible()
  await shoot(page, 'projects-site-town-1440')

  const geo = await (await page.request.get('/api/public/projects/sites.geojson')).json()
  const feature = geo.features.find((f: { id: string }) => f.id === siteId)
  expect(feature.properties).toMatchObject({
    colour: 'blue',
    crossedOff: true,
    status: 'completed',
    progress: 100,
  })
  const pub = await (await page.request.get('/api/public/projects')).json()
  expect(pub.summary.completed).toBe(completedBefore + 1)
  // The public map: its summary bar counts the site blue and crossed off, and its card says so.
  await page.goto(`/map?site=${siteId}`)
  const bar = page.getByTestId('map-summary')
  await expect(bar.locator('[data-colour="blue"]')).toHaveAttribute(
    'data-count',
    String(pub.summary.completed),
    SLOW,
  )
  await expect(bar).toContainText(`已销号 ${pub.summary.crossedOff}`)
  const card = page.getByTestId('site-card')
  await expect(card).toContainText(siteName, SLOW)
  await expect(card).toContainText('已销号')
  await expect(card).toContainText('100%')
  await page.context().close()

  // On a phone, the staff's site page and list.
  const phone = await open(browser, PHONE)
  await signIn(phone, 'town')
  await phone.goto(`/console/sites/${siteId}`)
  await expect(phone.getByTestId('site-head').getByTestId('site-status')).toHaveText(/已销号/, SLOW)
  await fits(phone, 390, 'the site for staff')
  await shoot(phone, 'projects-site-town-390')
  await phone.goto('/console/sites')
  await expect(phone.getByTestId('site-card').first()).toBeVisible(SLOW)
  await fits(phone, 390, 'the staff’s sites')
  await shoot(phone, 'projects-sites-town-390')
  await phone.context().close()
})

test('the county’s staff add a project to the year and place a site', async ({ browser }) => {
  const page = await open(browser, DESK)
  await signIn(page, 'admin')
  await page.goto('/console/projects')
  const table = page.getByTestId('projects-table')
  await expect(table.locator('tbody tr.ant-table-row').first()).toBeVisible(SLOW)
  await shoot(page, 'projects-list-1440')
  const name = `农村饮用水提升 ${TAG}`
  await page.getByTestId('add-project').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('项目名称').fill(name)
  await dialog.getByLabel('项目说明（选填）').fill('新增的民生实事项目')
  await shoot(page, 'projects-add-1440')
  await dialog.getByRole('button', { name: /保\s*存/ }).click()
  await expect(dialog).toBeHidden(SLOW)
  const row = table.locator('tbody tr.ant-table-row', { hasText: name })
  await expect(row).toContainText('0')
  await row.click()
  await expect(page).toHaveURL(/\/console\/sites\?year=\d{4}&projectId=/)
  await page.getByRole('button', { name: '新增点位' }).click()
  await expect(page.getByRole('heading', { name: '新增项目点位' })).toBeVisible(SLOW)
  await expect(page.getByLabel('项目')).toBeVisible()
  await page.getByLabel('点位名称').fill(`水站 ${TAG}`)
  // Each picker's list closes before the next opens (a closing list is still "visible" while it fades).
  const choose = async (label: string, option?: string) => {
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0)
    await page.getByLabel(label).click()
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option')
    await (option ? options.filter({ hasText: option }) : options).first().click()
  }
  await choose('镇（街道）', '武康街道')
  await choose('村（社区）')
  // The village's position is the default map point.
  await expect(page.getByLabel('纬度')).not.toHaveValue('')
  await choose('领办代表')
  await page.keyboard.press('Escape')
  await shoot(page, 'projects-site-form-1440')
  await page.getByRole('button', { name: /保\s*存/ }).click()
  await expect(page.getByRole('heading', { name: `水站 ${TAG}` })).toBeVisible(SLOW)
  await expect(page.getByTestId('site-status')).toHaveText(/未开始\s*·\s*红/)
  await page.context().close()

  const phone = await open(browser, PHONE)
  await signIn(phone, 'admin')
  await phone.goto('/console/projects')
  await expect(phone.getByTestId('project-card').filter({ hasText: name })).toBeVisible(SLOW)
  await fits(phone, 390, 'the projects')
  await shoot(phone, 'projects-list-390')
  await phone.goto('/console/sites/new')
  await expect(phone.getByRole('heading', { name: '新增项目点位' })).toBeVisible(SLOW)
  await fits(phone, 390, 'the site form')
  await shoot(phone, 'projects-site-form-390')
  await phone.context().close()
})
