import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { ErrorBody, STANDARD_ERRORS } from '../http/schemas.js'
import type { Language } from '../i18n/languages.js'
import { whoOf } from '../subjects/subject.access.js'
import { diffText } from './policy.diff.js'
import { POLICY_PUBLIC_TEXT } from './policy.public.text.js'
import {
  DiffQuery,
  DiffView,
  DraftView,
  GapView,
  LangQuery,
  PublishBody,
  ReviewBody,
  ReviewView,
  StatusView,
  VersionParams,
  VersionSummaryView,
  VersionView,
} from './policy.schema.js'
import type { PolicyService } from './policy.service.js'

/** /api/v1/policy: the draft and its completeness check, versions, publication, diff and reviews. */
export async function policyRoutes(fastify: FastifyInstance, policy: PolicyService): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const read = { access: 'policy.read' as const }
  const write = { access: 'policy.write' as const }
  const tags = ['policy']
  const language = async (asked: Language | undefined) =>
    asked ?? (await ctx.organisation.get(ctx.db)).defaultLanguage

  app.get(
    '/api/v1/policy',
    {
      config: read,
      schema: {
        tags,
        summary: 'The version in force, the latest version, the yearly review and the gaps of the draft',
        response: { 200: StatusView, ...STANDARD_ERRORS },
      },
    },
    async () => {
      const [current, versions, review, draft] = [
        await policy.current(ctx.db),
        await policy.versions(ctx.db),
        await policy.reviewStatus(ctx.db),
        await policy.draft(ctx.db),
      ]
      return { current, latest: versions[0] ?? null, review, gaps: draft.gaps }
    },
  )

  app.get(
    '/api/v1/policy/draft',
    {
      config: read,
      schema: {
        tags,
        summary: 'The policy as it would be published now, in one language, with the completeness check',
        querystring: LangQuery,
        response: { 200: DraftView, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const draft = await policy.draft(ctx.db)
      return { gaps: draft.gaps, document: draft.documents[await language(request.query.lang)] }
    },
  )

  app.get(
    '/api/v1/policy/check',
    {
      config: read,
      schema: {
        tags,
        summary: 'The completeness check: what is missing before the policy can be published',
        response: {
          200: Type.Object({ complete: Type.Boolean(), gaps: Type.Array(GapView) }),
          ...STANDARD_ERRORS,
        },
      },
    },
    async () => {
      const { gaps } = await policy.draft(ctx.db)
      return { complete: gaps.length === 0, gaps }
    },
  )

  app.get(
    '/api/v1/policy/versions',
    {
      config: read,
      schema: {
        tags,
        summary: 'Every published version, newest first',
        response: { 200: Type.Object({ versions: Type.Array(VersionSummaryView) }), ...STANDARD_ERRORS },
      },
    },
    async () => ({ versions: await policy.versions(ctx.db) }),
  )

  app.post(
    '/api/v1/policy/versions',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Publish the draft as the next version (409 policy_incomplete while gaps remain, unless the owner overrides with a reason)',
        body: PublishBody,
        response: { 201: VersionSummaryView, ...STANDARD_ERRORS, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const who = whoOf(request.principal, request.id)
      const version = await policy.publishAudited(ctx.db, request.body, who)
      ctx.mail.kick()
      const { facts: _, documents: __, ...summary } = version
      return reply.status(201).send(summary)
    },
  )

  app.get(
    '/api/v1/policy/versions/:number',
    {
      config: read,
      schema: {
        tags,
        summary: 'One version, in one language',
        params: VersionParams,
        querystring: LangQuery,
        response: { 200: VersionView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => {
      const { facts: _, documents, ...summary } = await policy.version(ctx.db, request.params.number)
      return { ...summary, document: documents[await language(request.query.lang)] }
    },
  )

  app.get(
    '/api/v1/policy/diff',
    {
      config: read,
      schema: {
        tags,
        summary:
          'What changed between two versions (or from a version to the draft): in plain words and as a line diff',
        querystring: DiffQuery,
        response: { 200: DiffView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => {
      const lang = await language(request.query.lang)
      const d = await policy.diff(ctx.db, request.query.from, request.query.to ?? null, lang)
      const words = POLICY_PUBLIC_TEXT[lang]
      return {
        ...d,
        language: lang,
        changes: d.changes.map((c) => ({ ...c, words: words.change(c) })),
        text: diffText(d.lines),
      }
    },
  )

  app.post(
    '/api/v1/policy/reviews',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a review that found nothing to change (the yearly clock starts again)',
        body: ReviewBody,
        response: { 201: ReviewView, ...STANDARD_ERRORS, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const who = whoOf(request.principal, request.id)
      const status = await ctx.db
        .transaction()
        .execute((trx) => policy.review(trx, request.body.note ?? null, who.actor, request.id))
      return reply.status(201).send(status)
    },
  )
}
