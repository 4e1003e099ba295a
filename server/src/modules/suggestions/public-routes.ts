import { createHash, timingSafeEqual } from 'node:crypto'
import fastifyMultipart from '@fastify/multipart'
import fastifyRateLimit from '@fastify/rate-limit'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { Db } from '../../db/index.ts'
import type { SuggestionStatus } from '../../db/types.ts'
import { canonicalJson } from '../../platform/audit.ts'
import { loadCalendar } from '../../platform/calendar.ts'
import { command } from '../../platform/context.ts'
import { AppError, invalidField } from '../../platform/errors.ts'
import { MAX_IMAGE_BYTES, reencodePhoto } from '../../platform/images.ts'
import { Bilingual, errorResponses, Nullable, Timestamp } from '../../platform/schemas.ts'
import { normalisedPhone } from './routes.ts'
import { IntakeFields, OutcomeSchema, PublicEvent, RatingSchema, StatusSchema } from './schemas.ts'
import { createSuggestion, hashToken, limitsFor, runAction, type SuggestionRow } from './service.ts'
import { type Action, statusLabels } from './workflow.ts'

/** What a citizen can do without an account: upload photos, submit, track with the secret link, rate, reopen. */

const NOT_FOUND = () =>
  new AppError('not_found', {
    zh: '查询编号或访问密钥不正确',
    en: 'Unknown tracking code or wrong access token',
  })

const publicTitles: Record<string, { zh: string; en: string }> = {
  submit: { zh: '已提交', en: 'Submitted' },
  accept: { zh: '已受理', en: 'Accepted' },
  reject: { zh: '不予受理', en: 'Not accepted' },
  merge: { zh: '已与同类意见合并办理', en: 'Merged with a similar item' },
  answer_on_spot: { zh: '已当场答复', en: 'Answered on the spot' },
  route: { zh: '已流转办理', en: 'Passed on for handling' },
  assign: { zh: '已交办承办单位', en: 'Assigned to the responsible unit' },
  sign: { zh: '承办单位已签收', en: 'The unit has taken it on' },
  start: { zh: '正在办理', en: 'Being handled' },
  decide_extension: { zh: '办理期限调整', en: 'Deadline changed' },
  give_feedback: { zh: '已答复', en: 'Answered' },
  rate: { zh: '已评价', en: 'Rated' },
  close_unrated: { zh: '已办结', en: 'Closed' },
  reopen: { zh: '已申请重办', en: 'Reopened' },
}

const tierNames = {
  town: { zh: '镇(街道)', en: 'the town' },
  county: { zh: '县级部门', en: 'county departments' },
  proposal: { zh: '代表建议', en: 'a formal deputy proposal' },
}

const Tracking = Type.Object({
  trackingCode: Type.String(),
  status: StatusSchema,
  statusLabel: Bilingual,
  content: Type.String(),
  category: Nullable(Type.String()),
  submittedAt: Timestamp,
  regionName: Type.String(),
  venueName: Nullable(Type.String()),
  deputyName: Nullable(Type.String()),
  unitName: Nullable(Type.String()),
  answer: Nullable(Type.String()),
  outcome: Nullable(OutcomeSchema),
  answeredAt: Nullable(Timestamp),
  rating: Nullable(RatingSchema),
  canRate: Type.Boolean(),
  canReopen: Type.Boolean(),
  mergedInto: Nullable(Type.Object({ trackingCode: Type.String(), status: StatusSchema })),
  photoIds: Type.Array(Type.String()),
  attachmentIds: Type.Array(
    Type.String({
      description: 'Photos the unit attached to its answer, once the answer has reached the citizen',
    }),
  ),
  timeline: Type.Array(PublicEvent),
})

const TokenHeader = Type.Object({ 'x-access-token': Type.String({ minLength: 10, maxLength: 100 }) })
const CodeParams = Type.Object({ trackingCode: Type.String({ pattern: '^[A-Z0-9]{6,20}$' }) })

/** Finds an item by tracking code and checks the secret in constant time; any mismatch is the same 404. */
async function loadByToken(db: Db, code: string, token: string | undefined): Promise<SuggestionRow> {
  const item = (await db
    .selectFrom('suggestions')
    .selectAll()
    .where('tracking_code', '=', code)
    .executeTakeFirst()) as SuggestionRow | undefined
  if (!item || !token) throw NOT_FOUND()
  const given = Buffer.from(hashToken(token))
  const stored = Buffer.from(item.access_token_hash)
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) throw NOT_FOUND()
  return item
}

/** Photos the unit attached to the answer of an item (its own, or its primary's when merged). */
async function answerAttachmentIds(db: Db, suggestionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('files')
    .select('id')
    .where('owner_id', '=', suggestionId)
    .where('purpose', '=', 'reply_attachment')
    .orderBy('created_at')
    .execute()
  return rows.map((r) => r.id)
}

async function tracking(db: Db, item: SuggestionRow) {
  const primary = item.merged_into_id
    ? ((await db
        .selectFrom('suggestions')
        .selectAll()
        .where('id', '=', item.merged_into_id)
        .executeTakeFirst()) as SuggestionRow | undefined)
    : undefined
  // A merged item follows its primary: the citizen sees the primary's progress and answer.
  const shown = primary ?? item
  const ids = primary ? [item.id, primary.id] : [item.id]
  const [events, region, venue, deputy, unit, category, photos] = await Promise.all([
    db
      .selectFrom('suggestion_events')
      .selectAll()
      .where('suggestion_id', 'in', ids)
      .where('public', '=', true)
      .orderBy('at')
      .orderBy('id')
      .execute(),
    db.selectFrom('regions').select('name').where('code', '=', item.region_code).executeTakeFirst(),
    item.venue_id
      ? db.selectFrom('venues').select('name').where('id', '=', item.venue_id).executeTakeFirst()
      : undefined,
    item.deputy_id
      ? db.selectFrom('deputies').select('name').where('id', '=', item.deputy_id).executeTakeFirst()
      : undefined,
    shown.lead_unit_id
      ? db.selectFrom('units').select('name').where('id', '=', shown.lead_unit_id).executeTakeFirst()
      : undefined,
    item.category_code
      ? db.selectFrom('categories').select('name').where('code', '=', item.category_code).executeTakeFirst()
      : undefined,
    db
      .selectFrom('files')
      .select('id')
      .where('owner_id', '=', item.id)
      .where('purpose', '=', 'suggestion_photo')
      .orderBy('created_at')
      .execute(),
  ])
  const limits = await limitsFor(db, item.tier, item.category_code)
  // The primary's own submission and intake are not this citizen's story: keep its handling steps only.
  const visible = events.filter(
    (e) => e.suggestion_id === item.id || !['submit', 'accept', 'reject', 'merge'].includes(e.action),
  )
  const answered = ['feedback_given', 'closed', 'answered_on_spot'].includes(shown.status) && shown.answer
  const withinWindow =
    item.closed_at !== null &&
    Date.now() - new Date(item.closed_at).getTime() <= limits.ratingWindowDays * 86_400_000
  return {
    trackingCode: item.tracking_code,
    status: shown === item ? item.status : shown.status,
    statusLabel: statusLabels[shown.status],
    content: item.content,
    category: category?.name ?? null,
    submittedAt: new Date(item.received_at).toISOString(),
    regionName: region?.name ?? '',
    venueName: venue?.name ?? null,
    deputyName: deputy?.name ?? null,
    unitName: unit?.name ?? null,
    answer: answered ? shown.answer : null,
    outcome: answered ? shown.outcome : null,
    answeredAt: answered && shown.feedback_at ? new Date(shown.feedback_at).toISOString() : null,
    rating: item.rating,
    canRate: ['feedback_given', 'answered_on_spot'].includes(item.status),
    canReopen: item.status === 'closed' && item.reopen_count < 1 && Boolean(item.answer) && withinWindow,
    mergedInto: primary ? { trackingCode: primary.tracking_code, status: primary.status } : null,
    photoIds: photos.map((p) => p.id),
    attachmentIds: answered ? await answerAttachmentIds(db, shown.id) : [],
    timeline: visible.map((e) => {
      const detail = (typeof e.detail === 'string' ? JSON.parse(e.detail) : e.detail) as Record<
        string,
        unknown
      >
      let title = publicTitles[e.action] ?? {
        zh: statusLabels[e.to_status as SuggestionStatus].zh,
        en: statusLabels[e.to_status as SuggestionStatus].en,
      }
      if (e.action === 'route' && typeof detail.tier === 'string') {
        const tier = tierNames[detail.tier as keyof typeof tierNames]
        if (tier) title = { zh: `已流转至${tier.zh}办理`, en: `Passed on to ${tier.en}` }
      }
      if (e.action === 'decide_extension') {
        title = detail.approved
          ? { zh: '办理期限已延长', en: 'Deadline extended' }
          : { zh: '办理期限不变', en: 'Deadline unchanged' }
      }
      return {
        at: new Date(e.at).toISOString(),
        action: e.action as Action | 'submit',
        title,
        status: e.to_status as SuggestionStatus,
        // Staff notes stay internal, except the reason a submission was not accepted and the citizen's own words.
        note: ['reject', 'rate', 'reopen'].includes(e.action) ? e.note : null,
      }
    }),
  }
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/

export async function publicSuggestionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config, cipher } = app.ctx
  // Citizens need no account, so submissions are limited per client address (per node; behind a proxy set
  // LIANXIN_TRUST_PROXY so the real address is used).
  const perMinute = config.publicRateLimitPerMinute
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'rate_limited',
        {
          zh: `提交过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后再试`,
          en: `Too many submissions; try again in ${Math.ceil(context.ttl / 1000)} s`,
        },
        undefined,
        undefined,
        { retryAfterSeconds: Math.ceil(context.ttl / 1000) },
      ),
  })
  const limit = (max: number) => ({
    rateLimit: perMinute > 0 ? { max, timeWindow: '1 minute' } : (false as const),
  })
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 5, parts: 6 },
  })

  app.post(
    '/api/public/uploads',
    {
      config: limit(perMinute * 5),
      bodyLimit: MAX_IMAGE_BYTES + 64 * 1024,
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
      if (!request.isMultipart()) {
        throw new AppError(
          'unsupported_media_type',
          { zh: '请以 multipart/form-data 上传照片', en: 'Upload the photo as multipart/form-data' },
          'file',
        )
      }
      let part: Awaited<ReturnType<FastifyRequest['file']>>
      try {
        part = await request.file()
      } catch {
        throw invalidField('file', { zh: '上传内容无效', en: 'The upload is not valid' })
      }
      if (part?.fieldname !== 'file')
        throw invalidField('file', {
          zh: '请选择要上传的照片',
          en: 'Choose a photo to upload (field "file")',
        })
      let data: Buffer
      try {
        data = await part.toBuffer()
      } catch {
        throw new AppError(
          'payload_too_large',
          { zh: '照片不能超过 10 MB', en: 'A photo must be at most 10 MB' },
          'file',
        )
      }
      if (part.file.truncated)
        throw new AppError(
          'payload_too_large',
          { zh: '照片不能超过 10 MB', en: 'A photo must be at most 10 MB' },
          'file',
        )
      const image = await reencodePhoto(data, 'file')
      const row = await db
        .insertInto('files')
        .values({
          purpose: 'suggestion_photo',
          owner_id: null,
          mime_type: image.mimeType,
          byte_size: image.data.length,
          width: image.width,
          height: image.height,
          original_name: null,
          sha256: image.sha256,
          data: image.data,
          uploaded_by: null,
          county_code: config.countyCode,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      reply.code(201)
      return { id: row.id, width: image.width, height: image.height, byteSize: image.data.length }
    },
  )

  const Created = Type.Object({
    trackingCode: Type.String(),
    accessToken: Type.String(),
    trackingUrl: Type.String(),
  })

  app.post(
    '/api/public/suggestions',
    {
      config: limit(perMinute),
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
      const requestHash = createHash('sha256').update(canonicalJson(body)).digest('hex')
      const phone = normalisedPhone(body.contact?.phone)
      const calendar = await loadCalendar(db)
      const result = await command(request, async (trx, audit) => {
        const claimed = await trx
          .insertInto('idempotency_keys')
          .values({ scope: 'public_suggestion', key, request_hash: requestHash })
          .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
          .returning('key')
          .executeTakeFirst()
        if (!claimed) {
          const prior = await trx
            .selectFrom('idempotency_keys')
            .selectAll()
            .where('scope', '=', 'public_suggestion')
            .where('key', '=', key)
            .executeTakeFirstOrThrow()
          if (prior.request_hash !== requestHash) {
            throw new AppError(
              'conflict',
              {
                zh: '该 Idempotency-Key 已用于另一份内容不同的提交',
                en: 'This Idempotency-Key was used for a different submission',
              },
              'Idempotency-Key',
            )
          }
          // jsonb holding a JSON string: both engines hand it back as that string.
          const sealed = prior.response as string
          return {
            replay: true,
            response: JSON.parse(cipher.decrypt(sealed)) as {
              trackingCode: string
              accessToken: string
              trackingUrl: string
            },
          }
        }
        const created = await createSuggestion(
          {
            trx,
            cipher,
            calendar,
            countyCode: config.countyCode,
            actor: { id: null, name: '群众', role: 'citizen' },
            audit,
            fieldPrefix: 'body.',
          },
          {
            channel: 'online',
            content: body.content,
            categoryCode: body.category,
            venueId: body.venueId,
            deputyId: body.deputyId,
            regionCode: body.regionCode,
            location: body.location,
            contact: body.contact ? { name: body.contact.name, phone } : null,
            photoIds: body.photoIds,
          },
        )
        const response = {
          trackingCode: created.tracking_code,
          accessToken: created.accessToken,
          trackingUrl: `/track/${created.tracking_code}#token=${created.accessToken}`,
        }
        // The stored answer holds the access token, so it is encrypted like personal data.
        await trx
          .updateTable('idempotency_keys')
          .set({ response: JSON.stringify(cipher.encrypt(JSON.stringify(response))) })
          .where('scope', '=', 'public_suggestion')
          .where('key', '=', key)
          .execute()
        return { replay: false, response }
      })
      // A replay answers exactly what the first request got.
      reply.code(201)
      if (result.replay) reply.header('idempotent-replayed', 'true')
      return result.response
    },
  )

  app.get(
    '/api/public/suggestions/:trackingCode',
    {
      schema: {
        tags: ['public'],
        summary:
          'Track a submission with its secret access token (header X-Access-Token); public events only',
        params: CodeParams,
        headers: TokenHeader,
        response: { 200: Tracking, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const item = await loadByToken(db, request.params.trackingCode, request.headers['x-access-token'])
      return tracking(db, item)
    },
  )

  const citizenAction =
    (action: 'rate' | 'reopen') =>
    async (
      request: FastifyRequest<{
        Params: { trackingCode: string }
        Body: { rating?: 'satisfied'; comment?: string; reason?: string }
      }>,
    ) => {
      const item = await loadByToken(
        db,
        request.params.trackingCode,
        request.headers['x-access-token'] as string | undefined,
      )
      if (action === 'reopen' && !request.body.reason?.trim()) {
        throw invalidField('body.reason', { zh: '请说明不满意的原因', en: 'Say why you are not satisfied' })
      }
      const calendar = await loadCalendar(db)
      await command(request, (trx, audit) =>
        runAction(
          {
            trx,
            calendar,
            countyCode: config.countyCode,
            relationsFor: () => new Set(['citizen']),
            actor: { id: null, name: '群众', role: 'citizen' },
            audit,
          },
          item.id,
          action,
          action === 'rate'
            ? { rating: request.body.rating, comment: request.body.comment }
            : { note: request.body.reason },
        ),
      )
      const fresh = (await db
        .selectFrom('suggestions')
        .selectAll()
        .where('id', '=', item.id)
        .executeTakeFirstOrThrow()) as SuggestionRow
      return tracking(db, fresh)
    }

  app.post(
    '/api/public/suggestions/:trackingCode/rating',
    {
      schema: {
        tags: ['public'],
        summary: 'Rate the answer: 满意 satisfied / 基本满意 basically satisfied / 不满意 dissatisfied',
        params: CodeParams,
        headers: TokenHeader,
        body: Type.Object(
          { rating: RatingSchema, comment: Type.Optional(Type.String({ maxLength: 500 })) },
          { additionalProperties: false },
        ),
        response: { 200: Tracking, ...errorResponses(400, 404, 409) },
      },
    },
    citizenAction('rate') as never,
  )

  app.post(
    '/api/public/suggestions/:trackingCode/reopen',
    {
      schema: {
        tags: ['public'],
        summary: 'Ask for the item to be handled again (once, within the rating window)',
        params: CodeParams,
        headers: TokenHeader,
        body: Type.Object(
          { reason: Type.String({ minLength: 2, maxLength: 1000 }) },
          { additionalProperties: false },
        ),
        response: { 200: Tracking, ...errorResponses(400, 404, 409) },
      },
    },
    citizenAction('reopen') as never,
  )

  app.get(
    '/api/public/suggestions/:trackingCode/photos/:fileId',
    {
      schema: {
        tags: ['public'],
        summary: 'A photo of one’s own submission',
        params: Type.Object({
          trackingCode: CodeParams.properties.trackingCode,
          fileId: Type.String({ format: 'uuid' }),
        }),
        headers: TokenHeader,
        produces: ['image/jpeg'],
        response: { ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const item = await loadByToken(db, request.params.trackingCode, request.headers['x-access-token'])
      const file = await db
        .selectFrom('files')
        .select(['data', 'mime_type'])
        .where('id', '=', request.params.fileId)
        .where('owner_id', '=', item.id)
        .where('purpose', '=', 'suggestion_photo')
        .executeTakeFirst()
      if (!file) throw NOT_FOUND()
      return reply
        .header('content-type', file.mime_type)
        .header('cache-control', 'private, max-age=3600')
        .send(Buffer.from(file.data))
    },
  )

  app.get(
    '/api/public/suggestions/:trackingCode/attachments/:fileId',
    {
      schema: {
        tags: ['public'],
        summary: 'A photo the unit attached to its answer (once the answer has reached the citizen)',
        params: Type.Object({
          trackingCode: CodeParams.properties.trackingCode,
          fileId: Type.String({ format: 'uuid' }),
        }),
        headers: TokenHeader,
        produces: ['image/jpeg'],
        response: { ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const item = await loadByToken(db, request.params.trackingCode, request.headers['x-access-token'])
      const view = await tracking(db, item)
      if (!view.attachmentIds.includes(request.params.fileId)) throw NOT_FOUND()
      const file = await db
        .selectFrom('files')
        .select(['data', 'mime_type'])
        .where('id', '=', request.params.fileId)
        .executeTakeFirstOrThrow()
      return reply
        .header('content-type', file.mime_type)
        .header('cache-control', 'private, max-age=3600')
        .send(Buffer.from(file.data))
    },
  )
}
