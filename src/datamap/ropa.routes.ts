import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { STANDARD_ERRORS } from '../http/schemas.js'
import { LANGUAGES, type Language, negotiate } from '../i18n/languages.js'
import { ropaCsv } from './ropa.csv.js'
import { ropaDocument } from './ropa.html.js'
import { RopaQuery, RopaView } from './ropa.schema.js'
import { dataMapOf } from './services.js'

/** The record's language: ?lang=, else the browser's, else the organisation's default. */
export async function ropaLanguage(request: FastifyRequest, asked: Language | undefined): Promise<Language> {
  if (asked) return asked
  const negotiated = negotiate(request.headers['accept-language'], LANGUAGES)
  if (negotiated) return negotiated
  return (await request.server.ctx.organisation.get(request.server.ctx.db)).defaultLanguage
}

/** GET /api/v1/ropa: the Art. 30 record as JSON, CSV or printable HTML. */
export async function ropaRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const { ropa } = dataMapOf(ctx)

  app.get(
    '/api/v1/ropa',
    {
      config: { access: 'datamap.read' },
      schema: {
        tags: ['data map'],
        summary: 'The record of processing activities (GDPR Art. 30(1))',
        description:
          'format=json (default), csv (one row per activity) or html (printable); lang picks the language.',
        querystring: RopaQuery,
        response: {
          200: {
            description: 'The record',
            content: {
              'application/json': { schema: RopaView },
              'text/csv': { schema: { type: 'string' } },
              'text/html': { schema: { type: 'string' } },
            },
          },
          ...STANDARD_ERRORS,
        },
      },
    },
    async (request, reply) => {
      const record = await ropa.build(ctx.db, await ropaLanguage(request, request.query.lang))
      const format = request.query.format ?? 'json'
      const day = record.generatedAt.slice(0, 10)
      if (format === 'csv')
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="vern-ropa-${record.language}-${day}.csv"`)
          .send(ropaCsv(record))
      if (format === 'html') return reply.type('text/html; charset=utf-8').send(ropaDocument(record))
      return reply.type('application/json; charset=utf-8').send(record)
    },
  )
}
