import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import type { Db } from '../../db/index.ts'
import type { Tier } from '../../db/types.ts'
import { command } from '../../platform/context.ts'
import { conflict, notFound } from '../../platform/errors.ts'
import { enqueue } from '../../platform/notify.ts'
import { DEFAULT_OFFICE_HOURS_TEXT } from '../../platform/office-hours.ts'
import { reach, relate } from '../../platform/policy.ts'
import { acceptRateLimits, perMinute } from '../../platform/rate-limit.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { normalisedPhone } from '../suggestions/index.ts'
import { loadItem, SUBJECT_TYPE } from '../suggestions/repo.ts'
import { supportPolicy, THRESHOLD_EDIT, THRESHOLD_READ } from './policy.ts'
import { ALREADY_SUPPORTED, NOT_OPEN, NOT_PUBLISHED, supportLabel, thresholdMessage } from './present.ts'
import {
  claimAlert,
  existingSupport,
  insertSupport,
  publishedItem,
  SUPPORTABLE,
  saveThreshold,
  supportBreakdown,
  supportCounts,
  supportThreshold,
} from './repo.ts'
import {
  AnswerParams,
  StaffSupport,
  SupportBody,
  SupportQuery,
  SupportState,
  ThresholdSchema,
} from './schema.ts'

/**
 * Support (附议, docs/domain.md "Support"): a citizen adds their weight to a published item still being handled,
 * once per device and once per phone; staff see each item's count, and the item's manager is told once when it
 * reaches the county's threshold.
 */

const takesSupport = (item: { status: string; merged_into_id: string | null }) =>
  !item.merged_into_id && (SUPPORTABLE as readonly string[]).includes(item.status)

/** The manager's inbox: the town's for town items (and items not yet routed), the county's for county items. */
const managerInbox = (item: { tier: Tier | null; town_code: string | null }, countyCode: string) =>
  item.tier === 'county' || item.tier === 'proposal' ? countyCode : (item.town_code ?? countyCode)

export async function supportRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config, cipher } = app.ctx
  await acceptRateLimits(app)
  const perAddress = perMinute(config.publicRateLimitPerMinute)
  const deviceHash = (device: string) => cipher.lookupHash(`support-device:${device.toLowerCase()}`)

  async function published(dbOrTrx: Db, id: string) {
    const item = await publishedItem(dbOrTrx, config.countyCode, id)
    if (item?.publication_status !== 'published') throw notFound(NOT_PUBLISHED)
    return item
  }

  app.get(
    '/api/public/answers/:id/support',
    {
      schema: {
        tags: ['public'],
        summary: 'A published item’s support count (附议), and whether this device supports it',
        params: AnswerParams,
        querystring: SupportQuery,
        response: { 200: SupportState, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const item = await published(db, request.params.id)
      const device = request.query.device
      const mine = device ? await existingSupport(db, item.id, deviceHash(device), null) : undefined
      const counts = await supportCounts(db, [item.id])
      return { count: counts.get(item.id) ?? 0, supported: mine !== undefined, open: takesSupport(item) }
    },
  )

  app.post(
    '/api/public/answers/:id/support',
    {
      config: perAddress,
      schema: {
        tags: ['public'],
        summary:
          'Add one’s support (附议) to a published item still being handled: once per device and phone',
        params: AnswerParams,
        body: SupportBody,
        response: { 200: SupportState, ...errorResponses(400, 404, 409, 429) },
      },
    },
    async (request) => {
      const phone = normalisedPhone(request.body.phone, 'body.phone')
      const device = deviceHash(request.body.device)
      const phoneHash = phone ? cipher.lookupHash(phone) : null
      const id = request.params.id
      const count = await command(request, async (trx, audit) => {
        // The item's row is locked: concurrent supports count in turn, so the threshold is seen crossed once.
        await sql`SELECT id FROM suggestions WHERE id = ${id} FOR UPDATE`.execute(trx)
        const item = await published(trx, id)
        if (!takesSupport(item)) throw conflict(NOT_OPEN)
        if (await existingSupport(trx, id, device, phoneHash)) throw conflict(ALREADY_SUPPORTED)
        if (
          !(await insertSupport(trx, {
            suggestionId: id,
            deviceHash: device,
            phoneHash,
            countyCode: config.countyCode,
          }))
        )
          throw conflict(ALREADY_SUPPORTED)
        const total = (await supportCounts(trx, [id])).get(id) ?? 0
        const threshold = await supportThreshold(trx, config.countyCode)
        let alerted = false
        if (total >= threshold) {
          alerted = await claimAlert(trx, {
            suggestionId: id,
            count: total,
            threshold,
            countyCode: config.countyCode,
          })
          if (alerted) {
            const message = thresholdMessage(item.tracking_code, total)
            await enqueue(trx, config.countyCode, [
              {
                channel: 'in_app',
                recipientType: 'region',
                recipientId: managerInbox(item, config.countyCode),
                kind: 'suggestion.high_attention',
                subject: { type: SUBJECT_TYPE, id },
                ...message,
              },
            ])
          }
        }
        // No device or phone in the audit row: the item, the count, and whether a phone was given.
        await audit({
          action: 'support.add',
          targetType: SUBJECT_TYPE,
          targetId: id,
          detail: { count: total, withPhone: phoneHash !== null, alerted },
        })
        return total
      })
      return { count, supported: true, open: true }
    },
  )

  app.get(
    '/api/suggestions/:id/support',
    {
      config: { reach: supportPolicy.reach },
      schema: {
        tags: ['suggestions'],
        summary:
          'An item’s support count (附议): its own supports and its merged duplicates, and the threshold',
        params: AnswerParams,
        response: { 200: StaffSupport, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const principal = reach(request, supportPolicy)
      const loaded = await loadItem(db, request.params.id)
      relate(supportPolicy, principal, loaded)
      const [breakdown, threshold] = await Promise.all([
        supportBreakdown(db, request.params.id),
        supportThreshold(db, config.countyCode),
      ])
      const highAttention = breakdown.total >= threshold
      return {
        count: breakdown.total,
        direct: breakdown.direct,
        merged: breakdown.merged,
        threshold,
        highAttention,
        label: supportLabel(breakdown.total, highAttention),
      }
    },
  )

  app.get(
    '/api/settings/support-threshold',
    {
      config: THRESHOLD_READ,
      schema: {
        tags: ['settings'],
        summary: 'Supports from which an item is of high attention (关注度高) · 附议关注阈值',
        response: { 200: ThresholdSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      reach(request, THRESHOLD_READ)
      return { threshold: await supportThreshold(db, config.countyCode) }
    },
  )

  app.put(
    '/api/settings/support-threshold',
    {
      config: THRESHOLD_EDIT,
      schema: {
        tags: ['settings'],
        summary: 'Set the high-attention threshold (county admins) · 设置附议关注阈值',
        body: ThresholdSchema,
        response: { 200: ThresholdSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = reach(request, THRESHOLD_EDIT)
      const threshold = request.body.threshold
      await command(request, async (trx, audit) => {
        const before = await supportThreshold(trx, config.countyCode)
        await saveThreshold(trx, config.countyCode, threshold, DEFAULT_OFFICE_HOURS_TEXT, principal.userId)
        await audit({
          action: 'settings.support_threshold.set',
          targetType: 'county_settings',
          targetId: config.countyCode,
          detail: { before, after: threshold },
        })
      })
      return { threshold }
    },
  )
}
