import cookie from '@fastify/cookie'
import formbody from '@fastify/formbody'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify'
import { accountPages } from '../account/account.pages.js'
import { apiKeyPages } from '../api-keys/api-key.pages.js'
import { apiKeyRoutes } from '../api-keys/api-key.routes.js'
import { auditPages } from '../audit/audit.pages.js'
import { auditRoutes } from '../audit/audit.routes.js'
import { authPages } from '../auth/auth.pages.js'
import { connectorPlugin } from '../connectors/index.js'
import { requestConnectionPlugin } from '../connectors/webhooks/index.js'
import { consentPlugin } from '../consent/index.js'
import { dataMapPlugin } from '../datamap/index.js'
import { discoveryPlugin } from '../discovery/index.js'
import { VernError } from '../errors.js'
import { importPlugin } from '../imports/index.js'
import { incidentPlugin } from '../incidents/index.js'
import { jobPages } from '../jobs/job.pages.js'
import { outboxPages } from '../mail/outbox.pages.js'
import { organisationPages } from '../organisation/organisation.pages.js'
import { organisationRoutes } from '../organisation/organisation.routes.js'
import { policyPlugin } from '../policy/index.js'
import { privacyPlugin } from '../privacy/index.js'
import { accessPlugin } from '../requests/access/index.js'
import { requestPlugin } from '../requests/index.js'
import { retentionPlugin } from '../retention/index.js'
import { setupPages } from '../setup/setup.pages.js'
import { registerPlugin } from '../subjects/index.js'
import { subscriptionPlugin } from '../subscriptions/index.js'
import { taxonomyPlugin } from '../taxonomy/index.js'
import { assetRoutes } from '../ui/assets.routes.js'
import { placeholderPages } from '../ui/placeholder.pages.js'
import { userPages } from '../users/user.pages.js'
import { userRoutes } from '../users/user.routes.js'
import { registerAuth } from './auth.js'
import type { AppContext } from './context.js'
import { registerErrorHandling } from './error-handler.js'
import { logSerializers } from './logging.js'
import { openApiOptions, openApiRoutes } from './openapi.js'
import { registerSecurityHeaders } from './security-headers.js'
import { validatorCompiler } from './validation.js'

export const BODY_LIMIT = 1024 * 1024

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/

/** Builds the whole HTTP application without listening, so tests drive it with `inject`. */
export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log as FastifyBaseLogger,
    // Fastify's own request lines log the raw URL; Vern logs one line per request itself (below).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    trustProxy: ctx.config.trustProxy,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    requestIdHeader: false,
    genReqId: (req) => {
      const sent = req.headers['x-request-id']
      return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : crypto.randomUUID()
    },
    routerOptions: { ignoreTrailingSlash: true },
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>()

  app.setValidatorCompiler(validatorCompiler)
  app.decorate('ctx', ctx)
  registerErrorHandling(app)
  registerSecurityHeaders(app, ctx.config.publicUrl.protocol === 'https:')

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })
  // During shutdown, answers to requests already in flight close their connection, so a keep-alive
  // socket does not hold the server open until its idle timeout.
  let closing = false
  app.addHook('preClose', async () => {
    closing = true
  })
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close')
  })
  // One line per request: the route pattern, never the raw URL, which may hold a token.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(none)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    )
  })

  await app.register(cookie)
  await app.register(formbody, { bodyLimit: BODY_LIMIT })
  // Bodies are JSON (API) or urlencoded (forms); anything else is refused with 415.
  app.removeContentTypeParser('text/plain')
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new VernError('rate_limited', 'Too many requests; please wait and try again'),
  })
  await app.register(swagger, openApiOptions(ctx))
  registerAuth(app, ctx)

  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: {
        hide: true,
        response: {
          200: { type: 'object', properties: { status: { type: 'string' } }, required: ['status'] },
        },
      },
    },
    async () => {
      try {
        await ctx.database.ping()
      } catch {
        throw new VernError('unavailable', 'The database does not answer')
      }
      return { status: 'ok' }
    },
  )

  await app.register(openApiRoutes)
  await app.register(assetRoutes)
  await app.register(setupPages)
  await app.register(authPages)
  await app.register(accountPages)
  await app.register(organisationRoutes)
  await app.register(organisationPages)
  await app.register(userRoutes)
  await app.register(userPages)
  await app.register(apiKeyRoutes)
  await app.register(apiKeyPages)
  await app.register(auditRoutes)
  await app.register(auditPages)
  await app.register(outboxPages)
  await app.register(jobPages)
  await app.register(taxonomyPlugin)
  await app.register(dataMapPlugin)
  await app.register(connectorPlugin)
  await app.register(discoveryPlugin)
  await app.register(registerPlugin)
  await app.register(importPlugin)
  await app.register(consentPlugin)
  await app.register(subscriptionPlugin)
  await app.register(requestPlugin)
  await app.register(accessPlugin)
  await app.register(privacyPlugin)
  await app.register(requestConnectionPlugin)
  await app.register(retentionPlugin)
  await app.register(policyPlugin)
  await app.register(incidentPlugin)
  await app.register(placeholderPages)
  return app as unknown as FastifyInstance
}

export { logSerializers }
