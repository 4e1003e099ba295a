import path from 'node:path'
import { expect, type Locator, type Page, type TestInfo, test } from '@playwright/test'
import { signIn } from './helpers'

// The working-day calendar: the county admin enters the State Council's notice for a provisional year and corrects
// a day; town staff read the same calendar without any way to change it. 2027 is a year the published holiday data
// does not cover, so its holidays are computed from the law and provisional until the notice is entered.
test.describe.configure({ mode: 'serial' })
test.setTimeout(120_000)

const DESK = { width: 1440, height: 900 }
const PHONE = { width: 390, height: 844 }
const TITLE = '国务院办公厅关于2027年部分节假日安排的通知'

/** Saves the page at desk (whole page) and phone width (the first screen) under e2e/screenshots. */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = path.resolve(testInfo.project.testDir, '..', 'screenshots')
  for (const [size, suffix, fullPage] of [
    [DESK, '1440', true],
    [PHONE, '390', false],
  ] as const) {
    await page.setViewportSize(size)
    await expect(page.getByTestId('calendar-months')).toBeVisible()
    const file = path.join(dir, `${name}-${suffix}.png`)
    await page.screenshot({ path: file, fullPage })
    await testInfo.attach(`${name}-${suffix}`, { path: file, contentType: 'image/png' })
  }
  await page.setViewportSize(DESK)
}

const day = (page: Page, d: string): Locator => page.locator(`[data-day="${d}"]`)

/** Types a day into an antd date picker and confirms it. */
async function pickDay(picker: Locator, text: string): Promise<void> {
  await picker.click()
  await picker.fill(text)
  await picker.press('Enter')
  await expect(picker).toHaveValue(text)
}

test('the county admin enters the 2027 notice: the provisional banner gives way and the days are coloured', async ({
  page,
}, testInfo) => {
  await page.setViewportSize(DESK)
  await signIn(page, 'admin')

  // From 1 November the admins are reminded to enter next year's notice; the reminder opens the calendar there.
  const reminder = page.getByText(/请录入\d{4}年节假日安排/).first()
  await expect(async () => {
    await page.reload()
    await page.getByTestId('notification-bell').click()
    await expect(reminder).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  const dueYear = /(\d{4})/.exec((await reminder.textContent()) ?? '')?.[1]
  await reminder.click()
  await expect(page).toHaveURL(new RegExp(`/console/calendar\\?year=${dueYear}$`))
  await expect(page.getByTestId('calendar-year')).toHaveText(`${dueYear}年`)

  // The menu leads to the calendar; the year picker moves between years.
  await page.getByRole('menu').getByRole('menuitem', { name: '工作日历' }).click()
  await expect(page.getByRole('heading', { name: '工作日历' })).toBeVisible()
  await page.goto('/console/calendar?year=2026')
  await expect(page.getByTestId('calendar-banner')).toHaveAttribute('data-status', 'statutory')
  await page.getByRole('button', { name: '下一年' }).click()
  await expect(page).toHaveURL(/year=2027$/)
  await expect(page.getByTestId('calendar-year')).toHaveText('2027年')

  // A provisional year: the warning quotes the law, and the computed holidays carry the provisional mark.
  const banner = page.getByTestId('calendar-banner')
  await expect(banner).toHaveAttribute('data-status', 'provisional')
  await expect(banner).toContainText('2027年节假日为暂定安排')
  await expect(banner).toContainText('本年度节假日依据《全国年节及纪念日放假办法》推算，为暂定安排')
  await expect(day(page, '2027-02-09')).toHaveAttribute('data-kind', 'holiday') // 春节补休, computed
  await expect(day(page, '2027-02-09')).toHaveClass(/is-provisional/)
  await expect(day(page, '2027-01-04')).toHaveAttribute('data-kind', 'workday')
  await expect(day(page, '2027-01-09')).toHaveAttribute('data-kind', 'rest')
  await expect(page.getByTestId('holiday-list')).toContainText('2月5日至10日，共 6 天')
  await shoot(page, testInfo, 'calendar-2027-provisional')

  // The notice form opens with the year's holidays as ranges.
  await page.getByRole('button', { name: '录入放假通知' }).click()
  const drawer = page.getByRole('dialog', { name: '录入2027年放假通知' })
  await expect(drawer.getByLabel('通知标题')).toHaveValue(TITLE)
  await expect(drawer.getByLabel('第 1 行 节日名称')).toHaveValue('元旦')
  await expect(drawer.getByLabel('第 2 行 节日名称')).toHaveValue('春节')
  await expect(drawer.getByLabel('第 2 行 开始日期')).toHaveValue('2027-02-05')
  await expect(drawer.getByLabel('第 2 行 结束日期')).toHaveValue('2027-02-10')

  // New Year's Day runs to Monday 4 January; Saturday 9 January becomes a make-up working day.
  await pickDay(drawer.getByLabel('第 1 行 结束日期'), '2027-01-04')
  await drawer.getByRole('button', { name: '添加一行' }).click()
  const row = await drawer.getByTestId('notice-row').count()
  await drawer.getByLabel(`第 ${row} 行 节日名称`).fill('元旦')
  await drawer.getByLabel(`第 ${row} 行 类型`).getByText('调休上班', { exact: true }).click()
  // A make-up day on a Friday is refused on its row before anything is sent.
  await pickDay(drawer.getByLabel(`第 ${row} 行 开始日期`), '2027-01-08')
  await expect(drawer.getByLabel(`第 ${row} 行 结束日期`)).toHaveValue('2027-01-08')
  await drawer.getByRole('button', { name: '保存通知' }).click()
  await expect(drawer.getByTestId('notice-row').nth(row - 1)).toContainText(
    '调休上班日应为周六或周日，2027-01-08 不是',
  )
  await pickDay(drawer.getByLabel(`第 ${row} 行 开始日期`), '2027-01-09')
  await expect(drawer.getByLabel(`第 ${row} 行 结束日期`)).toHaveValue('2027-01-09')
  await drawer.getByRole('button', { name: '保存通知' }).click()
  await expect(page.getByText(/已保存，重算了 \d+ 件事项的办理期限/)).toBeVisible()
  await expect(drawer).toBeHidden()

  // The banner now names the notice, who entered it and when; the days follow it and are no longer provisional.
  await expect(banner).toHaveAttribute('data-status', 'notice')
  await expect(banner).toContainText(TITLE)
  await expect(banner).toContainText('县人大管理员')
  await expect(banner).toContainText('北京时间')
  await expect(day(page, '2027-01-04')).toHaveAttribute('data-kind', 'holiday')
  await expect(day(page, '2027-01-04')).not.toHaveClass(/is-provisional/)
  await expect(day(page, '2027-01-09')).toHaveAttribute('data-kind', 'makeup')
  await expect(day(page, '2027-02-09')).not.toHaveClass(/is-provisional/)
  await expect(page.getByRole('button', { name: '修改放假通知' })).toBeVisible()
  await expect(page.getByTestId('holiday-list')).toContainText('1月1日至4日，共 4 天')
  await shoot(page, testInfo, 'calendar-2027-notice')

  // A day of the county's own: Monday 11 January off for a typhoon, then back to the statutory calendar.
  await day(page, '2027-01-11').click()
  const dialog = page.getByRole('dialog', { name: '调整这一天' })
  await expect(dialog).toContainText('2027年1月11日 星期一')
  await dialog.getByText('放假', { exact: true }).click()
  await dialog.getByLabel('说明').fill('台风停工')
  await dialog.getByRole('button', { name: /保\s*存/ }).click()
  await expect(dialog).toBeHidden()
  await expect(day(page, '2027-01-11')).toHaveAttribute('data-source', 'override')
  await expect(day(page, '2027-01-11')).toHaveAttribute('data-kind', 'holiday')
  await expect(page.getByTestId('holiday-list')).toContainText('台风停工')
  await day(page, '2027-01-11').click()
  await dialog.getByRole('button', { name: '删除本县调整' }).click()
  await expect(dialog).toBeHidden()
  await expect(day(page, '2027-01-11')).toHaveAttribute('data-kind', 'workday')
  await expect(day(page, '2027-01-11')).toHaveAttribute('data-source', 'notice')

  // Office hours: the server's message shows on the field it names; a valid cut-off is saved, then cleared again.
  const hours = page.getByTestId('office-hours')
  const editHours = async (cutoff: string) => {
    await hours.getByRole('button', { name: /修\s*改/ }).click()
    const form = page.getByRole('dialog', { name: '修改办公时间' })
    await form.getByLabel('当日受理截止时间').fill(cutoff)
    await form.getByRole('button', { name: /保\s*存/ }).click()
    return form
  }
  const form = await editHours('18:30')
  await expect(form).toContainText('当日受理截止时间应在上班后、下班前')
  await form.getByLabel('当日受理截止时间').fill('16:30')
  await form.getByRole('button', { name: /保\s*存/ }).click()
  await expect(form).toBeHidden()
  await expect(hours).toContainText('16:30')
  await expect(await editHours('')).toBeHidden()
  await expect(hours).toContainText('下班时间')
})

test('town staff read the calendar, in county time whatever their zone, and cannot change it', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: DESK,
    locale: 'zh-CN',
    // Far from China: the notice's time must still read in China Standard Time.
    timezoneId: 'America/Los_Angeles',
  })
  const page = await context.newPage()
  await signIn(page, 'town')
  await page.getByRole('menu').getByRole('menuitem', { name: '工作日历' }).click()
  await expect(page.getByRole('heading', { name: '工作日历' })).toBeVisible()
  await page.goto('/console/calendar?year=2027')
  const banner = page.getByTestId('calendar-banner')
  await expect(banner).toHaveAttribute('data-status', 'notice')
  const year = await (await page.request.get('/api/calendar/years/2027')).json()
  const county = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(year.notice.enteredAt))
  const p = Object.fromEntries(county.map((x) => [x.type, x.value]))
  await expect(banner).toContainText(`${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}（北京时间）`)

  await expect(day(page, '2027-01-04')).toHaveAttribute('data-kind', 'holiday')
  await expect(day(page, '2027-01-09')).toHaveAttribute('data-kind', 'makeup')
  await expect(page.getByTestId('office-hours')).toContainText('08:30')
  // Read-only: no notice button, no day to click, no office-hours edit.
  await expect(page.getByRole('button', { name: /录入放假通知|修改放假通知/ })).toHaveCount(0)
  await expect(page.locator('button[data-day]')).toHaveCount(0)
  await expect(page.getByTestId('office-hours').getByRole('button')).toHaveCount(0)
  await context.close()
})
