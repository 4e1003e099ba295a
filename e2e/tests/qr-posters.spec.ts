import path from 'node:path'
import { expect, type Locator, type Page, test } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

// The venue and deputy QR codes, read as a phone reads them, and the posters they are printed on.
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
const SLOW = { timeout: 30_000 }
const WUKANG = '330521001000'

const shot = (name: string) => path.resolve(import.meta.dirname, '..', 'screenshots', `${name}.png`)

/** Decodes a PNG as a phone's camera would read the printed code. */
function decode(png: Buffer): string {
  const image = PNG.sync.read(png)
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)
  if (!code) throw new Error('no QR code in the image')
  return code.data
}

/** The pages of a PDF (Chromium writes one page object per page). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length

async function imagesLoaded(page: Page) {
  await expect
    .poll(
      () => page.evaluate(() => Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0)),
      SLOW,
    )
    .toBe(true)
}

/** Nothing on the sheet is cut off: its last line (the footer) ends inside it. */
async function fitsOnSheet(sheet: Locator) {
  const [box, foot] = await Promise.all([sheet.boundingBox(), sheet.locator('.lx-poster-foot').boundingBox()])
  expect(foot!.y + foot!.height).toBeLessThanOrEqual(box!.y + box!.height)
}

async function noSideScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  )
}

test.describe('on a phone', () => {
  test.use(PHONE)

  test('a citizen scans a deputy’s code (代表码), opens the page it names and gives the deputy an opinion', async ({
    page,
    baseURL,
  }) => {
    const list = await page.request.get(`/api/public/deputies?regionCode=${WUKANG}&limit=1`)
    const deputy = ((await list.json()) as { items: { id: string; name: string }[] }).items[0]!
    await page.goto(`/deputies/${deputy.id}`)
    await expect(page.getByRole('heading', { level: 1, name: deputy.name })).toBeVisible(SLOW)
    await expect(page.locator('[data-next-duty]').first()).toBeVisible()

    // The code as printed: the PNG the server draws, decoded here, not the page's own link.
    const qr = await page.request.get(`/api/public/deputies/${deputy.id}/qr.png`)
    expect(qr.ok()).toBeTruthy()
    expect(qr.headers()['content-type']).toBe('image/png')
    const url = decode(await qr.body())
    expect(url).toBe(`${baseURL}/deputies/${deputy.id}`)

    await page.goto('about:blank')
    await page.goto(url)
    await expect(page.getByRole('heading', { level: 1, name: deputy.name })).toBeVisible(SLOW)
    await page.getByRole('link', { name: '向代表提意见' }).click()
    await expect(page).toHaveURL(new RegExp(`/suggest\\?deputyId=${deputy.id}`))
    await expect(page.getByTestId('addressee')).toContainText(deputy.name, SLOW)
    const content = `小区门口的人行道砖松动多处，雨天踩上去溅水，老人容易摔倒，请代表帮忙反映。（${Date.now().toString(36)}）`
    await page.getByLabel('意见建议内容').fill(content)
    const category = page.getByLabel('类别')
    await expect(category.locator('option')).not.toHaveCount(1, SLOW)
    await category.selectOption({ index: 1 })
    await page.getByLabel('我已阅读并同意上述个人信息保护告知').check()
    await page.getByRole('button', { name: '提交' }).click()
    await expect(page.getByRole('heading', { name: '提交成功' })).toBeVisible(SLOW)
    const trackingCode = ((await page.getByTestId('tracking-code').textContent()) ?? '').trim()
    expect(trackingCode).toMatch(/^[A-Z0-9]{6,20}$/)
  })

  test('a venue’s page shows its place on the offline map, its hours and its next duty', async ({ page }) => {
    const list = await page.request.get(`/api/public/venues?regionCode=${WUKANG}&kind=station&limit=50`)
    const items = ((await list.json()) as { items: { id: string; name: string; lat: number | null }[] }).items
    const venue = items.find((v) => v.lat !== null)!
    await page.goto(`/venues/${venue.id}`)
    await expect(page.getByRole('heading', { level: 1, name: venue.name })).toBeVisible(SLOW)
    await expect(page.getByTestId('venue-pin')).toBeVisible()
    await expect(page.locator('.lx-map-here text')).toHaveText('武康')
    await expect(page.getByRole('link', { name: '在高德地图打开' })).toHaveAttribute(
      'href',
      /uri\.amap\.com\/marker/,
    )
    await expect(page.locator('[data-next-duty]').first()).toBeVisible()
    await noSideScroll(page)
    await page.screenshot({ path: shot('public-venue-map-390'), fullPage: true })

    await page.getByRole('link', { name: /打印本站二维码海报/ }).click()
    await expect(page.getByTestId('venue-poster')).toBeVisible()
    await imagesLoaded(page)
    await noSideScroll(page)
    await page.screenshot({ path: shot('poster-venue-390'), fullPage: true })
  })
})

test.describe('on a phone, the posters', () => {
  test.use(PHONE)

  test('a deputy’s poster and a town’s batch fit the screen', async ({ page }) => {
    const deputies = await page.request.get(`/api/public/deputies?regionCode=${WUKANG}&limit=1`)
    const deputy = ((await deputies.json()) as { items: { id: string; name: string }[] }).items[0]!
    await page.goto(`/deputies/${deputy.id}`)
    await page.getByRole('link', { name: /打印代表码海报/ }).click()
    await expect(page.getByTestId('deputy-poster').getByRole('heading', { name: deputy.name })).toBeVisible(
      SLOW,
    )
    await imagesLoaded(page)
    await noSideScroll(page)
    await page.screenshot({ path: shot('poster-deputy-390'), fullPage: true })

    await page.getByRole('link', { name: '本镇（街道）全部海报' }).click()
    await expect(page).toHaveURL(new RegExp(`/towns/${WUKANG}/posters$`))
    await expect(page.getByTestId('poster-count')).toBeVisible(SLOW)
    await imagesLoaded(page)
    await noSideScroll(page)
    await page.screenshot({ path: shot('posters-town-390') })
  })
})

test.describe('at a desk', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('a venue poster and a deputy poster print on one A4 page each, with no site chrome', async ({
    page,
  }) => {
    const venues = await page.request.get(`/api/public/venues?regionCode=${WUKANG}&kind=station&limit=1`)
    const venue = ((await venues.json()) as { items: { id: string; name: string }[] }).items[0]!
    await page.goto(`/venues/${venue.id}`)
    await expect(page.getByTestId('venue-pin')).toBeVisible(SLOW)
    await page.screenshot({ path: shot('public-venue-map-1440'), fullPage: true })

    await page.goto(`/venues/${venue.id}/poster`)
    const poster = page.getByTestId('venue-poster')
    await expect(poster.getByRole('heading', { level: 1, name: venue.name })).toBeVisible(SLOW)
    await expect(poster).toContainText('扫码提意见')
    await expect(poster).toContainText('联络站码')
    await expect(page.locator('.lx-topbar')).toHaveCount(0)
    await imagesLoaded(page)
    await page.screenshot({ path: shot('poster-venue-1440'), fullPage: true })
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(1)

    // At print size (A4 at 96 dpi), with the print stylesheet: the toolbar is gone.
    await page.setViewportSize({ width: 794, height: 1123 })
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('toolbar')).toBeHidden()
    await fitsOnSheet(poster)
    await poster.screenshot({ path: shot('poster-venue-print') })
    // Back to no emulation: page.pdf() prints with the screen stylesheet after an explicit 'screen'.
    await page.emulateMedia({ media: null })

    const deputies = await page.request.get(`/api/public/deputies?regionCode=${WUKANG}&limit=1`)
    const deputy = ((await deputies.json()) as { items: { id: string; name: string }[] }).items[0]!
    await page.goto(`/deputies/${deputy.id}/poster`)
    const sheet = page.getByTestId('deputy-poster')
    await expect(sheet.getByRole('heading', { level: 1, name: deputy.name })).toBeVisible(SLOW)
    await expect(sheet).toContainText('代表码（亮身份）')
    await expect(sheet.getByRole('img', { name: `${deputy.name} 代表码` })).toHaveAttribute(
      'src',
      `/api/public/deputies/${deputy.id}/qr.svg`,
    )
    await imagesLoaded(page)
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(1)
    await page.emulateMedia({ media: 'print' })
    await fitsOnSheet(sheet)
    await sheet.screenshot({ path: shot('poster-deputy-print') })
  })

  test('a town’s posters print together, one poster a page', async ({ page }) => {
    const [venues, deputies] = await Promise.all(
      ['venues', 'deputies'].map(async (kind) => {
        const res = await page.request.get(`/api/public/${kind}?regionCode=${WUKANG}&limit=500`)
        return ((await res.json()) as { total: number }).total
      }),
    )
    await page.goto(`/towns/${WUKANG}/posters`)
    await expect(page.getByTestId('poster-count')).toContainText(`共 ${venues + deputies} 张`, SLOW)
    await expect(page.getByTestId('venue-poster')).toHaveCount(venues, SLOW)
    await expect(page.getByTestId('deputy-poster')).toHaveCount(deputies, SLOW)
    await imagesLoaded(page)
    await page.screenshot({ path: shot('posters-town-1440') })
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(venues + deputies)

    await page.getByLabel('打印哪些').selectOption('venues')
    await expect(page.getByTestId('deputy-poster')).toHaveCount(0)
    await expect(page).toHaveURL(/\?show=venues$/)
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(venues)
  })
})
