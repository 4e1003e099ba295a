import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Static } from 'typebox'
import type { Db } from '../../db/index.ts'
import type { Principal } from '../../platform/access.ts'
import { cstDay, loadCalendar } from '../../platform/calendar.ts'
import { command } from '../../platform/context.ts'
import { AppError, invalidField } from '../../platform/errors.ts'
import { uuidv7 } from '../../platform/ids.ts'
import { authorize, reach } from '../../platform/policy.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { staleVersion } from '../../platform/workflow.ts'
import { actorOf } from '../suggestions/index.ts'
import { visibleTo as itemsVisibleTo } from '../suggestions/repo.ts'
import { runProposalAction } from './definition.ts'
import { drafting, proposalPolicy, relationsOf } from './policy.ts'
import { presentListItem, readProposal } from './present.ts'
import {
  getProposal,
  insertProposal,
  ledSiteReportIds,
  listProposals,
  type ProposalSource,
  requiredCosigners,
  updateProposal,
  visibleSuggestionIds,
  writeProposalEvent,
} from './repo.ts'
import {
  ActionParams,
  IdParams,
  Proposal,
  ProposalActionBody,
  ProposalCreate,
  ProposalList,
  ProposalQuery,
  ProposalUpdate,
} from './schema.ts'
import type { ProposalInput } from './workflow.ts'

const NONE = '00000000-0000-0000-0000-000000000000'

/** The draft's fields checked: the sources the deputy may take up, the category, the deputies to invite. */
async function checkDraft(
  db: Db,
  principal: Principal,
  body: Static<typeof ProposalCreate>,
): Promise<{ sources: ProposalSource[]; cosignerIds: string[] }> {
  const items = [...new Set(body.suggestionIds)]
  const reports = [...new Set(body.siteReportIds ?? [])]
  if (items.length + reports.length === 0)
    throw invalidField('body.suggestionIds', {
      zh: '请选择建议所依据的群众意见',
      en: 'Choose the items the proposal takes up',
    })
  const seen = await visibleSuggestionIds(db, itemsVisibleTo(principal, 's'), items)
  if (seen.length !== items.length)
    throw invalidField('body.suggestionIds', {
      zh: '只能选择您经手的群众意见',
      en: 'Only items addressed to you can be taken up',
    })
  const led = await ledSiteReportIds(db, principal.deputyId ?? NONE, reports)
  if (led.length !== reports.length)
    throw invalidField('body.siteReportIds', {
      zh: '只能选择您领办点位的督查报告',
      en: 'Only reports on the sites you lead can be taken up',
    })
  if (body.category) {
    const known = await db
      .selectFrom('categories')
      .select('code')
      .where('code', '=', body.category)
      .executeTakeFirst()
    if (!known) throw invalidField('body.category', { zh: '分类不存在', en: 'Unknown category' })
  }
  const cosignerIds = [...new Set(body.cosignerIds ?? [])].filter((id) => id !== principal.deputyId)
  if (cosignerIds.length) {
    const deputies = await db
      .selectFrom('deputies')
      .select('id')
      .where('id', 'in', cosignerIds)
      .where('active', '=', true)
      .execute()
    if (deputies.length !== cosignerIds.length)
      throw invalidField('body.cosignerIds', {
        zh: '请选择在任的人大代表联名',
        en: 'Invite serving deputies only',
      })
  }
  return {
    sources: [
      ...items.map((id) => ({ type: 'suggestion' as const, id })),
      ...reports.map((id) => ({ type: 'site_report' as const, id })),
    ],
    cosignerIds,
  }
}

const textOf = (body: Static<typeof ProposalCreate>) => ({
  title: body.title.trim(),
  reason: body.reason.trim(),
  measures: body.measures.trim(),
  category_code: body.category ?? null,
})

/** Deputies' proposals: the list, drafting and editing, one proposal, one POST per action. */
export async function proposalRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx

  app.get(
    '/api/proposals',
    {
      config: { reach: proposalPolicy.reach },
      schema: {
        tags: ['proposals'],
        summary: 'Deputies’ proposals in my scope (mine=true: those I lead or was invited to co-sign)',
        querystring: ProposalQuery,
        response: { 200: ProposalList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = reach(request, proposalPolicy)
      const q = request.query
      const { rows, total } = await listProposals(db, proposalPolicy.scope(principal, 'p'), {
        ...q,
        deputyId: q.mine ? (principal.deputyId ?? NONE) : undefined,
      })
      return { items: rows.map(presentListItem), total }
    },
  )

  app.post(
    '/api/proposals',
    {
      config: { reach: drafting.reach },
      schema: {
        tags: ['proposals'],
        summary: 'Draft a proposal (代表建议) from items of the loop I handle, inviting co-signers',
        body: ProposalCreate,
        response: { 201: Proposal, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const principal = reach(request, drafting)
      if (!principal.deputyId)
        throw invalidField('body', { zh: '该账号未关联人大代表', en: 'This account is not a deputy’s' })
      const { sources, cosignerIds } = await checkDraft(db, principal, request.body)
      const id = uuidv7()
      await command(request, async (trx, audit) => {
        const now = new Date()
        await insertProposal(
          trx,
          {
            id,
            ...textOf(request.body),
            year: Number(cstDay(now).slice(0, 4)),
            lead_deputy_id: principal.deputyId!,
            created_by: principal.userId,
            required_cosigners: await requiredCosigners(trx, config.countyCode),
            county_code: config.countyCode,
            created_at: now,
          },
          sources,
          cosignerIds,
        )
        await writeProposalEvent(trx, {
          subjectId: id,
          action: 'create',
          from: null,
          to: 'draft',
          actor: actorOf(principal),
          public: false,
          note: null,
          detail: { sources: sources.length },
          at: now,
          countyCode: config.countyCode,
        })
        await audit({ action: 'proposal.create', targetType: 'proposal', targetId: id })
      })
      reply.code(201)
      return readProposal(db, principal, id)
    },
  )

  app.get(
    '/api/proposals/:id',
    {
      config: { reach: proposalPolicy.reach },
      schema: {
        tags: ['proposals'],
        summary:
          'One proposal: text, sources, co-signers, units, contact, answer, rating, history, my actions',
        params: IdParams,
        response: { 200: Proposal, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => readProposal(db, reach(request, proposalPolicy), request.params.id),
  )

  app.patch(
    '/api/proposals/:id',
    {
      config: { reach: drafting.reach },
      schema: {
        tags: ['proposals'],
        summary: 'Change a draft: text, sources, the deputies to invite (the lead deputy, while a draft)',
        params: IdParams,
        body: ProposalUpdate,
        response: { 200: Proposal, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, drafting)
      const existing = await getProposal(db, request.params.id)
      authorize(proposalPolicy, principal, 'edit', existing)
      if (existing!.status !== 'draft')
        throw new AppError(
          'invalid_transition',
          { zh: '只有草稿可以修改', en: 'Only a draft can be changed' },
          'status',
        )
      const { sources, cosignerIds } = await checkDraft(db, principal, request.body)
      await command(request, async (trx, audit) => {
        const ok = await updateProposal(
          trx,
          existing!.id,
          request.body.version,
          textOf(request.body),
          sources,
          cosignerIds,
          new Date(),
        )
        if (!ok) throw staleVersion()
        await audit({ action: 'proposal.edit', targetType: 'proposal', targetId: existing!.id })
      })
      return readProposal(db, principal, existing!.id)
    },
  )

  app.post(
    '/api/proposals/:id/:action',
    {
      config: { reach: proposalPolicy.reach },
      schema: {
        tags: ['proposals'],
        summary:
          'Invite co-signers, co-sign or decline, withdraw a signature, submit, withdraw (deputies); register with units and due date or decline (county office); record the contact and answer (lead unit); rate (lead deputy)',
        params: ActionParams,
        body: ProposalActionBody,
        response: { 200: Proposal, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      actOn(request as FastifyRequest, request.params.id, request.params.action, request.body),
  )

  async function actOn(
    request: FastifyRequest,
    id: string,
    action: Static<typeof ActionParams>['action'],
    body: Static<typeof ProposalActionBody>,
  ) {
    const principal = reach(request, proposalPolicy)
    const calendar = await loadCalendar(db, config.countyCode)
    await command(request, (trx, audit) =>
      runProposalAction(
        {
          trx,
          calendar,
          countyCode: config.countyCode,
          actor: actorOf(principal),
          deputyId: principal.deputyId,
          relationsFor: (p) => relationsOf(principal, p),
          audit,
        },
        id,
        action,
        body as ProposalInput,
      ),
    )
    return readProposal(db, principal, id)
  }
}
