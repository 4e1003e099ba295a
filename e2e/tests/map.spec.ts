import { expect, type Page, test } from '@playwright/test'

/** The public project map (项目地图) on a phone: every site of the demo's 2022 projects, in its colour. */

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

type Mix = { count: number; red: number; yellow: number; blue: number }

/** What the markers on the map add up to: the clusters' counts and colours plus the single sites'. */
async function marks(page: Page): Promise<Mix> {
  return page.locator('.leaflet-marker-pane [data-count]').evaluateAll((els) =>
    els.reduce(
      (sum, el) => {
        const d = (el as HTMLElement).dataset
        return {
          count: sum.count + Number(d.count),
          red: sum.red + Number(d.red),
          yellow: sum.yellow + Number(d.yellow),
          blue: sum.blue + Number(d.blue),
        }
      },
      { count: 0, red: 0, yellow: 0, blue: 0 },
    ),
  )
}

/** The summary bar's count per colour. */
async function summary(page: Page): Promise<Omit<Mix, 'count'>> {
  const bar = page.getByTestId('map-summary')
  const of = async (colour: string) =>
    Number(await bar.locator(`[data-colour=${colour}]`).getAttribute('data-count'))
  return { red: await of('red'), yellow: await of('yellow'), blue: await of('blue') }
}

test('the public map of 2022 shows all 208 sites in their colours, filters them and opens a site', async ({
  page,
}, testInfo) => {
  await page.goto('/')
  await page.getByRole('link', { name: '项目地图' }).first().click()
  await expect(page).toHaveURL(/\/map$/)
  await page.getByTestId('map-year').selectOption('2022')
  await expect(page.getByTestId('map-summary')).toContainText('共 208 个点位')
  await expect(page.locator('.leaflet-marker-pane [data-count]').first()).toBeVisible()

  // Clusters and single sites add up to every site, and their colours to the summary bar's.
  const all = await marks(page)
  const bar = await summary(page)
  expect(all.count).toBe(208)
  expect({ red: all.red, yellow: all.yellow, blue: all.blue }).toEqual(bar)
  expect(bar.red + bar.yellow + bar.blue).toBe(208)
  // No base tiles are configured: the towns' schematic cells are the map, each town named.
  await expect(page.locator('.leaflet-tile')).toHaveCount(0)
  await expect(page.locator('path.lx-region-cell')).toHaveCount(13)
  await expect(page.locator('.lx-region-label', { hasText: '武康街道' })).toBeVisible()
  await expect(page.getByText('非行政区划界线')).toBeVisible()
  const path = 'screenshots/public-map-390.png'
  await page.screenshot({ path })
  await testInfo.attach('public-map-390', { path, contentType: 'image/png' })

  // One town: fewer sites, still adding up to the bar; then only the in-progress ones.
  const town = page.getByTestId('map-town')
  await town.selectOption((await town.locator('option', { hasText: '武康街道' }).getAttribute('value')) ?? '')
  await expect(page.getByTestId('map-summary')).not.toContainText('共 208 个点位')
  await expect
    .poll(async () => {
      const m = await marks(page)
      const s = await summary(page)
      return m.count === s.red + s.yellow + s.blue && m.blue === s.blue && m.count > 0 && m.count < 208
    })
    .toBe(true)
  await page.getByTestId('map-status-in_progress').click()
  await expect
    .poll(async () => {
      const m = await marks(page)
      return m.count > 0 && m.count === m.yellow
    })
    .toBe(true)
  expect((await summary(page)).blue).toBe(0)

  // A cluster zooms in until a single site shows; its card tells the report's three findings.
  for (let i = 0; i < 6 && (await page.getByTestId('map-site').count()) === 0; i++) {
    await page.getByTestId('map-cluster').first().click()
    await page.waitForTimeout(600)
  }
  await page.getByTestId('map-site').first().click()
  const card = page.getByTestId('site-card')
  await expect(card).toBeVisible()
  await expect(card.getByText('进行中').first()).toBeVisible()
  await expect(card.getByText('领办代表')).toBeVisible()
  await expect(card.getByText('责任单位')).toBeVisible()
  await expect(card.getByText('最近一次督查报告')).toBeVisible()
  const shot = 'screenshots/public-map-card-390.png'
  await page.screenshot({ path: shot })
  await testInfo.attach('public-map-card-390', { path: shot, contentType: 'image/png' })
  await card.getByRole('button', { name: '关闭' }).click()
  await expect(card).toHaveCount(0)
})

test('a past month end shows the sites as they stood then', async ({ page }) => {
  await page.goto('/map?year=2022')
  await expect(page.getByTestId('map-summary')).toContainText('共 208 个点位')
  const live = await summary(page)
  await page.getByTestId('map-month').selectOption('2022-03')
  await expect(page.getByTestId('map-summary')).toContainText('2022-03 月末数据')
  await expect.poll(async () => (await summary(page)).blue).toBeLessThan(live.blue)
  const then = await summary(page)
  const m = await marks(page)
  expect({ red: m.red, yellow: m.yellow, blue: m.blue }).toEqual(then)
})

test('the embedded map has no site frame', async ({ page }, testInfo) => {
  await page.goto('/map?embed=1&year=2022')
  await expect(page.locator('.leaflet-marker-pane [data-count]').first()).toBeVisible()
  await expect(page.locator('.lx-topbar')).toHaveCount(0)
  await expect(page.locator('.lx-footer')).toHaveCount(0)
  await expect(page.getByRole('link', { name: '工作人员入口' })).toHaveCount(0)
  await expect(page.getByTestId('map-summary')).toBeVisible()
  const path = 'screenshots/public-map-embed-390.png'
  await page.screenshot({ path })
  await testInfo.attach('public-map-embed-390', { path, contentType: 'image/png' })
})
