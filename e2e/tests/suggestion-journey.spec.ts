import { type Browser, type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test'
import { DESK, PHONE, pngBuffer, SLOW, signIn } from './helpers'

// The acceptance journey of the closed loop: a citizen's phone, then staff desks, then the phone again.
test.describe.configure({ mode: 'serial' })
test.setTimeout(240_000)

async function staffPage(
  browser: Browser,
  username: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...DESK, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  await signIn(page, username)
  return { context, page }
}

/** Clicks an action button on the detail page, fills its form and confirms; waits for the new status. */
async function act(page: Page, button: RegExp, status: string, fill?: (dialog: Locator) => Promise<void>) {
  // The detail settles first (its reads refetch on focus): a dialog opened under a re-render can lose the click.
  await page.waitForLoadState('networkidle')
  await page.getByTestId('action-panel').getByRole('button', { name: button }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  if (fill) await fill(dialog)
  await dialog.getByTestId('action-submit').click()
  await expect(dialog).toBeHidden(SLOW)
  await expect(page.getByTestId('detail-status')).toHaveText(status, SLOW)
}

test('a citizen suggestion goes round the closed loop and is rated', async ({
  browser,
  request,
}, testInfo) => {
  const stamp = Date.now().toString(36)
  const content = `武康街道永安街与英溪南路路口的路灯坏了一个多月，晚上很黑，老人孩子过马路不安全，请尽快修复。（${stamp}）`

  // ── The citizen scans the station's QR code: its public page, then 提意见. ──
  const venues = await request.get('/api/public/venues?regionCode=330521001000&kind=station&limit=50')
  expect(venues.ok()).toBeTruthy()
  const station = ((await venues.json()) as { items: { id: string; name: string }[] }).items.find(
    (v) => v.name === '武康街道人大代表联络站',
  )
  expect(station, 'the demo station of 武康街道').toBeTruthy()

  const phoneContext = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const phone = await phoneContext.newPage()
  await phone.goto(`/venues/${station!.id}`)
  await expect(phone.getByRole('heading', { level: 1, name: '武康街道人大代表联络站' })).toBeVisible(SLOW)
  await phone.getByRole('link', { name: '提意见' }).click()
  await expect(phone).toHaveURL(new RegExp(`/suggest\\?venueId=${station!.id}`))
  await expect(phone.getByRole('heading', { name: '提意见建议' })).toBeVisible(SLOW)
  await expect(phone.getByTestId('addressee')).toContainText('武康街道人大代表联络站', SLOW)
  // The place is taken from the station.
  await expect(phone.getByLabel('镇（街道）')).toHaveValue('330521001000')

  await phone.getByLabel('意见建议内容').fill(content)
  await expect(phone.getByText(`${content.length}/2000`)).toBeVisible()
  const category = phone.getByLabel('类别')
  await expect(category.locator('option')).not.toHaveCount(1, SLOW)
  await category.selectOption({ index: 1 })
  await phone
    .getByTestId('photo-input')
    .setInputFiles({ name: 'streetlight.png', mimeType: 'image/png', buffer: pngBuffer() })
  const photo = phone.locator('.lx-photo').first()
  await expect(photo.locator('img')).toBeVisible()
  await expect(photo.locator('progress')).toHaveCount(0, SLOW) // uploaded
  await expect(photo.locator('.lx-photo-error')).toHaveCount(0)
  await phone.getByLabel('姓名', { exact: true }).fill('王建国')
  await phone.getByLabel('手机号码').fill('13805725678')
  await expect(phone.getByRole('heading', { name: '个人信息保护告知' })).toBeVisible()

  // Consent is required: without it nothing is sent.
  await phone.getByRole('button', { name: '提交' }).click()
  await expect(phone.getByRole('alert')).toContainText('个人信息保护告知')
  await phone.getByLabel('我已阅读并同意上述个人信息保护告知').check()
  await expect(phone.getByRole('alert')).toHaveCount(0)
  await phone.evaluate(() => window.scrollTo(0, 0))
  let path = 'screenshots/suggest-390.png'
  await phone.screenshot({ path, fullPage: true })
  await testInfo.attach('suggest-390', { path, contentType: 'image/png' })

  await phone.getByRole('button', { name: '提交' }).click()
  await expect(phone.getByRole('heading', { name: '提交成功' })).toBeVisible(SLOW)
  const trackingCode = ((await phone.getByTestId('tracking-code').textContent()) ?? '').trim()
  expect(trackingCode).toMatch(/^[A-Z0-9]{6,20}$/)
  await expect(phone.getByRole('heading', { name: '保存查询链接' })).toBeVisible()
  const trackingLink = ((await phone.getByTestId('tracking-link').textContent()) ?? '').trim()
  expect(trackingLink).toContain(`/track/${trackingCode}#key=`)
  await phoneContext.close()

  // ── The station's liaison accepts it and routes it to the county tier. ──
  const station1 = await staffPage(browser, 'station')
  let page = station1.page
  await page.getByRole('menu').getByRole('menuitem', { name: '办理队列' }).click()
  await expect(page.getByRole('heading', { name: '意见建议办理' })).toBeVisible(SLOW)
  await page.getByRole('link', { name: trackingCode }).click()
  await expect(page.getByTestId('suggestion-content')).toHaveText(content, SLOW)
  await expect(page.getByTestId('contact-phone')).toHaveText('138****5678')
  const detailUrl = new URL(page.url()).pathname
  expect(detailUrl).toMatch(/^\/console\/suggestions\/[0-9a-f-]{36}$/)
  await act(page, /^受\s*理$/, '已受理')
  await act(page, /^流\s*转$/, '已流转', async (dialog) => {
    await dialog.getByLabel('县级办理').check()
  })
  await station1.context.close()

  // ── County staff assign it to 县住房和城乡建设局. ──
  const admin = await staffPage(browser, 'admin')
  page = admin.page
  await page.goto(detailUrl)
  await expect(page.getByTestId('detail-status')).toHaveText('已流转', SLOW)
  await act(page, /^交\s*办$/, '已交办', async (dialog) => {
    await dialog.getByLabel('主办单位').fill('住房和城乡建设')
    await page.locator('.ant-select-item-option[title="县住房和城乡建设局"]').click()
  })
  await admin.context.close()

  // ── The unit signs for it, handles it and replies with outcome A. ──
  const unit = await staffPage(browser, 'unit')
  page = unit.page
  await page.goto('/console/suggestions')
  await expect(page.getByRole('link', { name: trackingCode })).toBeVisible(SLOW)
  await page.getByRole('link', { name: trackingCode }).click()
  await act(page, /^签\s*收$/, '已签收')
  await act(page, /^开始办理$/, '办理中')
  const answer = '经现场勘查，该路口两盏路灯的灯具和线路已更换，已于当晚恢复照明。感谢您的反映。'
  await act(page, /^答\s*复$/, '已答复', async (dialog) => {
    await dialog.getByLabel('A 已解决').check()
    await dialog.getByLabel(/答复内容/).fill(answer)
  })
  await unit.context.close()

  // ── County staff review the reply and send it to the citizen. ──
  const admin2 = await staffPage(browser, 'admin')
  page = admin2.page
  await page.getByRole('menu').getByRole('menuitem', { name: '办理队列' }).click()
  await expect(page.getByRole('heading', { name: '意见建议办理' })).toBeVisible(SLOW)
  await expect(page.getByTestId('list-total')).toBeVisible(SLOW)
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible(SLOW)
  path = 'screenshots/console-queue.png'
  await page.screenshot({ path })
  await testInfo.attach('console-queue', { path, contentType: 'image/png' })

  await page.goto(detailUrl)
  await expect(page.getByTestId('detail-status')).toHaveText('已答复', SLOW)
  await expect(page.getByText(answer)).toBeVisible()
  await expect(page.locator('.ant-image img').first()).toBeVisible(SLOW)
  await expect(page.getByText('内部').first()).toBeVisible()
  path = 'screenshots/console-detail.png'
  await page.screenshot({ path })
  await testInfo.attach('console-detail', { path, contentType: 'image/png' })
  await act(page, /^审核通过$/, '已审核')
  await act(page, /^反馈群众$/, '已反馈')

  // ── The citizen opens the saved link, reads the answer and rates it 满意. ──
  const phoneContext2 = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const phone2 = await phoneContext2.newPage()
  await phone2.goto(trackingLink)
  await expect(phone2.getByTestId('track-status')).toHaveText('已答复', SLOW)
  // The secret leaves the address bar once read.
  await expect(phone2).toHaveURL(new RegExp(`/track/${trackingCode}$`))
  await expect(phone2.getByText(answer)).toBeVisible()
  await expect(phone2.getByText('A 已解决')).toBeVisible()
  await expect(phone2.getByText('已交办承办单位')).toBeVisible()
  await expect(phone2.locator('.lx-photos-view img')).toBeVisible(SLOW)
  await phone2.evaluate(() => window.scrollTo(0, 0))
  path = 'screenshots/track-390.png'
  await phone2.screenshot({ path, fullPage: true })
  await testInfo.attach('track-390', { path, contentType: 'image/png' })
  await phone2.getByRole('button', { name: '满意', exact: true }).click()
  await phone2.getByLabel('补充说明（选填）').fill('修得很快，谢谢！')
  await phone2.getByRole('button', { name: '提交评价' }).click()
  await expect(phone2.getByTestId('track-status')).toHaveText('已办结', SLOW)
  await expect(phone2.getByText('您的评价：')).toContainText('满意')
  // Satisfied: thanks, and asking for it to be handled again is only a quiet link, not a button.
  await expect(phone2.getByTestId('rated-thanks')).toContainText('感谢您的评价')
  await expect(phone2.getByRole('button', { name: '还有问题？申请重新办理' })).toHaveClass(/lx-link-button/)
  await expect(phone2.locator('.lx-button', { hasText: '申请重新办理' })).toHaveCount(0)
  // The chip and the newest step of the timeline name the state alike.
  await expect(phone2.locator('.lx-timeline-current strong')).toContainText('已办结')
  path = 'screenshots/track-rated-390.png'
  await phone2.screenshot({ path, fullPage: true })
  await testInfo.attach('track-rated-390', { path, contentType: 'image/png' })
  // A reload still works from the token kept for this tab.
  await phone2.reload()
  await expect(phone2.getByTestId('track-status')).toHaveText('已办结', SLOW)
  await phoneContext2.close()

  // ── The console shows it closed. ──
  await page.reload()
  await expect(page.getByTestId('detail-status')).toHaveText('已办结', SLOW)
  await expect(page.getByText('修得很快，谢谢！').first()).toBeVisible()
  await admin2.context.close()
})

test('a wrong access key gets a friendly not-found page with a form to try again', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  await page.goto('/track/ABCDEF123456#token=wrong-token-000000')
  await expect(page.getByRole('alert')).toContainText('查询编号或查询密钥不正确', SLOW)
  await expect(page.getByLabel('查询编号')).toHaveValue('ABCDEF123456')
  await expect(page.getByLabel('查询密钥')).toBeVisible()
  await context.close()
})
