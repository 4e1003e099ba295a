import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { cstInstant } from '../../platform/calendar.ts'
import { AppError, invalidField } from '../../platform/errors.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { photoUrl, REPORT_PHOTO } from './present.ts'
import {
  GeoJsonQuery,
  PhotoParams,
  PublicProjects,
  PublicProjectsQuery,
  PublicSite,
  PublicSiteQuery,
  SiteFeatureCollection,
} from './public-schema.ts'
import { getSite, latestReport, mapCounts, mapSites, monthsTaken, projectYears } from './repo.ts'
import { IdParams } from './schema.ts'
import { colourOf, monthOf, shownStatus } from './workflow.ts'

const round1 = (n: number) => Math.round(n * 10) / 10

/** The instant a month ends (the first moment of the next month, county time). */
export function monthEnd(month: string): Date {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
  return cstInstant(next, 0)
}

/**
 * The public side of 领办督 (the 数字乡村一张图 layer): the year's figures, every site as GeoJSON, a site's card
 * with its latest report and photos, live or as at any month end the county has kept.
 */
export async function publicProjectRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx
  const county = config.countyCode

  /** The year and month asked for: the latest year with projects; a month must have ended and been kept. */
  async function view(q: { year?: number; month?: string }) {
    const years = await projectYears(db, county)
    const year = q.month ? Number(q.month.slice(0, 4)) : (q.year ?? years[0] ?? null)
    if (q.year && q.month && Number(q.month.slice(0, 4)) !== q.year)
      throw invalidField('querystring.month', {
        zh: '月份不在所选年度内',
        en: 'The month is not in the year',
      })
    const months = year === null ? [] : await monthsTaken(db, county, year)
    const month = q.month ?? null
    if (month && !months.includes(month))
      throw invalidField('querystring.month', {
        zh: month >= monthOf(new Date()) ? '该月尚未结束，请查看实时情况' : '该月没有月末记录',
        en:
          month >= monthOf(new Date())
            ? 'The month has not ended: see the live map'
            : 'No month-end record for that month',
      })
    const asOf = month ? new Date(monthEnd(month).getTime() - 1) : new Date()
    return { years, year, months, month, asOf }
  }

  app.get(
    '/api/public/projects',
    {
      schema: {
        tags: ['public'],
        summary:
          'Livelihood projects of a year: sites by colour overall, per project and per town (live or at a month end)',
        querystring: PublicProjectsQuery,
        response: { 200: PublicProjects, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      const v = await view(request.query)
      const empty = {
        sites: 0,
        notStarted: 0,
        inProgress: 0,
        completed: 0,
        crossedOff: 0,
        averageProgress: 0,
      }
      const counts = (c: Record<string, unknown>) => ({
        sites: Number(c.sites),
        notStarted: Number(c.not_started),
        inProgress: Number(c.in_progress),
        completed: Number(c.completed),
        crossedOff: Number(c.crossed_off),
        averageProgress: c.average_progress == null ? 0 : round1(Number(c.average_progress)),
      })
      reply.header('cache-control', v.month ? 'public, max-age=3600' : 'public, max-age=60')
      if (v.year === null)
        return {
          ...v,
          asOf: v.asOf.toISOString(),
          summary: { ...empty, percentComplete: 0 },
          projects: [],
          towns: [],
        }
      const c = await mapCounts(db, county, { year: v.year, month: v.month })
      const total = counts(c.total)
      return {
        ...v,
        asOf: v.asOf.toISOString(),
        summary: {
          ...total,
          percentComplete: total.sites ? round1((100 * total.completed) / total.sites) : 0,
        },
        projects: c.byProject.map((p) => ({ id: p.project_id, name: p.name, ...counts(p) })),
        towns: c.byTown.map((t) => ({ code: t.town_code, name: t.name, ...counts(t) })),
      }
    },
  )

  app.get(
    '/api/public/projects/sites.geojson',
    {
      schema: {
        tags: ['public'],
        summary:
          'Every site of a year as an RFC 7946 FeatureCollection (for the map and the county’s map platform)',
        querystring: GeoJsonQuery,
        response: { 200: SiteFeatureCollection, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      const q = request.query
      const v = await view(q)
      const rows =
        v.year === null
          ? []
          : await mapSites(db, county, {
              year: v.year,
              month: v.month,
              projectId: q.project,
              townCode: q.town,
              status: q.status,
            })
      reply.header('content-type', 'application/geo+json; charset=utf-8')
      reply.header('cache-control', v.month ? 'public, max-age=3600' : 'public, max-age=60')
      return {
        type: 'FeatureCollection' as const,
        year: v.year,
        month: v.month,
        asOf: v.asOf.toISOString(),
        features: rows.map((r) => ({
          type: 'Feature' as const,
          id: r.id,
          geometry: { type: 'Point' as const, coordinates: [r.lng, r.lat] },
          properties: {
            id: r.id,
            name: r.name,
            projectId: r.project_id,
            projectName: r.project_name,
            townCode: r.town_code,
            townName: r.town_name,
            status: shownStatus(r.status),
            colour: colourOf(r.status),
            crossedOff: r.status === 'crossed_off',
            progress: r.progress,
            leadDeputies: r.lead_names,
            unit: r.unit_name,
            lastReportMonth: r.last_report_month,
          },
        })),
      }
    },
  )

  app.get(
    '/api/public/projects/sites/:id',
    {
      schema: {
        tags: ['public'],
        summary:
          'A site’s card: plan, lead deputies, responsible unit, its latest report (live or at a month end)',
        params: IdParams,
        querystring: PublicSiteQuery,
        response: { 200: PublicSite, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const site = await getSite(db, request.params.id)
      if (!site || site.county_code !== county)
        throw new AppError('not_found', { zh: '项目点位不存在', en: 'Project site not found' })
      const month = request.query.month ?? null
      let status = site.status
      let progress = site.progress
      if (month) {
        const [row] = await mapSites(db, county, { year: site.year, month, projectId: site.project_id }).then(
          (rows) => rows.filter((r) => r.id === site.id),
        )
        if (!row)
          throw invalidField('querystring.month', {
            zh: '该月没有该点位的记录',
            en: 'No record of the site for that month',
          })
        status = row.status
        progress = row.progress
      }
      const report = await latestReport(db, site.id, month)
      return {
        id: site.id,
        name: site.name,
        projectId: site.project_id,
        projectName: site.project_name,
        year: site.year,
        townCode: site.town_code,
        townName: site.town_name,
        regionName: site.region_name,
        address: site.address,
        lat: site.lat,
        lng: site.lng,
        status: shownStatus(status),
        colour: colourOf(status),
        crossedOff: status === 'crossed_off',
        crossedOffAt:
          status === 'crossed_off' && site.crossed_off_at
            ? new Date(site.crossed_off_at).toISOString()
            : null,
        progress,
        unit: site.unit_name,
        leadDeputies: site.deputies,
        plan: {
          start: site.plan_start,
          end: site.plan_end,
          investment: site.investment === null ? null : Number(site.investment),
          milestones: site.milestones as { name: string; due: string; done: boolean }[],
        },
        latestReport: report
          ? {
              month: report.month,
              filedAt: new Date(report.filed_at).toISOString(),
              deputyName: report.deputy_name,
              progress: report.progress,
              status: report.status,
              onTime: { finding: report.on_time, note: report.on_time_note },
              quality: { finding: report.quality, note: report.quality_note },
              quantity: { finding: report.quantity, note: report.quantity_note },
              problems: report.problems,
              opinion: report.opinion,
              photos: report.photo_ids.map((id) => ({ url: photoUrl(site.id, id) })),
            }
          : null,
      }
    },
  )

  app.get(
    '/api/public/projects/sites/:id/photos/:fileId',
    {
      schema: {
        tags: ['public'],
        summary: 'A photo of a site’s monthly report (re-encoded on upload: no EXIF, no GPS)',
        params: PhotoParams,
        response: errorResponses(404),
      },
    },
    async (request, reply) => {
      const { id, fileId } = request.params
      // A photo of one of the site's reports, or of its verification.
      const file = await db
        .selectFrom('files as f')
        .innerJoin('project_sites as s', (j) => j.on('s.id', '=', id))
        .select(['f.data', 'f.mime_type'])
        .where('f.id', '=', fileId)
        .where('f.purpose', '=', REPORT_PHOTO)
        .where('s.county_code', '=', county)
        .where((eb) =>
          eb.or([
            eb.and([eb('f.subject_type', '=', 'site'), eb('f.subject_id', '=', id)]),
            eb.and([
              eb('f.subject_type', '=', 'site_report'),
              eb.exists(
                eb
                  .selectFrom('site_reports as r')
                  .select('r.id')
                  .whereRef('r.id', '=', 'f.subject_id')
                  .where('r.site_id', '=', id),
              ),
            ]),
          ]),
        )
        .executeTakeFirst()
      if (!file) throw new AppError('not_found', { zh: '照片不存在', en: 'Photo not found' })
      return reply
        .header('content-type', file.mime_type)
        .header('cache-control', 'public, max-age=86400, immutable')
        .send(Buffer.from(file.data))
    },
  )
}
