import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { STANDARD_ERRORS } from '../http/schemas.js'
import { OrganisationPatch, OrganisationView } from './organisation.schema.js'

/** GET and PATCH /api/v1/organisation. */
export async function organisationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app

  app.get(
    '/api/v1/organisation',
    {
      config: { access: 'organisation.read' },
      schema: {
        tags: ['organisation'],
        summary: 'The organisation profile',
        response: { 200: OrganisationView, ...STANDARD_ERRORS },
      },
    },
    async () => ctx.organisation.get(ctx.db),
  )

  app.patch(
    '/api/v1/organisation',
    {
      config: { access: 'organisation.write' },
      schema: {
        tags: ['organisation'],
        summary: 'Change the organisation profile',
        description:
          'Only the fields sent are changed. The registration number is checked against the country’s check-digit rule.',
        body: OrganisationPatch,
        response: { 200: OrganisationView, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) => ctx.organisation.update(trx, request.body, actorOf(request.principal), request.id)),
  )
}
