import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { actorOf } from '../auth/principal.js'
import { ErrorBody, IdParams, STANDARD_ERRORS } from '../http/schemas.js'
import * as repo from './sweep.repository.js'
import { AggregateView, SweepReportView, TaskQuery, TaskView } from './sweep.schema.js'
import type { RetentionSweep } from './sweep.service.js'

export function toTask(row: repo.TaskRow) {
  return {
    id: row.id,
    ruleId: row.rule_id,
    systemId: row.system_id,
    cutoff: row.cutoff,
    status: row.status as 'open' | 'done',
    openedAt: row.opened_at,
    doneAt: row.done_at,
    doneCutoff: row.done_cutoff,
  }
}

/** The sweep's API: preview, runs and their reports, manual tasks, anonymised counts. */
export async function sweepRoutes(fastify: FastifyInstance, sweep: RetentionSweep): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const read = { access: 'retention.read' as const }
  const write = { access: 'retention.write' as const }
  const tags = ['retention']

  app.get(
    '/api/v1/retention-preview',
    {
      config: read,
      schema: {
        tags,
        summary: 'What a sweep would do now (a dry run): counts per rule and a sample; nothing changes',
        response: { 200: SweepReportView, ...STANDARD_ERRORS },
      },
    },
    async () => sweep.preview(ctx.db),
  )

  app.post(
    '/api/v1/retention-runs',
    {
      config: write,
      schema: {
        tags,
        summary: 'Start a sweep now (or join the one running); it goes on in the background',
        response: { 202: Type.Object({ id: Type.String() }), ...STANDARD_ERRORS },
      },
    },
    async (_request, reply) => reply.status(202).send({ id: await sweep.start('api') }),
  )

  app.get(
    '/api/v1/retention-runs',
    {
      config: read,
      schema: {
        tags,
        summary: 'The latest sweeps with their reports, newest first',
        response: { 200: Type.Object({ runs: Type.Array(SweepReportView) }), ...STANDARD_ERRORS },
      },
    },
    async () => ({ runs: await sweep.list(ctx.db) }),
  )

  app.get(
    '/api/v1/retention-runs/:id',
    {
      config: read,
      schema: {
        tags,
        summary: "One sweep's report: the evidence of what it deleted, anonymised or restricted",
        params: IdParams,
        response: { 200: SweepReportView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => sweep.get(ctx.db, request.params.id),
  )

  app.get(
    '/api/v1/retention-tasks',
    {
      config: read,
      schema: {
        tags,
        summary: 'Deletions to do by hand in systems outside Vern',
        querystring: TaskQuery,
        response: { 200: Type.Object({ tasks: Type.Array(TaskView) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => ({ tasks: (await repo.listTasks(ctx.db, request.query.status)).map(toTask) }),
  )

  app.post(
    '/api/v1/retention-tasks/:id/done',
    {
      config: write,
      schema: {
        tags,
        summary: 'Mark a manual deletion task done',
        params: IdParams,
        response: { 200: TaskView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) =>
      toTask(
        await ctx.db
          .transaction()
          .execute((trx) => sweep.taskDone(trx, request.params.id, actorOf(request.principal), request.id)),
      ),
  )

  app.get(
    '/api/v1/retention-aggregates',
    {
      config: read,
      schema: {
        tags,
        summary: 'What anonymisation kept: counts per rule, kind of record, kind and month',
        response: { 200: Type.Object({ aggregates: Type.Array(AggregateView) }), ...STANDARD_ERRORS },
      },
    },
    async () => ({
      aggregates: (await repo.aggregates(ctx.db)).map((a) => ({
        ruleId: a.rule_id,
        recordType: a.record_type,
        kind: a.kind,
        month: a.month,
        count: a.count,
      })),
    }),
  )
}
