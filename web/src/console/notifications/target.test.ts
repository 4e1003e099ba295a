import { describe, expect, it } from 'vitest'
import { notificationTarget } from './target'

describe('notificationTarget', () => {
  it('opens the suggestion a notification is about', () => {
    expect(
      notificationTarget({
        kind: 'suggestion.assigned',
        subject: { type: 'suggestion', id: 'abc' },
        link: null,
      }),
    ).toBe('/suggestions/abc')
  })

  it('opens the calendar at the year whose notice is due', () => {
    expect(
      notificationTarget({ kind: 'calendar.notice_due', subject: null, link: '/calendar?year=2027' }),
    ).toBe('/calendar?year=2027')
    expect(notificationTarget({ kind: 'calendar.notice_due', subject: null, link: null })).toBe('/calendar')
    // Only a console path is followed.
    expect(notificationTarget({ kind: 'other', subject: null, link: 'https://example.com/' })).toBeNull()
  })

  it('leads nowhere for other notifications', () => {
    expect(notificationTarget({ kind: 'other', subject: null, link: null })).toBeNull()
  })
})
