import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { ErrorBody, IdParams, STANDARD_ERRORS } from '../http/schemas.js'
import { uploadedFile } from '../http/uploads.js'
import type { Upload } from './dpa.service.js'
import { ProcessorView } from './processor.schema.js'
import { dataMapOf } from './services.js'

/** The uploaded agreement of a multipart body parsed by @fastify/multipart (attachFieldsToBody). */
export function uploadOf(request: FastifyRequest, field = 'file'): Promise<Upload> {
  return uploadedFile(request, field, 'a PDF of the agreement')
}

/** Upload and download of a processor's data processing agreement. */
export async function dpaRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  const { dpa, processors } = dataMapOf(ctx)
  const tags = ['data map']

  app.post(
    '/api/v1/processors/:id/dpa',
    {
      config: { access: 'datamap.write' },
      schema: {
        tags,
        summary: 'Upload the data processing agreement (PDF, at most 10 MB)',
        description:
          'multipart/form-data with the PDF in the field `file`. Replaces an earlier agreement. The SHA-256 of the bytes is stored and returned.',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: ProcessorView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => {
      const upload = await uploadOf(request)
      return ctx.db.transaction().execute(async (trx) => {
        await dpa.upload(trx, request.params.id, upload, actorOf(request.principal), request.id)
        return processors.get(trx, request.params.id)
      })
    },
  )

  app.get(
    '/api/v1/processors/:id/dpa',
    {
      config: { access: 'datamap.read' },
      schema: {
        tags,
        summary: 'Download the data processing agreement; each download is audited',
        params: IdParams,
        response: {
          200: {
            description: 'The PDF',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          },
          ...STANDARD_ERRORS,
          404: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const file = await ctx.db
        .transaction()
        .execute((trx) => dpa.download(trx, request.params.id, actorOf(request.principal), request.id))
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename.replace(/"/g, '')}"`)
        .header('x-content-sha256', file.sha256)
        .header('cache-control', 'no-store')
        .send(file.bytes as unknown as string) // the declared body is binary, sent as bytes
    },
  )
}
