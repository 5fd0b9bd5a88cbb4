import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { writeAudited } from '../audit/refused-write.js'
import { actorOf } from '../auth/principal.js'
import type { Executor } from '../db/database.js'
import { ErrorBody, STANDARD_ERRORS } from '../http/schemas.js'
import { SubjectPatch } from '../subjects/subject.schema.js'
import {
  AssignBody,
  CompleteBody,
  ConnectedPreviewList,
  EmptyBody,
  ExtendBody,
  ListQuery,
  NewRequest,
  RejectBody,
  RequestList,
  RequestParams,
  RequestView,
  type RequestView as RequestViewType,
  SettingsPatch,
  SettingsView,
  TaskDoneBody,
  TaskParams,
  VerifyBody,
} from './request.schema.js'
import type { RequestActor, RequestService } from './request.service.js'

type View = RequestViewType

const tags = ['requests']
const read = { access: 'requests.read' } as const
const write = { access: 'requests.write' } as const
const ERRORS = { ...STANDARD_ERRORS, 404: ErrorBody, 409: ErrorBody }

function who(request: FastifyRequest): RequestActor {
  return { actor: actorOf(request.principal), requestId: request.id }
}

/** Data-subject requests under /api/v1/requests: list, read, register, the transitions and tasks. */
export async function requestRoutes(fastify: FastifyInstance, requests: RequestService): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app

  app.get(
    '/api/v1/requests',
    {
      config: read,
      schema: {
        tags,
        summary: 'Requests, soonest due first',
        description:
          'Open requests (received, verified, in progress) unless `state` or `open=false` is given. No personal values: ids, kinds, states and dates; `overdue` is true for an open request past its due date.',
        querystring: ListQuery,
        response: { 200: RequestList, ...STANDARD_ERRORS },
      },
    },
    async (request) => ({ requests: await requests.list(ctx.db, request.query) }),
  )

  app.get(
    '/api/v1/requests/settings',
    {
      config: read,
      schema: {
        tags,
        summary: 'How deadlines are counted and when assignees are reminded',
        response: { 200: SettingsView, ...STANDARD_ERRORS },
      },
    },
    async () => requests.settings(ctx.db),
  )

  app.patch(
    '/api/v1/requests/settings',
    {
      config: { access: 'organisation.write' },
      schema: {
        tags,
        summary: 'Change the deadline rule or the reminder days',
        description: 'Applies to requests received from now on; existing due dates stay. Audited.',
        body: SettingsPatch,
        response: { 200: SettingsView, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      ctx.db.transaction().execute((trx) => requests.updateSettings(trx, request.body, who(request))),
  )

  app.post(
    '/api/v1/requests',
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a request that came by e-mail, phone, letter or in person',
        description:
          'The request is received on `receivedOn` (default today) and due one month later (or 30 days, by setting); the person is sent a receipt in their language. With `identityCheck` it is verified at once and tasks are made for the systems outside Vern that hold the person’s data. A stop_marketing request, or an objection to direct marketing, withdraws every marketing permission and suppresses the e-mail at once.',
        body: NewRequest,
        response: { 201: RequestView, ...ERRORS },
      },
    },
    async (request, reply) => {
      const view = await ctx.db
        .transaction()
        .execute((trx) => requests.register(trx, request.body, who(request)))
      ctx.mail.kick()
      return reply.status(201).send(view)
    },
  )

  app.get(
    '/api/v1/requests/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One request with the person’s e-mail and words, its tasks and history',
        description: 'The read is audited.',
        params: RequestParams,
        response: { 200: RequestView, ...ERRORS },
      },
    },
    async (request) => requests.get(ctx.db, request.params.id, who(request)),
  )

  const transition = <B>(
    path: string,
    summary: string,
    description: string,
    body: B,
    run: (trx: Executor, id: string, body: never, w: RequestActor) => Promise<View>,
  ) =>
    app.post(
      `/api/v1/requests/:id/${path}`,
      {
        config: write,
        // A transition without fields may be posted without a body; it is then checked as {}.
        preValidation: async (request) => {
          if (request.body === undefined || request.body === null) request.body = {}
        },
        schema: {
          tags,
          summary,
          description,
          params: RequestParams,
          body: body as never,
          response: { 200: RequestView, ...ERRORS },
        },
      },
      async (request) => {
        // Systems Vern reaches by SQL are answered by Vern before the request can complete.
        if (path === 'complete')
          await requests.answerInConnectedSystems(ctx.db, request.params.id, who(request))
        const view = await ctx.db
          .transaction()
          .execute((trx) => run(trx, request.params.id, (request.body ?? {}) as never, who(request)))
        const now = await requests.afterCommit(ctx.db, view)
        ctx.mail.kick()
        return now
      },
    )

  transition(
    'verify',
    'Record the identity check: received → verified',
    'Makes one manual task per system in the data map that holds the person’s categories (all systems with personal data when the person is not in the register). 409 invalid_transition unless received.',
    VerifyBody,
    (trx, id, body, w) => requests.verify(trx, id, body, w),
  )
  transition(
    'start',
    'Start work: verified → in_progress',
    '409 invalid_transition unless verified.',
    EmptyBody,
    (trx, id, _b, w) => requests.start(trx, id, w),
  )
  transition(
    'assign',
    'Assign an open request to a staff member (or to no one)',
    'The assignee must be an active user whose role may answer requests. They are reminded by e-mail before the due date.',
    AssignBody,
    (trx, id, body: { assigneeId: string | null }, w) => requests.assign(trx, id, body.assigneeId, w),
  )
  transition(
    'extend',
    'Extend the deadline, with a reason the person is told',
    'Only within the first month (else 409 extension_too_late), to a date after the current due date and at most three months after receipt (else 400). The extension notice is mailed to the person at once.',
    ExtendBody,
    (trx, id, body, w) => requests.extend(trx, id, body, w),
  )
  transition(
    'reject',
    'Reject an open request with reasons',
    'The person is mailed the reasons and their right to complain to the supervisory authority of the organisation’s country.',
    RejectBody,
    (trx, id, body, w) => requests.reject(trx, id, body, w),
  )
  transition(
    'complete',
    'Complete a verified request',
    '409 tasks_open while a task for a system outside Vern is open; 409 invalid_transition unless verified or in progress. The fulfilment of the kind runs in the same transaction and the person is mailed.',
    CompleteBody,
    (trx, id, body: { note?: string }, w) => requests.complete(trx, id, body.note, w),
  )

  app.get(
    '/api/v1/requests/:id/connected-preview',
    {
      config: write,
      schema: {
        tags,
        summary: 'Dry run: what completing this erasure request would change in connected systems',
        description:
          'For each system connected by database and described by a dataset annotation whose task is open: the rows per table and column that erasure would delete, null, mask or hash, and the columns kept under a retention rule. Nothing is written. 409 unless an erasure request.',
        params: RequestParams,
        response: { 200: ConnectedPreviewList, ...ERRORS },
      },
    },
    async (request) => ({
      systems: await requests.previewConnected(ctx.db, request.params.id, who(request)),
    }),
  )

  app.post(
    '/api/v1/requests/:id/rectify',
    {
      config: write,
      schema: {
        tags,
        summary: 'Apply the correction of a rectification request to the person in the register',
        description:
          'The fields given replace those of the person the request is matched to, within the caller’s field rights (a field the role may not write is refused with 403 and audited). 409 unless the request is a verified rectification of someone in the register.',
        params: RequestParams,
        body: SubjectPatch,
        response: { 200: RequestView, ...ERRORS },
      },
    },
    async (request) => {
      const principal = request.principal as NonNullable<typeof request.principal>
      const actor = { ...who(request), role: principal.role }
      return writeAudited(
        ctx.audit,
        ctx.db,
        { actor: actor.actor, requestId: request.id, target: { type: 'request', id: request.params.id } },
        (trx) => requests.rectify(trx, request.params.id, request.body, actor),
      )
    },
  )

  app.post(
    '/api/v1/requests/:id/tasks/:taskId/done',
    {
      config: write,
      schema: {
        tags,
        summary: 'Tick off a task for a system outside Vern, with a note',
        params: TaskParams,
        body: TaskDoneBody,
        response: { 200: RequestView, ...ERRORS },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          requests.completeTask(
            trx,
            request.params.id,
            request.params.taskId,
            request.body.note,
            who(request),
          ),
        ),
  )
}
