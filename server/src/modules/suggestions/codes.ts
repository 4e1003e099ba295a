import { createHash, randomBytes } from 'node:crypto'

/** Crockford base32 without I, L, O, U: nothing a citizen can misread on the phone. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * "DQ2611269K3PXA": a prefix, the CST date, 6 random characters. `bytes` is the randomness (tests, demo).
 *
 * The space: 32^6 = 1,073,741,824 codes per day, shared by every county of one database. A province's worst day
 * (90 counties, one of them on a campaign day of 100,000 submissions, the others at up to 1,000) draws about
 * 190,000 codes: a draw hits a taken code with probability ≤ 190,000 / 32^6 ≈ 1.8·10⁻⁴ (about 17 such draws that
 * day), and intake then draws again (intake.ts, up to 5 draws: all five taken ≈ 2·10⁻¹⁹). Even with every county at
 * 100,000 (9 M a day) a draw is taken with probability 0.84 % and five in a row 4·10⁻¹¹.
 */
export function newTrackingCode(received: Date, prefix = 'DQ', bytes: Uint8Array = randomBytes(6)): string {
  const cst = new Date(received.getTime() + 8 * 3600_000).toISOString()
  const date = cst.slice(2, 4) + cst.slice(5, 7) + cst.slice(8, 10)
  let tail = ''
  for (const b of bytes.subarray(0, 6)) tail += CODE_ALPHABET[b % 32]
  return `${prefix}${date}${tail}`
}

/** Where intake draws its codes; tests replace `next` to make a draw collide. */
export const trackingCodes = {
  next: (received: Date): string => newTrackingCode(received),
}

/** Only the hash of a citizen's access token is stored. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url')
export const newAccessToken = () => randomBytes(24).toString('base64url')
