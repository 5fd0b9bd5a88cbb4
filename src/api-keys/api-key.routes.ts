import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { actorOf } from '../auth/principal.js'
import { ErrorBody, IdParams, STANDARD_ERRORS } from '../http/schemas.js'
import { ApiKeyView, CreatedApiKey, NewApiKeyBody } from './api-key.schema.js'

/** API keys over the API (owners only). */
export async function apiKeyRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const config = { access: 'apikeys.manage' as const }
  const tags = ['api-keys']

  app.get(
    '/api/v1/api-keys',
    {
      config,
      schema: {
        tags,
        summary: 'All API keys (never their secrets)',
        response: { 200: Type.Object({ apiKeys: Type.Array(ApiKeyView) }), ...STANDARD_ERRORS },
      },
    },
    async () => ({
      apiKeys: await ctx.apiKeys.list(ctx.db),
    }),
  )

  app.post(
    '/api/v1/api-keys',
    {
      config,
      schema: {
        tags,
        summary: 'Create a key; the secret is in this answer only',
        body: NewApiKeyBody,
        response: { 201: CreatedApiKey, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const created = await ctx.db
        .transaction()
        .execute((trx) => ctx.apiKeys.create(trx, request.body, actorOf(request.principal), request.id))
      return reply.status(201).send(created)
    },
  )

  app.delete(
    '/api/v1/api-keys/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Revoke a key; it stops working at once',
        params: IdParams,
        response: { 200: ApiKeyView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) => ctx.apiKeys.revoke(trx, request.params.id, actorOf(request.principal), request.id)),
  )
}
