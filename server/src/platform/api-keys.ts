import { createHash, randomBytes } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { Db } from '../db/index.ts'
import type { PartnerKind, PartnerScope } from '../db/types.ts'
import { AppError } from './errors.ts'

/**
 * API keys of partner systems (the province's platform, the 12345 hotline, a town platform): sent as
 * `Authorization: Bearer <key>` instead of a session, issued by a county admin (the partners module) and shown
 * once. Only the key's sha256 is stored, with its first characters so that people can tell keys apart; a key is
 * 32 random bytes, so a plain hash is enough (nothing to guess, nothing to stretch). Routes declare the scope they
 * need as their gate (`config: { reach: 'partner:intake' }`, platform/gate.ts).
 */
export const API_KEY_PREFIX = 'lxk_'
/** Characters of a key kept in clear to tell keys apart (the prefix and 8 random characters). */
const SHOWN = API_KEY_PREFIX.length + 8
const KEY_FORMAT = /^lxk_[A-Za-z0-9_-]{43}$/

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex')

/** A new key: the secret (shown once), the characters kept in clear and the hash stored. */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`
  return { key, prefix: key.slice(0, SHOWN), hash: hashApiKey(key) }
}

/** Who is calling with a key: the key, its partner and what the key may do. */
export interface KeyHolder {
  keyId: string
  partnerId: string
  partnerName: string
  kind: PartnerKind
  /** The handling unit of a platform partner (一室四平台), null for the others. */
  unitId: string | null
  scopes: PartnerScope[]
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The partner system calling with an API key (routes gated `partner:<scope>`), else null. */
    partner: KeyHolder | null
  }
}

export const invalidKey = () =>
  new AppError('unauthenticated', {
    zh: 'API 密钥无效或已吊销',
    en: 'The API key is unknown or revoked',
  })

/** The bearer token of the Authorization header, if any. */
export function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization
  if (typeof header !== 'string') return undefined
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim())
  return m?.[1]
}

/** Seconds between two records of a key's last use: a busy key is not rewritten on every request. */
const LAST_USED_GRANULARITY_MS = 60_000

/** The holder of a live key, or null (unknown, malformed or revoked). Records the key's last use. */
export async function authenticateKey(db: Db, key: string, now = new Date()): Promise<KeyHolder | null> {
  if (!KEY_FORMAT.test(key)) return null
  const row = await db
    .selectFrom('partner_keys as k')
    .innerJoin('partners as p', 'p.id', 'k.partner_id')
    .select(['k.id', 'k.partner_id', 'k.last_used_at', 'p.name', 'p.kind', 'p.unit_id'])
    .where('k.key_hash', '=', hashApiKey(key))
    .where('k.revoked_at', 'is', null)
    .executeTakeFirst()
  if (!row) return null
  const scopes = await db
    .selectFrom('partner_key_scopes')
    .select('scope')
    .where('key_id', '=', row.id)
    .execute()
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > LAST_USED_GRANULARITY_MS) {
    await db.updateTable('partner_keys').set({ last_used_at: now }).where('id', '=', row.id).execute()
  }
  return {
    keyId: row.id,
    partnerId: row.partner_id,
    partnerName: row.name,
    kind: row.kind,
    unitId: row.unit_id,
    scopes: scopes.map((s) => s.scope),
  }
}

/** The calling partner, for a route gated `partner:<scope>` (the gate has authenticated it). */
export function requirePartner(request: FastifyRequest): KeyHolder {
  if (!request.partner) throw invalidKey()
  return request.partner
}
