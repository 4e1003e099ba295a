import { Ajv, type Options } from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifySchemaCompiler } from 'fastify'

const common: Options = {
  // Unknown fields are refused (schemas say additionalProperties: false), never silently dropped.
  removeAdditional: false,
  useDefaults: true,
  allErrors: false,
  strict: false,
}

/**
 * Two validators: JSON bodies are checked strictly (a number is not a string), while query strings, path
 * parameters and headers, which arrive as text, are coerced to the declared types.
 */
export function requestValidatorCompiler(): FastifySchemaCompiler<any> {
  const strict = new Ajv({ ...common, coerceTypes: false })
  const coercing = new Ajv({ ...common, coerceTypes: 'array' })
  for (const ajv of [strict, coercing]) (addFormats as unknown as (a: Ajv) => void)(ajv)
  return ({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? strict : coercing
    const validate = ajv.compile(schema as object)
    // Text is refused with control characters in it (a NUL byte cannot even be stored in PostgreSQL text):
    // a 400 naming the field, like any other invalid value. Line breaks and tabs are text in a body.
    const allowed = httpPart === 'body' ? BODY_WHITESPACE : NONE
    const check = ((data: unknown) => {
      const ok = validate(data)
      const bad = ok ? controlCharacterAt(data, '', allowed) : null
      check.errors = ok
        ? bad === null
          ? null
          : [
              {
                instancePath: bad,
                keyword: 'controlCharacters',
                schemaPath: '#',
                params: {},
                message: 'must not hold control characters',
              },
            ]
        : validate.errors
      return ok && bad === null
    }) as ReturnType<FastifySchemaCompiler<any>> & { errors: unknown }
    return check
  }
}

const BODY_WHITESPACE = new Set(['\t', '\n', '\r'])
const NONE = new Set<string>()
/** C0 controls, DEL and the C1 controls. */
const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f)

/** The JSON pointer of the first string (or key) holding a control character, or null. */
export function controlCharacterAt(data: unknown, at: string, allowed: ReadonlySet<string>): string | null {
  if (typeof data === 'string') {
    for (let i = 0; i < data.length; i++) {
      if (isControl(data.charCodeAt(i)) && !allowed.has(data[i]!)) return at
    }
    return null
  }
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const found = controlCharacterAt(data[i], `${at}/${i}`, allowed)
      if (found !== null) return found
    }
    return null
  }
  if (data && typeof data === 'object' && !Buffer.isBuffer(data)) {
    for (const [k, v] of Object.entries(data)) {
      if (controlCharacterAt(k, '', NONE) !== null) return at
      const found = controlCharacterAt(v, `${at}/${k}`, allowed)
      if (found !== null) return found
    }
  }
  return null
}
