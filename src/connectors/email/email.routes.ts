import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { notFound } from '../../errors.js'
import { ErrorBody, STANDARD_ERRORS } from '../../http/schemas.js'
import { whoOf } from '../../subjects/subject.access.js'
import type { ConnectorServices } from '../webhooks/index.js'
import { SystemParams } from '../webhooks/webhook.schema.js'
import { EmailConnectionBody, EmailConnectionView, EmailTestResult } from './email.schema.js'

const tags = ['connections']
const manage = { access: 'datamap.write' as const }

/** /api/v1/systems/{id}/email-connection: requests to a system's processor by e-mail. */
export async function emailConnectionRoutes(
  fastify: FastifyInstance,
  services: ConnectorServices,
): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const { email } = services
  const url = '/api/v1/systems/:id/email-connection'

  app.get(
    url,
    {
      config: manage,
      schema: {
        tags,
        summary: "A system's e-mail connection to its processor",
        params: SystemParams,
        response: { 200: EmailConnectionView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => {
      const view = await email.get(ctx.db, request.params.id)
      if (!view) throw notFound('The e-mail connection')
      return view
    },
  )

  app.put(
    url,
    {
      config: manage,
      schema: {
        tags,
        summary: "Set a system's e-mail connection",
        description:
          "Requests are mailed in the processor's language with the identifiers, the deadline and a single-use reply link; the task stays open until the processor answers, with reminders after reminderDays.",
        params: SystemParams,
        body: EmailConnectionBody,
        response: { 200: EmailConnectionView, 201: EmailConnectionView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const who = whoOf(request.principal, request.id)
      const { view, created } = await ctx.db
        .transaction()
        .execute((trx) => email.put(trx, request.params.id, request.body, who))
      return reply.status(created ? 201 : 200).send(view)
    },
  )

  app.delete(
    url,
    {
      config: manage,
      schema: {
        tags,
        summary: "Remove a system's e-mail connection",
        params: SystemParams,
        response: { 204: Type.Null(), ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const who = whoOf(request.principal, request.id)
      await ctx.db.transaction().execute((trx) => email.remove(trx, request.params.id, who))
      return reply.status(204).send(null)
    },
  )

  app.post(
    `${url}/test`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Send a test mail to the processor',
        params: SystemParams,
        response: { 200: EmailTestResult, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => {
      const who = whoOf(request.principal, request.id)
      const mailId = await ctx.db.transaction().execute((trx) => email.test(trx, request.params.id, who))
      ctx.mail.kick()
      return { queued: true, mailId }
    },
  )
}
