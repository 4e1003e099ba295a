import type { Db } from '../../db/index.ts'
import type { Channel } from '../../db/types.ts'
import type { WorkCalendar } from '../../platform/calendar.ts'
import type { Audit } from '../../platform/context.ts'
import { maskName, maskPhone, type PersonalDataCipher } from '../../platform/crypto.ts'
import { invalidField } from '../../platform/errors.ts'
import { attachUploads } from '../../platform/files.ts'
import { enqueue, type OutboxMessage } from '../../platform/notify.ts'
import { similarity, words } from '../../platform/text.ts'
import type { Actor } from '../../platform/workflow.ts'
import { toCitizen } from './actions/messages.ts'
import { hashToken, newAccessToken, newTrackingCode } from './codes.ts'
import { PHOTO } from './repo/detail.ts'
import {
  duplicateCandidates,
  insertItem,
  placeOf,
  saveDuplicates,
  subjectOf,
  writeEvent,
} from './repo/items.ts'

/** Intake on every channel: a new item, its first event, duplicate candidates, the first messages. */

/** Photos a citizen may attach to one submission. */
export const MAX_PHOTOS = 5

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
  receivedAt?: Date
}

export interface IntakeContext {
  trx: Db
  cipher: PersonalDataCipher
  calendar: WorkCalendar
  countyCode: string
  actor: Actor
  audit: Audit
  fieldPrefix: string
}

/** Resolves where an item belongs: the given region, else the venue's, else the deputy's, else the county. */
async function resolvePlace(ctx: IntakeContext, input: IntakeInput) {
  const { trx } = ctx
  const p = ctx.fieldPrefix
  let venueRegion: string | null = null
  if (input.venueId) {
    const venue = await placeOf.venue(trx, input.venueId)
    if (!venue?.active) throw invalidField(`${p}venueId`, { zh: '联络阵地不存在', en: 'Unknown venue' })
    venueRegion = venue.region_code
  }
  let deputyRegion: string | null = null
  if (input.deputyId) {
    const deputy = await placeOf.deputy(trx, input.deputyId)
    if (!deputy?.active) throw invalidField(`${p}deputyId`, { zh: '代表不存在', en: 'Unknown deputy' })
    deputyRegion = deputy.region_code
  }
  if (input.categoryCode) {
    const cat = await placeOf.category(trx, input.categoryCode)
    if (!cat?.active) throw invalidField(`${p}category`, { zh: '类别不存在', en: 'Unknown category' })
  }
  const regionCode = input.regionCode ?? venueRegion ?? deputyRegion ?? ctx.countyCode
  const region = await placeOf.region(trx, regionCode)
  if (!region || region.county_code !== ctx.countyCode) {
    throw invalidField(`${p}regionCode`, { zh: '所在村(社区)不存在', en: 'Unknown region' })
  }
  const townCode =
    region.level === 'town' ? region.code : region.level === 'village' ? region.parent_code : null
  return { regionCode, townCode }
}

export async function createSuggestion(ctx: IntakeContext, input: IntakeInput) {
  const { trx, cipher, calendar } = ctx
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
  const token = newAccessToken()
  const tokens = words(content)
  const insert = (trackingCode: string) =>
    insertItem(trx, {
      tracking_code: trackingCode,
      access_token_hash: hashToken(token),
      channel: input.channel,
      status: 'submitted',
      tier: null,
      content,
      search_text: tokens.join(' '),
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
      created_by: ctx.actor.id,
      received_at: received,
      clock_start_at: calendar.clockStart(received),
      same_day_due_at: calendar.sameDayDeadline(received),
      county_code: ctx.countyCode,
    })
  // A tracking code already taken (rare) is drawn again rather than failing the submission.
  let row = await insert(newTrackingCode(received))
  for (let attempt = 0; !row && attempt < 5; attempt++) row = await insert(newTrackingCode(received))
  if (!row) throw new Error('could not draw a free tracking code')
  if (input.photoIds?.length) {
    await attachUploads(trx, subjectOf(row.id), PHOTO, input.photoIds, `${p}photoIds`, MAX_PHOTOS)
  }
  await writeEvent(trx, {
    subjectId: row.id,
    action: 'submit',
    from: null,
    to: 'submitted',
    actor: ctx.actor,
    public: true,
    note: null,
    detail: { channel: input.channel },
    at: new Date(),
    countyCode: ctx.countyCode,
  })
  const duplicates = await findDuplicates(trx, row.id, place.regionCode, tokens)
  await saveDuplicates(trx, row.id, duplicates)
  const item = { id: row.id, tracking_code: row.tracking_code, content }
  const messages: OutboxMessage[] = [
    {
      channel: 'in_app',
      recipientType: 'region',
      recipientId: place.townCode ?? ctx.countyCode,
      kind: 'suggestion.submitted',
      subject: subjectOf(row.id),
      title: `新的意见建议 ${row.tracking_code}`,
      body: content.slice(0, 80),
    },
  ]
  if (phone) {
    messages.push(
      toCitizen(
        item,
        'citizen.received',
        '意见建议已收到',
        `您的意见建议已收到，查询编号 ${row.tracking_code}，我们将在当天受理。`,
      ),
    )
  }
  await enqueue(trx, ctx.countyCode, messages)
  await ctx.audit({
    action: 'suggestion.submit',
    targetType: 'suggestion',
    targetId: row.id,
    detail: { channel: input.channel },
  })
  return { ...row, accessToken: token, duplicates }
}

const DUPLICATE_THRESHOLD = 0.45

/** Open items in the same village over the last 90 days whose words overlap strongly. */
export async function findDuplicates(trx: Db, id: string, regionCode: string, tokens: string[]) {
  if (tokens.length === 0) return []
  const since = new Date(Date.now() - 90 * 86_400_000)
  const candidates = await duplicateCandidates(trx, id, regionCode, since, 300)
  return candidates
    .map((c) => ({ id: c.id, score: similarity(tokens, c.search_text.split(' ')) }))
    .filter((c) => c.score >= DUPLICATE_THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
}
