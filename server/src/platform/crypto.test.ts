import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { loadOrCreateDataKey, maskPhone, normalisePhone, PersonalDataCipher } from './crypto.ts'

describe('personal data cipher', () => {
  const cipher = new PersonalDataCipher(Buffer.alloc(32, 1))
  it('round-trips, with a fresh nonce each time and no clear text in the output', () => {
    const a = cipher.encrypt('13812345678')
    const b = cipher.encrypt('13812345678')
    expect(a).not.toBe(b)
    expect(a).not.toContain('13812345678')
    expect(cipher.decrypt(a)).toBe('13812345678')
  })
  it('detects tampering (GCM tag)', () => {
    const stored = cipher.encrypt('13812345678')
    const parts = stored.split('.')
    const body = Buffer.from(parts[2]!, 'base64url')
    body[0] = body[0]! ^ 1
    parts[2] = body.toString('base64url')
    expect(() => cipher.decrypt(parts.join('.'))).toThrow()
  })
  it('gives a stable keyed hash for look-ups that differs across keys', () => {
    const other = new PersonalDataCipher(Buffer.alloc(32, 2))
    expect(cipher.lookupHash('13812345678')).toBe(cipher.lookupHash('13812345678'))
    expect(cipher.lookupHash('13812345678')).not.toBe(other.lookupHash('13812345678'))
  })
  it('refuses a key of the wrong size', () => {
    expect(() => new PersonalDataCipher(Buffer.alloc(16))).toThrow()
  })
})

describe('phones', () => {
  it('normalises mainland numbers', () => {
    expect(normalisePhone('138 1234 5678')).toBe('13812345678')
    expect(normalisePhone('+86 138-1234-5678')).toBe('13812345678')
    expect(normalisePhone('0572-8888888')).toBe('05728888888')
    expect(normalisePhone('12345678901')).toBeNull()
    expect(normalisePhone('abc')).toBeNull()
  })
  it('masks as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
  })
})

describe('the generated data key', () => {
  it('is generated once, mode 0600, and read back afterwards', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-key-'))
    try {
      const key = loadOrCreateDataKey(undefined, dir, true)
      expect(key).toHaveLength(32)
      expect(fs.statSync(path.join(dir, 'data.key')).mode & 0o777).toBe(0o600)
      expect(loadOrCreateDataKey(undefined, dir, true).equals(key)).toBe(true)
      expect(fs.readdirSync(dir)).toEqual(['data.key'])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('never replaces a key another process wrote after the check', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianxin-key-'))
    const theirs = randomBytes(32)
    fs.writeFileSync(path.join(dir, 'data.key'), theirs.toString('base64'))
    // The other process writes its key between our existence check and our write.
    const exists = vi.spyOn(fs, 'existsSync').mockReturnValueOnce(false)
    try {
      expect(loadOrCreateDataKey(undefined, dir, true).equals(theirs)).toBe(true)
      expect(fs.readFileSync(path.join(dir, 'data.key'), 'utf8')).toBe(theirs.toString('base64'))
      expect(fs.readdirSync(dir)).toEqual(['data.key'])
    } finally {
      exists.mockRestore()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
