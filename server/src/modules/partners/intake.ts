import type { FastifyRequest } from 'fastify'
import type { KeyHolder } from '../../platform/api-keys.ts'
import { loadCalendar } from '../../platform/calendar.ts'
import { normalisePhone } from '../../platform/crypto.ts'
import { conflict, invalidField } from '../../platform/errors.ts'
import {
  isUniqueViolation,
  keyConflict,
  keyRow,
  keyTaken,
  requestHash,
  storedResponse,
} from '../../platform/idempotency.ts'
import { prepareSuggestion, submitSuggestion } from '../suggestions/index.ts'
import { itemByReference } from './repo.ts'

/**
 * A partner system hands an item in (the partner API and Open311's POST): the suggestions module's one intake
 * (one statement, channel `external`), with two guards against a retry making a second item:
 * - the `Idempotency-Key` (optional): the key row, written in the same statement, holds the response; a retry
 *   answers it, another body with the same key is a 409;
 * - the partner's own reference (always): unique per partner in the database; the same reference with the same
 *   body answers the item created first, with another body it is a 409.
 * Either way a retry answers 200 with the body of the first answer (201).
 */

export interface PartnerIntake {
  reference: string
  content: string
  category?: string | null
  regionCode?: string | null
  location?: { lat: number; lng: number } | null
  contact?: { name?: string | null; phone?: string | null } | null
  receivedAt?: Date
}

export interface Created {
  id: string
  reference: string
  trackingCode: string
  statusUrl: string
}

const createdOf = (id: string, reference: string, trackingCode: string): Created => ({
  id,
  reference,
  trackingCode,
  statusUrl: `/api/partner/v1/suggestions/${encodeURIComponent(reference)}`,
})

export const referenceConflict = () =>
  conflict(
    {
      zh: '该外部编号已用于另一份内容不同的事项',
      en: 'This reference was used for an item with different content',
    },
    'body.reference',
  )

/** The item created before under this reference, or undefined; 409 when it came with another body. */
async function byReference(request: FastifyRequest, partner: KeyHolder, reference: string, hash: string) {
  const prior = await itemByReference(request.server.ctx.db, partner.partnerId, reference)
  if (!prior) return undefined
  if (prior.partner_request_hash !== hash) throw referenceConflict()
  return createdOf(prior.id, reference, prior.tracking_code)
}

export async function partnerSubmit(
  request: FastifyRequest,
  partner: KeyHolder,
  input: PartnerIntake,
  idempotencyKey: string | undefined,
  fieldPrefix = 'body.',
): Promise<{ created: Created; replayed: boolean }> {
  const { db, cipher, config } = request.server.ctx
  const hash = requestHash(input)
  const scope = `partner:${partner.partnerId}`
  if (idempotencyKey) {
    const stored = await storedResponse<Created>(db, cipher, scope, idempotencyKey, hash)
    if (stored) return { created: stored, replayed: true }
  }
  const before = await byReference(request, partner, input.reference, hash)
  if (before) return { created: before, replayed: true }

  // When the partner received it (a hotline's call): the clock starts from there, never from the future.
  if (input.receivedAt && input.receivedAt.getTime() > Date.now() + 60_000)
    throw invalidField(`${fieldPrefix}receivedAt`, {
      zh: '接收时间不能晚于当前时间',
      en: 'receivedAt cannot be in the future',
    })
  const rawPhone = input.contact?.phone?.trim()
  const phone = rawPhone ? normalisePhone(rawPhone) : null
  if (rawPhone && !phone)
    throw invalidField(`${fieldPrefix}contact.phone`, {
      zh: '手机号码格式不正确',
      en: 'The phone number is not valid',
    })
  const ctx = {
    db,
    cipher,
    calendar: await loadCalendar(db, config.countyCode),
    countyCode: config.countyCode,
    actor: { id: null, name: partner.partnerName, role: 'partner' },
    fieldPrefix,
  }
  const prepared = await prepareSuggestion(ctx, {
    channel: 'external',
    content: input.content,
    categoryCode: input.category ?? null,
    regionCode: input.regionCode ?? null,
    location: input.location ?? null,
    contact: input.contact ? { name: input.contact.name ?? null, phone } : null,
    receivedAt: input.receivedAt,
    partner: { id: partner.partnerId, reference: input.reference, requestHash: hash },
  })
  try {
    const keyFor = idempotencyKey
      ? (c: { id: string; tracking_code: string }) =>
          keyRow(cipher, scope, idempotencyKey, hash, createdOf(c.id, input.reference, c.tracking_code))
      : undefined
    const c = await submitSuggestion(request, ctx, prepared, keyFor)
    return { created: createdOf(c.id, input.reference, c.tracking_code), replayed: false }
  } catch (error) {
    // A concurrent retry: the statement waited for the first one and failed on its key or its reference.
    if (keyTaken(error) && idempotencyKey) {
      const stored = await storedResponse<Created>(db, cipher, scope, idempotencyKey, hash)
      if (!stored) throw keyConflict()
      return { created: stored, replayed: true }
    }
    if (isUniqueViolation(error, 'suggestions_partner_reference_key') || keyTaken(error)) {
      const prior = await byReference(request, partner, input.reference, hash)
      if (prior) return { created: prior, replayed: true }
    }
    throw error
  }
}
