import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { notFound } from '../../errors.js'
import { ErrorBody, STANDARD_ERRORS } from '../../http/schemas.js'
import { whoOf } from '../../subjects/subject.access.js'
import type { ConnectorServices } from './index.js'
import {
  CallbackBody,
  CallbackParams,
  DeliveryParams,
  DeliveryQuery,
  DeliveryView,
  HandOverView,
  RequestParams,
  SystemParams,
  TestResult,
  WebhookBody,
  WebhookView,
} from './webhook.schema.js'

const tags = ['connections']
/** Managing connections is for the roles that manage the data map (owner and dpo). */
const manage = { access: 'datamap.write' as const }
const Replayed = Type.Object({ replayed: Type.Integer() })

/**
 * /api/v1/systems/{id}/webhook, the delivery log with its dead letters and replay, and the public
 * callback a receiver answers a request on.
 */
export async function webhookRoutes(fastify: FastifyInstance, services: ConnectorServices): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const { webhooks, links } = services

  app.get(
    '/api/v1/systems/:id/webhook',
    {
      config: manage,
      schema: {
        tags,
        summary: "A system's webhook connection (never its secret)",
        params: SystemParams,
        response: { 200: WebhookView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => {
      const view = await webhooks.get(ctx.db, request.params.id)
      if (!view) throw notFound('The webhook')
      return view
    },
  )

  app.put(
    '/api/v1/systems/:id/webhook',
    {
      config: manage,
      schema: {
        tags,
        summary: "Set a system's webhook connection",
        description:
          'The first PUT, and one with rotateSecret, answers with the signing secret (whsec_…), shown this once. Requests are POSTed signed per the Standard Webhooks specification, retried with back-off 8 times, then kept as dead letters.',
        params: SystemParams,
        body: WebhookBody,
        response: { 200: WebhookView, 201: WebhookView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const who = whoOf(request.principal, request.id)
      const { view, created } = await ctx.db
        .transaction()
        .execute((trx) => webhooks.put(trx, request.params.id, request.body, who))
      return reply.status(created ? 201 : 200).send(view)
    },
  )

  app.delete(
    '/api/v1/systems/:id/webhook',
    {
      config: manage,
      schema: {
        tags,
        summary: "Remove a system's webhook connection",
        params: SystemParams,
        response: { 204: Type.Null(), ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const who = whoOf(request.principal, request.id)
      await ctx.db.transaction().execute((trx) => webhooks.remove(trx, request.params.id, who))
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/api/v1/systems/:id/webhook/test',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Send a signed ping event now and report the answer',
        params: SystemParams,
        response: { 200: TestResult, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => webhooks.test(request.params.id, whoOf(request.principal, request.id)),
  )

  app.get(
    '/api/v1/connectors/deliveries',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Webhook deliveries with their tries (status=dead: the dead-letter list)',
        querystring: DeliveryQuery,
        response: { 200: Type.Object({ deliveries: Type.Array(DeliveryView) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => ({ deliveries: await webhooks.deliveries(ctx.db, request.query) }),
  )

  app.post(
    '/api/v1/connectors/deliveries/:id/replay',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Send a dead delivery again, with a fresh round of tries',
        params: DeliveryParams,
        response: { 200: Replayed, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => {
      const who = whoOf(request.principal, request.id)
      const replayed = await ctx.db
        .transaction()
        .execute((trx) => webhooks.replay(trx, request.params.id, who))
      webhooks.kick()
      return { replayed }
    },
  )

  app.post(
    '/api/v1/connectors/deliveries/replay-dead',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Send every dead delivery again',
        response: { 200: Replayed, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const who = whoOf(request.principal, request.id)
      const replayed = await ctx.db.transaction().execute((trx) => webhooks.replay(trx, null, who))
      webhooks.kick()
      return { replayed }
    },
  )

  app.get(
    '/api/v1/connectors/requests/:id',
    {
      config: { access: 'requests.read' },
      schema: {
        tags,
        summary: "A request's hand-overs to connected systems and their answers",
        description: 'A failed answer keeps the task open; its note says why. The read is audited.',
        params: RequestParams,
        response: { 200: Type.Object({ handOvers: Type.Array(HandOverView) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => ({
      handOvers: await links.ofRequest(ctx.db, request.params.id, whoOf(request.principal, request.id)),
    }),
  )

  app.post(
    '/api/v1/connectors/callback/:token',
    {
      config: {
        access: 'public',
        // The token in the path is the credential; receivers are servers, not browsers.
        csrf: false,
        rateLimit: { max: ctx.limits.pagesPerMinute, timeWindow: 60_000 },
      },
      schema: {
        tags,
        summary: "A receiver's answer to a request it was sent",
        description:
          'The callbackUrl of a request event. done ticks the request’s task for the system off; failed keeps it open for staff, with the note. The token works once: unknown, used and expired tokens all answer 404.',
        params: CallbackParams,
        body: CallbackBody,
        response: {
          200: Type.Object({ status: Type.Union([Type.Literal('done'), Type.Literal('failed')]) }),
          400: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request) => {
      const answered = await ctx.db
        .transaction()
        .execute((trx) => links.answer(trx, request.params.token, request.body))
      if (!answered) throw notFound('The callback')
      return { status: request.body.status }
    },
  )
}
