import { randomBytes } from 'node:crypto'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { PartnerScope } from '../../db/types.ts'
import { newApiKey } from '../../platform/api-keys.ts'
import { command } from '../../platform/context.ts'
import { conflict, invalidField, notFound } from '../../platform/errors.ts'
import { reach } from '../../platform/policy.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { partnersAdmin } from './policy.ts'
import { presentPartner } from './present.ts'
import {
  getPartner,
  insertKey,
  insertPartner,
  keyExists,
  keysOf,
  listPartners,
  revokeKey,
  setWebhook,
  unitForPlatform,
} from './repo.ts'
import {
  IssuedKey,
  KeyCreate,
  KeyParams,
  PartnerAnswer,
  PartnerCreate,
  PartnerList,
  PartnerParams,
  PartnerQuery,
  WebhookIssued,
  WebhookSet,
} from './schema.ts'

const PARTNER = { zh: '外部系统', en: 'partner system' }
const KEY = { zh: 'API 密钥', en: 'API key' }

const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64url')}`

/** Only a platform partner replies to assignments; only its unit's items are assigned to it. */
function checkScopes(kind: string, scopes: PartnerScope[]) {
  if (scopes.includes('platform_reply') && kind !== 'platform')
    throw invalidField('body.scopes', {
      zh: '只有一室四平台可以回复交办事项',
      en: 'Only a town platform may reply to assignments',
    })
}

/**
 * The console's partner systems (county admins): register a partner and issue its first key, issue more keys,
 * revoke one. A key's secret (and the webhook signing secret) is in the answer that issues it and nowhere else:
 * only the key's hash is stored, the signing secret encrypted. Every change is audited without the secrets.
 */
export async function partnerAdminRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config, cipher } = app.ctx

  const presentById = async (id: string) => {
    const row = await getPartner(db, config.countyCode, id)
    if (!row) throw notFound(PARTNER)
    return presentPartner(row, await keysOf(db, [id]))
  }

  app.get(
    '/api/partners',
    {
      config: { reach: partnersAdmin.reach },
      schema: {
        tags: ['partners'],
        summary: 'Partner systems and their API keys (county admins) · 外部系统',
        querystring: PartnerQuery,
        response: { 200: PartnerList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      reach(request, partnersAdmin)
      const { limit = 50, offset = 0 } = request.query
      const page = await listPartners(db, config.countyCode, limit, offset)
      const keys = await keysOf(
        db,
        page.items.map((p) => p.id),
      )
      return { items: page.items.map((p) => presentPartner(p, keys)), total: page.total }
    },
  )

  app.post(
    '/api/partners',
    {
      config: { reach: partnersAdmin.reach },
      schema: {
        tags: ['partners'],
        summary:
          'Register a partner system and issue its first API key (the key and the webhook secret are shown once)',
        body: PartnerCreate,
        response: { 201: IssuedKey, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const principal = reach(request, partnersAdmin)
      const body = request.body
      const name = body.name.trim()
      if (name.length < 2) throw invalidField('body.name', { zh: '请填写系统名称', en: 'name is required' })
      if (body.kind === 'platform') {
        if (!body.unitId)
          throw invalidField('body.unitId', {
            zh: '一室四平台须关联其承办单位',
            en: 'A town platform is linked to its handling unit',
          })
        const unit = await unitForPlatform(db, config.countyCode, body.unitId)
        if (!unit?.active || unit.kind !== 'platform')
          throw invalidField('body.unitId', {
            zh: '该单位不是一室四平台',
            en: 'The unit is not a town platform',
          })
      } else if (body.unitId) {
        throw invalidField('body.unitId', {
          zh: '只有一室四平台关联承办单位',
          en: 'Only a town platform is linked to a unit',
        })
      }
      checkScopes(body.kind, body.scopes)
      const issued = newApiKey()
      const webhookSecret = body.webhookUrl ? newWebhookSecret() : null
      const ids = await command(request, async (trx, audit) => {
        const partnerId = await insertPartner(trx, {
          name,
          kind: body.kind,
          unitId: body.unitId ?? null,
          webhookUrl: body.webhookUrl ?? null,
          webhookSecretEnc: webhookSecret ? cipher.encrypt(webhookSecret) : null,
          countyCode: config.countyCode,
          createdBy: principal.userId,
        })
        const keyId = await insertKey(trx, {
          partnerId,
          prefix: issued.prefix,
          hash: issued.hash,
          scopes: body.scopes,
          countyCode: config.countyCode,
          createdBy: principal.userId,
        })
        await audit({
          action: 'partner.create',
          targetType: 'partner',
          targetId: partnerId,
          detail: { name, kind: body.kind, unitId: body.unitId ?? null, webhook: Boolean(body.webhookUrl) },
        })
        await audit({
          action: 'partner_key.issue',
          targetType: 'partner_key',
          targetId: keyId,
          detail: { partnerId, prefix: issued.prefix, scopes: body.scopes },
        })
        return { partnerId, keyId }
      })
      reply.code(201)
      return { partner: await presentById(ids.partnerId), keyId: ids.keyId, key: issued.key, webhookSecret }
    },
  )

  app.post(
    '/api/partners/:id/keys',
    {
      config: { reach: partnersAdmin.reach },
      schema: {
        tags: ['partners'],
        summary: 'Issue another API key to a partner (to replace one); the key is shown once',
        params: PartnerParams,
        body: KeyCreate,
        response: { 201: IssuedKey, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = reach(request, partnersAdmin)
      const partner = await getPartner(db, config.countyCode, request.params.id)
      if (!partner) throw notFound(PARTNER)
      checkScopes(partner.kind, request.body.scopes)
      const issued = newApiKey()
      const keyId = await command(request, async (trx, audit) => {
        const keyId = await insertKey(trx, {
          partnerId: partner.id,
          prefix: issued.prefix,
          hash: issued.hash,
          scopes: request.body.scopes,
          countyCode: config.countyCode,
          createdBy: principal.userId,
        })
        await audit({
          action: 'partner_key.issue',
          targetType: 'partner_key',
          targetId: keyId,
          detail: { partnerId: partner.id, prefix: issued.prefix, scopes: request.body.scopes },
        })
        return keyId
      })
      reply.code(201)
      return { partner: await presentById(partner.id), keyId, key: issued.key, webhookSecret: null }
    },
  )

  app.post(
    '/api/partners/:id/keys/:keyId/revoke',
    {
      config: { reach: partnersAdmin.reach },
      schema: {
        tags: ['partners'],
        summary: 'Revoke an API key: it is refused (401) from now on',
        params: KeyParams,
        response: { 200: PartnerAnswer, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, partnersAdmin)
      const { id, keyId } = request.params
      const partner = await getPartner(db, config.countyCode, id)
      if (!partner || !(await keyExists(db, id, keyId))) throw notFound(KEY)
      await command(request, async (trx, audit) => {
        if (!(await revokeKey(trx, id, keyId, principal.userId, new Date())))
          throw conflict({ zh: '该密钥已吊销', en: 'The key is revoked already' }, 'keyId')
        await audit({
          action: 'partner_key.revoke',
          targetType: 'partner_key',
          targetId: keyId,
          detail: { partnerId: id },
        })
      })
      return presentById(id)
    },
  )

  app.put(
    '/api/partners/:id/webhook',
    {
      config: { reach: partnersAdmin.reach },
      schema: {
        tags: ['partners'],
        summary:
          'Set, change or remove (null) a partner’s webhook URL; a new signing secret is issued and shown once',
        params: PartnerParams,
        body: WebhookSet,
        response: { 200: WebhookIssued, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      reach(request, partnersAdmin)
      const partner = await getPartner(db, config.countyCode, request.params.id)
      if (!partner) throw notFound(PARTNER)
      const url = request.body.webhookUrl
      // A new URL gets a new secret: whoever held the old one cannot sign for the new receiver.
      const webhookSecret = url ? newWebhookSecret() : null
      await command(request, async (trx, audit) => {
        await setWebhook(trx, partner.id, url, webhookSecret ? cipher.encrypt(webhookSecret) : null)
        await audit({
          action: 'partner.webhook',
          targetType: 'partner',
          targetId: partner.id,
          detail: { webhookUrl: url },
        })
      })
      return { partner: await presentById(partner.id), webhookSecret }
    },
  )
}
