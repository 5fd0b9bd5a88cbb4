import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { writeAudited } from '../audit/refused-write.js'
import { ErrorBody, STANDARD_ERRORS } from '../http/schemas.js'
import { whoOf } from '../subjects/subject.access.js'
import {
  CheckAnswer,
  CheckQuery,
  NewSubscription,
  SubscriptionList,
  SubscriptionView,
} from './subscription.schema.js'
import type { SubscriptionService } from './subscription.service.js'
import type { WebhookService } from './webhook.service.js'

const tags = ['subscriptions']

/** Marketing permissions under /api/v1/subscriptions. */
export async function subscriptionRoutes(
  fastify: FastifyInstance,
  subscriptions: SubscriptionService,
  webhooks: WebhookService,
): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app

  app.post(
    '/api/v1/subscriptions',
    {
      config: { access: 'subscriptions.write' },
      schema: {
        tags,
        summary: 'Record a marketing permission (newsletter, SMS, post)',
        description:
          'explicit_opt_in from someone who is not a customer answers status pending and sends a double opt-in mail; the permission becomes active when the link is followed. soft_opt_in is only for existing customers, with optOutOffered true, and is refused with not_a_customer otherwise. A person who unsubscribed is refused with suppressed unless this is a new explicit opt-in, which then needs confirming. 201 when new, 200 when it already existed.',
        body: NewSubscription,
        response: { 200: SubscriptionView, 201: SubscriptionView, ...STANDARD_ERRORS, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const who = whoOf(request.principal, request.id)
      // writeAudited: a refused attempt (an erased person) is audited after the rollback.
      const { subscription, created } = await writeAudited(
        ctx.audit,
        ctx.db,
        { actor: who.actor, target: { type: 'subscription', id: 'new' }, requestId: who.requestId },
        (trx) => subscriptions.subscribe(trx, request.body, who),
      )
      ctx.mail.kick()
      webhooks.kick()
      return reply.status(created ? 201 : 200).send(subscription)
    },
  )

  app.get(
    '/api/v1/subscriptions/check',
    {
      config: { access: 'subscriptions.read' },
      schema: {
        tags,
        summary: 'May we send this to this person on this channel?',
        description:
          'Ask before every send. maySend is false for someone who unsubscribed (suppressed), whose double opt-in is not confirmed, or who never gave a permission; basis says why it is true. Audited.',
        querystring: CheckQuery,
        response: { 200: CheckAnswer, ...STANDARD_ERRORS },
      },
    },
    async (request) => subscriptions.check(ctx.db, request.query, whoOf(request.principal, request.id)),
  )

  app.get(
    '/api/v1/subscriptions',
    {
      config: { access: 'subscriptions.read' },
      schema: {
        tags,
        summary: 'A person’s marketing permissions',
        querystring: Type.Object(
          { subjectId: Type.String({ format: 'uuid', maxLength: 36 }) },
          { additionalProperties: false },
        ),
        response: { 200: SubscriptionList, ...STANDARD_ERRORS },
      },
    },
    async (request) => ({
      subscriptions: await subscriptions.listForSubject(
        ctx.db,
        request.query.subjectId,
        whoOf(request.principal, request.id),
      ),
    }),
  )
}
