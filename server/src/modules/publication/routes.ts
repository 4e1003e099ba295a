import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Principal } from '../../platform/access.ts'
import { command } from '../../platform/context.ts'
import { AppError, forbidden, notFound } from '../../platform/errors.ts'
import { may, reach, relate } from '../../platform/policy.ts'
import { errorResponses } from '../../platform/schemas.ts'
import { staleVersion } from '../../platform/workflow.ts'
import { type LoadedItem, loadItem, type SuggestionRow } from '../suggestions/repo.ts'
import { publicationPolicy } from './policy.ts'
import { presentPublication } from './present.ts'
import { getPublication, savePublication, withdrawPublication } from './repo.ts'
import { checkTexts, draftText, eligibility, requirePublishable, sha256 } from './review.ts'
import { IdParams, Publication, PublishBody, Review, WithdrawBody } from './schema.ts'

const TARGET = 'suggestion_publication'

/** Staff: the review of a consenting item, publishing (or updating) it, withdrawing it. */
export async function publicationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config, cipher } = app.ctx

  /** The item and the caller's relations (none: 404); `publish` without the manager's relation: 403. */
  async function related(principal: Principal, id: string, action: 'read' | 'publish', trx = db) {
    const loaded = await loadItem(trx, id, action === 'publish')
    if (loaded && loaded.item.county_code !== config.countyCode) throw notFound(publicationPolicy.entity)
    const relations = relate(publicationPolicy, principal, loaded)
    if (!may(publicationPolicy, relations, action)) throw forbidden()
    return { loaded: loaded as LoadedItem, relations }
  }

  /** The citizen's own name, to be found wherever it was written into the texts. */
  const knownNames = (item: SuggestionRow) =>
    item.contact_name_enc ? [cipher.decrypt(item.contact_name_enc)] : []

  app.get(
    '/api/suggestions/:id/publication',
    {
      config: { reach: publicationPolicy.reach },
      schema: {
        tags: ['publication'],
        summary:
          'The review before publication (办理结果公开): the consent, whether the item may be published, the draft with the personal data found, the current publication',
        params: IdParams,
        response: { 200: Review, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const principal = reach(request, publicationPolicy)
      const { loaded, relations } = await related(principal, request.params.id, 'read')
      const { item } = loaded
      const names = knownNames(item)
      const e = eligibility(item)
      const publication = await getPublication(db, item.id)
      return {
        suggestionId: item.id,
        ...e,
        canPublish: may(publicationPolicy, relations, 'publish'),
        draft: {
          question: draftText(item.content, names),
          answer: e.answerPublishable && item.answer ? draftText(item.answer, names) : null,
        },
        publication: publication ? presentPublication(publication) : null,
      }
    },
  )

  app.put(
    '/api/suggestions/:id/publication',
    {
      config: { reach: publicationPolicy.reach },
      schema: {
        tags: ['publication'],
        summary:
          'Publish the reviewed question (and the answer, once there is one), or update what is published; personal data still found refuses it',
        params: IdParams,
        body: PublishBody,
        response: { 200: Publication, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, publicationPolicy)
      const body = request.body
      const question = body.question.trim()
      const answer = body.answer?.trim() || null
      const row = await command(request, async (trx, audit) => {
        const { loaded } = await related(principal, request.params.id, 'publish', trx)
        const { item } = loaded
        requirePublishable(item, answer !== null)
        const before = await getPublication(trx, item.id, true)
        if (body.version !== undefined && before && before.version !== body.version) throw staleVersion()
        const findings = checkTexts({ question, answer }, body.findings, knownNames(item))
        const saved = await savePublication(
          trx,
          {
            suggestionId: item.id,
            question,
            answer,
            findings,
            townCode: item.town_code,
            categoryCode: item.category_code,
            publishedBy: principal.userId,
            countyCode: item.county_code,
            now: new Date(),
          },
          before,
        )
        await audit({
          action: before?.status === 'published' ? 'publication.update' : 'publication.publish',
          targetType: TARGET,
          targetId: item.id,
          detail: {
            questionSha256: sha256(question),
            answerSha256: sha256(answer),
            // Where spans were hidden or kept, and their kinds: the words themselves stay out of the log.
            findings: findings.map(({ text: _text, ...f }) => f),
            version: saved.version,
          },
        })
        return saved
      })
      return presentPublication(row)
    },
  )

  app.post(
    '/api/suggestions/:id/publication/withdraw',
    {
      config: { reach: publicationPolicy.reach },
      schema: {
        tags: ['publication'],
        summary: 'Take a published item off the public list (the reason is kept)',
        params: IdParams,
        body: WithdrawBody,
        response: { 200: Publication, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const principal = reach(request, publicationPolicy)
      const reason = request.body.reason.trim()
      const row = await command(request, async (trx, audit) => {
        const { loaded } = await related(principal, request.params.id, 'publish', trx)
        const before = await getPublication(trx, loaded.item.id, true)
        if (before?.status !== 'published')
          throw new AppError('conflict', { zh: '此件未公开', en: 'The item is not published' })
        const saved = await withdrawPublication(trx, before, reason, new Date())
        await audit({
          action: 'publication.withdraw',
          targetType: TARGET,
          targetId: loaded.item.id,
          detail: {
            reason,
            questionSha256: sha256(before.question),
            answerSha256: sha256(before.answer),
            version: saved.version,
          },
        })
        return saved
      })
      return presentPublication(row)
    },
  )
}
