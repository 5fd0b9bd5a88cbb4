import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { actorOf } from '../auth/principal.js'
import { invalid } from '../errors.js'
import { ErrorBody, IdParams, STANDARD_ERRORS } from '../http/schemas.js'
import { allowOrigin, preflight } from './consent.cors.js'
import { BannerConfigView, ConsentPost, ConsentProof, ConsentReceipt, PersonQuery } from './consent.schema.js'
import { truncateIp, userAgentFamily } from './request-facts.js'
import { consentOf } from './services.js'

const PUBLIC_CONSENTS = '/api/v1/public/consents'

/** The banner's public endpoint and the admin API for proofs of consent. */
export async function consentRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const { ledger } = consentOf(ctx)
  const tags = ['consent']
  // The banner reads no rate-limit headers: they are sent with a 429 only, which saves work on every choice.
  const limited = {
    max: ctx.limits.consentsPerMinute,
    timeWindow: 60_000,
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
  }

  app.options(
    PUBLIC_CONSENTS,
    {
      config: { access: 'public', csrf: false, rateLimit: limited },
      schema: {
        tags,
        summary: 'CORS preflight for the banner',
        security: [],
        response: { 204: Type.Null(), 403: ErrorBody },
      },
    },
    async (request, reply) => preflight(ctx, request, reply, 'POST'),
  )

  app.post(
    PUBLIC_CONSENTS,
    {
      config: { access: 'public', csrf: false, rateLimit: limited },
      // The origin is checked before the body, so a foreign site learns nothing from validation errors.
      onRequest: async (request, reply) => {
        await allowOrigin(ctx, request, reply, true)
      },
      schema: {
        tags,
        summary: 'Record a consent choice from the banner',
        description:
          "Public, for the organisation's configured site origins only (CORS). Answers with a receipt once the record is committed to the hash-chained ledger.",
        security: [],
        body: ConsentPost,
        response: { 201: ConsentReceipt, 400: ErrorBody, 403: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const facts = {
        origin: request.headers.origin ?? '',
        ip: truncateIp(request.ip),
        userAgent: userAgentFamily(request.headers['user-agent']),
      }
      // Appended with the choices arriving meanwhile, in one commit; answered after it.
      const receipt = await ledger.submit(ctx.db, request.body, facts)
      return reply.status(201).send(receipt)
    },
  )

  app.get(
    '/api/v1/consents/:id',
    {
      config: { access: 'consents.read' },
      schema: {
        tags,
        summary: 'Proof of one consent: what was shown and chosen, with the ledger checks',
        params: IdParams,
        response: { 200: ConsentProof, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => {
      const proof = await ledger.proof(ctx.db, request.params.id)
      await ctx.audit.append(ctx.db, {
        actor: actorOf(request.principal),
        action: 'consent.proof_viewed',
        target: { type: 'consent', id: proof.record.id },
        requestId: request.id,
      })
      return proof
    },
  )

  app.get(
    '/api/v1/consents',
    {
      config: { access: 'consents.read' },
      schema: {
        tags,
        summary: "Proofs of a person's consents, newest first, by customer id or e-mail",
        querystring: PersonQuery,
        response: { 200: Type.Object({ proofs: Type.Array(ConsentProof) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { customerId, email } = request.query
      if (!customerId && !email) throw invalid('customerId', 'give a customer id or an e-mail', 'required')
      const proofs = await ledger.proofsOf(ctx.db, {
        ...(customerId ? { customerId } : {}),
        ...(email ? { email } : {}),
      })
      // The look-up is audited by what was asked for, never the value.
      await ctx.audit.append(ctx.db, {
        actor: actorOf(request.principal),
        action: 'consent.person_proofs_viewed',
        details: { by: customerId ? 'customer_id' : 'email', count: proofs.length },
        requestId: request.id,
      })
      return { proofs }
    },
  )

  app.get(
    '/api/v1/public/consent-config',
    {
      config: {
        access: 'public',
        csrf: false,
        rateLimit: { max: ctx.limits.pagesPerMinute * 10, timeWindow: 60_000 },
      },
      schema: {
        tags,
        summary: "The banner's current configuration: revision, texts, services, expiry, GPC handling",
        security: [],
        response: { 200: BannerConfigView, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      await allowOrigin(ctx, request, reply, false)
      const current = await consentOf(ctx).config.current(ctx.db)
      return reply.header('cache-control', 'public, max-age=60').send(current)
    },
  )
}
