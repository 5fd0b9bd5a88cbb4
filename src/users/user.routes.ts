import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { actorOf } from '../auth/principal.js'
import { conflict } from '../errors.js'
import { ErrorBody, IdParams, STANDARD_ERRORS } from '../http/schemas.js'
import { queueInvite } from './invite.js'
import { NewUserBody, UserPatch, UserView } from './user.schema.js'

/** Staff accounts over the API (owners only). */
export async function userRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const config = { access: 'users.manage' as const }
  const tags = ['users']

  app.get(
    '/api/v1/users',
    {
      config,
      schema: {
        tags,
        summary: 'All staff accounts',
        response: { 200: Type.Object({ users: Type.Array(UserView) }), ...STANDARD_ERRORS },
      },
    },
    async () => ({
      users: await ctx.users.list(ctx.db),
    }),
  )

  app.post(
    '/api/v1/users',
    {
      config,
      schema: {
        tags,
        summary: 'Add a staff account and invite it',
        body: NewUserBody,
        response: { 201: UserView, ...STANDARD_ERRORS, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const { sendInvite = true, ...input } = request.body
      const user = await ctx.db.transaction().execute(async (trx) => {
        const created = await ctx.users.create(trx, input, actorOf(request.principal), request.id)
        if (sendInvite) await queueInvite(ctx, trx, created)
        return created
      })
      ctx.mail.kick()
      return reply.status(201).send(user)
    },
  )

  app.get(
    '/api/v1/users/:id',
    {
      config,
      schema: {
        tags,
        summary: 'One staff account',
        params: IdParams,
        response: { 200: UserView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => ctx.users.get(ctx.db, request.params.id),
  )

  app.patch(
    '/api/v1/users/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Change name, role, language or disable',
        params: IdParams,
        body: UserPatch,
        response: { 200: UserView, ...STANDARD_ERRORS, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          ctx.users.update(trx, request.params.id, request.body, actorOf(request.principal), request.id),
        ),
  )

  app.post(
    '/api/v1/users/:id/invite',
    {
      config,
      schema: {
        tags,
        summary: 'Send the invitation link again',
        params: IdParams,
        response: {
          202: Type.Object({ queued: Type.Boolean() }),
          ...STANDARD_ERRORS,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      await ctx.db.transaction().execute(async (trx) => {
        const user = await ctx.users.get(trx, request.params.id)
        if (user.disabled) throw conflict('The user is disabled')
        await queueInvite(ctx, trx, user)
        await ctx.audit.append(trx, {
          actor: actorOf(request.principal),
          action: 'user.invite',
          target: { type: 'user', id: user.id },
          requestId: request.id,
        })
      })
      ctx.mail.kick()
      return reply.status(202).send({ queued: true })
    },
  )

  app.delete(
    '/api/v1/users/:id/two-factor',
    {
      config,
      schema: {
        tags,
        summary: 'Turn off two-factor sign-in for a user who lost their device',
        params: IdParams,
        response: { 200: UserView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) =>
      ctx.db.transaction().execute(async (trx) => {
        await ctx.users.get(trx, request.params.id)
        await ctx.twoFactor.disable(trx, request.params.id, actorOf(request.principal), request.id)
        return ctx.users.get(trx, request.params.id)
      }),
  )
}
