import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Permission } from '../auth/roles.js'
import { ErrorBody, IdParams, STANDARD_ERRORS } from '../http/schemas.js'
import { whoOf } from './subject.access.js'
import { NewInteraction, NewSubject, SubjectPatch, SubjectQuery } from './subject.schema.js'
import type { SubjectService } from './subject.service.js'
import { InteractionList, InteractionView, SubjectPage, SubjectView } from './subject.view.js'

/** Customer service or billing: the service then shows and accepts only the fields of the role (P17). */
const READ: Permission[] = ['subjects.read', 'subjects.billing.read']
const WRITE: Permission[] = ['subjects.write', 'subjects.billing.write']
const tags = ['subjects']
const ERRORS = { ...STANDARD_ERRORS, 404: ErrorBody }

/** The register of people and companies under /api/v1/subjects. */
export async function subjectRoutes(fastify: FastifyInstance, subjects: SubjectService): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app

  app.post(
    '/api/v1/subjects',
    {
      config: { access: WRITE },
      schema: {
        tags,
        summary: 'Add a person or company',
        description:
          'Identifiers are checked (check digits, birth dates), phones normalised to E.164, and every value encrypted under the person’s own key. A full card number in any field is refused with card_number_not_allowed and audited.',
        body: NewSubject,
        response: { 201: SubjectView, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const who = whoOf(request.principal, request.id)
      const subject = await subjects.write(ctx.db, who, null, (trx) =>
        subjects.create(trx, request.body, 'api', who),
      )
      return reply.status(201).send(subject)
    },
  )

  app.get(
    '/api/v1/subjects',
    {
      config: { access: READ },
      schema: {
        tags,
        summary: 'The register, newest first, or an exact look-up',
        description:
          'With email, phone, identifier (national id, company number or GLN) or externalId (`system:id`) the answer is everyone matching any of them; without, a page of the register. Each read is audited.',
        querystring: SubjectQuery,
        response: { 200: SubjectPage, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { limit = 50, before, ...lookup } = request.query
      const who = whoOf(request.principal, request.id)
      if (Object.values(lookup).some((v) => v !== undefined))
        return { subjects: await subjects.find(ctx.db, lookup, who, limit), next: null }
      return subjects.list(ctx.db, who, limit, before)
    },
  )

  app.get(
    '/api/v1/subjects/:id',
    {
      config: { access: READ },
      schema: {
        tags,
        summary: 'One person or company',
        params: IdParams,
        response: { 200: SubjectView, ...ERRORS },
      },
    },
    async (request) => subjects.get(ctx.db, request.params.id, whoOf(request.principal, request.id)),
  )

  app.patch(
    '/api/v1/subjects/:id',
    {
      config: { access: WRITE },
      schema: {
        tags,
        summary: 'Correct a person’s data or change the relationship (rectification)',
        description:
          'Only the fields sent change; null clears. The audit entry names the changed fields, not their values. A field outside the caller’s role is refused with 403.',
        params: IdParams,
        body: SubjectPatch,
        response: { 200: SubjectView, ...ERRORS, 409: ErrorBody },
      },
    },
    async (request) => {
      const who = whoOf(request.principal, request.id)
      const { id } = request.params
      return subjects.write(ctx.db, who, id, (trx) => subjects.update(trx, id, request.body, who))
    },
  )

  app.get(
    '/api/v1/subjects/:id/interactions',
    {
      config: { access: READ },
      schema: {
        tags,
        summary: 'Inquiries, complaints, offers, orders, invoices and notes, newest first',
        description: 'Billing sees orders and invoices; customer service the rest.',
        params: IdParams,
        response: { 200: InteractionList, ...ERRORS },
      },
    },
    async (request) => ({
      interactions: await subjects.listInteractions(
        ctx.db,
        request.params.id,
        whoOf(request.principal, request.id),
      ),
    }),
  )

  app.post(
    '/api/v1/subjects/:id/interactions',
    {
      config: { access: WRITE },
      schema: {
        tags,
        summary: 'Record an interaction',
        params: IdParams,
        body: NewInteraction,
        response: { 201: InteractionView, ...ERRORS, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const who = whoOf(request.principal, request.id)
      const { id } = request.params
      const interaction = await subjects.write(ctx.db, who, id, (trx) =>
        subjects.addInteraction(trx, id, request.body, who),
      )
      return reply.status(201).send(interaction)
    },
  )
}
