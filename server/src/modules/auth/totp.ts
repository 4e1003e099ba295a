import * as OTPAuth from 'otpauth'

/** TOTP (RFC 6238) as authenticator apps expect it: SHA-1, 6 digits, 30 seconds. */
const TOTP_ISSUER = 'Lianxin 连心'

export function totpFor(secretBase32: string, username: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: TOTP_ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  })
}

/** A code is valid for its 30 seconds and one step either side (clock drift). */
export function totpValid(secretBase32: string, username: string, code: string): boolean {
  return totpFor(secretBase32, username).validate({ token: code, window: 1 }) !== null
}

export const newTotpSecret = (): string => new OTPAuth.Secret({ size: 20 }).base32
