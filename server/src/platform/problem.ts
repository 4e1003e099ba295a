import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, type FieldError, type Message } from './errors.ts'

interface AjvError {
  instancePath: string
  keyword: string
  params: Record<string, unknown>
  message?: string
}

const contextLabel: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
}

/** Turns Ajv's errors into field names and bilingual messages ("body.content is required" and so on). */
export function validationProblem(errors: AjvError[], context: string | undefined): AppError {
  const prefix = contextLabel[context ?? 'body'] ?? 'body'
  const fieldErrors: FieldError[] = errors.slice(0, 20).map((e) => {
    const base = e.instancePath.replace(/^\//, '').replaceAll('/', '.')
    const join = (child: string) => [prefix, base, child].filter(Boolean).join('.')
    switch (e.keyword) {
      case 'required': {
        const field = join(String(e.params.missingProperty))
        return { field, message: { zh: `缺少必填字段 ${field}`, en: `${field} is required` } }
      }
      case 'additionalProperties': {
        const field = join(String(e.params.additionalProperty))
        return { field, message: { zh: `不允许的字段 ${field}`, en: `${field} is not an allowed field` } }
      }
      case 'type': {
        const field = join('')
        return {
          field,
          message: {
            zh: `${field} 类型应为 ${e.params.type}`,
            en: `${field} must be of type ${e.params.type}`,
          },
        }
      }
      case 'maxLength':
      case 'minLength': {
        const field = join('')
        const limit = e.params.limit
        return e.keyword === 'maxLength'
          ? {
              field,
              message: {
                zh: `${field} 不能超过 ${limit} 个字符`,
                en: `${field} must be at most ${limit} characters`,
              },
            }
          : {
              field,
              message: {
                zh: `${field} 至少需要 ${limit} 个字符`,
                en: `${field} must be at least ${limit} characters`,
              },
            }
      }
      case 'minimum':
      case 'maximum': {
        const field = join('')
        const op = e.keyword === 'minimum' ? '≥' : '≤'
        return {
          field,
          message: {
            zh: `${field} 应 ${op} ${e.params.limit}`,
            en: `${field} must be ${op} ${e.params.limit}`,
          },
        }
      }
      case 'enum':
      case 'const':
      case 'anyOf': {
        const field = join('')
        return { field, message: { zh: `${field} 的取值无效`, en: `${field} has an invalid value` } }
      }
      case 'controlCharacters': {
        const field = join('')
        return {
          field,
          message: { zh: `${field} 含有不允许的控制字符`, en: `${field} must not hold control characters` },
        }
      }
      default: {
        const field = join('')
        return {
          field,
          message: {
            zh: `${field} 格式无效（${e.keyword}）`,
            en: `${field} is invalid: ${e.message ?? e.keyword}`,
          },
        }
      }
    }
  })
  const first = fieldErrors[0] ?? { field: prefix, message: { zh: '请求无效', en: 'Invalid request' } }
  return new AppError('validation_error', first.message, first.field, fieldErrors)
}

/** Maps Fastify's own client errors (bad JSON, too large, wrong content type) onto our codes. */
function fromFastifyError(error: FastifyError): AppError | null {
  const status = error.statusCode ?? 500
  if (status >= 500) return null
  const msg = (zh: string, en: string): Message => ({ zh, en })
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError(
        'validation_error',
        msg('请求体不是有效的 JSON', 'The request body is not valid JSON'),
        'body',
        [{ field: 'body', message: msg('请求体不是有效的 JSON', 'The request body is not valid JSON') }],
      )
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', msg('请求体过大', 'The request body is too large'), 'body')
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(
        'unsupported_media_type',
        msg('不支持的内容类型', 'Unsupported content type'),
        'content-type',
      )
    default:
      if (error instanceof SyntaxError) {
        return new AppError(
          'validation_error',
          msg('请求体不是有效的 JSON', 'The request body is not valid JSON'),
          'body',
        )
      }
      if (status === 404) return new AppError('not_found', msg('资源不存在', 'Not found'))
      if (status === 413)
        return new AppError('payload_too_large', msg('请求体过大', 'The request body is too large'), 'body')
      if (status === 415)
        return new AppError(
          'unsupported_media_type',
          msg('不支持的内容类型', 'Unsupported content type'),
          'content-type',
        )
      return new AppError('validation_error', msg('请求无效', error.message || 'Invalid request'))
  }
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  const retryAfter = error.extra?.retryAfterSeconds
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter))
  return reply
    .code(error.status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `/problems/${error.code}`,
      title: error.code,
      status: error.status,
      code: error.code,
      detail: error.message,
      message: error.messageText,
      ...(error.field ? { field: error.field } : {}),
      ...(error.errors ? { errors: error.errors } : {}),
      ...(error.extra ?? {}),
      requestId: String(request.id),
    })
}

export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler(
    (error: FastifyError & { validation?: AjvError[]; validationContext?: string }, request, reply) => {
      if (error instanceof AppError) return sendProblem(reply, request, error)
      if (error.validation)
        return sendProblem(reply, request, validationProblem(error.validation, error.validationContext))
      const mapped = fromFastifyError(error)
      if (mapped) return sendProblem(reply, request, mapped)
      request.log.error({ err: error }, 'unhandled error')
      if (process.env.LIANXIN_DEBUG_ERRORS) console.error(error)
      return sendProblem(
        reply,
        request,
        new AppError('internal_error', {
          zh: '服务器内部错误，请稍后重试',
          en: 'Internal server error, please try again later',
        }),
      )
    },
  )
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, new AppError('not_found', { zh: '资源不存在', en: 'Not found' })),
  )
}
