import { describe, expect, it } from 'vitest'
import { AppError } from './errors.ts'
import {
  checkNotReused,
  checkPasswordPolicy,
  hashPassword,
  temporaryPassword,
  verifyPassword,
} from './passwords.ts'

describe('password policy', () => {
  const refused = (p: string) => {
    try {
      checkPasswordPolicy(p)
      return false
    } catch (e) {
      expect(e).toBeInstanceOf(AppError)
      expect((e as AppError).field).toBe('newPassword')
      return true
    }
  }
  it('needs at least 8 characters', () => {
    expect(refused('Ab1!xyz')).toBe(true)
    expect(refused('Ab1!wxyz')).toBe(false)
  })
  it('needs 3 of the 4 character classes', () => {
    expect(refused('abcdefgh')).toBe(true)
    expect(refused('abcdefg1')).toBe(true)
    expect(refused('Abcdefg1')).toBe(false)
    expect(refused('abcdefg1!')).toBe(false)
    expect(refused('ABCDEF1!')).toBe(false)
    expect(refused('密码密码密码密码1a')).toBe(false)
  })
  it('hashes with argon2id and refuses reuse', async () => {
    const h = await hashPassword('Abcdefg1')
    expect(h.startsWith('$argon2id$')).toBe(true)
    expect(await verifyPassword(h, 'Abcdefg1')).toBe(true)
    expect(await verifyPassword(h, 'Abcdefg2')).toBe(false)
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false)
    await expect(checkNotReused('Abcdefg1', [h])).rejects.toThrow(/last 5/)
    await expect(checkNotReused('Abcdefg9', [h])).resolves.toBeUndefined()
  })
})

describe('temporary passwords', () => {
  it('meet the policy, avoid look-alike characters and differ each time', () => {
    const issued = Array.from({ length: 200 }, () => temporaryPassword())
    for (const p of issued) {
      expect(p).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{12}$/)
      expect(() => checkPasswordPolicy(p)).not.toThrow()
    }
    expect(new Set(issued).size).toBe(issued.length)
  })
})
