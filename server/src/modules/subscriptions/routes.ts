import { randomInt } from 'node:crypto'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { SubscriptionTarget } from '../../db/types.ts'
import { command } from '../../platform/context.ts'
import { maskPhone } from '../../platform/crypto.ts'
import { AppError, invalidField, notFound } from '../../platform/errors.ts'
import { uuidv7 } from '../../platform/ids.ts'
import { enqueue, outboxQueued } from '../../platform/notify.ts'
import { acceptRateLimits, perMinute, rateLimited } from '../../platform/rate-limit.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { normalisedPhone } from '../suggestions/index.ts'
import { unsubscribeUrl } from './present.ts'
import {
  activate,
  byTokenForUpdate,
  countFailedAttempt,
  end,
  insertPending,
  latestPendingForUpdate,
  requestsSince,
  SUBSCRIPTION_SUBJECT,
  targetName,
} from './repo.ts'
import {
  CodeSent,
  ConfirmBody,
  SubscribeBody,
  Subscribed,
  SubscriptionOptions,
  UnsubscribeBody,
  Unsubscribed,
} from './schema.ts'

/**
 * Subscriptions (关注, docs/domain.md "Subscriptions"): a citizen follows a town, a category or one published item
 * with a phone number confirmed by a one-time code — the same rules as the recovery code: the code is a keyed
 * hash, lasts CODE_MINUTES, allows MAX_ATTEMPTS, is limited per phone and per address, and the first answer is
 * the same 202 whatever the number. The phone is encrypted (with a lookup hash and a masked copy) and never
 * copied into the outbox: its messages are resolved at delivery (the manifest's recipients).
 */

export const CODE_MINUTES = 10
export const MAX_ATTEMPTS = 5
const HOUR_MS = 3600_000

const WRONG_CODE = {
  zh: '验证码不正确，请核对短信中的 6 位数字',
  en: 'The code is not right; check the 6 digits in the text message',
}
const NO_CODE = { zh: '验证码无效，请重新获取验证码', en: 'This code is not valid; ask for a new code' }
const EXPIRED = {
  zh: `验证码已过期（${CODE_MINUTES} 分钟内有效），请重新获取`,
  en: `The code has expired (it is valid for ${CODE_MINUTES} minutes); ask for a new one`,
}
const EXHAUSTED = {
  zh: `验证码已输错 ${MAX_ATTEMPTS} 次，已失效，请重新获取`,
  en: `The code was entered wrongly ${MAX_ATTEMPTS} times and no longer works; ask for a new one`,
}
const UNKNOWN_TARGET: Record<SubscriptionTarget, { zh: string; en: string }> = {
  town: { zh: '没有这个镇(街道)', en: 'No such town' },
  category: { zh: '没有这个类别', en: 'No such category' },
  item: { zh: '没有这条公开的意见建议', en: 'No such published item' },
}
const TARGET_WORDS: Record<SubscriptionTarget, string> = {
  town: '镇(街道)',
  category: '类别',
  item: '事项',
}

const codeHash = (key: (s: string) => string, id: string, code: string) =>
  key(`subscription-code:${id}:${code}`)

export async function subscriptionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config, cipher } = app.ctx
  await acceptRateLimits(app)
  const perAddress = perMinute(config.publicRateLimitPerMinute)
  const smsAvailable = Boolean(config.webhookUrl && config.webhookSecret)
  const hashOf = (s: string) => cipher.lookupHash(s)
  /** The unsubscribe token: a keyed hash of the subscription's id, so each update's SMS can carry it. */
  const tokenOf = (id: string) => cipher.lookupHash(`subscription-unsubscribe:${id}`)
  const options = { smsAvailable, codeValidMinutes: CODE_MINUTES }

  app.get(
    '/api/public/subscriptions',
    {
      schema: {
        tags: ['public'],
        summary: 'Whether this installation can confirm subscriptions by SMS (else: the Atom feeds)',
        response: { 200: SubscriptionOptions },
      },
    },
    async () => options,
  )

  app.post(
    '/api/public/subscriptions',
    {
      config: perAddress,
      schema: {
        tags: ['public'],
        summary: 'Follow a town, a category or a published item (关注): a one-time code by SMS to confirm',
        body: SubscribeBody,
        response: { 202: CodeSent, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const phone = normalisedPhone(request.body.phone, 'body.phone')
      if (!phone) throw invalidField('body.phone', { zh: '请输入手机号码', en: 'Enter your phone number' })
      const { type, id: targetId } = request.body.target
      if (!(await targetName(db, config.countyCode, type, targetId)))
        throw invalidField('body.target.id', UNKNOWN_TARGET[type])
      reply.code(202)
      if (!smsAvailable) return options
      const phoneHash = hashOf(phone)
      const now = new Date()
      const max = config.recoveryCodesPerPhonePerHour
      const recent = await requestsSince(db, phoneHash, new Date(now.getTime() - HOUR_MS))
      if (max > 0 && recent.length >= max) {
        const freeAt = new Date(recent[recent.length - max]!.created_at).getTime() + HOUR_MS
        throw rateLimited(Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)))
      }
      const id = uuidv7()
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
      await command(request, async (trx, audit, tools) => {
        await insertPending(trx, {
          id,
          targetType: type,
          targetId,
          phoneEnc: cipher.encrypt(phone),
          phoneHash,
          phoneMasked: maskPhone(phone),
          codeHash: codeHash(hashOf, id, code),
          expiresAt: new Date(now.getTime() + CODE_MINUTES * 60_000),
          countyCode: config.countyCode,
        })
        await enqueue(trx, config.countyCode, [
          {
            channel: 'webhook',
            recipientType: 'citizen',
            recipientId: id,
            kind: 'subscription.code',
            subject: { type: SUBSCRIPTION_SUBJECT, id },
            title: '连心 · 关注验证码',
            body: `您的验证码是 ${code}，${CODE_MINUTES} 分钟内有效，用于确认关注${TARGET_WORDS[type]}的办理动态。请勿告诉他人；如非本人操作，请忽略。`,
          },
        ])
        tools.afterCommit(() => outboxQueued.notify())
        // No phone in the audit row.
        await audit({
          action: 'subscription.request_code',
          targetType: SUBSCRIPTION_SUBJECT,
          targetId: id,
          detail: { targetType: type, targetId },
        })
      })
      return options
    },
  )

  app.post(
    '/api/public/subscriptions/confirm',
    {
      config: perAddress,
      schema: {
        tags: ['public'],
        summary: 'Enter the code received by SMS: the subscription starts; its unsubscribe token is answered',
        body: ConfirmBody,
        response: { 200: Subscribed, ...errorResponses(400, 429) },
      },
    },
    async (request) => {
      const phone = normalisedPhone(request.body.phone, 'body.phone')
      if (!phone) throw invalidField('body.phone', { zh: '请输入手机号码', en: 'Enter your phone number' })
      const phoneHash = hashOf(phone)
      const now = new Date()
      const outcome = await command(request, async (trx, audit) => {
        const row = await latestPendingForUpdate(trx, phoneHash)
        const fail = async (reason: string, message: typeof WRONG_CODE, count: boolean) => {
          if (row && count) await countFailedAttempt(trx, row.id)
          await audit({
            action: 'subscription.confirm',
            targetType: SUBSCRIPTION_SUBJECT,
            targetId: row?.id ?? null,
            result: 'failure',
            detail: { reason },
          })
          return { ok: false as const, message }
        }
        if (!row?.code_hash) return fail('no_code', NO_CODE, false)
        if (row.attempts >= MAX_ATTEMPTS) return fail('attempts_exhausted', EXHAUSTED, false)
        if (!row.code_expires_at || new Date(row.code_expires_at).getTime() <= now.getTime())
          return fail('expired', EXPIRED, false)
        if (codeHash(hashOf, row.id, request.body.code) !== row.code_hash) {
          const last = row.attempts + 1 >= MAX_ATTEMPTS
          return fail('wrong_code', last ? EXHAUSTED : WRONG_CODE, true)
        }
        const id = await activate(trx, row, tokenOf, now)
        const name =
          (await targetName(trx, config.countyCode, row.target_type, row.target_id)) ?? row.target_id
        await audit({
          action: 'subscription.confirm',
          targetType: SUBSCRIPTION_SUBJECT,
          targetId: id,
          detail: { targetType: row.target_type, targetId: row.target_id },
        })
        return {
          ok: true as const,
          id,
          target: { type: row.target_type, id: row.target_id, name },
          phoneMasked: row.phone_masked,
        }
      })
      if (!outcome.ok)
        throw new AppError('validation_error', outcome.message, 'body.code', [
          { field: 'body.code', message: outcome.message },
        ])
      const token = tokenOf(outcome.id)
      return {
        target: outcome.target,
        phoneMasked: outcome.phoneMasked,
        unsubscribeToken: token,
        unsubscribeUrl: unsubscribeUrl('', token),
      }
    },
  )

  app.post(
    '/api/public/subscriptions/unsubscribe',
    {
      config: perAddress,
      schema: {
        tags: ['public'],
        summary: 'End a subscription with its unsubscribe token (退订); ending it again answers the same',
        body: UnsubscribeBody,
        response: { 200: Unsubscribed, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const now = new Date()
      const target = await command(request, async (trx, audit) => {
        const row = await byTokenForUpdate(trx, request.body.token)
        if (!row) throw notFound({ zh: '关注', en: 'subscription' })
        await end(trx, row.id, now)
        await audit({
          action: 'subscription.end',
          targetType: SUBSCRIPTION_SUBJECT,
          targetId: row.id,
          detail: { wasActive: row.status === 'active' },
        })
        const name =
          (await targetName(trx, config.countyCode, row.target_type, row.target_id)) ?? row.target_id
        return { type: row.target_type, id: row.target_id, name }
      })
      return { ended: true as const, target }
    },
  )
}
