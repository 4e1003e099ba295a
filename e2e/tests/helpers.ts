import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'
import { type Browser, expect, type Page } from '@playwright/test'

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

/** Where the specs keep the screenshots they take for the record (committed, looked at). */
export const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots')
/** A phone (390×844, touch, retina) and an office screen (1440×900): every page is looked at on both. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
}
export const DESK = { viewport: { width: 1440, height: 900 } }
/** For what waits on the server (a list loading, a change saved) on a loaded machine. */
export const SLOW = { timeout: 30_000 }

/** A new page in its own browser context, in Chinese on the county's clock; `geo`: located in 武康. */
export async function open(
  browser: Browser,
  size: typeof PHONE | typeof DESK,
  options: { geo?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    ...size,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...(options.geo
      ? { permissions: ['geolocation'], geolocation: { latitude: 30.545, longitude: 119.958 } }
      : {}),
  })
  return context.newPage()
}

/** The page is no wider than the screen: nothing to scroll sideways. */
export async function fits(page: Page, width: number, where: string): Promise<void> {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scroll, `${where} is ${scroll}px wide`).toBeLessThanOrEqual(width)
}

/** A screenshot for the record, from the top: the whole page, or what the screen shows (a bar fixed to its foot). */
export async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage })
}

/** A small, real PNG (a square of `rgb` with a white stripe), built in memory: a photo to upload. */
export function pngBuffer(size = 48, rgb: [number, number, number] = [22, 119, 255]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc32 = (buf: Buffer) => {
    let c = 0xffffffff
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([len, body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // truecolour RGB
  const rows: Buffer[] = []
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3)
    for (let x = 0; x < size; x++)
      row.set(Math.abs(y - size / 2) < size / 8 ? [255, 255, 255] : rgb, 1 + x * 3)
    rows.push(row)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
