/** Stable error codes of the API; each maps to one HTTP status. */
export type ErrorCode =
  | 'validation_error'
  | 'unauthenticated'
  | 'session_expired'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'invalid_transition'
  | 'rate_limited'
  | 'account_locked'
  | 'totp_required'
  | 'password_change_required'
  | 'csrf_failed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'internal_error'

export const statusOf: Record<ErrorCode, number> = {
  validation_error: 400,
  unauthenticated: 401,
  session_expired: 401,
  totp_required: 401,
  forbidden: 403,
  csrf_failed: 403,
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  account_locked: 423,
  rate_limited: 429,
  internal_error: 500,
}

export interface Message {
  zh: string
  en: string
}

export interface FieldError {
  field: string
  message: Message
  /** Spreadsheet row (1-based, as Excel numbers them) for import errors. */
  row?: number
}

export class AppError extends Error {
  readonly status: number
  constructor(
    readonly code: ErrorCode,
    readonly messageText: Message,
    readonly field?: string,
    readonly errors?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(messageText.en)
    this.status = statusOf[code]
  }
}

export const notFound = (what: Message = { zh: '记录', en: 'record' }) =>
  new AppError('not_found', { zh: `${what.zh}不存在`, en: `${capitalise(what.en)} not found` })

export const unauthenticated = () =>
  new AppError('unauthenticated', { zh: '请先登录', en: 'Sign-in required' })

export const forbidden = () =>
  new AppError('forbidden', { zh: '无权进行此操作', en: 'You are not allowed to do this' })

export const conflict = (message: Message, field?: string) => new AppError('conflict', message, field)

export const invalidField = (field: string, message: Message) =>
  new AppError('validation_error', message, field, [{ field, message }])

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
