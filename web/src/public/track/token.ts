/** The access token is kept per tab so the secret can leave the address bar after the first visit. */
const tokenKey = (code: string) => `lianxin.track.${code}`

export function rememberToken(code: string, token: string): void {
  try {
    sessionStorage.setItem(tokenKey(code), token)
  } catch {
    // Storage may be refused (private mode); the link itself still works.
  }
}

export function recalledToken(code: string): string | null {
  try {
    return sessionStorage.getItem(tokenKey(code))
  } catch {
    return null
  }
}

export function forgetToken(code: string): void {
  try {
    sessionStorage.removeItem(tokenKey(code))
  } catch {
    // nothing to forget
  }
}
