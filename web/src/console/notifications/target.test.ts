import { describe, expect, it } from 'vitest'
import { notificationTarget } from './target'

describe('notificationTarget', () => {
  it('opens the suggestion a notification is about', () => {
    expect(
      notificationTarget({
        kind: 'suggestion.assigned',
        title: '新交办',
        subject: { type: 'suggestion', id: 'abc' },
      }),
    ).toBe('/suggestions/abc')
  })

  it('opens the calendar at the year whose notice is due', () => {
    expect(
      notificationTarget({ kind: 'calendar.notice_due', title: '请录入2027年节假日安排', subject: null }),
    ).toBe('/calendar?year=2027')
    expect(
      notificationTarget({ kind: 'calendar.notice_due', title: 'Enter the notice', subject: null }),
    ).toBe('/calendar')
  })

  it('leads nowhere for other notifications', () => {
    expect(notificationTarget({ kind: 'other', title: '2027年', subject: null })).toBeNull()
  })
})
