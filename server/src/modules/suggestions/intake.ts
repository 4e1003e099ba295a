import type { FastifyRequest } from 'fastify'
import type { Insertable } from 'kysely'
import type { Db } from '../../db/index.ts'
import type { Channel, IdempotencyKeysTable, SuggestionsTable } from '../../db/types.ts'
import type { WorkCalendar } from '../../platform/calendar.ts'
import { type CommandTools, command, commandInOneStatement } from '../../platform/context.ts'
import { maskName, maskPhone, type PersonalDataCipher } from '../../platform/crypto.ts'
import { invalidField } from '../../platform/errors.ts'
import { attachUploads } from '../../platform/files.ts'
import { isUniqueViolation } from '../../platform/idempotency.ts'
import { uuidv7 } from '../../platform/ids.ts'
import { type OutboxMessage, outboxRows } from '../../platform/notify.ts'
import { words } from '../../platform/text.ts'
import type { Actor } from '../../platform/workflow.ts'
import { toCitizen } from './actions/messages.ts'
import { hashToken, newAccessToken, trackingCodes } from './codes.ts'
import { duplicatesQueued } from './duplicates.ts'
import { PHOTO } from './repo/detail.ts'
import { eventRow, insertSubmission, placeOf, subjectOf } from './repo/items.ts'

/**
 * Intake on every channel. What the submitter waits for: validate, seal the contact, and write the item, its
 * first event, its outbox rows, its audit row (and its idempotency key) — ONE statement, its own transaction
 * (with photos: BEGIN, that statement, the photos' two, COMMIT). Reference data comes from the per-node caches
 * (repo/items.ts). Duplicate detection is left to the duplicates job, woken right after the commit
 * (duplicates.ts).
 */

/** Photos a citizen may attach to one submission. */
export const MAX_PHOTOS = 5
/** Tracking codes drawn for one submission before giving up (codes.ts: a second draw is already rare). */
export const CODE_ATTEMPTS = 5

export interface IntakeInput {
  channel: Channel
  content: string
  categoryCode?: string | null
  venueId?: string | null
  deputyId?: string | null
  regionCode?: string | null
  location?: { lat: number; lng: number } | null
  contact?: { name?: string | null; phone?: string | null } | null
  photoIds?: string[]
  /** The citizen agrees to the item and its answer being published without personal data (default no). */
  publishConsent?: boolean
  receivedAt?: Date
  /** A partner system's item (channel `external`): the partner, its own reference and the request's hash. */
  partner?: { id: string; reference: string; requestHash: string } | null
}

export interface IntakeContext {
  /** For the reference look-ups (cached), before any transaction. */
  db: Db
  cipher: PersonalDataCipher
  calendar: WorkCalendar
  countyCode: string
  actor: Actor
  fieldPrefix: string
}

/** A submission checked and sealed, ready to be written; everything but its tracking code is known. */
export interface PreparedSuggestion {
  item: Omit<Insertable<SuggestionsTable>, 'tracking_code'> & {
    id: string
    town_code: string | null
    venue_id: string | null
    deputy_id: string | null
    tier: null
    county_code: string
    received_at: Date
  }
  accessToken: string
  content: string
  hasPhone: boolean
  photoIds: string[]
}

export interface CreatedSuggestion {
  id: string
  tracking_code: string
  accessToken: string
}

/** Resolves where an item belongs: the given region, else the venue's, else the deputy's, else the county. */
async function resolvePlace(ctx: IntakeContext, input: IntakeInput) {
  const { db } = ctx
  const p = ctx.fieldPrefix
  let venueRegion: string | null = null
  if (input.venueId) {
    const venue = await placeOf.venue.get(db, input.venueId)
    if (!venue?.active) throw invalidField(`${p}venueId`, { zh: '联络阵地不存在', en: 'Unknown venue' })
    venueRegion = venue.region_code
  }
  let deputyRegion: string | null = null
  if (input.deputyId) {
    const deputy = await placeOf.deputy.get(db, input.deputyId)
    if (!deputy?.active) throw invalidField(`${p}deputyId`, { zh: '代表不存在', en: 'Unknown deputy' })
    deputyRegion = deputy.region_code
  }
  if (input.categoryCode) {
    const cat = await placeOf.category.get(db, input.categoryCode)
    if (!cat?.active) throw invalidField(`${p}category`, { zh: '类别不存在', en: 'Unknown category' })
  }
  const regionCode = input.regionCode ?? venueRegion ?? deputyRegion ?? ctx.countyCode
  const region = await placeOf.region.get(db, regionCode)
  // A retired village (regions import) takes no new items; the pickers never offer one.
  if (!region?.active || region.county_code !== ctx.countyCode) {
    throw invalidField(`${p}regionCode`, { zh: '所在村(社区)不存在', en: 'Unknown region' })
  }
  const townCode =
    region.level === 'town' ? region.code : region.level === 'village' ? region.parent_code : null
  return { regionCode, townCode }
}

/** Checks a submission and seals its contact; no write yet (a 400 here leaves nothing behind). */
export async function prepareSuggestion(ctx: IntakeContext, input: IntakeInput): Promise<PreparedSuggestion> {
  const { cipher, calendar } = ctx
  const p = ctx.fieldPrefix
  const content = input.content.trim()
  if (content.length < 5)
    throw invalidField(`${p}content`, {
      zh: '内容至少需要 5 个字',
      en: 'content must have at least 5 characters',
    })
  const place = await resolvePlace(ctx, input)
  const received = input.receivedAt ?? new Date()
  const phone = input.contact?.phone ?? null
  const name = input.contact?.name?.trim() || null
  const accessToken = newAccessToken()
  return {
    item: {
      id: uuidv7(),
      access_token_hash: hashToken(accessToken),
      channel: input.channel,
      status: 'submitted',
      tier: null,
      content,
      search_text: words(content).join(' '),
      category_code: input.categoryCode ?? null,
      venue_id: input.venueId ?? null,
      deputy_id: input.deputyId ?? null,
      region_code: place.regionCode,
      town_code: place.townCode,
      lat: input.location?.lat ?? null,
      lng: input.location?.lng ?? null,
      contact_name_enc: name ? cipher.encrypt(name) : null,
      contact_name_masked: name ? maskName(name) : null,
      contact_phone_enc: phone ? cipher.encrypt(phone) : null,
      contact_phone_hash: phone ? cipher.lookupHash(phone) : null,
      contact_phone_masked: phone ? maskPhone(phone) : null,
      consent_at: received,
      publish_consent: input.publishConsent ?? false,
      created_by: ctx.actor.id,
      received_at: received,
      clock_start_at: calendar.clockStart(received),
      same_day_due_at: calendar.sameDayDeadline(received),
      county_code: ctx.countyCode,
      partner_id: input.partner?.id ?? null,
      partner_reference: input.partner?.reference ?? null,
      partner_request_hash: input.partner?.requestHash ?? null,
    },
    accessToken,
    content,
    hasPhone: phone !== null,
    photoIds: input.photoIds ?? [],
  }
}

/**
 * The first messages: the managing region's inbox; the venue's staff and the deputy when a citizen addressed the
 * item to them (a station's or a deputy's QR code; staff recording an item know of it already); an SMS to a
 * citizen who left a number.
 */
function firstMessages(s: PreparedSuggestion, trackingCode: string, byCitizen: boolean): OutboxMessage[] {
  const { item } = s
  const inApp = (
    recipientType: 'region' | 'venue' | 'deputy',
    recipientId: string,
    title: string,
    titleEn: string,
  ) => ({
    channel: 'in_app' as const,
    recipientType,
    recipientId,
    kind: 'suggestion.submitted',
    subject: subjectOf(item.id),
    title,
    titleEn,
    body: s.content.slice(0, 80),
  })
  const messages: OutboxMessage[] = [
    inApp(
      'region',
      item.town_code ?? item.county_code,
      `新的意见建议 ${trackingCode}`,
      `New suggestion ${trackingCode}`,
    ),
  ]
  if (byCitizen && item.venue_id)
    messages.push(
      inApp(
        'venue',
        item.venue_id,
        `本站收到新的意见建议 ${trackingCode}`,
        `New suggestion at your venue ${trackingCode}`,
      ),
    )
  if (byCitizen && item.deputy_id)
    messages.push(
      inApp(
        'deputy',
        item.deputy_id,
        `群众向您反映的意见建议 ${trackingCode}`,
        `A citizen wrote to you ${trackingCode}`,
      ),
    )
  if (s.hasPhone) {
    messages.push(
      toCitizen(
        { id: item.id, tracking_code: trackingCode },
        'citizen.received',
        '意见建议已收到',
        `您的意见建议已收到，查询编号 ${trackingCode}，我们将在当天受理。`,
      ),
    )
  }
  return messages
}

/** Writes a prepared submission under `trackingCode`: one statement, and the photos' two when it has photos. */
async function writeSuggestion(
  trx: Db,
  tools: CommandTools,
  ctx: IntakeContext,
  s: PreparedSuggestion,
  trackingCode: string,
  key: Insertable<IdempotencyKeysTable> | undefined,
) {
  const { item } = s
  const channel = item.channel
  // A partner's item names the partner and its reference in the audit row (the actor is the partner's name).
  const origin = item.partner_id ? { partnerId: item.partner_id, reference: item.partner_reference } : {}
  await insertSubmission(trx, {
    item: { ...item, tracking_code: trackingCode },
    event: eventRow({
      subjectId: item.id,
      action: 'submit',
      from: null,
      to: 'submitted',
      actor: ctx.actor,
      public: true,
      note: null,
      detail: { channel },
      at: new Date(),
      countyCode: item.county_code,
    }),
    outbox: outboxRows(item.county_code, firstMessages(s, trackingCode, ctx.actor.role === 'citizen')),
    audit: tools.auditRow({
      action: 'suggestion.submit',
      targetType: 'suggestion',
      targetId: item.id,
      detail: { channel, ...origin },
    }),
    key,
  })
  if (s.photoIds.length) {
    await attachUploads(trx, subjectOf(item.id), PHOTO, s.photoIds, `${ctx.fieldPrefix}photoIds`, MAX_PHOTOS)
  }
  // Committed: the duplicates job looks for this item's duplicates within a moment.
  tools.afterCommit(duplicatesQueued.notify)
}

/**
 * Writes a prepared submission inside the caller's transaction (a reception record and its items). A tracking
 * code is checked free before it is used, as a failed statement would end the whole transaction; a code drawn by
 * a concurrent write at that moment fails the command, and the caller's retry (same ids) writes it again.
 */
export async function writePrepared(
  trx: Db,
  tools: CommandTools,
  ctx: IntakeContext,
  s: PreparedSuggestion,
  attempts: number,
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const code = trackingCodes.next(s.item.received_at)
    const taken = await trx
      .selectFrom('suggestions')
      .select('id')
      .where('tracking_code', '=', code)
      .executeTakeFirst()
    if (taken && attempt < attempts) continue
    await writeSuggestion(trx, tools, ctx, s, code, undefined)
    return code
  }
}

/**
 * Writes a prepared submission in its own command. A tracking code drawn before (codes.ts sizes the space so
 * that this is rare even on a province's busiest day) fails the statement: the command is run again with a new
 * code, never answered 500. `keyFor` gives the idempotency key row holding the response (public submissions);
 * a key claimed before fails the command with keyTaken(error) for the route to replay.
 */
export async function submitSuggestion(
  request: FastifyRequest,
  ctx: IntakeContext,
  s: PreparedSuggestion,
  keyFor?: (created: CreatedSuggestion) => Insertable<IdempotencyKeysTable>,
): Promise<CreatedSuggestion> {
  for (let attempt = 1; ; attempt++) {
    const code = trackingCodes.next(s.item.received_at)
    const created = { id: s.item.id, tracking_code: code, accessToken: s.accessToken }
    try {
      const write = (db: Db, tools: CommandTools) =>
        writeSuggestion(db, tools, ctx, s, created.tracking_code, keyFor?.(created))
      // Without photos the whole submission is one statement: no BEGIN and COMMIT around it.
      if (s.photoIds.length) await command(request, (trx, _audit, tools) => write(trx, tools))
      else await commandInOneStatement(request, write)
      return created
    } catch (error) {
      if (!isUniqueViolation(error, 'suggestions_tracking_code_key') || attempt >= CODE_ATTEMPTS) throw error
    }
  }
}
