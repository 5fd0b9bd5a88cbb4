import type { FastifyInstance } from 'fastify'
import { acceptUploads } from '../http/uploads.js'
import { importPages } from './import.pages.js'
import { importRoutes } from './import.routes.js'
import { MAX_IMPORT_BYTES } from './import.service.js'

/** Registers the API and pages of the CSV import, with uploads of one file up to MAX_IMPORT_BYTES. */
export async function importPlugin(app: FastifyInstance): Promise<void> {
  await acceptUploads(app, { fileSize: MAX_IMPORT_BYTES, fields: 20 })
  await app.register(importRoutes)
  await app.register(importPages)
}
