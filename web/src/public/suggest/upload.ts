import { ApiProblem, toProblem } from '../../shared/api/problem'
import type { Upload } from '../../shared/api/types'

export const MAX_PHOTOS = 5
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp']

/**
 * Uploads one photo to /api/public/uploads. XMLHttpRequest rather than fetch because only it reports upload
 * progress, which matters on a slow mobile connection. Errors come back as ApiProblem like every other call.
 */
export function uploadPhoto(file: File, onProgress: (fraction: number) => void): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/public/uploads')
    xhr.responseType = 'json'
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total)
    }
    xhr.onload = () => {
      const response = new Response(null, { status: xhr.status })
      if (xhr.status === 201 && xhr.response) resolve(xhr.response as Upload)
      else reject(new ApiProblem(toProblem(xhr.response, response)))
    }
    xhr.onerror = () => reject(new ApiProblem(toProblem(undefined, undefined)))
    const form = new FormData()
    form.append('file', file)
    xhr.send(form)
  })
}

/** A fresh Idempotency-Key; crypto.randomUUID needs a secure context, so plain-http intranets get a fallback. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

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
