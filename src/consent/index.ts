import type { FastifyInstance } from 'fastify'
import { bannerRoutes } from './banner.routes.js'
import { consentPages } from './consent.pages.js'
import { consentProofPages } from './consent.proof.pages.js'
import { consentRoutes } from './consent.routes.js'

/** Registers every route and page of cookie consent. */
export async function consentPlugin(app: FastifyInstance): Promise<void> {
  await app.register(consentRoutes)
  await app.register(bannerRoutes)
  await app.register(consentPages)
  await app.register(consentProofPages)
}
