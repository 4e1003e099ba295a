import type { Db } from '../../db/index.ts'
import type { PartnerKind, PartnerScope } from '../../db/types.ts'
import { uuidv7 } from '../../platform/ids.ts'

/** All of the partners module's SQL: partners, their keys, and the partner view of their items. */

export interface PartnerRow {
  id: string
  name: string
  kind: PartnerKind
  unit_id: string | null
  unit_name: string | null
  webhook_url: string | null
  created_at: Date
}

export interface KeyRow {
  id: string
  partner_id: string
  prefix: string
  created_at: Date
  created_by_name: string | null
  revoked_at: Date | null
  last_used_at: Date | null
  scopes: PartnerScope[]
}

const partnerColumns = (db: Db) =>
  db
    .selectFrom('partners as p')
    .leftJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.name', 'p.kind', 'p.unit_id', 'u.name as unit_name', 'p.webhook_url', 'p.created_at'])

export async function listPartners(db: Db, countyCode: string, limit: number, offset: number) {
  const [items, count] = await Promise.all([
    partnerColumns(db)
      .where('p.county_code', '=', countyCode)
      .orderBy('p.created_at', 'desc')
      .orderBy('p.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom('partners')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('county_code', '=', countyCode)
      .executeTakeFirstOrThrow(),
  ])
  return { items: items as PartnerRow[], total: Number(count.n) }
}

export async function getPartner(db: Db, countyCode: string, id: string): Promise<PartnerRow | undefined> {
  return (await partnerColumns(db)
    .where('p.id', '=', id)
    .where('p.county_code', '=', countyCode)
    .executeTakeFirst()) as PartnerRow | undefined
}

export async function keysOf(db: Db, partnerIds: string[]): Promise<KeyRow[]> {
  if (partnerIds.length === 0) return []
  const keys = await db
    .selectFrom('partner_keys as k')
    .leftJoin('users as u', 'u.id', 'k.created_by')
    .select([
      'k.id',
      'k.partner_id',
      'k.prefix',
      'k.created_at',
      'u.username as created_by_name',
      'k.revoked_at',
      'k.last_used_at',
    ])
    .where('k.partner_id', 'in', partnerIds)
    .orderBy('k.created_at', 'desc')
    .execute()
  const scopes = keys.length
    ? await db
        .selectFrom('partner_key_scopes')
        .select(['key_id', 'scope'])
        .where(
          'key_id',
          'in',
          keys.map((k) => k.id),
        )
        .execute()
    : []
  return keys.map((k) => ({
    ...k,
    scopes: scopes.filter((s) => s.key_id === k.id).map((s) => s.scope),
  }))
}

export async function unitForPlatform(db: Db, countyCode: string, unitId: string) {
  return db
    .selectFrom('units')
    .select(['id', 'kind', 'active'])
    .where('id', '=', unitId)
    .where('county_code', '=', countyCode)
    .executeTakeFirst()
}

export async function insertPartner(
  trx: Db,
  p: {
    name: string
    kind: PartnerKind
    unitId: string | null
    webhookUrl: string | null
    webhookSecretEnc: string | null
    countyCode: string
    createdBy: string
  },
): Promise<string> {
  const id = uuidv7()
  await trx
    .insertInto('partners')
    .values({
      id,
      name: p.name,
      kind: p.kind,
      unit_id: p.unitId,
      webhook_url: p.webhookUrl,
      webhook_secret_enc: p.webhookSecretEnc,
      county_code: p.countyCode,
      created_by: p.createdBy,
    })
    .execute()
  return id
}

export async function insertKey(
  trx: Db,
  k: {
    partnerId: string
    prefix: string
    hash: string
    scopes: PartnerScope[]
    countyCode: string
    createdBy: string
  },
): Promise<string> {
  const id = uuidv7()
  await trx
    .insertInto('partner_keys')
    .values({
      id,
      partner_id: k.partnerId,
      prefix: k.prefix,
      key_hash: k.hash,
      created_by: k.createdBy,
      county_code: k.countyCode,
    })
    .execute()
  await trx
    .insertInto('partner_key_scopes')
    .values(k.scopes.map((scope) => ({ key_id: id, scope })))
    .execute()
  return id
}

/** Sets (or, with nulls, removes) a partner's webhook URL and its encrypted signing secret. */
export async function setWebhook(trx: Db, id: string, url: string | null, secretEnc: string | null) {
  await trx
    .updateTable('partners')
    .set({ webhook_url: url, webhook_secret_enc: secretEnc })
    .where('id', '=', id)
    .execute()
}

/** Revokes a live key of the partner; false when there is none (unknown, or revoked already). */
export async function revokeKey(trx: Db, partnerId: string, keyId: string, by: string, now: Date) {
  const r = await trx
    .updateTable('partner_keys')
    .set({ revoked_at: now, revoked_by: by })
    .where('id', '=', keyId)
    .where('partner_id', '=', partnerId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export async function keyExists(db: Db, partnerId: string, keyId: string) {
  return Boolean(
    await db
      .selectFrom('partner_keys')
      .select('id')
      .where('id', '=', keyId)
      .where('partner_id', '=', partnerId)
      .executeTakeFirst(),
  )
}

// ── the partner's items ─────────────────────────────────────────────────────────────────────────────────────

export async function itemByReference(db: Db, partnerId: string, reference: string) {
  return db
    .selectFrom('suggestions')
    .select([
      'id',
      'tracking_code',
      'partner_reference',
      'partner_request_hash',
      'status',
      'received_at',
      'updated_at',
      'answer',
      'outcome',
      'merged_into_id',
    ])
    .where('partner_id', '=', partnerId)
    .where('partner_reference', '=', reference)
    .executeTakeFirst()
}

/** The public timeline of the items given (a merged item's own and its primary's, as the citizen sees it). */
export async function publicEventsOf(db: Db, ids: string[]) {
  return db
    .selectFrom('suggestion_events')
    .select(['at', 'action', 'to_status'])
    .where('suggestion_id', 'in', ids)
    .where('public', '=', true)
    .orderBy('at')
    .orderBy('id')
    .execute()
}

/** An item as its assigned platform sees it, with the platform unit's part in the assignment. */
export async function assignmentOf(db: Db, id: string, unitId: string) {
  return db
    .selectFrom('suggestions as s')
    .innerJoin('suggestion_units as su', (j) =>
      j.onRef('su.suggestion_id', '=', 's.id').on('su.unit_id', '=', unitId).on('su.active', '=', true),
    )
    .select([
      's.id',
      's.tracking_code',
      's.status',
      's.content',
      's.category_code',
      's.region_code',
      's.contact_phone_masked',
      's.due_at',
      's.version',
      'su.role',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst()
}

// ── webhooks ────────────────────────────────────────────────────────────────────────────────────────────────

/** The partner of an item and its webhook, when it has one. */
export async function partnerWebhookOf(db: Db, partnerId: string) {
  return db
    .selectFrom('partners')
    .select(['id', 'webhook_url'])
    .where('id', '=', partnerId)
    .where('webhook_url', 'is not', null)
    .executeTakeFirst()
}

/** Items merged into this one that partners with a webhook handed in: they follow it (并单). */
export async function partnerFollowersOf(db: Db, id: string) {
  return db
    .selectFrom('suggestions as s')
    .innerJoin('partners as p', 'p.id', 's.partner_id')
    .select(['s.id', 's.tracking_code', 's.partner_reference', 's.version', 'p.id as partner_id'])
    .where('s.merged_into_id', '=', id)
    .where('p.webhook_url', 'is not', null)
    .execute()
}

/** The item a merged item follows: its state and, once sent, its answer. */
export async function primaryOf(db: Db, id: string) {
  return db
    .selectFrom('suggestions')
    .select(['id', 'tracking_code', 'status', 'answer', 'outcome'])
    .where('id', '=', id)
    .executeTakeFirst()
}

/** Platform partners (一室四平台) of these units that have a webhook. */
export async function platformsOfUnits(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return []
  return db
    .selectFrom('partners')
    .select(['id', 'unit_id'])
    .where('kind', '=', 'platform')
    .where('unit_id', 'in', unitIds)
    .where('webhook_url', 'is not', null)
    .execute()
}

/** For the outbox worker: each partner's webhook URL and encrypted secret. */
export async function endpointsOf(db: Db, ids: string[]) {
  const rows = ids.length
    ? await db
        .selectFrom('partners')
        .select(['id', 'webhook_url', 'webhook_secret_enc'])
        .where('id', 'in', ids)
        .execute()
    : []
  return new Map(
    rows.map((r) => [
      r.id,
      r.webhook_url && r.webhook_secret_enc ? { url: r.webhook_url, secretEnc: r.webhook_secret_enc } : null,
    ]),
  )
}

// ── Open311 ─────────────────────────────────────────────────────────────────────────────────────────────────

export async function activeCategories(db: Db) {
  return db
    .selectFrom('categories')
    .select(['code', 'name', 'name_en'])
    .where('active', '=', true)
    .orderBy('sort')
    .execute()
}

export interface PublicRequestFilter {
  trackingCodes?: string[]
  serviceCode?: string
  from: Date
  to: Date
  closed?: boolean
  limit: number
}

/**
 * The items the public may know of, for Open311: not rejected (nor merged), newest first, with nothing a
 * citizen wrote or left (no content, contact or map point): the category, the village, the state, the dates and
 * the unit answering.
 */
export async function publicRequests(db: Db, countyCode: string, f: PublicRequestFilter) {
  let q = db
    .selectFrom('suggestions as s')
    .innerJoin('regions as r', 'r.code', 's.region_code')
    .leftJoin('categories as c', 'c.code', 's.category_code')
    .leftJoin('units as u', 'u.id', 's.lead_unit_id')
    .select([
      's.tracking_code',
      's.status',
      's.category_code',
      'c.name as category_name',
      'c.name_en as category_name_en',
      'r.name as region_name',
      'u.name as unit_name',
      's.received_at',
      's.updated_at',
      's.due_at',
    ])
    .where('s.county_code', '=', countyCode)
    .where('s.status', '!=', 'rejected')
    .where('s.merged_into_id', 'is', null)
  if (f.trackingCodes) q = q.where('s.tracking_code', 'in', f.trackingCodes)
  else q = q.where('s.received_at', '>=', f.from).where('s.received_at', '<', f.to)
  if (f.serviceCode) q = q.where('s.category_code', '=', f.serviceCode)
  if (f.closed !== undefined) q = q.where('s.status', f.closed ? '=' : '!=', 'closed')
  return q.orderBy('s.received_at', 'desc').limit(f.limit).execute()
}
