import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { SuggestionStatus } from '../../db/types.ts'
import { hasRole, type Principal } from '../../platform/access.ts'
import { loadCalendar } from '../../platform/calendar.ts'
import { command } from '../../platform/context.ts'
import { normalisePhone } from '../../platform/crypto.ts'
import { AppError, forbidden, invalidField } from '../../platform/errors.ts'
import {
  acceptPhotoUploads,
  countFiles,
  PHOTO_BODY_LIMIT,
  readPhoto,
  sendSubjectFile,
  storeFile,
} from '../../platform/files.ts'
import { reach, relate } from '../../platform/policy.ts'
import { Bilingual, errorResponses, Nullable, Page, Uuid } from '../../platform/schemas.ts'
import { Note } from './actions/body.ts'
import { type ActionInput, STAFF_BODIES } from './actions/index.ts'
import { runAction } from './definition.ts'
import { prepareSuggestion, submitSuggestion } from './intake.ts'
import { BULK_ASSIGN, INTAKE, mayAttach, mayRevealContact, relationsOf, suggestionPolicy } from './policy.ts'
import { presentDetail, presentListItem } from './present.ts'
import { detailContext, listQueue, loadItem, PHOTO, REPLY_ATTACHMENT, subjectOf } from './repo.ts'
import {
  ActionResult,
  Detail,
  FileRef,
  IdParams,
  IntakeFields,
  ListItem,
  QueueQuery,
  StaffChannelSchema,
  StatusSchema,
} from './schema.ts'
import { allowedActions, NOT_STAFF, type Relation, type StaffAction, TRANSITIONS } from './workflow.ts'

const MAX_ATTACHMENTS = 5

export function actorOf(principal: Principal) {
  return {
    id: principal.userId,
    name: principal.displayName || principal.username,
    role: principal.grants[0]?.role ?? null,
  }
}

/** The actions to offer in the console: what the caller's relations allow in this state, but the citizen's and the system's. */
const staffActionsOf = (status: SuggestionStatus, relations: ReadonlySet<Relation>) =>
  allowedActions(status, relations).filter((a): a is StaffAction => !NOT_STAFF.includes(a))

/** Phone numbers are checked and normalised at the edge; a bad one is a 400 naming the field. */
export function normalisedPhone(raw: string | undefined, field = 'body.contact.phone'): string | null {
  if (!raw?.trim()) return null
  const phone = normalisePhone(raw)
  if (!phone) throw invalidField(field, { zh: '手机号码格式不正确', en: 'The phone number is not valid' })
  return phone
}

/** Staff: the queue, one item, intake on a citizen's behalf, one POST per action, bulk assign, contact, photos. */
export async function suggestionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config, cipher } = app.ctx

  /** The item if the caller may see it (else 404), with the caller's relations to it. */
  async function visible(principal: Principal, id: string) {
    const loaded = await loadItem(db, id)
    const relations = relate(suggestionPolicy, principal, loaded)
    return { ...loaded!, relations }
  }

  const actionContext = async (principal: Principal) => ({
    calendar: await loadCalendar(db, config.countyCode),
    countyCode: config.countyCode,
    relationsFor: (subject: Parameters<typeof relationsOf>[1]) => relationsOf(principal, subject),
    actor: actorOf(principal),
  })

  app.get(
    '/api/suggestions',
    {
      config: { reach: suggestionPolicy.reach },
      schema: {
        tags: ['suggestions'],
        summary:
          'The caller’s queue: items in their scope (county, town, station, deputy inbox, unit), overdue first',
        querystring: QueueQuery,
        response: { 200: Page(ListItem), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = reach(request, suggestionPolicy)
      const { rows, total } = await listQueue(db, principal, request.query)
      return { items: rows.map(presentListItem), total }
    },
  )

  app.get(
    '/api/suggestions/:id',
    {
      config: { reach: suggestionPolicy.reach },
      schema: {
        tags: ['suggestions'],
        summary: 'One item: content, timeline, units, duplicates and the actions the caller may take',
        params: IdParams,
        response: { 200: Detail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const principal = reach(request, suggestionPolicy)
      const loaded = await visible(principal, request.params.id)
      return presentDetail(loaded, await detailContext(db, loaded), {
        allowedActions: staffActionsOf(loaded.item.status, loaded.relations),
        canRevealContact: mayRevealContact(principal, loaded.relations),
      })
    },
  )

  app.post(
    '/api/suggestions',
    {
      config: { reach: INTAKE.reach },
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
      const principal = reach(request, INTAKE)
      const body = request.body
      // Station staff and deputies record for their own venue / themselves.
      const station = principal.grants.find((g) => g.role === 'station_staff')
      const venueId = body.venueId ?? station?.venueId ?? undefined
      const deputyId =
        body.deputyId ?? (hasRole(principal, 'deputy') ? (principal.deputyId ?? undefined) : undefined)
      const phone = normalisedPhone(body.contact?.phone)
      const ctx = {
        db,
        cipher,
        calendar: await loadCalendar(db, config.countyCode),
        countyCode: config.countyCode,
        actor: actorOf(principal),
        fieldPrefix: 'body.',
      }
      const prepared = await prepareSuggestion(ctx, {
        channel: body.channel,
        content: body.content,
        categoryCode: body.category,
        venueId,
        deputyId,
        regionCode: body.regionCode,
        location: body.location,
        contact: body.contact ? { name: body.contact.name, phone } : null,
        photoIds: body.photoIds,
        publishConsent: body.publishConsent,
      })
      // Staff record only what falls in their own scope; otherwise nothing is saved.
      if (relationsOf(principal, { item: prepared.item, units: [] }).size === 0) {
        throw invalidField('body.regionCode', {
          zh: '该事项不在您的工作范围内',
          en: 'The item would fall outside your scope',
        })
      }
      const created = await submitSuggestion(request, ctx, prepared)
      reply.code(201)
      return {
        id: created.id,
        trackingCode: created.tracking_code,
        accessToken: created.accessToken,
        trackingUrl: `/track/${created.tracking_code}#key=${created.accessToken}`,
      }
    },
  )

  for (const [action, body] of Object.entries(STAFF_BODIES) as [
    StaffAction,
    (typeof STAFF_BODIES)[StaffAction],
  ][]) {
    app.post(
      `/api/suggestions/:id/${action.replaceAll('_', '-')}`,
      {
        config: { reach: suggestionPolicy.reach },
        schema: {
          tags: ['suggestions'],
          summary: `${TRANSITIONS[action].label.zh} · ${TRANSITIONS[action].label.en}`,
          params: IdParams,
          body,
          response: { 200: ActionResult, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const principal = reach(request, suggestionPolicy)
        const ctx = await actionContext(principal)
        return command(request, (trx, audit) =>
          runAction({ ...ctx, trx, audit }, request.params.id, action, request.body as ActionInput),
        )
      },
    )
  }

  app.post(
    '/api/suggestions/bulk-assign',
    {
      config: { reach: BULK_ASSIGN.reach },
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
      const principal = reach(request, BULK_ASSIGN)
      const ctx = await actionContext(principal)
      const { ids, leadUnitId, coUnitIds, note } = request.body
      const results = []
      for (const id of ids) {
        try {
          const r = await command(request, (trx, audit) =>
            runAction({ ...ctx, trx, audit }, id, 'assign', { leadUnitId, coUnitIds, note }),
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
      config: { reach: suggestionPolicy.reach },
      schema: {
        tags: ['suggestions'],
        summary: 'Reveal the citizen’s name and phone (intake staff only; audited)',
        params: IdParams,
        response: {
          200: Type.Object({ name: Nullable(Type.String()), phone: Nullable(Type.String()) }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const principal = reach(request, suggestionPolicy)
      const { item, relations } = await visible(principal, request.params.id)
      if (!mayRevealContact(principal, relations)) throw forbidden()
      await command(request, (_trx, audit) =>
        audit({ action: 'suggestion.contact.reveal', targetType: 'suggestion', targetId: item.id }),
      )
      return {
        name: item.contact_name_enc ? cipher.decrypt(item.contact_name_enc) : null,
        phone: item.contact_phone_enc ? cipher.decrypt(item.contact_phone_enc) : null,
      }
    },
  )

  await acceptPhotoUploads(app)

  app.post(
    '/api/suggestions/:id/attachments',
    {
      config: { reach: suggestionPolicy.reach },
      bodyLimit: PHOTO_BODY_LIMIT,
      schema: {
        tags: ['suggestions'],
        summary:
          'Attach a photo to the reply (lead unit while handling; reviewing staff before sending): multipart field "file"',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 201: FileRef, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const principal = reach(request, suggestionPolicy)
      const { item, relations } = await visible(principal, request.params.id)
      const allowed = mayAttach(item, relations)
      if (allowed === false) throw forbidden()
      if (allowed === null) {
        throw new AppError('invalid_transition', {
          zh: '当前状态下不能添加答复附件',
          en: 'Reply attachments cannot be added in this state',
        })
      }
      const subject = subjectOf(item.id)
      if ((await countFiles(db, subject, REPLY_ATTACHMENT)) >= MAX_ATTACHMENTS)
        throw invalidField('file', { zh: '答复附件最多 5 张', en: 'At most 5 reply attachments' })
      const image = await readPhoto(request)
      const id = await command(request, async (trx, audit) => {
        const fileId = await storeFile(trx, {
          purpose: REPLY_ATTACHMENT,
          subject,
          image,
          uploadedBy: principal.userId,
          countyCode: config.countyCode,
        })
        await audit({
          action: 'suggestion.attachment.add',
          targetType: 'suggestion',
          targetId: item.id,
          detail: { fileId },
        })
        return fileId
      })
      reply.code(201)
      return { id, url: `/api/suggestions/${item.id}/photos/${id}`, width: image.width, height: image.height }
    },
  )

  app.get(
    '/api/suggestions/:id/photos/:fileId',
    {
      config: { reach: suggestionPolicy.reach },
      schema: {
        tags: ['suggestions'],
        summary: 'A photo of an item (re-encoded JPEG, no metadata)',
        params: Type.Object({ id: Uuid, fileId: Uuid }),
        produces: ['image/jpeg'],
        response: { ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = reach(request, suggestionPolicy)
      await visible(principal, request.params.id)
      return sendSubjectFile(
        reply,
        db,
        subjectOf(request.params.id),
        request.params.fileId,
        [PHOTO, REPLY_ATTACHMENT],
        {
          zh: '照片不存在',
          en: 'Photo not found',
        },
      )
    },
  )
}
