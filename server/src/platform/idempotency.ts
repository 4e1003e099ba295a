import { createHash } from 'node:crypto'
import type { Insertable } from 'kysely'
import type { Db } from '../db/index.ts'
import type { IdempotencyKeysTable } from '../db/types.ts'
import { canonicalJson } from './audit.ts'
import type { PersonalDataCipher } from './crypto.ts'
import { AppError } from './errors.ts'

/**
 * Idempotent POSTs (public submissions, offline sync): the key row is written with the response in the command's
 * own transaction, in one write with the change, so a retry — even one arriving while the first is still running
 * — waits for it and then answers the stored response, and creates nothing. The stored response is encrypted:
 * it may hold a secret (a citizen's access token).
 */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/

export const requestHash = (body: unknown) => createHash('sha256').update(canonicalJson(body)).digest('hex')

/** Whether `error` is PostgreSQL's unique violation of `constraint` (both engines report its name). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null
  return e?.code === '23505' && e.constraint === constraint
}

/**
 * The key row, claimed and filled in one write: the request's hash with the response it gets, encrypted. The
 * command inserts it in its own statement (a data-modifying CTE with the change, or alone), with no ON CONFLICT:
 * a key claimed before makes that statement, and so the command, fail with keyTaken(error) — after waiting for
 * the first request's transaction when it is still running — and the route answers storedResponse() instead.
 */
export function keyRow(
  cipher: PersonalDataCipher,
  scope: string,
  key: string,
  hash: string,
  response: unknown,
): Insertable<IdempotencyKeysTable> {
  return {
    scope,
    key,
    request_hash: hash,
    response: JSON.stringify(cipher.encrypt(JSON.stringify(response))),
  }
}

/** The command failed because the key was claimed before: answer that request's response. */
export const keyTaken = (error: unknown) => isUniqueViolation(error, 'idempotency_keys_pkey')

/**
 * The response stored with a key claimed before, or undefined when the key is unknown; 409 when the same key came
 * with a different body.
 */
export async function storedResponse<T>(
  db: Db,
  cipher: PersonalDataCipher,
  scope: string,
  key: string,
  hash: string,
): Promise<T | undefined> {
  const prior = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'response'])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst()
  if (!prior) return undefined
  if (prior.request_hash !== hash || prior.response === null) throw keyConflict()
  // jsonb holding a JSON string: both engines hand it back as that string.
  return JSON.parse(cipher.decrypt(prior.response as string)) as T
}

export const keyConflict = () =>
  new AppError(
    'conflict',
    {
      zh: '该 Idempotency-Key 已用于另一份内容不同的提交',
      en: 'This Idempotency-Key was used for a different submission',
    },
    'Idempotency-Key',
  )
