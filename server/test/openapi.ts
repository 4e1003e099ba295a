import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'

/**
 * The HTTP API as its OpenAPI document describes it, for tests that must cover every route: the operations
 * (`METHOD /path`, paths in OpenAPI form such as `/api/venues/{id}`), and a request for any of them that its
 * schemas accept (path, required query and header parameters, a JSON body with the required fields), so that
 * what a test observes is the route's behaviour and not a validation error.
 */

type Schema = Record<string, any>

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>
  components?: { schemas?: Record<string, Schema> }
}

export interface Operation {
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[]
  requestBody?: { content: Record<string, { schema?: Schema }> }
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>
}

export interface RouteOperation {
  /** `GET /api/venues/{id}` */
  key: string
  method: string
  path: string
  operation: Operation
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete']

export async function openApi(app: FastifyInstance): Promise<OpenApiDocument> {
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json' })
  if (res.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${res.statusCode}`)
  return res.json()
}

export function routesOf(doc: OpenApiDocument): RouteOperation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        operation,
      })),
  )
}

/** The schema of a JSON 200 answer, `$ref`s resolved. */
export function okSchema(doc: OpenApiDocument, op: Operation): Schema | undefined {
  const schema = op.responses?.['200']?.content?.['application/json']?.schema
  return schema ? resolve(doc, schema) : undefined
}

/** A page of the list convention: `{ items, total }`. */
export function isPage(schema: Schema | undefined): boolean {
  return Boolean(schema?.properties?.items && schema.properties.total)
}

export interface SampleRequest {
  method: string
  url: string
  headers: Record<string, string>
  payload?: unknown
}

export interface SampleOptions {
  /** Values for path parameters by name (default: a sample of the parameter's schema, a random uuid for ids). */
  params?: Record<string, string>
  /** Query parameters to send besides the required ones. */
  query?: Record<string, string>
}

/** A request the route's schemas accept. */
export function sampleRequest(doc: OpenApiDocument, route: RouteOperation, options: SampleOptions = {}) {
  const where = route.key
  const query = new URLSearchParams()
  const headers: Record<string, string> = {}
  let url = route.path
  for (const p of route.operation.parameters ?? []) {
    const schema = resolve(doc, p.schema ?? {})
    if (p.in === 'path') {
      const value = options.params?.[p.name] ?? String(sample(doc, schema, `${where} path.${p.name}`))
      url = url.replace(`{${p.name}}`, encodeURIComponent(value))
    } else if (p.in === 'query' && p.required && !(options.query && p.name in options.query))
      query.set(p.name, String(sample(doc, schema, `${where} query.${p.name}`)))
    else if (p.in === 'header' && p.required)
      headers[p.name] = String(sample(doc, schema, `${where} ${p.name}`))
  }
  for (const [name, value] of Object.entries(options.query ?? {})) query.set(name, value)
  const json = route.operation.requestBody?.content?.['application/json']?.schema
  const request: SampleRequest = {
    method: route.method,
    url: query.size > 0 ? `${url}?${query}` : url,
    headers,
  }
  if (json) request.payload = sample(doc, resolve(doc, json), `${where} body`)
  return request
}

function resolve(doc: OpenApiDocument, schema: Schema): Schema {
  let s = schema
  while (typeof s?.$ref === 'string') {
    const name = s.$ref.replace('#/components/schemas/', '')
    s = doc.components?.schemas?.[name] ?? {}
  }
  return s
}

/** Strings tried in turn against a string schema's length and pattern. */
const STRING_CANDIDATES = [
  'sample',
  'Sample text of a field',
  'sample-key-0001',
  '330521000000',
  '123456',
  '2026-01-05',
  '2026-01',
  'ABC123',
  'Sample-pass-2026',
  '09:00',
  'https://example.org/hook',
]

function sampleString(schema: Schema, where: string): string {
  if (schema.format === 'uuid') return randomUUID()
  if (schema.format === 'date') return '2026-01-05'
  if (schema.format === 'date-time') return '2026-01-05T09:00:00.000Z'
  if (schema.format === 'email') return 'sample@example.org'
  const min = schema.minLength ?? 0
  const max = schema.maxLength ?? Number.POSITIVE_INFINITY
  const pattern = schema.pattern ? new RegExp(schema.pattern, 'u') : null
  for (const candidate of STRING_CANDIDATES)
    for (const s of [candidate, candidate.padEnd(min, 'x'), candidate.padEnd(min, '0')])
      if (s.length >= min && s.length <= max && (!pattern || pattern.test(s))) return s
  throw new Error(
    `${where}: no sample string fits ${JSON.stringify(schema)}; add one to STRING_CANDIDATES in server/test/openapi.ts`,
  )
}

function sample(doc: OpenApiDocument, raw: Schema, where: string): unknown {
  const schema = resolve(doc, raw)
  if ('const' in schema) return schema.const
  if (Array.isArray(schema.enum)) return schema.enum[0]
  const alternatives = schema.anyOf ?? schema.oneOf
  if (Array.isArray(alternatives)) {
    const chosen = alternatives.find((a: Schema) => resolve(doc, a).type !== 'null') ?? alternatives[0]
    return sample(doc, chosen, where)
  }
  if (Array.isArray(schema.allOf))
    return Object.assign({}, ...schema.allOf.map((s: Schema) => sample(doc, s, where)))
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const name of schema.required ?? [])
        out[name] = sample(doc, schema.properties?.[name] ?? {}, `${where}.${name}`)
      return out
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, (_, i) => {
        const item = resolve(doc, schema.items ?? {})
        return Array.isArray(item.enum)
          ? item.enum[i % item.enum.length]
          : sample(doc, item, `${where}[${i}]`)
      })
    case 'string':
      return sampleString(schema, where)
    case 'integer':
    case 'number': {
      const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1)
      return Math.min(Math.max(1, low), schema.maximum ?? Number.POSITIVE_INFINITY)
    }
    case 'boolean':
      return true
    case 'null':
      return null
    default:
      return {}
  }
}

/** A value that a parameter's schema refuses, or undefined when none is known for it. */
function refusedValue(schema: Schema): string | undefined {
  if (Array.isArray(schema.enum)) return 'no-such-value'
  if (schema.type === 'integer' || schema.type === 'number') return 'not-a-number'
  if (schema.type === 'boolean') return 'maybe'
  if (schema.format === 'uuid' || schema.format === 'date' || schema.pattern) return 'not valid!'
  return undefined
}

/**
 * A request that the route's schemas refuse (a JSON body that is not an object, else a path or query parameter
 * of the wrong form), built on the accepted sample; null when the route takes nothing that could be refused.
 */
export function invalidRequest(doc: OpenApiDocument, route: RouteOperation): SampleRequest | null {
  if (route.operation.requestBody?.content?.['application/json'])
    return { ...sampleRequest(doc, route), payload: ['not', 'an', 'object'] }
  for (const where of ['path', 'query'] as const) {
    for (const p of route.operation.parameters ?? []) {
      const bad = p.in === where ? refusedValue(resolve(doc, p.schema ?? {})) : undefined
      if (bad === undefined) continue
      return sampleRequest(
        doc,
        route,
        where === 'path' ? { params: { [p.name]: bad } } : { query: { [p.name]: bad } },
      )
    }
  }
  return null
}
