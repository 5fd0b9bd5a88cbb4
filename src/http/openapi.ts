import type { SwaggerOptions } from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import type { AppContext } from './context.js'

/** OpenAPI 3.1 generated from the route schemas; only /api/v1 routes are part of the document. */
export function openApiOptions(ctx: AppContext): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vern API',
        version: '1',
        description:
          'The admin API of Vern, the privacy back office. Errors have the shape {"error": {"code", "message", "field"?}}.',
      },
      servers: [{ url: ctx.config.publicUrl.href.replace(/\/$/, '') }],
      components: {
        securitySchemes: {
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API key created in the admin UI or with `vern apikey create`.',
          },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'vern_session',
            description: 'The admin session; unsafe methods also need the X-CSRF-Token header.',
          },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: ({ schema, url }) => ({
      schema: (url.startsWith('/api/v1/') ? schema : { ...schema, hide: true }) as typeof schema,
      url,
    }),
  }
}

export async function openApiRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  )
}
