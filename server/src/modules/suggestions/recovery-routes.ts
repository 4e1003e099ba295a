import { randomInt } from 'node:crypto'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Db } from '../../db/index.ts'
import type { SuggestionStatus } from '../../db/types.ts'
import { command } from '../../platform/context.ts'
import { AppError, invalidField } from '../../platform/errors.ts'
import { uuidv7 } from '../../platform/ids.ts'
import { enqueue, outboxQueued } from '../../platform/notify.ts'
import { acceptRateLimits, perMinute, rateLimited } from '../../platform/rate-limit.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { newAccessToken } from './codes.ts'
import { publicStatusLabels } from './present.ts'
import {
  codesSince,
  countFailedAttempt,
  hasItemsForPhone,
  insertCode,
  issueAccessKeys,
  itemsForPhone,
  latestCodeForUpdate,
  markCodeUsed,
  RECOVERY_SUBJECT,
} from './repo/recovery.ts'
import { normalisedPhone } from './routes.ts'
import { CodeRequested, PhoneBody, RecoveredItems, VerifyBody } from './schema.ts'

/**
 * A citizen who gave a phone number finds their items again: a one-time code by SMS (through the outbox and the
 * webhook), then the items with a new access key each. The first answer is the same for every phone number —
 * status, body and the work behind it (a code row is written either way, only the SMS is left out) — so it does
 * not tell which numbers have items. Codes are valid CODE_MINUTES, stored as a keyed hash, and allow MAX_ATTEMPTS.
 */

export const CODE_MINUTES = 10
export const MAX_ATTEMPTS = 5
const HOUR_MS = 3600_000
const SUMMARY_LENGTH = 60

const WRONG_CODE = {
  zh: '验证码不正确，请核对短信中的 6 位数字',
  en: 'The code is not right; check the 6 digits in the text message',
}
const NO_CODE = {
  zh: '验证码无效，请重新获取验证码',
  en: 'This code is not valid; ask for a new code',
}
const EXPIRED = {
  zh: `验证码已过期（${CODE_MINUTES} 分钟内有效），请重新获取`,
  en: `The code has expired (it is valid for ${CODE_MINUTES} minutes); ask for a new one`,
}
const EXHAUSTED = {
  zh: `验证码已输错 ${MAX_ATTEMPTS} 次，已失效，请重新获取`,
  en: `The code was entered wrongly ${MAX_ATTEMPTS} times and no longer works; ask for a new one`,
}

/** The code's keyed hash, bound to its row: a leaked table cannot be brute-forced without the data key. */
const codeHash = (key: (s: string) => string, id: string, code: string) => key(`recovery-code:${id}:${code}`)

export async function recoveryRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config, cipher } = app.ctx
  await acceptRateLimits(app)
  const perAddress = perMinute(config.publicRateLimitPerMinute)
  const smsAvailable = Boolean(config.webhookUrl && config.webhookSecret)
  const hashOf = (s: string) => cipher.lookupHash(s)

  app.get(
    '/api/public/recovery',
    {
      schema: {
        tags: ['public'],
        summary: 'Whether this installation can send recovery codes by SMS, before anyone asks for one',
        response: { 200: CodeRequested },
      },
    },
    async () => ({ smsAvailable, codeValidMinutes: CODE_MINUTES }),
  )

  app.post(
    '/api/public/recovery/codes',
    {
      config: perAddress,
      schema: {
        tags: ['public'],
        summary:
          'Ask for a one-time code by SMS to find one’s items by phone; the same answer whatever the number',
        body: PhoneBody,
        response: { 202: CodeRequested, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const phone = normalisedPhone(request.body.phone, 'body.phone')
      if (!phone) throw invalidField('body.phone', { zh: '请输入手机号码', en: 'Enter your phone number' })
      const answer = { smsAvailable, codeValidMinutes: CODE_MINUTES }
      reply.code(202)
      // Nothing can be sent here: the page says so (the same for every number) and no code is made.
      if (!smsAvailable) return answer
      const phoneHash = cipher.lookupHash(phone)
      const now = new Date()
      const max = config.recoveryCodesPerPhonePerHour
      const recent = await codesSince(db, phoneHash, new Date(now.getTime() - HOUR_MS))
      if (max > 0 && recent.length >= max) {
        const freeAt = new Date(recent[recent.length - max]!.created_at).getTime() + HOUR_MS
        throw rateLimited(Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)))
      }
      const hasItems = await hasItemsForPhone(db, config.countyCode, phoneHash)
      const id = uuidv7()
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
      await command(request, async (trx, audit, tools) => {
        await insertCode(trx, {
          id,
          phoneHash,
          codeHash: codeHash(hashOf, id, code),
          expiresAt: new Date(now.getTime() + CODE_MINUTES * 60_000),
          countyCode: config.countyCode,
        })
        if (hasItems) {
          await enqueueCode(trx, config.countyCode, id, code)
          tools.afterCommit(() => outboxQueued.notify())
        }
        // No phone in the audit row: the code's id, and whether an SMS went out.
        await audit({
          action: 'recovery.request_code',
          targetType: RECOVERY_SUBJECT,
          targetId: id,
          detail: { sent: hasItems },
        })
      })
      return answer
    },
  )

  app.post(
    '/api/public/recovery/verify',
    {
      config: perAddress,
      schema: {
        tags: ['public'],
        summary:
          'Enter the code received by SMS: one’s items, each with a new access key (the original links keep working)',
        body: VerifyBody,
        response: { 200: RecoveredItems, ...errorResponses(400, 429) },
      },
    },
    async (request) => {
      const phone = normalisedPhone(request.body.phone, 'body.phone')
      if (!phone) throw invalidField('body.phone', { zh: '请输入手机号码', en: 'Enter your phone number' })
      const phoneHash = cipher.lookupHash(phone)
      const now = new Date()
      // A failed attempt is counted and audited in a transaction of its own, then refused (after the commit).
      const outcome = await command(request, async (trx, audit) => {
        const row = await latestCodeForUpdate(trx, phoneHash)
        const fail = async (reason: string, message: typeof WRONG_CODE, count: boolean) => {
          if (row && count) await countFailedAttempt(trx, row.id)
          await audit({
            action: 'recovery.verify',
            targetType: RECOVERY_SUBJECT,
            targetId: row?.id ?? null,
            result: 'failure',
            detail: { reason },
          })
          return { ok: false as const, message }
        }
        if (!row || row.used_at) return fail('no_code', NO_CODE, false)
        if (row.attempts >= MAX_ATTEMPTS) return fail('attempts_exhausted', EXHAUSTED, false)
        if (new Date(row.expires_at).getTime() <= now.getTime()) return fail('expired', EXPIRED, false)
        if (codeHash(hashOf, row.id, request.body.code) !== row.code_hash) {
          const last = row.attempts + 1 >= MAX_ATTEMPTS
          return fail('wrong_code', last ? EXHAUSTED : WRONG_CODE, true)
        }
        await markCodeUsed(trx, row.id, now)
        const items = await itemsForPhone(trx, config.countyCode, phoneHash)
        const keys = items.map((i) => ({ suggestionId: i.id, token: newAccessToken() }))
        await issueAccessKeys(trx, config.countyCode, keys)
        await audit({
          action: 'recovery.verify',
          targetType: RECOVERY_SUBJECT,
          targetId: row.id,
          detail: { items: items.length },
        })
        return { ok: true as const, items, keys }
      })
      if (!outcome.ok)
        throw new AppError('validation_error', outcome.message, 'body.code', [
          { field: 'body.code', message: outcome.message },
        ])
      return {
        items: outcome.items.map((item, i) => {
          const token = outcome.keys[i]!.token
          const status = item.status as SuggestionStatus
          return {
            trackingCode: item.tracking_code,
            accessToken: token,
            trackingUrl: `/track/${item.tracking_code}#key=${token}`,
            submittedAt: new Date(item.received_at).toISOString(),
            status,
            statusLabel: publicStatusLabels[status],
            summary:
              item.content.length > SUMMARY_LENGTH
                ? `${item.content.slice(0, SUMMARY_LENGTH)}…`
                : item.content,
          }
        }),
      }
    },
  )
}

async function enqueueCode(trx: Db, countyCode: string, id: string, code: string) {
  await enqueue(trx, countyCode, [
    {
      channel: 'webhook',
      recipientType: 'citizen',
      recipientId: id,
      kind: 'citizen.recovery_code',
      subject: { type: RECOVERY_SUBJECT, id },
      title: '连心 · 查询验证码',
      body: `您的验证码是 ${code}，${CODE_MINUTES} 分钟内有效，用于查找您提交的意见建议。请勿告诉他人；如非本人操作，请忽略。`,
    },
  ])
}
