import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { command } from '../../platform/context.ts'
import { abilitiesOf, authorize, reach } from '../../platform/policy.ts'
import { errorResponses, Page, Uuid } from '../../platform/schemas.ts'
import { scopeFor } from '../../platform/scope.ts'
import { deputyContact, deputyGroupPolicy, deputyPolicy } from './policy.ts'
import { presentDeputy, presentDeputyDetail, presentDeputyGroup } from './present.ts'
import { deputyPhoneOf, getDeputy, linksOf, listDeputies, listDeputyGroups, membershipsOf } from './repo.ts'
import { Deputy, DeputyDetail, DeputyGroup, DeputyGroupQuery, DeputyPhone, DeputyQuery } from './schema.ts'

export async function deputyRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, cipher } = app.ctx

  app.get(
    '/api/deputies',
    {
      config: { reach: deputyPolicy.reach },
      schema: {
        tags: ['reference'],
        summary: 'Deputies in the caller’s scope (phone masked)',
        querystring: DeputyQuery,
        response: { 200: Page(Deputy), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = reach(request, deputyPolicy)
      const { rows, total } = await listDeputies(db, scopeFor(deputyPolicy, principal), request.query)
      const memberships = await membershipsOf(
        db,
        rows.map((r) => r.id),
      )
      return { items: rows.map((r) => presentDeputy(r, memberships.get(r.id) ?? [])), total }
    },
  )

  app.get(
    '/api/deputies/:id',
    {
      config: { reach: deputyPolicy.reach },
      schema: {
        tags: ['reference'],
        summary: 'One deputy with memberships, groups, venues and grids',
        params: Type.Object({ id: Uuid }),
        response: { 200: DeputyDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const principal = reach(request, deputyPolicy)
      const row = await getDeputy(db, request.params.id)
      const relations = authorize(deputyPolicy, principal, 'read', row)
      const [memberships, links] = await Promise.all([membershipsOf(db, [row!.id]), linksOf(db, row!.id)])
      const allowedActions = abilitiesOf(deputyPolicy, relations).filter((a) => a !== 'read')
      return { ...presentDeputyDetail(row!, memberships.get(row!.id) ?? [], links), allowedActions }
    },
  )

  app.post(
    '/api/deputies/:id/reveal-phone',
    {
      config: { reach: deputyContact.reach },
      schema: {
        tags: ['reference'],
        summary: 'Reveal a deputy’s phone number (audited)',
        params: Type.Object({ id: Uuid }),
        response: { 200: DeputyPhone, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const principal = reach(request, deputyContact)
      const row = await deputyPhoneOf(db, request.params.id)
      authorize(deputyPolicy, principal, 'reveal', row)
      const phone = row!.phone_enc ? cipher.decrypt(row!.phone_enc) : null
      await command(request, (_trx, audit) =>
        audit({ action: 'deputy.phone.reveal', targetType: 'deputy', targetId: row!.id }),
      )
      return { phone }
    },
  )

  app.get(
    '/api/deputy-groups',
    {
      config: { reach: deputyGroupPolicy.reach },
      schema: {
        tags: ['reference'],
        summary: 'Deputy groups (代表小组), organised by liaison station',
        querystring: DeputyGroupQuery,
        response: { 200: Page(DeputyGroup), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = reach(request, deputyGroupPolicy)
      const { rows, total } = await listDeputyGroups(
        db,
        scopeFor(deputyGroupPolicy, principal),
        request.query,
      )
      return { items: rows.map(presentDeputyGroup), total }
    },
  )
}
