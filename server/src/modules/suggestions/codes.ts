import { createHash, randomBytes } from 'node:crypto'

/** Crockford base32 without I, L, O, U: nothing a citizen can misread on the phone. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** "DQ2611269K3PXA": a prefix, the CST date, 6 random characters. `bytes` is the randomness (tests, demo). */
export function newTrackingCode(received: Date, prefix = 'DQ', bytes: Uint8Array = randomBytes(6)): string {
  const cst = new Date(received.getTime() + 8 * 3600_000).toISOString()
  const date = cst.slice(2, 4) + cst.slice(5, 7) + cst.slice(8, 10)
  let tail = ''
  for (const b of bytes.subarray(0, 6)) tail += CODE_ALPHABET[b % 32]
  return `${prefix}${date}${tail}`
}

/** Only the hash of a citizen's access token is stored. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url')
export const newAccessToken = () => randomBytes(24).toString('base64url')
