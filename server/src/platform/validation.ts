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
    return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<any>>
  }
}
