import { describe, expect, it } from 'vitest'
import { auditRowHash, canonicalJson, GENESIS_HASH } from './audit.ts'

const row = {
  seq: '7',
  at: new Date('2026-11-26T10:00:00.123Z'),
  actor_id: null,
  actor_name: 'admin',
  action: 'venue.create',
  target_type: 'venue',
  target_id: 'abc',
  result: 'success',
  request_id: 'r1',
  detail: { b: 1, a: { d: [1, 2], c: 'x' } },
  county_code: '330521000000',
}

describe('audit hashing', () => {
  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }))
    expect(canonicalJson({ a: [{ y: 1, x: 2 }] })).toBe('{"a":[{"x":2,"y":1}]}')
  })
  it('changes when any hashed field or the previous hash changes', () => {
    const h = auditRowHash(GENESIS_HASH, row)
    expect(h).toMatch(/^[0-9a-f]{64}$/)
    expect(auditRowHash(GENESIS_HASH, { ...row, detail: { a: { c: 'x', d: [1, 2] }, b: 1 } })).toBe(h)
    expect(auditRowHash(GENESIS_HASH, { ...row, actor_name: 'mallory' })).not.toBe(h)
    expect(auditRowHash(GENESIS_HASH, { ...row, at: new Date('2026-11-26T10:00:00.124Z') })).not.toBe(h)
    expect(auditRowHash('f'.repeat(64), row)).not.toBe(h)
  })
  it('ignores fields that are not part of the record', () => {
    expect(auditRowHash(GENESIS_HASH, { ...row, hash: 'x', prev_hash: 'y' } as typeof row)).toBe(
      auditRowHash(GENESIS_HASH, row),
    )
  })
})
