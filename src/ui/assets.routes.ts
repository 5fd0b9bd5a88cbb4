import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'

const TYPES: Record<string, string> = {
  'admin.css': 'text/css; charset=utf-8',
  'admin.js': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
}

/** The admin UI's static files, read once at start-up and served with an ETag. */
export async function assetRoutes(app: FastifyInstance): Promise<void> {
  // Beside this module in src/, and copied beside the bundle in dist/ by the build.
  const dir = new URL('./assets/', import.meta.url)
  const files = new Map(
    Object.keys(TYPES).map((name) => {
      const body = readFileSync(new URL(name, dir))
      return [name, { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` }]
    }),
  )
  app.get<{ Params: { name: string } }>(
    '/assets/:name',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      const file = files.get(request.params.name)
      if (!file) return reply.callNotFound()
      reply
        .header('cache-control', 'public, max-age=3600')
        .header('etag', file.etag)
        .type(TYPES[request.params.name] ?? 'application/octet-stream')
      if (request.headers['if-none-match'] === file.etag) return reply.status(304).send()
      return reply.send(file.body)
    },
  )
}
