import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { actorOf } from '../auth/principal.js'
import { ErrorBody, IdParams, STANDARD_ERRORS } from '../http/schemas.js'
import type { LegalHoldService } from './hold.service.js'
import {
  ApplyPreset,
  HoldQuery,
  HoldView,
  NewHold,
  NewRule,
  RulePatch,
  RuleView,
} from './retention.schema.js'
import type { RetentionRuleService } from './retention.service.js'

/** /api/v1/retention-rules and /api/v1/legal-holds. */
export async function retentionRoutes(
  fastify: FastifyInstance,
  rules: RetentionRuleService,
  holds: LegalHoldService,
): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const read = { access: 'retention.read' as const }
  const write = { access: 'retention.write' as const }
  const tags = ['retention']
  const one = { 200: RuleView, ...STANDARD_ERRORS, 404: ErrorBody }

  app.get(
    '/api/v1/retention-rules',
    {
      config: read,
      schema: {
        tags,
        summary: 'All retention rules',
        response: { 200: Type.Object({ rules: Type.Array(RuleView) }), ...STANDARD_ERRORS },
      },
    },
    async () => ({ rules: await rules.list(ctx.db) }),
  )

  app.post(
    '/api/v1/retention-rules',
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a retention rule',
        body: NewRule,
        response: { 201: RuleView, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const created = await ctx.db
        .transaction()
        .execute((trx) => rules.create(trx, request.body, actorOf(request.principal), request.id))
      return reply.status(201).send(created)
    },
  )

  app.post(
    '/api/v1/retention-rules/presets',
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a preset (a bookkeeping act or a typical rule) as an ordinary, editable rule',
        body: ApplyPreset,
        response: { 201: RuleView, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const language = request.body.language ?? (await ctx.organisation.get(ctx.db)).defaultLanguage
      const created = await ctx.db
        .transaction()
        .execute((trx) =>
          rules.applyPreset(trx, request.body.preset, language, actorOf(request.principal), request.id),
        )
      return reply.status(201).send(created)
    },
  )

  app.get(
    '/api/v1/retention-rules/:id',
    { config: read, schema: { tags, summary: 'One retention rule', params: IdParams, response: one } },
    async (request) => rules.get(ctx.db, request.params.id),
  )

  app.patch(
    '/api/v1/retention-rules/:id',
    {
      config: write,
      schema: { tags, summary: 'Change a retention rule', params: IdParams, body: RulePatch, response: one },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          rules.update(trx, request.params.id, request.body, actorOf(request.principal), request.id),
        ),
  )

  app.delete(
    '/api/v1/retention-rules/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Remove a retention rule',
        params: IdParams,
        response: { 204: Type.Null(), ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) => rules.remove(trx, request.params.id, actorOf(request.principal), request.id))
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/api/v1/legal-holds',
    {
      config: read,
      schema: {
        tags,
        summary: 'Legal holds, newest first',
        querystring: HoldQuery,
        response: { 200: Type.Object({ holds: Type.Array(HoldView) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => ({ holds: await holds.list(ctx.db, request.query.active) }),
  )

  app.post(
    '/api/v1/legal-holds',
    {
      config: write,
      schema: {
        tags,
        summary: 'Set a legal hold on a person, a system or a data category',
        body: NewHold,
        response: { 201: HoldView, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const created = await ctx.db
        .transaction()
        .execute((trx) => holds.create(trx, request.body, actorOf(request.principal), request.id))
      return reply.status(201).send(created)
    },
  )

  app.get(
    '/api/v1/legal-holds/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One legal hold',
        params: IdParams,
        response: { 200: HoldView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => holds.get(ctx.db, request.params.id),
  )

  app.post(
    '/api/v1/legal-holds/:id/release',
    {
      config: write,
      schema: {
        tags,
        summary: 'Release a legal hold; 409 when it is no longer in force',
        params: IdParams,
        response: { 200: HoldView, ...STANDARD_ERRORS, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) => holds.release(trx, request.params.id, actorOf(request.principal), request.id)),
  )
}
