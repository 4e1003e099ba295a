import { timingSafeEqual } from 'node:crypto'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Db } from '../../db/index.ts'
import type { Rating } from '../../db/types.ts'
import { loadCalendar } from '../../platform/calendar.ts'
import { command } from '../../platform/context.ts'
import { AppError, invalidField } from '../../platform/errors.ts'
import {
  acceptPhotoUploads,
  PHOTO_BODY_LIMIT,
  readPhoto,
  sendSubjectFile,
  storeFile,
} from '../../platform/files.ts'
import {
  IDEMPOTENCY_KEY,
  keyConflict,
  keyRow,
  keyTaken,
  requestHash,
  storedResponse,
} from '../../platform/idempotency.ts'
import { acceptRateLimits, FailureLimit, perMinute } from '../../platform/rate-limit.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { CITIZEN_ACTOR } from './actions/context.ts'
import { hashToken } from './codes.ts'
import { runAction } from './definition.ts'
import { type CreatedSuggestion, prepareSuggestion, submitSuggestion } from './intake.ts'
import { presentTracking } from './present.ts'
import { hasAccessKey } from './repo/recovery.ts'
import {
  itemByTrackingCode,
  limitsFor,
  PHOTO,
  REPLY_ATTACHMENT,
  type SuggestionRow,
  subjectOf,
  trackingContext,
} from './repo.ts'
import { normalisedPhone } from './routes.ts'
import { CodeParams, IntakeFields, RatingSchema, TokenHeader, Tracking } from './schema.ts'
import type { Relation } from './workflow.ts'

/** What a citizen can do without an account: upload photos, submit, track with the secret link, rate, reopen. */

const NOT_FOUND = { zh: '查询编号或访问密钥不正确', en: 'Unknown tracking code or wrong access key' }
const citizenRelations = (): ReadonlySet<Relation> => new Set<Relation>(['citizen'])
const SUBMISSION_SCOPE = 'public_suggestion'

/**
 * Finds an item by tracking code and checks the secret in constant time; any mismatch is the same 404. Failed
 * attempts at one code are limited per minute, from whatever addresses they come (429 once over the limit).
 */
async function loadByToken(
  db: Db,
  codeLimit: FailureLimit,
  code: string,
  token: string | undefined,
): Promise<SuggestionRow> {
  codeLimit.claim(code)
  const item = await itemByTrackingCode(db, code)
  if (!item || !token) throw new AppError('not_found', NOT_FOUND)
  const hash = hashToken(token)
  const given = Buffer.from(hash)
  const stored = Buffer.from(item.access_token_hash)
  const original = given.length === stored.length && timingSafeEqual(given, stored)
  // Or a key issued when the citizen found their items again by phone (recovery-routes.ts).
  if (!original && !(await hasAccessKey(db, item.id, hash))) throw new AppError('not_found', NOT_FOUND)
  codeLimit.release(code)
  return item
}

async function tracking(db: Db, item: SuggestionRow) {
  const limits = await limitsFor(db, item.tier, item.category_code)
  return presentTracking(item, await trackingContext(db, item), limits)
}

const PhotoParams = Type.Object({
  trackingCode: CodeParams.properties.trackingCode,
  fileId: Type.String({ format: 'uuid' }),
})

export async function publicSuggestionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config, cipher } = app.ctx
  // Citizens need no account, so submissions are limited per client address.
  const perMinuteLimit = config.publicRateLimitPerMinute
  await acceptRateLimits(app)
  const limit = (max: number) => perMinute(perMinuteLimit > 0 ? max : 0)
  // Guessing one item's access token from many addresses is limited per tracking code.
  const codeLimit = new FailureLimit(config.trackingCodeRateLimitPerMinute)
  const byToken = (code: string, token: string | undefined) => loadByToken(db, codeLimit, code, token)
  await acceptPhotoUploads(app)

  app.post(
    '/api/public/uploads',
    {
      config: limit(perMinuteLimit * 5),
      bodyLimit: PHOTO_BODY_LIMIT,
      schema: {
        tags: ['public'],
        summary:
          'Upload one photo (multipart field "file"; JPEG, PNG or WebP by content; ≤ 10 MB); re-encoded without EXIF/GPS',
        consumes: ['multipart/form-data'],
        response: {
          201: Type.Object({
            id: Type.String(),
            width: Type.Integer(),
            height: Type.Integer(),
            byteSize: Type.Integer(),
          }),
          ...errorResponses(400, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const image = await readPhoto(request)
      // Not attached yet: the submission attaches it, housekeeping removes it after a day otherwise.
      const id = await storeFile(db, {
        purpose: PHOTO,
        subject: null,
        image,
        uploadedBy: null,
        countyCode: config.countyCode,
      })
      reply.code(201)
      return { id, width: image.width, height: image.height, byteSize: image.data.length }
    },
  )

  const Created = Type.Object({
    trackingCode: Type.String(),
    accessToken: Type.String(),
    trackingUrl: Type.String(),
  })
  type CreatedBody = { trackingCode: string; accessToken: string; trackingUrl: string }

  app.post(
    '/api/public/suggestions',
    {
      config: limit(perMinuteLimit),
      schema: {
        tags: ['public'],
        summary:
          'Submit an opinion or suggestion (no account). Retrying with the same Idempotency-Key creates nothing new.',
        headers: Type.Object({ 'idempotency-key': Type.String({ pattern: IDEMPOTENCY_KEY.source }) }),
        body: Type.Object(
          {
            ...IntakeFields,
            consent: Type.Literal(true, { description: 'Consent to the personal-information notice' }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Created, ...errorResponses(400, 409, 413) },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'] as string
      const body = request.body
      const hash = requestHash(body)
      const phone = normalisedPhone(body.contact?.phone)
      const ctx = {
        db,
        cipher,
        calendar: await loadCalendar(db, config.countyCode),
        countyCode: config.countyCode,
        actor: CITIZEN_ACTOR,
        fieldPrefix: 'body.',
      }
      const replay = (response: CreatedBody) => {
        // A replay answers exactly what the first request got.
        reply.code(201).header('idempotent-replayed', 'true')
        return response
      }
      let prepared: Awaited<ReturnType<typeof prepareSuggestion>>
      try {
        prepared = await prepareSuggestion(ctx, {
          channel: 'online',
          content: body.content,
          categoryCode: body.category,
          venueId: body.venueId,
          deputyId: body.deputyId,
          regionCode: body.regionCode,
          location: body.location,
          contact: body.contact ? { name: body.contact.name, phone } : null,
          photoIds: body.photoIds,
          publishConsent: body.publishConsent,
        })
      } catch (error) {
        // A retry whose venue (say) was retired since the first attempt still gets the first answer.
        const stored = await storedResponse<CreatedBody>(db, cipher, SUBMISSION_SCOPE, key, hash)
        if (stored) return replay(stored)
        throw error
      }
      const responseOf = (c: CreatedSuggestion): CreatedBody => ({
        trackingCode: c.tracking_code,
        accessToken: c.accessToken,
        trackingUrl: `/track/${c.tracking_code}#key=${c.accessToken}`,
      })
      try {
        const created = await submitSuggestion(request, ctx, prepared, (c) =>
          keyRow(cipher, SUBMISSION_SCOPE, key, hash, responseOf(c)),
        )
        reply.code(201)
        return responseOf(created)
      } catch (error) {
        if (!keyTaken(error)) throw error
        // Claimed before (or by a concurrent retry, which the write waited for): its response, nothing new.
        const stored = await storedResponse<CreatedBody>(db, cipher, SUBMISSION_SCOPE, key, hash)
        if (!stored) throw keyConflict()
        return replay(stored)
      }
    },
  )

  app.get(
    '/api/public/suggestions/:trackingCode',
    {
      // Guessing an access token, or flooding a rating, is slowed down per address.
      config: perMinute(config.trackingRateLimitPerMinute),
      schema: {
        tags: ['public'],
        summary:
          'Track a submission with its secret access token (header X-Access-Token); public events only',
        params: CodeParams,
        headers: TokenHeader,
        response: { 200: Tracking, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => {
      const item = await byToken(request.params.trackingCode, request.headers['x-access-token'])
      return tracking(db, item)
    },
  )

  /** The citizen's two actions run the ordinary workflow command, as the citizen. */
  async function citizenAction(
    request: Parameters<typeof command>[0],
    code: string,
    token: string,
    action: 'rate' | 'reopen',
    input: { rating?: Rating; comment?: string; note?: string },
  ) {
    const item = await byToken(code, token)
    const calendar = await loadCalendar(db, config.countyCode)
    await command(request, (trx, audit) =>
      runAction(
        {
          trx,
          calendar,
          countyCode: config.countyCode,
          relationsFor: citizenRelations,
          actor: CITIZEN_ACTOR,
          audit,
        },
        item.id,
        action,
        input,
      ),
    )
    return tracking(db, (await itemByTrackingCode(db, code))!)
  }

  app.post(
    '/api/public/suggestions/:trackingCode/rating',
    {
      config: perMinute(config.trackingRateLimitPerMinute),
      schema: {
        tags: ['public'],
        summary: 'Rate the answer: 满意 satisfied / 基本满意 basically satisfied / 不满意 dissatisfied',
        params: CodeParams,
        headers: TokenHeader,
        body: Type.Object(
          { rating: RatingSchema, comment: Type.Optional(Type.String({ maxLength: 500 })) },
          { additionalProperties: false },
        ),
        response: { 200: Tracking, ...errorResponses(400, 404, 409, 429) },
      },
    },
    (request) =>
      citizenAction(request, request.params.trackingCode, request.headers['x-access-token'], 'rate', {
        rating: request.body.rating,
        comment: request.body.comment,
      }),
  )

  app.post(
    '/api/public/suggestions/:trackingCode/reopen',
    {
      config: perMinute(config.trackingRateLimitPerMinute),
      schema: {
        tags: ['public'],
        summary: 'Ask for the item to be handled again (once, within the rating window)',
        params: CodeParams,
        headers: TokenHeader,
        body: Type.Object(
          { reason: Type.String({ minLength: 2, maxLength: 1000 }) },
          { additionalProperties: false },
        ),
        response: { 200: Tracking, ...errorResponses(400, 404, 409, 429) },
      },
    },
    async (request) => {
      // A wrong token is a 404 before anything is said about the body.
      await byToken(request.params.trackingCode, request.headers['x-access-token'])
      if (!request.body.reason.trim()) {
        throw invalidField('body.reason', { zh: '请说明不满意的原因', en: 'Say why you are not satisfied' })
      }
      return citizenAction(
        request,
        request.params.trackingCode,
        request.headers['x-access-token'],
        'reopen',
        {
          note: request.body.reason,
        },
      )
    },
  )

  app.get(
    '/api/public/suggestions/:trackingCode/photos/:fileId',
    {
      config: perMinute(config.trackingRateLimitPerMinute),
      schema: {
        tags: ['public'],
        summary: 'A photo of one’s own submission',
        params: PhotoParams,
        headers: TokenHeader,
        produces: ['image/jpeg'],
        response: { ...errorResponses(400, 404, 429) },
      },
    },
    async (request, reply) => {
      const item = await byToken(request.params.trackingCode, request.headers['x-access-token'])
      return sendSubjectFile(reply, db, subjectOf(item.id), request.params.fileId, [PHOTO], NOT_FOUND)
    },
  )

  app.get(
    '/api/public/suggestions/:trackingCode/attachments/:fileId',
    {
      config: perMinute(config.trackingRateLimitPerMinute),
      schema: {
        tags: ['public'],
        summary: 'A photo the unit attached to its answer (once the answer has reached the citizen)',
        params: PhotoParams,
        headers: TokenHeader,
        produces: ['image/jpeg'],
        response: { ...errorResponses(400, 404, 429) },
      },
    },
    async (request, reply) => {
      const item = await byToken(request.params.trackingCode, request.headers['x-access-token'])
      const view = await tracking(db, item)
      if (!view.attachmentIds.includes(request.params.fileId)) throw new AppError('not_found', NOT_FOUND)
      // The answer shown is the primary's for a merged item: its attachments belong to that item.
      const shown = item.merged_into_id ?? item.id
      return sendSubjectFile(
        reply,
        db,
        subjectOf(shown),
        request.params.fileId,
        [REPLY_ATTACHMENT],
        NOT_FOUND,
      )
    },
  )
}
