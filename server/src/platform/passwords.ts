import { randomInt } from 'node:crypto'
import { hash, verify } from '@node-rs/argon2'
import { invalidField } from './errors.ts'

// argon2id with the OWASP-recommended parameters (19 MiB, 2 iterations, 1 lane).
const ARGON2ID = 2
const options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const

export const PASSWORD_HISTORY = 5

export function hashPassword(password: string): Promise<string> {
  return hash(password, options)
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password)
  } catch {
    return false
  }
}

// A fixed hash to verify against when the username is unknown, so timing does not reveal which accounts exist.
let decoyHash: Promise<string> | null = null
export function decoyVerify(password: string): Promise<boolean> {
  decoyHash ??= hashPassword('decoy-password-Aa1!')
  return decoyHash.then((h) => verifyPassword(h, password))
}

/** At least 8 characters from at least 3 of: lower case, upper case, digits, symbols. */
export function checkPasswordPolicy(password: string, field = 'newPassword'): void {
  if (password.length < 8) {
    throw invalidField(field, {
      zh: '密码至少需要 8 个字符',
      en: 'The password must have at least 8 characters',
    })
  }
  if (password.length > 128) {
    throw invalidField(field, {
      zh: '密码不能超过 128 个字符',
      en: 'The password must have at most 128 characters',
    })
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length
  if (classes < 3) {
    throw invalidField(field, {
      zh: '密码需包含大写字母、小写字母、数字、符号中的至少三类',
      en: 'The password must mix at least 3 of: lower case, upper case, digits, symbols',
    })
  }
}

/** Refuses any of the last PASSWORD_HISTORY passwords (the current one included). */
export async function checkNotReused(
  password: string,
  previousHashes: string[],
  field = 'newPassword',
): Promise<void> {
  for (const previous of previousHashes.slice(0, PASSWORD_HISTORY)) {
    if (await verifyPassword(previous, password)) {
      throw invalidField(field, {
        zh: `新密码不能与最近 ${PASSWORD_HISTORY} 次使用过的密码相同`,
        en: `The new password must differ from the last ${PASSWORD_HISTORY} passwords`,
      })
    }
  }
}

// Letters and digits a person reads off a screen without confusing them (no 0/O, 1/l/I).
const LOWER = 'abcdefghijkmnpqrstuvwxyz'
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const DIGITS = '23456789'

/**
 * A temporary password an administrator hands over once: 12 characters from a cryptographic source, with lower
 * case, upper case and digits each present, so it meets the policy above.
 */
export function temporaryPassword(): string {
  const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)]!
  const all = LOWER + UPPER + DIGITS
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), ...Array.from({ length: 9 }, () => pick(all))]
  // Fisher–Yates, so the guaranteed classes are not always in front.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[chars[i], chars[j]] = [chars[j]!, chars[i]!]
  }
  return chars.join('')
}
