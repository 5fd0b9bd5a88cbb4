import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { actorOf } from '../auth/principal.js'
import { ErrorBody, IdParams, STANDARD_ERRORS } from '../http/schemas.js'
import { REFUSES_CARDS, writeDataMap } from './datamap.write.js'
import { dataMapOf } from './services.js'
import { NewSystem, SystemPatch, SystemView } from './system.schema.js'

/** /api/v1/systems: where personal data lives. */
export async function systemRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const { systems } = dataMapOf(ctx)
  const read = { access: 'datamap.read' as const }
  const write = { access: 'datamap.write' as const }
  const tags = ['data map']
  const one = { 200: SystemView, ...STANDARD_ERRORS, 404: ErrorBody }

  app.get(
    '/api/v1/systems',
    {
      config: read,
      schema: {
        tags,
        summary: 'All systems',
        response: { 200: Type.Object({ systems: Type.Array(SystemView) }), ...STANDARD_ERRORS },
      },
    },
    async () => ({ systems: await systems.list(ctx.db) }),
  )

  app.post(
    '/api/v1/systems',
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a system',
        description: REFUSES_CARDS,
        body: NewSystem,
        response: { 201: SystemView, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const created = await writeDataMap(ctx, request, { type: 'system', id: null }, (trx) =>
        systems.create(trx, request.body, actorOf(request.principal), request.id),
      )
      return reply.status(201).send(created)
    },
  )

  app.get(
    '/api/v1/systems/:id',
    { config: read, schema: { tags, summary: 'One system', params: IdParams, response: one } },
    async (request) => systems.get(ctx.db, request.params.id),
  )

  app.patch(
    '/api/v1/systems/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a system',
        description: REFUSES_CARDS,
        params: IdParams,
        body: SystemPatch,
        response: one,
      },
    },
    async (request) =>
      writeDataMap(ctx, request, { type: 'system', id: request.params.id }, (trx) =>
        systems.update(trx, request.params.id, request.body, actorOf(request.principal), request.id),
      ),
  )

  app.delete(
    '/api/v1/systems/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Remove a system; 409 while a processing activity uses it',
        params: IdParams,
        response: { 204: Type.Null(), ...STANDARD_ERRORS, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) => systems.remove(trx, request.params.id, actorOf(request.principal), request.id))
      return reply.status(204).send(null)
    },
  )
}
