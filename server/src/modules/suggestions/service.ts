import { createHash, randomBytes } from 'node:crypto'
import { type Selectable, sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import type {
  Channel,
  Outcome,
  Rating,
  RejectReason,
  SuggestionStatus,
  SuggestionsTable,
  Tier,
} from '../../db/types.ts'
import type { Principal } from '../../platform/access.ts'
import type { WorkCalendar } from '../../platform/calendar.ts'
import type { Audit } from '../../platform/context.ts'
import { maskPhone, type PersonalDataCipher } from '../../platform/crypto.ts'
import { AppError, conflict, invalidField, notFound } from '../../platform/errors.ts'
import { enqueue, type OutboxMessage } from '../../platform/notify.ts'
import { searchText, similarity, words } from '../../platform/text.ts'
import {
  type Action,
  allowedActions,
  type Relation,
  statusLabels,
  TRANSITIONS,
  targetState,
} from './workflow.ts'

export type SuggestionRow = Selectable<SuggestionsTable>

export interface UnitLink {
  unit_id: string
  role: 'lead' | 'co'
}

const SUGGESTION = { zh: '意见建议', en: 'suggestion' }

// ── tracking codes and access tokens ────────────────────────────────────────────────────────────────────────

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** "DQ2611269K3PXA": a prefix, the CST date, 6 random characters (Crockford base32, no I/L/O/U). */
export function newTrackingCode(received: Date, prefix = 'DQ'): string {
  const cst = new Date(received.getTime() + 8 * 3600_000).toISOString()
  const date = cst.slice(2, 4) + cst.slice(5, 7) + cst.slice(8, 10)
  const bytes = randomBytes(6)
  let tail = ''
  for (const b of bytes) tail += CODE_ALPHABET[b % 32]
  return `${prefix}${date}${tail}`
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url')
export const newAccessToken = () => randomBytes(24).toString('base64url')

export function maskName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length <= 1) return '*'
  return `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 2))}`
}

// ── relations: who the caller is to this item ───────────────────────────────────────────────────────────────

export function relationsOf(
  principal: Principal | null,
  item: SuggestionRow,
  units: UnitLink[],
): Set<Relation> {
  const relations = new Set<Relation>()
  if (!principal) return relations
  for (const g of principal.grants) {
    switch (g.role) {
      case 'county_admin':
        relations.add('intake')
        relations.add('manager')
        break
      case 'town_staff':
        if (g.regionCode && g.regionCode === item.town_code) {
          relations.add('intake')
          if (item.tier === null || item.tier === 'town') relations.add('manager')
        }
        break
      case 'station_staff':
        if (g.venueId && g.venueId === item.venue_id) {
          relations.add('intake')
          relations.add('follower')
        }
        break
      case 'deputy':
        if (principal.deputyId && principal.deputyId === item.deputy_id) {
          relations.add('intake')
          relations.add('follower')
        }
        break
      case 'unit_staff':
        for (const u of units) {
          if (u.unit_id === g.unitId) relations.add(u.role === 'lead' ? 'lead_unit' : 'co_unit')
        }
        break
      default:
        break
    }
  }
  return relations
}

// ── loading ─────────────────────────────────────────────────────────────────────────────────────────────────

export async function loadItem(
  db: Db,
  id: string,
  forUpdate = false,
): Promise<{ item: SuggestionRow; units: UnitLink[] } | null> {
  let q = db.selectFrom('suggestions').selectAll().where('id', '=', id)
  if (forUpdate) q = q.forUpdate()
  const item = (await q.executeTakeFirst()) as SuggestionRow | undefined
  if (!item) return null
  const units = await db
    .selectFrom('suggestion_units')
    .select(['unit_id', 'role'])
    .where('suggestion_id', '=', id)
    .where('active', '=', true)
    .execute()
  return { item, units }
}

/** Loads an item the caller may see, or answers 404 (never 403: existence outside one's scope does not leak). */
export async function loadVisible(db: Db, principal: Principal, id: string) {
  const loaded = await loadItem(db, id)
  if (!loaded) throw notFound(SUGGESTION)
  const relations = relationsOf(principal, loaded.item, loaded.units)
  if (relations.size === 0) throw notFound(SUGGESTION)
  return { ...loaded, relations }
}

// ── time limits ─────────────────────────────────────────────────────────────────────────────────────────────

export interface Limits {
  completionWorkingDays: number
  maxExtensionWorkingDays: number
  escalateAfterWorkingDays: number
  ratingWindowDays: number
}

export async function limitsFor(db: Db, tier: Tier | null, category: string | null): Promise<Limits> {
  const rows = await db.selectFrom('time_limits').selectAll().execute()
  const pick =
    rows.find((r) => r.tier === tier && r.category_code === (category ?? '')) ??
    rows.find((r) => r.tier === tier && r.category_code === '') ??
    rows.find((r) => r.tier === 'default' && r.category_code === (category ?? '')) ??
    rows.find((r) => r.tier === 'default' && r.category_code === '')
  if (!pick)
    return {
      completionWorkingDays: 5,
      maxExtensionWorkingDays: 5,
      escalateAfterWorkingDays: 2,
      ratingWindowDays: 7,
    }
  return {
    completionWorkingDays: pick.completion_working_days,
    maxExtensionWorkingDays: pick.max_extension_working_days,
    escalateAfterWorkingDays: pick.escalate_after_working_days,
    ratingWindowDays: pick.rating_window_days,
  }
}

// ── intake ──────────────────────────────────────────────────────────────────────────────────────────────────

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
  actor: { id: string | null; name: string; role: string | null }
  audit: Audit
  fieldPrefix: string
}

/** Resolves where an item belongs: the given region, else the venue's, else the deputy's, else the county. */
async function resolvePlace(ctx: IntakeContext, input: IntakeInput) {
  const { trx } = ctx
  const p = ctx.fieldPrefix
  let venueRegion: string | null = null
  if (input.venueId) {
    const venue = await trx
      .selectFrom('venues')
      .select(['region_code', 'active'])
      .where('id', '=', input.venueId)
      .executeTakeFirst()
    if (!venue?.active) throw invalidField(`${p}venueId`, { zh: '联络阵地不存在', en: 'Unknown venue' })
    venueRegion = venue.region_code
  }
  let deputyRegion: string | null = null
  if (input.deputyId) {
    const deputy = await trx
      .selectFrom('deputies')
      .select(['region_code', 'active'])
      .where('id', '=', input.deputyId)
      .executeTakeFirst()
    if (!deputy?.active) throw invalidField(`${p}deputyId`, { zh: '代表不存在', en: 'Unknown deputy' })
    deputyRegion = deputy.region_code
  }
  if (input.categoryCode) {
    const cat = await trx
      .selectFrom('categories')
      .select('active')
      .where('code', '=', input.categoryCode)
      .executeTakeFirst()
    if (!cat?.active) throw invalidField(`${p}category`, { zh: '类别不存在', en: 'Unknown category' })
  }
  const regionCode = input.regionCode ?? venueRegion ?? deputyRegion ?? ctx.countyCode
  const region = await trx
    .selectFrom('regions')
    .select(['code', 'level', 'parent_code', 'county_code'])
    .where('code', '=', regionCode)
    .executeTakeFirst()
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
    trx
      .insertInto('suggestions')
      .values({
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
      .onConflict((oc) => oc.column('tracking_code').doNothing())
      .returning(['id', 'tracking_code', 'status', 'received_at', 'same_day_due_at'])
      .executeTakeFirst()
  let row = await insert(newTrackingCode(received))
  for (let attempt = 0; !row && attempt < 5; attempt++) row = await insert(newTrackingCode(received))
  if (!row) throw new Error('could not draw a free tracking code')
  if (input.photoIds?.length) await attachPhotos(trx, row.id, input.photoIds, `${p}photoIds`)
  await writeEvent(trx, ctx.countyCode, {
    suggestionId: row.id,
    action: 'submit',
    from: null,
    to: 'submitted',
    actor: ctx.actor,
    public: true,
    note: null,
    detail: { channel: input.channel },
  })
  const duplicates = await findDuplicates(trx, row.id, place.regionCode, tokens)
  if (duplicates.length) {
    await trx
      .insertInto('suggestion_duplicates')
      .values(duplicates.map((d) => ({ suggestion_id: row.id, candidate_id: d.id, score: d.score })))
      .execute()
  }
  const messages: OutboxMessage[] = [
    {
      channel: 'in_app',
      recipientType: 'region',
      recipientId: place.townCode ?? ctx.countyCode,
      kind: 'suggestion.submitted',
      suggestionId: row.id,
      title: `新的意见建议 ${row.tracking_code}`,
      body: content.slice(0, 80),
    },
  ]
  if (phone) {
    messages.push({
      channel: 'webhook',
      recipientType: 'citizen',
      recipientId: row.id,
      kind: 'citizen.received',
      suggestionId: row.id,
      title: '意见建议已收到',
      body: `您的意见建议已收到，查询编号 ${row.tracking_code}，我们将在当天受理。`,
      payload: { trackingCode: row.tracking_code },
    })
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

async function attachPhotos(trx: Db, suggestionId: string, photoIds: string[], field: string) {
  const unique = [...new Set(photoIds)]
  if (unique.length > 5) throw invalidField(field, { zh: '最多上传 5 张照片', en: 'At most 5 photos' })
  const files = await trx
    .selectFrom('files')
    .select(['id', 'owner_id', 'created_at'])
    .where('id', 'in', unique)
    .where('purpose', '=', 'suggestion_photo')
    .execute()
  const dayAgo = Date.now() - 24 * 3600_000
  for (const id of unique) {
    const f = files.find((x) => x.id === id)
    if (!f || f.owner_id !== null || new Date(f.created_at).getTime() < dayAgo) {
      throw invalidField(field, {
        zh: '照片不存在或已被使用，请重新上传',
        en: 'A photo is unknown or already used; upload it again',
      })
    }
  }
  await trx.updateTable('files').set({ owner_id: suggestionId }).where('id', 'in', unique).execute()
}

const DUPLICATE_THRESHOLD = 0.45

/** Open items in the same village over the last 90 days whose words overlap strongly. */
export async function findDuplicates(trx: Db, id: string, regionCode: string, tokens: string[]) {
  if (tokens.length === 0) return []
  const since = new Date(Date.now() - 90 * 86_400_000)
  const candidates = await trx
    .selectFrom('suggestions')
    .select(['id', 'search_text'])
    .where('region_code', '=', regionCode)
    .where('id', '!=', id)
    .where('merged_into_id', 'is', null)
    .where('status', 'not in', ['rejected', 'closed'])
    .where('received_at', '>=', since)
    .orderBy('received_at', 'desc')
    .limit(300)
    .execute()
  return candidates
    .map((c) => ({ id: c.id, score: similarity(tokens, c.search_text.split(' ')) }))
    .filter((c) => c.score >= DUPLICATE_THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
}

// ── events ──────────────────────────────────────────────────────────────────────────────────────────────────

export async function writeEvent(
  trx: Db,
  countyCode: string,
  e: {
    suggestionId: string
    action: string
    from: SuggestionStatus | null
    to: SuggestionStatus
    actor: { id: string | null; name: string; role: string | null }
    public: boolean
    note: string | null
    detail: Record<string, unknown>
    at?: Date
  },
) {
  await trx
    .insertInto('suggestion_events')
    .values({
      suggestion_id: e.suggestionId,
      at: e.at ?? new Date(),
      action: e.action,
      from_status: e.from,
      to_status: e.to,
      actor_id: e.actor.id,
      actor_name: e.actor.name,
      actor_role: e.actor.role,
      public: e.public,
      note: e.note,
      detail: JSON.stringify(e.detail),
      county_code: countyCode,
    })
    .execute()
}

// ── commands ────────────────────────────────────────────────────────────────────────────────────────────────

export interface ActionInput {
  version?: number
  note?: string
  reason?: RejectReason | string
  primaryId?: string
  answer?: string
  outcome?: Outcome
  tier?: Tier
  leadUnitId?: string
  coUnitIds?: string[]
  days?: number
  approve?: boolean
  rating?: Rating
  comment?: string
}

export interface ActionContext {
  trx: Db
  calendar: WorkCalendar
  countyCode: string
  /** Relations the caller has to the item; for staff computed from their grants, for citizens and the sweep given. */
  relationsFor: (item: SuggestionRow, units: UnitLink[]) => Set<Relation>
  actor: { id: string | null; name: string; role: string | null }
  audit: Audit | null
  now?: Date
}

const invalidTransition = (action: Action, status: SuggestionStatus) =>
  new AppError(
    'invalid_transition',
    {
      zh: `当前状态“${statusLabels[status].zh}”下不能${TRANSITIONS[action].label.zh}`,
      en: `Cannot ${TRANSITIONS[action].label.en.toLowerCase()} an item that is ${statusLabels[status].en.toLowerCase()}`,
    },
    'status',
    undefined,
    { currentStatus: status },
  )

const required = (field: string, zh: string, en: string) => invalidField(`body.${field}`, { zh, en })

/**
 * Runs one workflow action: locks the item, checks the state and the caller's relation against the transition
 * table, applies the action's changes, bumps the version and writes the event — all in the caller's transaction.
 */
export async function runAction(ctx: ActionContext, id: string, action: Action, input: ActionInput) {
  const { trx, calendar } = ctx
  const now = ctx.now ?? new Date()
  const loaded = await loadItem(trx, id, true)
  if (!loaded) throw notFound(SUGGESTION)
  const { item, units } = loaded
  const relations = ctx.relationsFor(item, units)
  if (relations.size === 0) throw notFound(SUGGESTION)
  const transition = TRANSITIONS[action]
  const to = targetState(action, item.status)
  if (!transition.by.some((r) => relations.has(r))) {
    if (to === null) throw invalidTransition(action, item.status)
    throw new AppError('forbidden', {
      zh: `您无权对该事项${transition.label.zh}`,
      en: `You may not ${transition.label.en.toLowerCase()} this item`,
    })
  }
  if (to === null) throw invalidTransition(action, item.status)
  if (input.version !== undefined && input.version !== item.version) {
    throw conflict(
      { zh: '该事项已被他人处理，请刷新后重试', en: 'Someone else changed this item; reload and try again' },
      'body.version',
    )
  }

  const set: Partial<Record<keyof SuggestionsTable, unknown>> = {}
  const detail: Record<string, unknown> = {}
  const messages: OutboxMessage[] = []
  let note = input.note?.trim() || null
  const unitMessage = (unitId: string, kind: string, title: string) =>
    messages.push({
      channel: 'in_app',
      recipientType: 'unit',
      recipientId: unitId,
      kind,
      suggestionId: id,
      title,
      body: item.content.slice(0, 80),
    })
  const managerMessage = (kind: string, title: string) =>
    messages.push({
      channel: 'in_app',
      recipientType: 'region',
      recipientId: item.tier === 'town' && item.town_code ? item.town_code : ctx.countyCode,
      kind,
      suggestionId: id,
      title,
      body: item.content.slice(0, 80),
    })
  const citizenMessage = (
    kind: string,
    title: string,
    body: string,
    targetId = id,
    trackingCode = item.tracking_code,
  ) =>
    messages.push({
      channel: 'webhook',
      recipientType: 'citizen',
      recipientId: targetId,
      kind,
      suggestionId: targetId,
      title,
      body,
      payload: { trackingCode },
    })

  switch (action) {
    case 'accept':
      set.accepted_at = now
      break
    case 'reject': {
      if (input.reason !== 'invalid' && input.reason !== 'out_of_scope') {
        throw required('reason', '请选择不予受理的原因', 'reason must be invalid or out_of_scope')
      }
      if (!note) throw required('note', '请说明不予受理的理由', 'Explain why in note')
      set.reject_reason = input.reason
      detail.reason = input.reason
      if (item.contact_phone_enc)
        citizenMessage(
          'citizen.rejected',
          '意见建议未予受理',
          `您的意见建议（${item.tracking_code}）未予受理：${note}`,
        )
      break
    }
    case 'merge': {
      if (!input.primaryId) throw required('primaryId', '请选择要并入的主件', 'primaryId is required')
      if (input.primaryId === id)
        throw required('primaryId', '不能并入自身', 'An item cannot be merged into itself')
      const primary = await loadItem(trx, input.primaryId)
      if (!primary || ctx.relationsFor(primary.item, primary.units).size === 0) {
        throw required('primaryId', '主件不存在', 'Unknown primary item')
      }
      const root = primary.item.merged_into_id ?? primary.item.id
      if (root === id) throw required('primaryId', '不能形成循环并单', 'That would merge in a circle')
      if (primary.item.status === 'rejected' && !primary.item.merged_into_id) {
        throw required('primaryId', '主件已不予受理', 'The primary item was rejected')
      }
      set.reject_reason = 'duplicate'
      set.merged_into_id = root
      detail.primaryId = root
      // Items merged into this one follow the new root too.
      await trx
        .updateTable('suggestions')
        .set({ merged_into_id: root })
        .where('merged_into_id', '=', id)
        .execute()
      break
    }
    case 'answer_on_spot': {
      const answer = input.answer?.trim()
      if (!answer) throw required('answer', '请填写答复内容', 'answer is required')
      set.answer = answer
      set.outcome = input.outcome ?? 'A'
      set.feedback_at = now
      set.acknowledged_at = item.acknowledged_at ?? now
      detail.outcome = set.outcome
      if (item.contact_phone_enc)
        citizenMessage(
          'citizen.answered',
          '意见建议已答复',
          `您的意见建议（${item.tracking_code}）已当场答复，欢迎评价。`,
        )
      break
    }
    case 'route': {
      if (!input.tier) throw required('tier', '请选择流转层级', 'tier is required')
      if (input.tier === 'town' && !item.town_code)
        throw required('tier', '该事项不属于任何镇(街道)', 'The item belongs to no town')
      set.tier = input.tier
      set.routed_at = now
      set.acknowledged_at = item.acknowledged_at ?? now
      detail.tier = input.tier
      messages.push({
        channel: 'in_app',
        recipientType: 'region',
        recipientId: input.tier === 'town' ? item.town_code! : ctx.countyCode,
        kind: 'suggestion.routed',
        suggestionId: id,
        title: `待交办 ${item.tracking_code}`,
        body: item.content.slice(0, 80),
      })
      if (item.contact_phone_enc && !item.acknowledged_at) {
        citizenMessage(
          'citizen.routed',
          '意见建议已受理',
          `您的意见建议（${item.tracking_code}）已受理并流转办理。`,
        )
      }
      break
    }
    case 'assign': {
      if (!input.leadUnitId) throw required('leadUnitId', '请选择主办单位', 'leadUnitId is required')
      const unitIds = [input.leadUnitId, ...(input.coUnitIds ?? []).filter((u) => u !== input.leadUnitId)]
      const found = await trx
        .selectFrom('units')
        .select(['id', 'region_code', 'active'])
        .where('id', 'in', unitIds)
        .execute()
      const lead = found.find((u) => u.id === input.leadUnitId)
      if (!lead?.active) throw required('leadUnitId', '主办单位不存在', 'Unknown lead unit')
      if (found.filter((u) => u.active).length !== unitIds.length)
        throw required('coUnitIds', '协办单位不存在', 'Unknown co-unit')
      if (item.tier === 'town' && lead.region_code !== item.town_code) {
        throw required(
          'leadUnitId',
          '镇级事项应交办给本镇(街道)的单位',
          'A town-tier item goes to a unit of its town',
        )
      }
      const limits = await limitsFor(trx, item.tier, item.category_code)
      // A reopened item starts a new handling cycle from the citizen's request; otherwise the clock runs from arrival.
      const cycleStart =
        item.reopen_count > 0 && item.routed_at ? new Date(item.routed_at) : new Date(item.clock_start_at)
      const dueAt = calendar.deadlineAfter(cycleStart, limits.completionWorkingDays)
      await trx
        .updateTable('suggestion_units')
        .set({ active: false })
        .where('suggestion_id', '=', id)
        .execute()
      await trx
        .insertInto('suggestion_units')
        .values(
          unitIds.map((u, i) => ({
            suggestion_id: id,
            unit_id: u,
            role: i === 0 ? ('lead' as const) : ('co' as const),
            assigned_at: now,
          })),
        )
        .execute()
      set.lead_unit_id = input.leadUnitId
      set.assigned_at = now
      set.due_at = dueAt
      set.extension_requested_days = null
      set.extension_reason = null
      Object.assign(detail, {
        leadUnitId: input.leadUnitId,
        coUnitIds: unitIds.slice(1),
        dueAt: dueAt.toISOString(),
      })
      for (const u of unitIds) unitMessage(u, 'suggestion.assigned', `新交办事项 ${item.tracking_code}`)
      break
    }
    case 'return': {
      if (!note) throw required('note', '请说明退单理由', 'Explain why in note')
      await trx
        .updateTable('suggestion_units')
        .set({ active: false })
        .where('suggestion_id', '=', id)
        .execute()
      set.lead_unit_id = null
      set.due_at = null
      // Re-assignment is a same-day step again, counted from the return.
      set.same_day_due_at = calendar.sameDayDeadline(now)
      detail.unitId = item.lead_unit_id
      managerMessage('suggestion.returned', `承办单位退单 ${item.tracking_code}`)
      break
    }
    case 'sign':
      set.signed_at = now
      break
    case 'start':
      break
    case 'request_extension': {
      const limits = await limitsFor(trx, item.tier, item.category_code)
      if (!input.days || input.days < 1 || input.days > limits.maxExtensionWorkingDays) {
        throw required(
          'days',
          `延期天数应为 1–${limits.maxExtensionWorkingDays} 个工作日`,
          `days must be 1–${limits.maxExtensionWorkingDays} working days`,
        )
      }
      if (!note) throw required('note', '请说明延期理由', 'Explain why in note')
      if (item.extension_requested_days)
        throw conflict({ zh: '已有待审批的延期申请', en: 'An extension request is already pending' })
      set.extension_requested_days = input.days
      set.extension_reason = note
      detail.days = input.days
      managerMessage('suggestion.extension_requested', `延期申请 ${item.tracking_code}`)
      break
    }
    case 'decide_extension': {
      if (!item.extension_requested_days)
        throw conflict({ zh: '没有待审批的延期申请', en: 'No extension request is pending' })
      if (input.approve === undefined) throw required('approve', '请选择批准或不批准', 'approve is required')
      detail.approved = input.approve
      detail.days = item.extension_requested_days
      if (input.approve && item.due_at) {
        const due = calendar.extend(new Date(item.due_at), item.extension_requested_days)
        set.due_at = due
        detail.dueAt = due.toISOString()
      }
      set.extension_requested_days = null
      set.extension_reason = null
      if (item.lead_unit_id)
        unitMessage(
          item.lead_unit_id,
          'suggestion.extension_decided',
          `延期申请${input.approve ? '已批准' : '未批准'} ${item.tracking_code}`,
        )
      break
    }
    case 'urge':
      set.urge_count = item.urge_count + 1
      if (item.lead_unit_id) unitMessage(item.lead_unit_id, 'suggestion.urged', `催办 ${item.tracking_code}`)
      break
    case 'escalate':
      set.escalated_at = now
      if (item.lead_unit_id)
        unitMessage(item.lead_unit_id, 'suggestion.escalated', `督办 ${item.tracking_code}`)
      managerMessage('suggestion.escalated', `督办 ${item.tracking_code}`)
      break
    case 'reply': {
      const answer = input.answer?.trim()
      if (!answer) throw required('answer', '请填写答复内容', 'answer is required')
      if (!input.outcome)
        throw required('outcome', '请选择办理结果类别（A/B/C/D）', 'outcome (A/B/C/D) is required')
      set.answer = answer
      set.outcome = input.outcome
      set.replied_at = now
      set.extension_requested_days = null
      set.extension_reason = null
      detail.outcome = input.outcome
      managerMessage('suggestion.replied', `待审核答复 ${item.tracking_code}`)
      break
    }
    case 'review':
      set.reviewed_at = now
      break
    case 'send_back':
      if (!note) throw required('note', '请说明退回理由', 'Explain why in note')
      if (item.lead_unit_id)
        unitMessage(item.lead_unit_id, 'suggestion.sent_back', `答复被退回重办 ${item.tracking_code}`)
      break
    case 'give_feedback': {
      set.feedback_at = now
      const followers = await trx
        .selectFrom('suggestions')
        .select(['id', 'tracking_code', 'contact_phone_enc'])
        .where('merged_into_id', '=', id)
        .execute()
      for (const target of [
        { id, tracking_code: item.tracking_code, contact_phone_enc: item.contact_phone_enc },
        ...followers,
      ]) {
        if (target.contact_phone_enc) {
          citizenMessage(
            'citizen.answered',
            '意见建议已答复',
            `您的意见建议（${target.tracking_code}）已有答复，请查看并评价。`,
            target.id,
            target.tracking_code,
          )
        }
      }
      detail.mergedFollowers = followers.length
      break
    }
    case 'rate': {
      if (!input.rating) throw required('rating', '请选择评价', 'rating is required')
      set.rating = input.rating
      set.rating_comment = input.comment?.trim() || null
      set.closed_at = now
      detail.rating = input.rating
      note = set.rating_comment as string | null
      break
    }
    case 'close_unrated':
      set.closed_at = now
      break
    case 'reopen': {
      if (item.reopen_count >= 1)
        throw conflict({ zh: '每件意见建议只能申请重办一次', en: 'An item can be reopened only once' })
      if (!item.answer)
        throw conflict({ zh: '该事项没有可重办的答复', en: 'The item has no answer to reopen' })
      const limits = await limitsFor(trx, item.tier, item.category_code)
      if (
        item.closed_at &&
        now.getTime() - new Date(item.closed_at).getTime() > limits.ratingWindowDays * 86_400_000
      ) {
        throw conflict({
          zh: `办结超过 ${limits.ratingWindowDays} 天后不能申请重办`,
          en: `Reopening is possible for ${limits.ratingWindowDays} days after closing`,
        })
      }
      if (!note) throw required('note', '请说明不满意的原因', 'Say why you are not satisfied in note')
      set.reopen_count = item.reopen_count + 1
      set.same_day_due_at = calendar.sameDayDeadline(now)
      set.tier = item.tier ?? (item.town_code ? 'town' : 'county')
      set.routed_at = now
      set.closed_at = null
      set.feedback_at = null
      set.reviewed_at = null
      set.replied_at = null
      set.lead_unit_id = null
      set.due_at = null
      set.rating = item.rating ?? 'dissatisfied'
      await trx
        .updateTable('suggestion_units')
        .set({ active: false })
        .where('suggestion_id', '=', id)
        .execute()
      managerMessage('suggestion.reopened', `群众申请重办 ${item.tracking_code}`)
      break
    }
    case 'note':
      if (!note) throw required('note', '请填写备注', 'note is required')
      break
  }

  const updated = await trx
    .updateTable('suggestions')
    .set({ ...(set as object), status: to, version: item.version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', item.version)
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) !== 1) {
    throw conflict({
      zh: '该事项已被他人处理，请刷新后重试',
      en: 'Someone else changed this item; reload and try again',
    })
  }
  await writeEvent(trx, ctx.countyCode, {
    suggestionId: id,
    action,
    from: item.status,
    to,
    actor: ctx.actor,
    public: transition.public,
    note,
    detail,
    at: now,
  })
  await enqueue(trx, ctx.countyCode, messages)
  if (ctx.audit)
    await ctx.audit({
      action: `suggestion.${action}`,
      targetType: 'suggestion',
      targetId: id,
      detail: { from: item.status, to },
    })
  return { id, status: to, version: item.version + 1 }
}

export { allowedActions, searchText, sql }
