import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { actorOf } from '../auth/principal.js'
import { invalid } from '../errors.js'
import { ErrorBody, IdParams, STANDARD_ERRORS } from '../http/schemas.js'
import { uploadedFile } from '../http/uploads.js'
import { LANGUAGES } from '../i18n/languages.js'
import { AUTHORITIES } from '../organisation/authorities.js'
import { AUTHORITY_LANGUAGE, composeDraft, FILING_URLS, type NoticeCountry } from './breaches/breach.draft.js'
import { type BreachNoticeService, categoryLabels } from './breaches/breach.notice.js'
import * as breachRepo from './breaches/breach.repository.js'
import {
  BreachPatch,
  BreachSummaryView,
  BreachView,
  DraftQuery,
  DraftView,
  NewBreach,
  NewNotification,
  RecipientParams,
  RecipientPatch,
  RecipientSelection,
  RecipientView,
} from './breaches/breach.schema.js'
import type { BreachService } from './breaches/breach.service.js'
import { MAX_LIST_BYTES } from './breaches/recipient-list.js'
import { AnswerInput, ReportView, TriageInput } from './disclosure/report.schema.js'
import type { ReportService } from './disclosure/report.service.js'

/** /api/v1/breaches and /api/v1/vulnerability-reports. */
export async function incidentRoutes(
  fastify: FastifyInstance,
  breaches: BreachService,
  notices: BreachNoticeService,
  reports: ReportService,
): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const read = { access: 'breaches.read' as const }
  const write = { access: 'breaches.write' as const }
  const tags = ['breaches']
  const one = { 200: BreachView, ...STANDARD_ERRORS, 404: ErrorBody }
  const who = (request: { principal: Parameters<typeof actorOf>[0]; id: string }) => ({
    actor: actorOf(request.principal),
    requestId: request.id,
  })

  app.get(
    '/api/v1/breaches',
    {
      config: read,
      schema: {
        tags,
        summary: 'The breach register, newest first',
        response: { 200: Type.Object({ breaches: Type.Array(BreachSummaryView) }), ...STANDARD_ERRORS },
      },
    },
    async () => ({ breaches: await breaches.list(ctx.db) }),
  )

  app.post(
    '/api/v1/breaches',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a breach; its 72-hour clock starts at awareAt',
        body: NewBreach,
        response: { 201: BreachView, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const created = await ctx.db
        .transaction()
        .execute((trx) => breaches.create(trx, request.body, who(request)))
      return reply.status(201).send(created)
    },
  )

  app.get(
    '/api/v1/breaches/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One breach with its status history and notifications',
        params: IdParams,
        response: one,
      },
    },
    async (request) => breaches.get(ctx.db, request.params.id),
  )

  app.patch(
    '/api/v1/breaches/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a breach: facts, assessment, status, late reason, public notice',
        params: IdParams,
        body: BreachPatch,
        response: one,
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) => breaches.update(trx, request.params.id, request.body, who(request))),
  )

  app.post(
    '/api/v1/breaches/:id/notifications',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Record a notification filed with the authority (initial, follow-up, final) with its reference',
        params: IdParams,
        body: NewNotification,
        response: { 201: BreachView, ...STANDARD_ERRORS, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const done = await ctx.db
        .transaction()
        .execute((trx) => breaches.addNotification(trx, request.params.id, request.body, who(request)))
      return reply.status(201).send(done)
    },
  )

  app.get(
    '/api/v1/breaches/:id/notification-draft',
    {
      config: read,
      schema: {
        tags,
        summary: 'The notification draft for the authority, in its language and in English',
        params: IdParams,
        querystring: DraftQuery,
        response: { 200: DraftView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => {
      const breach = await breaches.get(ctx.db, request.params.id)
      const org = await ctx.organisation.get(ctx.db)
      const country = (request.query.country ?? org.country) as NoticeCountry | null
      if (!country) throw invalid('country', 'Set the organisation’s country, or ask for one', 'required')
      const systemNames = new Map((await breachRepo.systemNames(ctx.db)).map((s) => [s.id, s.name]))
      const recipients = await breachRepo.recipientsOf(ctx.db, breach.id)
      const phase = breach.notifications.length === 0 ? 'initial' : 'follow_up'
      const drafts = []
      for (const language of [AUTHORITY_LANGUAGE[country], 'en'] as const) {
        const categoryLabelsFor = await categoryLabels(ctx.db, breach.dataCategories, language)
        drafts.push(
          composeDraft(breach, org, country, language, {
            phase,
            categoryLabels: categoryLabelsFor,
            systemNames,
            peopleTold: recipients.length > 0,
          }),
        )
      }
      return { country, authority: AUTHORITIES[country].name, filingUrl: FILING_URLS[country], drafts }
    },
  )

  app.post(
    '/api/v1/breaches/:id/recipients',
    {
      config: write,
      schema: {
        tags,
        summary: 'Choose the people to tell: from the register (system, category, time window) or a list',
        params: IdParams,
        body: RecipientSelection,
        response: { 200: Type.Object({ added: Type.Integer() }), ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => ({
      added: await ctx.db
        .transaction()
        .execute((trx) => notices.select(trx, request.params.id, request.body, who(request))),
    }),
  )

  app.post(
    '/api/v1/breaches/:id/recipients/upload',
    {
      config: write,
      schema: {
        tags,
        summary: 'Choose the people to tell from an uploaded list',
        description: `multipart/form-data with the file in the field \`file\`: CSV or plain text, one e-mail a line with an optional language column (da, nb, sv, fi, en), UTF-8 or Windows-1252, at most ${MAX_LIST_BYTES / 1024 / 1024} MB. People are matched against the register by e-mail; without a language column each gets the language they chose themselves, else the organisation's default.`,
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: {
          200: Type.Object({ added: Type.Integer() }),
          ...STANDARD_ERRORS,
          404: ErrorBody,
          415: ErrorBody,
        },
      },
    },
    async (request) => {
      const file = await uploadedFile(request, 'file', 'a CSV or text file of e-mail addresses')
      return {
        added: await ctx.db
          .transaction()
          .execute((trx) => notices.selectFile(trx, request.params.id, file, who(request))),
      }
    },
  )

  app.patch(
    '/api/v1/breaches/:id/recipients/:rid',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change the language a chosen person is told in (before the notice is sent)',
        params: RecipientParams,
        body: RecipientPatch,
        response: { 204: Type.Null(), ...STANDARD_ERRORS, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) =>
          notices.setLanguage(
            trx,
            request.params.id,
            request.params.rid,
            request.body.language,
            who(request),
          ),
        )
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/api/v1/breaches/:id/recipients',
    {
      config: write,
      schema: {
        tags,
        summary: 'The people chosen, with the delivery of their notice (audited read)',
        params: IdParams,
        response: {
          200: Type.Object({ recipients: Type.Array(RecipientView) }),
          ...STANDARD_ERRORS,
          404: ErrorBody,
        },
      },
    },
    async (request) => ({
      recipients: await ctx.db
        .transaction()
        .execute((trx) => notices.list(trx, request.params.id, who(request))),
    }),
  )

  app.get(
    '/api/v1/breaches/:id/notice-preview',
    {
      config: read,
      schema: {
        tags,
        summary: 'The notice to the people in a language',
        params: IdParams,
        querystring: Type.Object({ language: Type.Enum(LANGUAGES) }, { additionalProperties: false }),
        response: {
          200: Type.Object({ subject: Type.String(), text: Type.String() }),
          ...STANDARD_ERRORS,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
      const breach = await breaches.get(ctx.db, request.params.id)
      const mail = await notices.preview(ctx.db, breach, request.query.language)
      return { subject: mail.subject, text: mail.text }
    },
  )

  app.post(
    '/api/v1/breaches/:id/recipients/send',
    {
      config: write,
      schema: {
        tags,
        summary: 'Send the notice to everyone chosen and not yet told',
        params: IdParams,
        response: { 200: Type.Object({ queued: Type.Integer() }), ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => {
      const queued = await ctx.db
        .transaction()
        .execute((trx) => notices.send(trx, request.params.id, who(request)))
      ctx.mail.kick()
      return { queued }
    },
  )

  const vread = { access: 'vulnerabilities.read' as const }
  const vwrite = { access: 'vulnerabilities.write' as const }
  const vtags = ['vulnerability reports']
  const vone = { 200: ReportView, ...STANDARD_ERRORS, 404: ErrorBody }

  app.get(
    '/api/v1/vulnerability-reports',
    {
      config: vread,
      schema: {
        tags: vtags,
        summary: 'Reports to the disclosure desk, newest first (contacts left out)',
        response: { 200: Type.Object({ reports: Type.Array(ReportView) }), ...STANDARD_ERRORS },
      },
    },
    async () => ({ reports: await reports.list(ctx.db) }),
  )

  app.get(
    '/api/v1/vulnerability-reports/:id',
    {
      config: vread,
      schema: {
        tags: vtags,
        summary: "One report, with the reporter's contact (audited read)",
        params: IdParams,
        response: vone,
      },
    },
    async (request) =>
      ctx.db.transaction().execute((trx) => reports.get(trx, request.params.id, who(request))),
  )

  app.post(
    '/api/v1/vulnerability-reports/:id/triage',
    {
      config: vwrite,
      schema: {
        tags: vtags,
        summary: 'Triage: not a vulnerability, a vulnerability, or a breach (opens a linked breach)',
        params: IdParams,
        body: TriageInput,
        response: { ...vone, 409: ErrorBody },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) => reports.triage(trx, request.params.id, request.body, who(request))),
  )

  app.post(
    '/api/v1/vulnerability-reports/:id/answer',
    {
      config: vwrite,
      schema: {
        tags: vtags,
        summary: 'Answer the reporter (shown behind their private link, mailed when they gave an e-mail)',
        params: IdParams,
        body: AnswerInput,
        response: { ...vone, 409: ErrorBody },
      },
    },
    async (request) => {
      const userId = request.principal?.type === 'user' ? request.principal.id : null
      const done = await ctx.db
        .transaction()
        .execute((trx) => reports.answer(trx, request.params.id, request.body, who(request), userId))
      ctx.mail.kick()
      return done
    },
  )
}
