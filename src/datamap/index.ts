import multipart from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import { invalid, VernError } from '../errors.js'
import { activityPages } from './activity.pages.js'
import { activityRoutes } from './activity.routes.js'
import { dataMapPages } from './datamap.pages.js'
import { dpaRoutes } from './dpa.routes.js'
import { MAX_DPA_BYTES } from './dpa.service.js'
import { processorPages } from './processor.pages.js'
import { processorRoutes } from './processor.routes.js'
import { publicProcessorPages } from './public.pages.js'
import { ropaPages } from './ropa.pages.js'
import { ropaRoutes } from './ropa.routes.js'
import { systemPages } from './system.pages.js'
import { systemRoutes } from './system.routes.js'

/** Registers every route and page of this capability. */
export async function dataMapPlugin(app: FastifyInstance): Promise<void> {
  // Uploads are parsed only in this scope. Fields land on the body so the shared CSRF check can read
  // the form's token; an over-long file is cut at the limit and refused by the service with a clear field.
  await app.register(multipart, {
    attachFieldsToBody: true,
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_DPA_BYTES, files: 1, fields: 20, fieldSize: 10_000, parts: 25 },
  })
  // A malformed multipart body (cut short, bad boundary) is the client's fault, not an internal error;
  // rethrown, it reaches the application's own error handler as a validation error.
  app.setErrorHandler(async (error, request) => {
    const status = (error as { statusCode?: unknown }).statusCode
    if (
      request.isMultipart() &&
      !(error instanceof VernError) &&
      (typeof status !== 'number' || status >= 500)
    )
      throw invalid('body', 'The multipart body is malformed', 'format')
    throw error
  })
  await app.register(systemRoutes)
  await app.register(processorRoutes)
  await app.register(dpaRoutes)
  await app.register(activityRoutes)
  await app.register(ropaRoutes)
  await app.register(publicProcessorPages)
  await app.register(dataMapPages)
  await app.register(processorPages)
  await app.register(systemPages)
  await app.register(activityPages)
  await app.register(ropaPages)
}
