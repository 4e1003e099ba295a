import fastifyMultipart from '@fastify/multipart'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { type TObject, Type } from 'typebox'
import type { Role } from '../../db/types.ts'
import { hasRole, type Principal, requireRole } from '../../platform/access.ts'
import { loadCalendar } from '../../platform/calendar.ts'
import { command } from '../../platform/context.ts'
import { normalisePhone } from '../../platform/crypto.ts'
import { AppError, forbidden, invalidField } from '../../platform/errors.ts'
import { MAX_IMAGE_BYTES, reencodePhoto } from '../../platform/images.ts'
import { Bilingual, errorResponses, Nullable, Page, Paging, Timestamp, Uuid } from '../../platform/schemas.ts'
import { currentDeadline, listSuggestions } from './queries.ts'
import {
  ActionSchema,
  ChannelSchema,
  Event,
  IntakeFields,
  ListItem,
  OutcomeSchema,
  QueueQuery,
  StaffChannelSchema,
  StatusSchema,
  TierSchema,
  Timestamps,
} from './schemas.ts'
import {
  type ActionInput,
  createSuggestion,
  loadItem,
  loadVisible,
  relationsOf,
  runAction,
} from './service.ts'
import { type Action, allowedActions, statusLabels, TRANSITIONS } from './workflow.ts'

const STAFF_ROLES: Role[] = ['county_admin', 'town_staff', 'station_staff', 'deputy', 'unit_staff']

const Note = Type.String({ maxLength: 2000 })
const Version = Type.Integer({ minimum: 1, description: 'The version you read; a stale one answers 409' })

/** The body each action takes; every one may carry the version read and a note. */
const actionBodies: Record<Exclude<Action, 'rate' | 'reopen' | 'close_unrated'>, TObject> = {
  accept: Type.Object(
    { version: Type.Optional(Version), note: Type.Optional(Note) },
    { additionalProperties: false },
  ),
  reject: Type.Object(
    { version: Type.Optional(Version), reason: Type.Enum(['invalid', 'out_of_scope']), note: Note },
    { additionalProperties: false },
  ),
  merge: Type.Object(
    { version: Type.Optional(Version), primaryId: Uuid, note: Type.Optional(Note) },
    { additionalProperties: false },
  ),
  answer_on_spot: Type.Object(
    {
      version: Type.Optional(Version),
      answer: Type.String({ minLength: 1, maxLength: 4000 }),
      outcome: Type.Optional(OutcomeSchema),
      note: Type.Optional(Note),
    },
    { additionalProperties: false },
  ),
  route: Type.Object(
    { version: Type.Optional(Version), tier: TierSchema, note: Type.Optional(Note) },
    { additionalProperties: false },
  ),
  assign: Type.Object(
    {
      version: Type.Optional(Version),
      leadUnitId: Uuid,
      coUnitIds: Type.Optional(Type.Array(Uuid, { maxItems: 5 })),
      note: Type.Optional(Note),
    },
    { additionalProperties: false },
  ),
  return: Type.Object({ version: Type.Optional(Version), note: Note }, { additionalProperties: false }),
  sign: Type.Object(
    { version: Type.Optional(Version), note: Type.Optional(Note) },
    { additionalProperties: false },
  ),
  start: Type.Object(
    { version: Type.Optional(Version), note: Type.Optional(Note) },
    { additionalProperties: false },
  ),
  request_extension: Type.Object(
    { version: Type.Optional(Version), days: Type.Integer({ minimum: 1, maximum: 60 }), note: Note },
    { additionalProperties: false },
  ),
  decide_extension: Type.Object(
    { version: Type.Optional(Version), approve: Type.Boolean(), note: Type.Optional(Note) },
    { additionalProperties: false },
  ),
  urge: Type.Object(
    { version: Type.Optional(Version), note: Type.Optional(Note) },
    { additionalProperties: false },
  ),
  escalate: Type.Object(
    { version: Type.Optional(Version), note: Type.Optional(Note) },
    { additionalProperties: false },
  ),
  reply: Type.Object(
    {
      version: Type.Optional(Version),
      answer: Type.String({ minLength: 1, maxLength: 4000 }),
      outcome: OutcomeSchema,
      note: Type.Optional(Note),
    },
    { additionalProperties: false },
  ),
  review: Type.Object(
    { version: Type.Optional(Version), note: Type.Optional(Note) },
    { additionalProperties: false },
  ),
  send_back: Type.Object({ version: Type.Optional(Version), note: Note }, { additionalProperties: false }),
  give_feedback: Type.Object(
    { version: Type.Optional(Version), note: Type.Optional(Note) },
    { additionalProperties: false },
  ),
  note: Type.Object({ version: Type.Optional(Version), note: Note }, { additionalProperties: false }),
}

const FileRef = Type.Object({
  id: Type.String(),
  url: Type.String(),
  width: Nullable(Type.Integer()),
  height: Nullable(Type.Integer()),
})

const ActionResult = Type.Object({ id: Type.String(), status: StatusSchema, version: Type.Integer() })

const Detail = Type.Object({
  id: Type.String(),
  trackingCode: Type.String(),
  status: StatusSchema,
  statusLabel: Bilingual,
  channel: ChannelSchema,
  tier: Nullable(TierSchema),
  content: Type.String(),
  category: Nullable(Type.String()),
  categoryName: Nullable(Type.String()),
  regionCode: Type.String(),
  regionName: Type.String(),
  townCode: Nullable(Type.String()),
  townName: Nullable(Type.String()),
  venue: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  deputy: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  location: Nullable(Type.Object({ lat: Type.Number(), lng: Type.Number() })),
  contactNameMasked: Nullable(Type.String()),
  contactPhoneMasked: Nullable(Type.String()),
  canRevealContact: Type.Boolean(),
  units: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), role: Type.String() })),
  answer: Nullable(Type.String()),
  outcome: Nullable(OutcomeSchema),
  rating: Nullable(Type.String()),
  ratingComment: Nullable(Type.String()),
  rejectReason: Nullable(Type.String()),
  mergedInto: Nullable(Type.Object({ id: Type.String(), trackingCode: Type.String() })),
  mergedFollowers: Type.Array(Type.Object({ id: Type.String(), trackingCode: Type.String() })),
  duplicates: Type.Array(
    Type.Object({
      id: Type.String(),
      trackingCode: Type.String(),
      score: Type.Number(),
      excerpt: Type.String(),
      status: StatusSchema,
    }),
  ),
  photos: Type.Array(FileRef),
  attachments: Type.Array(FileRef),
  timestamps: Timestamps,
  dueAt: Nullable(Timestamp),
  overdue: Type.Boolean(),
  extensionRequest: Nullable(Type.Object({ days: Type.Integer(), reason: Type.String() })),
  reopenCount: Type.Integer(),
  urgeCount: Type.Integer(),
  escalatedAt: Nullable(Timestamp),
  allowedActions: Type.Array(ActionSchema),
  timeline: Type.Array(Event),
  version: Type.Integer(),
})

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

const CONTACT_REVEALERS: Role[] = ['county_admin', 'town_staff', 'station_staff']

function actorOf(principal: Principal) {
  return {
    id: principal.userId,
    name: principal.displayName || principal.username,
    role: principal.grants[0]?.role ?? null,
  }
}

export async function suggestionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  async function detail(_request: FastifyRequest, principal: Principal, id: string) {
    const { item, units, relations } = await loadVisible(db, principal, id)
    const now = new Date()
    const [region, town, venue, deputy, category, unitRows, events, dupRows, photos, mergedInto, followers] =
      await Promise.all([
        db.selectFrom('regions').select('name').where('code', '=', item.region_code).executeTakeFirst(),
        item.town_code
          ? db.selectFrom('regions').select('name').where('code', '=', item.town_code).executeTakeFirst()
          : undefined,
        item.venue_id
          ? db.selectFrom('venues').select(['id', 'name']).where('id', '=', item.venue_id).executeTakeFirst()
          : undefined,
        item.deputy_id
          ? db
              .selectFrom('deputies')
              .select(['id', 'name'])
              .where('id', '=', item.deputy_id)
              .executeTakeFirst()
          : undefined,
        item.category_code
          ? db
              .selectFrom('categories')
              .select('name')
              .where('code', '=', item.category_code)
              .executeTakeFirst()
          : undefined,
        units.length
          ? db
              .selectFrom('units')
              .select(['id', 'name'])
              .where(
                'id',
                'in',
                units.map((u) => u.unit_id),
              )
              .execute()
          : Promise.resolve([]),
        db
          .selectFrom('suggestion_events')
          .selectAll()
          .where('suggestion_id', '=', id)
          .orderBy('id')
          .execute(),
        db
          .selectFrom('suggestion_duplicates as d')
          .innerJoin('suggestions as c', 'c.id', 'd.candidate_id')
          .select(['c.id', 'c.tracking_code', 'd.score', 'c.content', 'c.status'])
          .where('d.suggestion_id', '=', id)
          .orderBy('d.score', 'desc')
          .execute(),
        db
          .selectFrom('files')
          .select(['id', 'width', 'height', 'purpose'])
          .where('owner_id', '=', id)
          .where('purpose', 'in', ['suggestion_photo', 'reply_attachment'])
          .orderBy('created_at')
          .execute(),
        item.merged_into_id
          ? db
              .selectFrom('suggestions')
              .select(['id', 'tracking_code'])
              .where('id', '=', item.merged_into_id)
              .executeTakeFirst()
          : undefined,
        db
          .selectFrom('suggestions')
          .select(['id', 'tracking_code'])
          .where('merged_into_id', '=', id)
          .execute(),
      ])
    const due = currentDeadline(item)
    return {
      id: item.id,
      trackingCode: item.tracking_code,
      status: item.status,
      statusLabel: statusLabels[item.status],
      channel: item.channel,
      tier: item.tier,
      content: item.content,
      category: item.category_code,
      categoryName: category?.name ?? null,
      regionCode: item.region_code,
      regionName: region?.name ?? '',
      townCode: item.town_code,
      townName: town?.name ?? null,
      venue: venue ?? null,
      deputy: deputy ?? null,
      location: item.lat !== null && item.lng !== null ? { lat: item.lat, lng: item.lng } : null,
      contactNameMasked: item.contact_name_masked,
      contactPhoneMasked: item.contact_phone_masked,
      canRevealContact:
        hasRole(principal, ...CONTACT_REVEALERS) &&
        relations.has('intake') &&
        Boolean(item.contact_phone_enc || item.contact_name_enc),
      units: units.map((u) => ({
        id: u.unit_id,
        role: u.role,
        name: unitRows.find((r) => r.id === u.unit_id)?.name ?? '',
      })),
      answer: item.answer,
      outcome: item.outcome,
      rating: item.rating,
      ratingComment: item.rating_comment,
      rejectReason: item.reject_reason,
      mergedInto: mergedInto ? { id: mergedInto.id, trackingCode: mergedInto.tracking_code } : null,
      mergedFollowers: followers.map((f) => ({ id: f.id, trackingCode: f.tracking_code })),
      duplicates: dupRows.map((d) => ({
        id: d.id,
        trackingCode: d.tracking_code,
        score: Number(d.score),
        excerpt: d.content.slice(0, 80),
        status: d.status,
      })),
      photos: photos
        .filter((p) => p.purpose === 'suggestion_photo')
        .map((p) => ({
          id: p.id,
          url: `/api/suggestions/${id}/photos/${p.id}`,
          width: p.width,
          height: p.height,
        })),
      attachments: photos
        .filter((p) => p.purpose === 'reply_attachment')
        .map((p) => ({
          id: p.id,
          url: `/api/suggestions/${id}/photos/${p.id}`,
          width: p.width,
          height: p.height,
        })),
      timestamps: {
        receivedAt: iso(item.received_at)!,
        clockStartAt: iso(item.clock_start_at)!,
        sameDayDueAt: iso(item.same_day_due_at)!,
        acceptedAt: iso(item.accepted_at),
        routedAt: iso(item.routed_at),
        acknowledgedAt: iso(item.acknowledged_at),
        assignedAt: iso(item.assigned_at),
        signedAt: iso(item.signed_at),
        repliedAt: iso(item.replied_at),
        reviewedAt: iso(item.reviewed_at),
        feedbackAt: iso(item.feedback_at),
        closedAt: iso(item.closed_at),
        dueAt: iso(item.due_at),
      },
      dueAt: iso(due),
      overdue: due !== null && due.getTime() < now.getTime(),
      extensionRequest: item.extension_requested_days
        ? { days: item.extension_requested_days, reason: item.extension_reason ?? '' }
        : null,
      reopenCount: item.reopen_count,
      urgeCount: item.urge_count,
      escalatedAt: iso(item.escalated_at),
      allowedActions: allowedActions(item.status, relations).filter((a) => !['rate', 'reopen'].includes(a)),
      timeline: events.map((e) => ({
        at: new Date(e.at).toISOString(),
        action: e.action as Action | 'submit',
        actionLabel:
          e.action === 'submit'
            ? { zh: '提交', en: 'Submit' }
            : (TRANSITIONS[e.action as Action]?.label ?? { zh: e.action, en: e.action }),
        fromStatus: e.from_status,
        toStatus: e.to_status,
        actorName: e.actor_name,
        public: e.public,
        note: e.note,
        detail: (typeof e.detail === 'string' ? JSON.parse(e.detail) : e.detail) as Record<string, unknown>,
      })),
      version: item.version,
    }
  }

  app.get(
    '/api/suggestions',
    {
      schema: {
        tags: ['suggestions'],
        summary:
          'The caller’s queue: items in their scope (county, town, station, deputy inbox, unit), overdue first',
        querystring: QueueQuery,
        response: { 200: Page(ListItem), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = requireRole(request, ...STAFF_ROLES)
      return listSuggestions(db, principal, request.query)
    },
  )

  app.get(
    '/api/suggestions/:id',
    {
      schema: {
        tags: ['suggestions'],
        summary: 'One item: content, timeline, units, duplicates and the actions the caller may take',
        params: Type.Object({ id: Uuid }),
        response: { 200: Detail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => detail(request, requireRole(request, ...STAFF_ROLES), request.params.id),
  )

  app.post(
    '/api/suggestions',
    {
      schema: {
        tags: ['suggestions'],
        summary:
          'Staff intake on behalf of a citizen (station reception, mobile rounds, grid report, mediation)',
        body: Type.Object(
          { channel: StaffChannelSchema, ...IntakeFields, consent: Type.Literal(true) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            id: Type.String(),
            trackingCode: Type.String(),
            accessToken: Type.String(),
            trackingUrl: Type.String(),
          }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, 'county_admin', 'town_staff', 'station_staff', 'deputy')
      const body = request.body
      // Station staff and deputies record for their own venue / themselves.
      const station = principal.grants.find((g) => g.role === 'station_staff')
      const venueId = body.venueId ?? station?.venueId ?? undefined
      const deputyId =
        body.deputyId ?? (hasRole(principal, 'deputy') ? (principal.deputyId ?? undefined) : undefined)
      const calendar = await loadCalendar(db)
      const created = await command(request, async (trx, audit) => {
        const made = await createSuggestion(
          {
            trx,
            cipher: app.ctx.cipher,
            calendar,
            countyCode: config.countyCode,
            actor: actorOf(principal),
            audit,
            fieldPrefix: 'body.',
          },
          {
            channel: body.channel,
            content: body.content,
            categoryCode: body.category,
            venueId,
            deputyId,
            regionCode: body.regionCode,
            location: body.location,
            contact: body.contact
              ? { name: body.contact.name, phone: normalisedPhone(body.contact.phone) }
              : null,
            photoIds: body.photoIds,
          },
        )
        // Staff record only what falls in their own scope; otherwise nothing is saved.
        const saved = await loadItem(trx, made.id)
        if (!saved || relationsOf(principal, saved.item, saved.units).size === 0) {
          throw invalidField('body.regionCode', {
            zh: '该事项不在您的工作范围内',
            en: 'The item would fall outside your scope',
          })
        }
        return made
      })
      reply.code(201)
      return {
        id: created.id,
        trackingCode: created.tracking_code,
        accessToken: created.accessToken,
        trackingUrl: `/track/${created.tracking_code}#token=${created.accessToken}`,
      }
    },
  )

  for (const [action, body] of Object.entries(actionBodies) as [keyof typeof actionBodies, TObject][]) {
    app.post(
      `/api/suggestions/:id/${action.replaceAll('_', '-')}`,
      {
        schema: {
          tags: ['suggestions'],
          summary: `${TRANSITIONS[action].label.zh} · ${TRANSITIONS[action].label.en}`,
          params: Type.Object({ id: Uuid }),
          body,
          response: { 200: ActionResult, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const principal = requireRole(request, ...STAFF_ROLES)
        const calendar = await loadCalendar(db)
        return command(request, (trx, audit) =>
          runAction(
            {
              trx,
              calendar,
              countyCode: config.countyCode,
              relationsFor: (item, units) => relationsOf(principal, item, units),
              actor: actorOf(principal),
              audit,
            },
            request.params.id,
            action,
            request.body as ActionInput,
          ),
        )
      },
    )
  }

  app.post(
    '/api/suggestions/bulk-assign',
    {
      schema: {
        tags: ['suggestions'],
        summary: 'Assign several routed items to the same units; each item succeeds or fails on its own',
        body: Type.Object(
          {
            ids: Type.Array(Uuid, { minItems: 1, maxItems: 100 }),
            leadUnitId: Uuid,
            coUnitIds: Type.Optional(Type.Array(Uuid, { maxItems: 5 })),
            note: Type.Optional(Note),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            results: Type.Array(
              Type.Object({
                id: Type.String(),
                ok: Type.Boolean(),
                status: Type.Optional(StatusSchema),
                code: Type.Optional(Type.String()),
                message: Type.Optional(Bilingual),
              }),
            ),
          }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const principal = requireRole(request, 'county_admin', 'town_staff')
      const calendar = await loadCalendar(db)
      const results = []
      for (const id of request.body.ids) {
        try {
          const r = await command(request, (trx, audit) =>
            runAction(
              {
                trx,
                calendar,
                countyCode: config.countyCode,
                relationsFor: (item, units) => relationsOf(principal, item, units),
                actor: actorOf(principal),
                audit,
              },
              id,
              'assign',
              {
                leadUnitId: request.body.leadUnitId,
                coUnitIds: request.body.coUnitIds,
                note: request.body.note,
              },
            ),
          )
          results.push({ id, ok: true, status: r.status })
        } catch (error) {
          if (!(error instanceof AppError)) throw error
          results.push({ id, ok: false, code: error.code, message: error.messageText })
        }
      }
      return { results }
    },
  )

  app.post(
    '/api/suggestions/:id/reveal-contact',
    {
      schema: {
        tags: ['suggestions'],
        summary: 'Reveal the citizen’s name and phone (intake staff only; audited)',
        params: Type.Object({ id: Uuid }),
        response: {
          200: Type.Object({ name: Nullable(Type.String()), phone: Nullable(Type.String()) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const principal = requireRole(request, ...STAFF_ROLES)
      const { item, relations } = await loadVisible(db, principal, request.params.id)
      if (!hasRole(principal, ...CONTACT_REVEALERS) || !relations.has('intake')) throw forbidden()
      const { cipher } = app.ctx
      await command(request, (_trx, audit) =>
        audit({ action: 'suggestion.contact.reveal', targetType: 'suggestion', targetId: item.id }),
      )
      return {
        name: item.contact_name_enc ? cipher.decrypt(item.contact_name_enc) : null,
        phone: item.contact_phone_enc ? cipher.decrypt(item.contact_phone_enc) : null,
      }
    },
  )

  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 5, parts: 6 },
  })

  app.post(
    '/api/suggestions/:id/attachments',
    {
      bodyLimit: MAX_IMAGE_BYTES + 64 * 1024,
      schema: {
        tags: ['suggestions'],
        summary:
          'Attach a photo to the reply (lead unit while handling; reviewing staff before sending): multipart field "file"',
        params: Type.Object({ id: Uuid }),
        consumes: ['multipart/form-data'],
        response: { 201: FileRef, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, ...STAFF_ROLES)
      const { item, relations } = await loadVisible(db, principal, request.params.id)
      const mayAttach =
        (relations.has('lead_unit') && ['signed', 'in_progress'].includes(item.status)) ||
        (relations.has('manager') && ['in_progress', 'replied', 'reviewed'].includes(item.status))
      if (!mayAttach) {
        if (relations.has('lead_unit') || relations.has('manager')) {
          throw new AppError('invalid_transition', {
            zh: '当前状态下不能添加答复附件',
            en: 'Reply attachments cannot be added in this state',
          })
        }
        throw forbidden()
      }
      const count = await db
        .selectFrom('files')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('owner_id', '=', item.id)
        .where('purpose', '=', 'reply_attachment')
        .executeTakeFirstOrThrow()
      if (Number(count.n) >= 5)
        throw invalidField('file', { zh: '答复附件最多 5 张', en: 'At most 5 reply attachments' })
      if (!request.isMultipart()) {
        throw new AppError(
          'unsupported_media_type',
          { zh: '请以 multipart/form-data 上传', en: 'Upload as multipart/form-data' },
          'file',
        )
      }
      const part = await request.file().catch(() => undefined)
      if (!part || part.fieldname !== 'file')
        throw invalidField('file', { zh: '请选择要上传的照片', en: 'Choose a photo (field "file")' })
      const data = await part.toBuffer().catch(() => null)
      if (!data || part.file.truncated) {
        throw new AppError(
          'payload_too_large',
          { zh: '照片不能超过 10 MB', en: 'A photo must be at most 10 MB' },
          'file',
        )
      }
      const image = await reencodePhoto(data, 'file')
      const id = await command(request, async (trx, audit) => {
        const row = await trx
          .insertInto('files')
          .values({
            purpose: 'reply_attachment',
            owner_id: item.id,
            mime_type: image.mimeType,
            byte_size: image.data.length,
            width: image.width,
            height: image.height,
            original_name: null,
            sha256: image.sha256,
            data: image.data,
            uploaded_by: principal.userId,
            county_code: config.countyCode,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await audit({
          action: 'suggestion.attachment.add',
          targetType: 'suggestion',
          targetId: item.id,
          detail: { fileId: row.id },
        })
        return row.id
      })
      reply.code(201)
      return { id, url: `/api/suggestions/${item.id}/photos/${id}`, width: image.width, height: image.height }
    },
  )

  app.get(
    '/api/suggestions/:id/photos/:fileId',
    {
      schema: {
        tags: ['suggestions'],
        summary: 'A photo of an item (re-encoded JPEG, no metadata)',
        params: Type.Object({ id: Uuid, fileId: Uuid }),
        produces: ['image/jpeg'],
        response: { ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, ...STAFF_ROLES)
      await loadVisible(db, principal, request.params.id)
      const file = await db
        .selectFrom('files')
        .select(['data', 'mime_type'])
        .where('id', '=', request.params.fileId)
        .where('owner_id', '=', request.params.id)
        .executeTakeFirst()
      if (!file) throw new AppError('not_found', { zh: '照片不存在', en: 'Photo not found' })
      return reply
        .header('content-type', file.mime_type)
        .header('cache-control', 'private, max-age=3600')
        .send(Buffer.from(file.data))
    },
  )

  app.get(
    '/api/categories',
    {
      schema: {
        tags: ['suggestions'],
        summary: 'Suggestion categories (configurable taxonomy)',
        querystring: Type.Object(Paging, { additionalProperties: false }),
        response: {
          200: Page(Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String() })),
          ...errorResponses(400),
        },
      },
    },
    async () => {
      const rows = await db
        .selectFrom('categories')
        .select(['code', 'name', 'name_en'])
        .where('active', '=', true)
        .orderBy('sort')
        .execute()
      return {
        items: rows.map((r) => ({ code: r.code, name: r.name, nameEn: r.name_en })),
        total: rows.length,
      }
    },
  )
}

/** Phone numbers are checked and normalised at the edge; a bad one is a 400 naming the field. */
export function normalisedPhone(raw: string | undefined, field = 'body.contact.phone'): string | null {
  if (!raw?.trim()) return null
  const phone = normalisePhone(raw)
  if (!phone) throw invalidField(field, { zh: '手机号码格式不正确', en: 'The phone number is not valid' })
  return phone
}
