import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { VernError } from '../errors.js'
import { ErrorBody, IdParams, STANDARD_ERRORS } from '../http/schemas.js'
import { uploadedFile } from '../http/uploads.js'
import { whoOf } from '../subjects/subject.access.js'
import { ImportSettingsBody, ImportViewSchema } from './import.schema.js'
import { MAX_IMPORT_BYTES } from './import.service.js'
import type { ImportSettings } from './people.js'

/** /api/v1/imports/people: the CSV import of people, for scripts and other tools. */
export async function importRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const config = { access: 'subjects.write' as const }
  const tags = ['imports']
  const one = { ...STANDARD_ERRORS, 404: ErrorBody, 409: ErrorBody }

  app.post(
    '/api/v1/imports/people',
    {
      config,
      schema: {
        tags,
        summary: 'Upload a CSV file of people',
        description: `multipart/form-data with the file in the field \`file\` (at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB; UTF-8 or Windows-1252; comma, semicolon or tab). Returns the header row and a suggested mapping; nothing is imported until \`/run\`.`,
        consumes: ['multipart/form-data'],
        response: { 201: ImportViewSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const file = await uploadedFile(request, 'file', 'a CSV file')
      if (file.truncated)
        throw new VernError(
          'validation_failed',
          `file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
          'file',
          'too_long',
          {
            limit: MAX_IMPORT_BYTES,
          },
        )
      const view = await ctx.imports.upload(file.filename, file.bytes, whoOf(request.principal, request.id))
      return reply.status(201).send(view)
    },
  )

  app.get(
    '/api/v1/imports/people',
    {
      config,
      schema: {
        tags,
        summary: 'Recent imports, newest first',
        response: { 200: Type.Object({ imports: Type.Array(ImportViewSchema) }), ...STANDARD_ERRORS },
      },
    },
    async () => ({ imports: await ctx.imports.list(ctx.db) }),
  )

  app.get(
    '/api/v1/imports/people/:id',
    {
      config,
      schema: {
        tags,
        summary: 'One import: status, progress and report',
        params: IdParams,
        response: { 200: ImportViewSchema, ...one },
      },
    },
    async (request) => ctx.imports.get(ctx.db, request.params.id),
  )

  for (const [path, mode, summary] of [
    ['check', 'check', 'Check the file with this mapping: a dry run that reports what the import would do'],
    ['run', 'import', 'Import with this mapping, in batches that commit whole or not at all'],
  ] as const)
    app.post(
      `/api/v1/imports/people/:id/${path}`,
      {
        config,
        schema: {
          tags,
          summary,
          description:
            'Runs in the background: 202 at once, then poll the import for progress and the report.',
          params: IdParams,
          body: ImportSettingsBody,
          response: { 202: ImportViewSchema, ...one },
        },
      },
      async (request, reply) => {
        const body = request.body
        const settings: ImportSettings = {
          mapping: body.mapping as ImportSettings['mapping'],
          system: body.system ?? 'shop',
          relationship: body.relationship ?? 'customer',
        }
        const view = await ctx.imports.start(
          request.params.id,
          mode,
          settings,
          whoOf(request.principal, request.id),
        )
        return reply.status(202).send(view)
      },
    )

  app.delete(
    '/api/v1/imports/people/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Discard the uploaded file',
        params: IdParams,
        response: { 204: Type.Null(), ...one },
      },
    },
    async (request, reply) => {
      await ctx.imports.discard(request.params.id, whoOf(request.principal, request.id))
      return reply.status(204).send(null)
    },
  )
}
