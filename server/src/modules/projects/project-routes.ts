import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Principal } from '../../platform/access.ts'
import { command } from '../../platform/context.ts'
import { AppError, conflict, invalidField } from '../../platform/errors.ts'
import { uuidv7 } from '../../platform/ids.ts'
import { authorize, may, reach } from '../../platform/policy.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { staleVersion } from '../../platform/workflow.ts'
import { actorOf } from '../suggestions/index.ts'
import { keeping, keepsCountyProjects, planning, sitePolicy } from './policy.ts'
import { presentSiteSummary, readSite } from './present.ts'
import {
  getProject,
  getSite,
  insertSite,
  listSites,
  nextProjectSeq,
  projectsOfYear,
  projectYears,
  type SiteFields,
  updateSite,
  writeSiteEvent,
} from './repo.ts'
import {
  IdParams,
  Project,
  ProjectCreate,
  ProjectList,
  ProjectQuery,
  ProjectUpdate,
  Site,
  SiteCreate,
  SiteList,
  SiteQuery,
  SiteUpdate,
} from './schema.ts'
import { checkSite } from './site-input.ts'

const NONE = '00000000-0000-0000-0000-000000000000'

export function presentProject(p: Awaited<ReturnType<typeof projectsOfYear>>[number]) {
  return {
    id: p.id,
    year: p.year,
    seq: p.seq,
    name: p.name,
    description: p.description,
    leadUnit: p.lead_unit_id && p.lead_unit_name ? { id: p.lead_unit_id, name: p.lead_unit_name } : null,
    sites: Number(p.sites),
    notStarted: Number(p.not_started),
    inProgress: Number(p.in_progress),
    completed: Number(p.completed),
    crossedOff: Number(p.crossed_off),
    averageProgress: p.average_progress === null ? 0 : Math.round(Number(p.average_progress) * 10) / 10,
    version: p.version,
  }
}

/** Livelihood projects and their sites in the console: the year's projects, the sites' list, placing and planning. */
export async function projectRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx
  const countyProjects = async (principal: Principal) => {
    const county = await db
      .selectFrom('regions')
      .select('path')
      .where('code', '=', config.countyCode)
      .executeTakeFirst()
    if (!county || !keepsCountyProjects(principal, county.path))
      throw new AppError('forbidden', {
        zh: '民生实事项目由县人大常委会维护',
        en: 'Projects are kept by the county congress staff',
      })
  }
  const projectOf = async (id: string, year: number) => {
    const row = (await projectsOfYear(db, config.countyCode, year)).find((p) => p.id === id)!
    return presentProject(row)
  }

  app.get(
    '/api/projects',
    {
      config: { reach: sitePolicy.reach },
      schema: {
        tags: ['projects'],
        summary:
          'A year’s livelihood projects (民生实事) with their sites counted by state; the years there are',
        querystring: ProjectQuery,
        response: { 200: ProjectList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      reach(request, sitePolicy)
      const years = await projectYears(db, config.countyCode)
      const year = request.query.year ?? years[0] ?? null
      const items = year === null ? [] : await projectsOfYear(db, config.countyCode, year)
      return { year, years, items: items.map(presentProject) }
    },
  )

  app.post(
    '/api/projects',
    {
      config: { reach: planning.reach },
      schema: {
        tags: ['projects'],
        summary: 'Add a project to a year (county congress staff)',
        body: ProjectCreate,
        response: { 201: Project, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const principal = reach(request, planning)
      await countyProjects(principal)
      const body = request.body
      const id = uuidv7()
      await command(request, async (trx, audit) => {
        const seq = body.seq ?? (await nextProjectSeq(trx, config.countyCode, body.year))
        const taken = await trx
          .selectFrom('projects')
          .select('id')
          .where('county_code', '=', config.countyCode)
          .where('year', '=', body.year)
          .where('seq', '=', seq)
          .executeTakeFirst()
        if (taken)
          throw conflict(
            { zh: `${body.year} 年已有第 ${seq} 件项目`, en: `Project ${seq} of ${body.year} exists` },
            'body.seq',
          )
        await trx
          .insertInto('projects')
          .values({
            id,
            year: body.year,
            seq,
            name: body.name.trim(),
            description: body.description?.trim() ?? '',
            lead_unit_id: body.leadUnitId ?? null,
            county_code: config.countyCode,
          })
          .execute()
        await audit({
          action: 'project.create',
          targetType: 'project',
          targetId: id,
          detail: { year: body.year, seq },
        })
      })
      reply.code(201)
      return projectOf(id, body.year)
    },
  )

  app.put(
    '/api/projects/:id',
    {
      config: { reach: planning.reach },
      schema: {
        tags: ['projects'],
        summary: 'Rename or describe a project, or change its lead unit',
        params: IdParams,
        body: ProjectUpdate,
        response: { 200: Project, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, planning)
      await countyProjects(principal)
      const body = request.body
      const year = await command(request, async (trx, audit) => {
        const project = await getProject(trx, request.params.id, true)
        if (!project) throw new AppError('not_found', { zh: '项目不存在', en: 'Project not found' })
        if (project.version !== body.version) throw staleVersion()
        await trx
          .updateTable('projects')
          .set({
            name: body.name.trim(),
            description: body.description?.trim() ?? '',
            lead_unit_id: body.leadUnitId ?? null,
            version: project.version + 1,
            updated_at: new Date(),
          })
          .where('id', '=', project.id)
          .execute()
        await audit({ action: 'project.edit', targetType: 'project', targetId: project.id })
        return project.year
      })
      return projectOf(request.params.id, year)
    },
  )

  app.get(
    '/api/projects/sites',
    {
      config: { reach: sitePolicy.reach },
      schema: {
        tags: ['projects'],
        summary:
          'Project sites in my scope (mine=true: the sites I lead; unreportedIn=YYYY-MM: that month’s report missing)',
        querystring: SiteQuery,
        response: { 200: SiteList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = reach(request, sitePolicy)
      const q = request.query
      const { rows, total } = await listSites(db, sitePolicy.scope(principal, 's'), {
        ...q,
        deputyId: q.mine ? (principal.deputyId ?? NONE) : undefined,
        unreportedIn: q.unreportedIn,
      })
      return { items: rows.map((r) => presentSiteSummary(r)), total }
    },
  )

  const writeSite = async (
    request: Parameters<typeof command>[0],
    principal: Principal,
    id: string,
    fields: SiteFields,
    deputyIds: string[],
    existing: { version: number; body: number } | null,
    projectId: string,
  ) =>
    command(request, async (trx, audit) => {
      const now = new Date()
      if (existing) {
        if (existing.version !== existing.body) throw staleVersion()
        await updateSite(trx, id, fields, deputyIds, now)
        await audit({ action: 'site.edit', targetType: 'site', targetId: id })
        return
      }
      await insertSite(
        trx,
        { ...fields, id, project_id: projectId, county_code: config.countyCode },
        deputyIds,
      )
      await writeSiteEvent(trx, {
        subjectId: id,
        action: 'create',
        from: null,
        to: 'not_started',
        actor: actorOf(principal),
        public: true,
        note: null,
        detail: { progress: 0 },
        at: now,
        countyCode: config.countyCode,
      })
      await audit({ action: 'site.create', targetType: 'site', targetId: id, detail: { projectId } })
    })

  app.post(
    '/api/projects/sites',
    {
      config: { reach: keeping.reach },
      schema: {
        tags: ['projects'],
        summary:
          'Place a site of a project: its village, map point, responsible unit, lead deputies and plan',
        body: SiteCreate,
        response: { 201: Site, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const principal = reach(request, keeping)
      const body = request.body
      const project = await getProject(db, body.projectId)
      if (!project) throw invalidField('body.projectId', { zh: '项目不存在', en: 'Unknown project' })
      const { fields, regionPath } = await checkSite(db, config.countyCode, body)
      const relations = sitePolicy.relations(principal, {
        region_path: regionPath,
        unit_id: null,
        deputy_ids: [],
      })
      if (!may(sitePolicy, relations, 'edit'))
        throw new AppError('forbidden', {
          zh: '您不能在该地区设置点位',
          en: 'You may not place sites in this region',
        })
      const id = uuidv7()
      await writeSite(request, principal, id, fields, body.deputyIds, null, project.id)
      reply.code(201)
      return readSite(db, principal, id)
    },
  )

  app.put(
    '/api/projects/sites/:id',
    {
      config: { reach: keeping.reach },
      schema: {
        tags: ['projects'],
        summary: 'Change a site’s place, unit, lead deputies or plan',
        params: IdParams,
        body: SiteUpdate,
        response: { 200: Site, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, keeping)
      const body = request.body
      const site = await getSite(db, request.params.id)
      authorize(sitePolicy, principal, 'edit', site)
      const { fields } = await checkSite(db, config.countyCode, body)
      await writeSite(
        request,
        principal,
        site!.id,
        fields,
        body.deputyIds,
        { version: site!.version, body: body.version },
        site!.project_id,
      )
      return readSite(db, principal, site!.id)
    },
  )
}
