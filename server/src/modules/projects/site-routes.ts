import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Principal } from '../../platform/access.ts'
import { loadCalendar } from '../../platform/calendar.ts'
import { command } from '../../platform/context.ts'
import { AppError, invalidField } from '../../platform/errors.ts'
import {
  acceptPhotoUploads,
  attachUploads,
  PHOTO_BODY_LIMIT,
  readPhoto,
  storeFile,
} from '../../platform/files.ts'
import { reach, relate } from '../../platform/policy.ts'
import { errorResponses, Uuid } from '../../platform/schemas.ts'
import { runTransition } from '../../platform/workflow.ts'
import { actorOf, raiseSiteProblem } from '../suggestions/index.ts'
import { sitePolicy } from './policy.ts'
import { REPORT_PHOTO, REPORT_PHOTOS, readSite } from './present.ts'
import { getSite, linkReportSuggestion, reportPhotoCount, saveReport } from './repo.ts'
import { IdParams, Site, SiteActionBody, SiteActionParams } from './schema.ts'
import { type SiteInput, siteWorkflow } from './workflow.ts'

/** One site in the console: its detail, the monthly report (with photos), crossing off, reopening, correcting. */
export async function siteRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config, cipher } = app.ctx

  const present = (principal: Principal, id: string) => readSite(db, principal, id)

  app.get(
    '/api/projects/sites/:id',
    {
      config: { reach: sitePolicy.reach },
      schema: {
        tags: ['projects'],
        summary: 'One project site: plan, lead deputies, monthly reports, history, the actions I may take',
        params: IdParams,
        response: { 200: Site, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const principal = reach(request, sitePolicy)
      relate(sitePolicy, principal, await getSite(db, request.params.id))
      return present(principal, request.params.id)
    },
  )

  await acceptPhotoUploads(app)

  app.post(
    '/api/projects/sites/:id/photos',
    {
      config: { reach: sitePolicy.reach },
      bodyLimit: PHOTO_BODY_LIMIT,
      schema: {
        tags: ['projects'],
        summary:
          'Upload a photo for the site’s monthly report (lead deputies) or its verification (congress staff): multipart field "file"',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      const principal = reach(request, sitePolicy)
      const site = await getSite(db, request.params.id)
      const relations = relate(sitePolicy, principal, site)
      if (!relations.has('lead') && !relations.has('keeper'))
        throw new AppError('forbidden', {
          zh: '只有领办代表或核验人员可以上传照片',
          en: 'Only lead deputies or verifying staff upload photos',
        })
      const image = await readPhoto(request)
      const id = await command(request, async (trx, audit) => {
        const fileId = await storeFile(trx, {
          purpose: REPORT_PHOTO,
          subject: null,
          image,
          uploadedBy: principal.userId,
          countyCode: config.countyCode,
        })
        await audit({
          action: 'site.photo.upload',
          targetType: 'site',
          targetId: site!.id,
          detail: { fileId },
        })
        return fileId
      })
      reply.code(201)
      return { id }
    },
  )

  app.post(
    '/api/projects/sites/:id/:action',
    {
      config: { reach: sitePolicy.reach },
      schema: {
        tags: ['projects'],
        summary:
          'File the monthly report (lead deputies: progress, state, 按时·保质·保量, problems, opinion, photos, check-in), cross off after verification, reopen or correct (congress staff, with the reason)',
        params: SiteActionParams,
        body: SiteActionBody,
        response: { 200: Site, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, sitePolicy)
      const { id, action } = request.params
      const calendar = await loadCalendar(db, config.countyCode)
      await command(request, async (trx, audit, tools) => {
        const site = await getSite(trx, id)
        const leads = Boolean(principal.deputyId && site?.deputy_ids.includes(principal.deputyId))
        await runTransition(
          siteWorkflow,
          {
            trx,
            countyCode: config.countyCode,
            actor: actorOf(principal),
            relationsFor: (s) => sitePolicy.relations(principal, s),
            audit,
            ports: {
              deputyId: leads ? principal.deputyId : null,
              saveReport: (fields) => saveReport(trx, id, config.countyCode, fields),
              attachEvidence: (ids) =>
                attachUploads(trx, { type: 'site', id }, REPORT_PHOTO, ids, 'body.photoIds', 9),
              async attachPhotos(reportId, ids) {
                // Amending a month keeps the photos filed before: together at most REPORT_PHOTOS.
                const filed = await reportPhotoCount(trx, reportId)
                const room = REPORT_PHOTOS - filed
                if (new Set(ids).size > room)
                  throw invalidField('body.photoIds', {
                    zh: `本月报告已有 ${filed} 张照片，最多还能添加 ${room} 张`,
                    en: `This month's report has ${filed} photos already: at most ${room} more`,
                  })
                await attachUploads(
                  trx,
                  { type: 'site_report', id: reportId },
                  REPORT_PHOTO,
                  ids,
                  'body.photoIds',
                  room,
                )
              },
              async raise(problems, reportId) {
                const unit = site!.unit_id
                  ? await trx
                      .selectFrom('units')
                      .select(['id', 'region_code'])
                      .where('id', '=', site!.unit_id)
                      .executeTakeFirst()
                  : undefined
                const raised = await raiseSiteProblem(
                  { trx, audit, tools, cipher, calendar, countyCode: config.countyCode, principal },
                  {
                    content: `【${site!.project_name} · ${site!.name}】${problems}`,
                    regionCode: site!.region_code,
                    deputyId: leads ? principal.deputyId : null,
                    location: { lat: site!.lat, lng: site!.lng },
                    unit: unit
                      ? {
                          id: unit.id,
                          townCode: unit.region_code === config.countyCode ? null : unit.region_code,
                        }
                      : null,
                    receivedAt: new Date(),
                  },
                  'body.',
                )
                await linkReportSuggestion(trx, reportId, raised.id)
                return raised
              },
            },
          },
          id,
          action,
          request.body as SiteInput,
        )
      })
      return present(principal, id)
    },
  )
}
