import { Readable } from 'node:stream'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { STANDARD_ERRORS } from '../http/schemas.js'
import { auditCsv } from './audit.csv.js'
import { toFilter } from './audit.filter.js'
import { AuditPage, AuditQuery, VerifyView } from './audit.schema.js'

/** The audit log over the API: list with filters, export as CSV, verify the chain. */
export async function auditRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app

  app.get(
    '/api/v1/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit entries, newest first',
        querystring: AuditQuery,
        response: { 200: AuditPage, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 100
      const entries = await ctx.audit.list(ctx.db, toFilter(request.query), limit)
      return { entries, next: entries.length === limit ? (entries.at(-1)?.seq ?? null) : null }
    },
  )

  app.get(
    '/api/v1/audit/export',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit entries as CSV',
        querystring: AuditQuery,
        response: {
          200: {
            description: 'CSV, one entry per line',
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
          ...STANDARD_ERRORS,
        },
      },
    },
    async (request, reply) => {
      const filter = toFilter(request.query)
      await ctx.audit.append(ctx.db, {
        actor: actorOf(request.principal),
        action: 'audit.export',
        target: { type: 'audit_log', id: 'all' },
        requestId: request.id,
      })
      reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="vern-audit-${ctx.clock.now().toISOString().slice(0, 10)}.csv"`,
        )
      // The declared 200 body is a string (CSV); it is streamed rather than built in memory.
      return reply.send(Readable.from(auditCsv(ctx.audit, ctx.db, filter)) as unknown as string)
    },
  )

  app.get(
    '/api/v1/audit/verify',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Verify the hash chain of the whole log',
        response: { 200: VerifyView, ...STANDARD_ERRORS },
      },
    },
    async () => ctx.audit.verify(ctx.db),
  )
}
