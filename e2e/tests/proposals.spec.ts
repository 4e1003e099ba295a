import { type Browser, expect, type Page, test } from '@playwright/test'
import { DESK, PHONE, SLOW, shoot, signIn } from './helpers'

// Deputies' proposals (代表建议) in the console: the demo deputy takes two of their items up in a proposal and
// invites the second demo deputy, who co-signs; it is submitted, the county office registers it to the demo
// unit, which records the contact and answers; the deputy, on a phone, rates the answer unsatisfied and it goes
// back to the unit. The detail is shot on a phone (390) and the list on a desk (1440).
test.describe.configure({ mode: 'serial' })
test.setTimeout(240_000)

const UNIT = '县住房和城乡建设局'

async function as(
  browser: Browser,
  username: string,
  size: typeof PHONE | typeof DESK = DESK,
): Promise<Page> {
  const context = await browser.newContext({ ...size, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  await signIn(page, username)
  return page
}

const status = (page: Page) => page.getByTestId('proposal-status').first()

async function act(page: Page, action: string, fill?: () => Promise<void>) {
  await page.getByTestId(`action-${action}`).click()
  await expect(page.getByTestId(`action-form-${action}`)).toBeVisible()
  if (fill) await fill()
  await page.getByTestId('action-confirm').click()
  await expect(page.getByTestId(`action-form-${action}`)).toBeHidden(SLOW)
}

let proposalUrl = ''

test('a deputy drafts a proposal from two items and invites a co-signer', async ({ browser }) => {
  const deputy2 = await as(browser, 'deputy2')
  const me = await (await deputy2.request.get('/api/auth/me')).json()
  const cosignerName: string = me.displayName
  await deputy2.context().close()

  const page = await as(browser, 'deputy')
  // From one of the deputy's items: 转为代表建议 opens the draft with the item chosen; a second one is added.
  const queue = await (await page.request.get('/api/suggestions?limit=5')).json()
  const first = queue.items[0]
  await page.goto(`/console/suggestions/${first.id}`)
  await page.getByTestId('to-proposal').click()
  await expect(page).toHaveURL(/\/proposals\/new\?from=/)
  await expect(page.getByTestId('source-picker')).toContainText(first.trackingCode)
  await page.getByTestId('source-picker').click()
  const others = page.locator(
    '.ant-select-dropdown:visible .ant-select-item-option:not(.ant-select-item-option-selected)',
  )
  await expect(others.first()).toBeVisible(SLOW)
  await others.first().click()
  await page.keyboard.press('Escape')
  await page.getByLabel('标题').fill('关于背街小巷路面和照明整治的建议')
  await page.getByLabel('案由').fill('群众反映背街小巷路面破损、夜间照明不足，出行不便。')
  await page.getByLabel('建议措施').fill('建议开展专项整治，修复路面，增设路灯，落实日常养护。')
  await page.getByTestId('cosigner-picker').click()
  await page.keyboard.type(cosignerName)
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: cosignerName })
    .first()
    .click(SLOW)
  await page.keyboard.press('Escape')
  await page.getByTestId('save-proposal').click()
  await expect(page.getByTestId('proposal-page')).toBeVisible(SLOW)
  await expect(status(page)).toHaveAttribute('data-status', 'draft')
  await expect(page.getByTestId('proposal-sources').locator('li')).toHaveCount(2)
  proposalUrl = new URL(page.url()).pathname
  await act(page, 'invite')
  await expect(status(page)).toHaveAttribute('data-status', 'cosigning')
  await page.context().close()
})

test('the invited deputy co-signs and the lead deputy submits', async ({ browser }) => {
  const cosigner = await as(browser, 'deputy2')
  await cosigner.goto(proposalUrl)
  await act(cosigner, 'cosign')
  await expect(cosigner.getByTestId('cosigners')).toContainText('已联名')
  await expect(cosigner.getByTestId('action-unsign')).toBeVisible()
  await cosigner.context().close()

  const page = await as(browser, 'deputy')
  await page.goto(proposalUrl)
  await act(page, 'submit')
  await expect(status(page)).toHaveAttribute('data-status', 'submitted')
  await page.context().close()
})

test('the county office registers it to the demo unit, which contacts the deputy and answers', async ({
  browser,
}) => {
  const admin = await as(browser, 'admin')
  await admin.goto(proposalUrl)
  await act(admin, 'register', async () => {
    await admin.getByTestId('lead-unit').click()
    await admin.keyboard.type(UNIT)
    await admin
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: UNIT })
      .first()
      .click()
  })
  await expect(status(admin)).toHaveAttribute('data-status', 'registered')
  await admin.context().close()

  const unit = await as(browser, 'unit')
  await unit.goto(proposalUrl)
  // Answering waits for the contact: the unit is offered only the contact first.
  await expect(unit.getByTestId('action-answer')).toHaveCount(0)
  await act(unit, 'contact', async () => {
    await unit.getByLabel('面商情况').fill('到现场查看路段，听取代表意见。')
  })
  await expect(status(unit)).toHaveAttribute('data-status', 'contacted')
  await act(unit, 'answer', async () => {
    await unit.getByTestId('outcome').click()
    await unit
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'C 类' })
      .click()
    await unit.getByLabel('答复内容').fill('相关路段已列入明年背街小巷改造计划。')
  })
  await expect(status(unit)).toHaveAttribute('data-status', 'answered')
  await unit.context().close()
})

test('the deputy rates the answer unsatisfied on a phone and it goes back to the unit', async ({
  browser,
}) => {
  const page = await as(browser, 'deputy', PHONE)
  await page.goto(proposalUrl)
  await expect(page.getByTestId('proposal-answer')).toContainText('背街小巷改造计划')
  await act(page, 'rate', async () => {
    await page.getByText('不满意', { exact: true }).click()
  })
  await expect(status(page)).toHaveAttribute('data-status', 'rehandling')
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scroll, `the detail is ${scroll}px wide`).toBeLessThanOrEqual(390)
  await shoot(page, 'proposal-detail-phone')
  await page.context().close()

  const unit = await as(browser, 'unit')
  await unit.goto(proposalUrl)
  await expect(status(unit)).toHaveAttribute('data-status', 'rehandling')
  await expect(unit.getByTestId('action-contact')).toBeVisible()
  await unit.context().close()

  const phoneList = await as(browser, 'deputy', PHONE)
  await phoneList.goto('/console/proposals')
  await expect(phoneList.getByTestId('proposal-card').first()).toBeVisible(SLOW)
  await shoot(phoneList, 'proposals-list-phone')
  await phoneList.context().close()

  const admin = await as(browser, 'admin', DESK)
  await admin.goto('/console/proposals?year=2022')
  await expect(admin.getByTestId('proposals-table')).toContainText('已办结', SLOW)
  await shoot(admin, 'proposals-list-desk')
  await admin.context().close()
})
