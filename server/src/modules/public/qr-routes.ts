import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Db } from '../../db/index.ts'
import { notFound } from '../../platform/errors.ts'
import { qrPng, qrSvg } from '../../platform/qr.ts'
import { errorResponses, Uuid } from '../../platform/schemas.ts'
import { getVenue } from '../venues/repo.ts'
import { getPublicDeputy } from './repo.ts'

/** The public page a code opens, on the installation's public base URL (LIANXIN_PUBLIC_BASE_URL). */
export function publicPageUrl(baseUrl: string, kind: 'venues' | 'deputies', id: string): string {
  return `${baseUrl}/${kind}/${id}`
}

const FORMATS = {
  svg: { type: 'image/svg+xml; charset=utf-8', render: qrSvg },
  png: { type: 'image/png', render: qrPng },
} as const

const SUBJECTS = {
  venues: {
    summary: 'a venue’s QR code (联络站码), opening its public page',
    notFound: { zh: '联络阵地', en: 'venue' },
    exists: async (db: Db, id: string) => Boolean((await getVenue(db, id))?.active),
  },
  deputies: {
    summary: 'a deputy’s QR code (代表码 · 亮身份), opening the deputy’s public page',
    notFound: { zh: '代表', en: 'deputy' },
    exists: async (db: Db, id: string) => Boolean(await getPublicDeputy(db, id)),
  },
} as const

/**
 * The QR codes printed on posters and stickers: `/api/public/{venues|deputies}/{id}/qr.{svg|png}`. Each encodes the
 * public page's URL; a venue or deputy that does not exist or has been retired answers 404, so a stale poster's
 * code is not issued again. Shared caches may keep a code for an hour (a retirement shows within it).
 */
export async function qrRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { db, config } = app.ctx
  for (const [kind, subject] of Object.entries(SUBJECTS) as [
    keyof typeof SUBJECTS,
    (typeof SUBJECTS)[keyof typeof SUBJECTS],
  ][]) {
    for (const [ext, format] of Object.entries(FORMATS) as [
      keyof typeof FORMATS,
      (typeof FORMATS)[keyof typeof FORMATS],
    ][]) {
      app.get(
        `/api/public/${kind}/:id/qr.${ext}`,
        {
          schema: {
            tags: ['public'],
            summary: `${ext.toUpperCase()}: ${subject.summary}`,
            params: Type.Object({ id: Uuid }),
            produces: [format.type.split(';')[0]!],
            response: { ...errorResponses(400, 404) },
          },
        },
        async (request, reply) => {
          const { id } = request.params
          if (!(await subject.exists(db, id))) throw notFound(subject.notFound)
          const body = await format.render(publicPageUrl(config.publicBaseUrl, kind, id))
          return reply
            .header('content-type', format.type)
            .header('cache-control', 'public, max-age=3600')
            .header(
              'content-disposition',
              `inline; filename="${kind === 'venues' ? 'venue' : 'deputy'}-${id}-qr.${ext}"`,
            )
            .send(body)
        },
      )
    }
  }
}
