import type { Bilingual } from '../i18n'

/** The server's application/problem+json body (RFC 9457 plus our bilingual message). */
export interface Problem {
  code: string
  status: number
  message: Bilingual
  field?: string
  errors?: { field: string; row?: number; message: Bilingual }[]
  requestId?: string
  lockedUntil?: string
}

export class ApiProblem extends Error {
  readonly problem: Problem
  constructor(problem: Problem) {
    super(problem.message.en)
    this.name = 'ApiProblem'
    this.problem = problem
  }
  get code(): string {
    return this.problem.code
  }
  get status(): number {
    return this.problem.status
  }
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  const message = v.message as Record<string, unknown> | undefined
  return typeof v.code === 'string' && typeof message?.zh === 'string' && typeof message?.en === 'string'
}

/** Turns whatever came back (problem JSON, a proxy's HTML page, nothing) into a Problem. */
export function toProblem(body: unknown, response: Response | undefined): Problem {
  if (isProblem(body)) return { ...body, status: body.status ?? response?.status ?? 0 }
  const status = response?.status ?? 0
  if (status === 0) {
    return {
      code: 'network_error',
      status,
      message: {
        zh: '网络连接失败，请检查网络后重试',
        en: 'Network error; check your connection and try again',
      },
    }
  }
  return {
    code: status >= 500 ? 'internal_error' : 'http_error',
    status,
    message: { zh: `服务暂时不可用（${status}）`, en: `The service is unavailable (${status})` },
  }
}

/** Awaits an openapi-fetch call and returns its data, throwing ApiProblem on any error. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<NonNullable<T>> {
  let result: { data?: T; error?: unknown; response: Response }
  try {
    result = await call
  } catch (cause) {
    if (cause instanceof ApiProblem) throw cause
    throw new ApiProblem(toProblem(undefined, undefined))
  }
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiProblem(toProblem(result.error, result.response))
  }
  return result.data as NonNullable<T>
}

/** The field a problem names, without the "body." / "query." prefix ("body.name" → "name"). */
export function problemFieldName(field: string | undefined): string | undefined {
  if (!field) return undefined
  return field.replace(/^(body|query|path|header)\./, '')
}
