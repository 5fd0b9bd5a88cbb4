import type { FastifyInstance } from 'fastify'
import { acceptUploads } from '../http/uploads.js'
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
  await acceptUploads(app, { fileSize: MAX_DPA_BYTES, fields: 20 })
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
