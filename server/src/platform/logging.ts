import { stdSerializers } from 'pino'

/**
 * Properties a database error carries that may hold personal data: the statement and its parameters (PGlite
 * attaches both), or the row values in a constraint message's detail. They are never logged; the error's code,
 * message and stack are enough to find the fault, and the request id ties it to the request.
 */
const WITHHELD = ['query', 'params', 'parameters', 'detail', 'where', 'internalQuery', 'values'] as const

export interface SerializedError {
  type: string
  message: string
  stack: string
  [key: string]: unknown
}

/** pino's error serializer, without what could carry a citizen's text, phone or a look-up hash. */
export function errorSerializer(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error), stack: '' }
  const serialized = stdSerializers.err(error) as unknown as SerializedError
  for (const key of WITHHELD) delete serialized[key]
  const cause = (error as { cause?: unknown }).cause
  if (cause !== undefined) serialized.cause = errorSerializer(cause)
  return serialized
}
