import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { actorOf } from '../auth/principal.js'
import { ErrorBody, IdParams, STANDARD_ERRORS } from '../http/schemas.js'
import { ActivityPatch, ActivityView, NewActivity } from './activity.schema.js'
import { REFUSES_CARDS, writeDataMap } from './datamap.write.js'
import { dataMapOf } from './services.js'

/** /api/v1/activities: where personal data lives. */
export async function activityRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const { activities } = dataMapOf(ctx)
  const read = { access: 'datamap.read' as const }
  const write = { access: 'datamap.write' as const }
  const tags = ['data map']
  const one = { 200: ActivityView, ...STANDARD_ERRORS, 404: ErrorBody }

  app.get(
    '/api/v1/activities',
    {
      config: read,
      schema: {
        tags,
        summary: 'All processing activities',
        response: { 200: Type.Object({ activities: Type.Array(ActivityView) }), ...STANDARD_ERRORS },
      },
    },
    async () => ({ activities: await activities.list(ctx.db) }),
  )

  app.post(
    '/api/v1/activities',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a processing activity',
        description: REFUSES_CARDS,
        body: NewActivity,
        response: { 201: ActivityView, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const created = await writeDataMap(ctx, request, { type: 'activity', id: null }, (trx) =>
        activities.create(trx, request.body, actorOf(request.principal), request.id),
      )
      return reply.status(201).send(created)
    },
  )

  app.get(
    '/api/v1/activities/:id',
    { config: read, schema: { tags, summary: 'One processing activity', params: IdParams, response: one } },
    async (request) => activities.get(ctx.db, request.params.id),
  )

  app.patch(
    '/api/v1/activities/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a processing activity',
        description: REFUSES_CARDS,
        params: IdParams,
        body: ActivityPatch,
        response: one,
      },
    },
    async (request) =>
      writeDataMap(ctx, request, { type: 'activity', id: request.params.id }, (trx) =>
        activities.update(trx, request.params.id, request.body, actorOf(request.principal), request.id),
      ),
  )

  app.delete(
    '/api/v1/activities/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Remove a processing activity',
        params: IdParams,
        response: { 204: Type.Null(), ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) => activities.remove(trx, request.params.id, actorOf(request.principal), request.id))
      return reply.status(204).send(null)
    },
  )
}
