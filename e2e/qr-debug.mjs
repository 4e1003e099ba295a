import { chromium } from '@playwright/test'

const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await b.newPage({ viewport: { width: 794, height: 1123 } })
const base = 'http://127.0.0.1:3231'
const r = await page.request.get(base + '/api/public/venues?regionCode=330521001000&kind=station&limit=1')
const d = (await r.json()).items[0]
await page.goto(`${base}/venues/${d.id}/poster`)
await page.getByTestId('venue-poster').waitFor()
await page.waitForTimeout(1000)
const pdf = await page.pdf({ preferCSSPageSize: true })
console.log('pdf pages at 794', (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length)
await page.emulateMedia({ media: 'print' })
await page.screenshot({ path: '/tmp/qr-venue-print.png', fullPage: true })
await b.close()
