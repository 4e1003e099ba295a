import { createHash } from 'node:crypto'
import type { Db } from '../db/index.ts'
import { canonicalJson } from './audit.ts'
import type { PersonalDataCipher } from './crypto.ts'
import { AppError } from './errors.ts'

/**
 * Idempotent POSTs (public submissions, offline sync): the key row is inserted first, in the command's own
 * transaction, so a retry — even one arriving while the first is still running — waits for it and then
 * answers the stored response, and creates nothing. The stored response is encrypted: it may hold a secret
 * (a citizen's access token).
 */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/

export const requestHash = (body: unknown) => createHash('sha256').update(canonicalJson(body)).digest('hex')

/**
 * Claims the key for this request; when it was claimed before, returns that request's response (or 409 when
 * the same key came with a different body).
 */
export async function claimOrReplay<T>(
  trx: Db,
  cipher: PersonalDataCipher,
  scope: string,
  key: string,
  hash: string,
): Promise<{ claimed: true } | { claimed: false; response: T }> {
  const claimed = await trx
    .insertInto('idempotency_keys')
    .values({ scope, key, request_hash: hash })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst()
  if (claimed) return { claimed: true }
  const prior = await trx
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirstOrThrow()
  if (prior.request_hash !== hash) {
    throw new AppError(
      'conflict',
      {
        zh: '该 Idempotency-Key 已用于另一份内容不同的提交',
        en: 'This Idempotency-Key was used for a different submission',
      },
      'Idempotency-Key',
    )
  }
  // jsonb holding a JSON string: both engines hand it back as that string.
  return { claimed: false, response: JSON.parse(cipher.decrypt(prior.response as string)) as T }
}

export async function saveResponse(
  trx: Db,
  cipher: PersonalDataCipher,
  scope: string,
  key: string,
  response: unknown,
): Promise<void> {
  await trx
    .updateTable('idempotency_keys')
    .set({ response: JSON.stringify(cipher.encrypt(JSON.stringify(response))) })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .execute()
}
