import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { actorOf } from '../auth/principal.js'
import { ErrorBody, IdParams, STANDARD_ERRORS } from '../http/schemas.js'
import { REFUSES_CARDS, writeDataMap } from './datamap.write.js'
import { NewProcessor, ProcessorPatch, ProcessorView } from './processor.schema.js'
import { dataMapOf } from './services.js'

/** /api/v1/processors: where personal data lives. */
export async function processorRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const { processors } = dataMapOf(ctx)
  const read = { access: 'datamap.read' as const }
  const write = { access: 'datamap.write' as const }
  const tags = ['data map']
  const one = { 200: ProcessorView, ...STANDARD_ERRORS, 404: ErrorBody }

  app.get(
    '/api/v1/processors',
    {
      config: read,
      schema: {
        tags,
        summary: 'All processors and recipients',
        response: { 200: Type.Object({ processors: Type.Array(ProcessorView) }), ...STANDARD_ERRORS },
      },
    },
    async () => ({ processors: await processors.list(ctx.db) }),
  )

  app.post(
    '/api/v1/processors',
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a processor or recipient',
        description: REFUSES_CARDS,
        body: NewProcessor,
        response: { 201: ProcessorView, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const created = await writeDataMap(ctx, request, { type: 'processor', id: null }, (trx) =>
        processors.create(trx, request.body, actorOf(request.principal), request.id),
      )
      return reply.status(201).send(created)
    },
  )

  app.get(
    '/api/v1/processors/:id',
    {
      config: read,
      schema: { tags, summary: 'One processor or recipient', params: IdParams, response: one },
    },
    async (request) => processors.get(ctx.db, request.params.id),
  )

  app.patch(
    '/api/v1/processors/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a processor or recipient',
        description: REFUSES_CARDS,
        params: IdParams,
        body: ProcessorPatch,
        response: one,
      },
    },
    async (request) =>
      writeDataMap(ctx, request, { type: 'processor', id: request.params.id }, (trx) =>
        processors.update(trx, request.params.id, request.body, actorOf(request.principal), request.id),
      ),
  )

  app.delete(
    '/api/v1/processors/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Remove a processor; 409 while an activity, a system or a sub-processor refers to it',
        params: IdParams,
        response: { 204: Type.Null(), ...STANDARD_ERRORS, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) => processors.remove(trx, request.params.id, actorOf(request.principal), request.id))
      return reply.status(204).send(null)
    },
  )
}
