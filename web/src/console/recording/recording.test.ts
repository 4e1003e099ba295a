import { describe, expect, it } from 'vitest'
import { rowsOf } from './merge'
import type { LocalVisitor } from './store'
import { sameCheckIn, verdict } from './sync'

const local = (id: string, at: string, over: Partial<LocalVisitor> = {}): LocalVisitor => ({
  id,
  receptionId: 'r',
  headcount: 1,
  name: null,
  phone: null,
  note: '',
  recordedAt: at,
  issues: [],
  state: 'pending',
  ...over,
})

describe('the recording queue', () => {
  it('sends until the server answers: 2xx done, 401 sign in, 4xx a conflict, else later', () => {
    expect(verdict(200)).toBe('done')
    expect(verdict(201)).toBe('done')
    expect(verdict(401)).toBe('sign-in')
    expect(verdict(400)).toBe('refused')
    expect(verdict(409)).toBe('refused')
    expect(verdict(403)).toBe('refused')
    expect(verdict(408)).toBe('later')
    expect(verdict(429)).toBe('later')
    expect(verdict(500)).toBe('later')
    expect(verdict(503)).toBe('later')
  })

  it('takes a stored check-in as this phone’s only at the time it sent', () => {
    const sent = '2026-12-07T01:02:03.456Z'
    expect(sameCheckIn('2026-12-07T01:02:03.456Z', sent)).toBe(true)
    expect(sameCheckIn('2026-12-07T01:02:03Z', sent)).toBe(true)
    expect(sameCheckIn('2026-12-07T01:05:00Z', sent)).toBe(false)
    expect(sameCheckIn(null, sent)).toBe(false)
  })

  it('lists each visitor once, the server’s copy once it has it, newest first', () => {
    const rows = rowsOf(
      {
        visitors: [
          {
            id: 'a',
            headcount: 12,
            name: null,
            phone: null,
            note: '',
            recordedAt: '2026-12-07T01:00:00Z',
            issues: [
              {
                id: 'i',
                content: '路灯',
                disposition: 'loop',
                answer: null,
                suggestion: {
                  id: 's',
                  trackingCode: 'LX1',
                  status: 'submitted',
                  statusLabel: { zh: '', en: '' },
                },
              },
            ],
          },
        ],
      },
      [
        local('a', '2026-12-07T01:00:00Z', { headcount: 12 }),
        local('b', '2026-12-07T01:05:00Z'),
        local('c', '2026-12-07T00:55:00Z', { state: 'conflict' }),
      ],
    )
    expect(rows.map((r) => [r.id, r.state])).toEqual([
      ['b', 'pending'],
      ['a', 'synced'],
      ['c', 'conflict'],
    ])
    expect(rows[1]!.issues[0]!.code).toBe('LX1')
    expect(rows.reduce((n, r) => n + r.headcount, 0)).toBe(14)
  })
})
