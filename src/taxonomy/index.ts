import type { FastifyInstance } from 'fastify'
import { taxonomyPages } from './taxonomy.pages.js'
import { taxonomyRoutes } from './taxonomy.routes.js'

export { seedDefaultTaxonomy } from './taxonomy.seed.js'

/** Registers every route and page of this capability. */
export async function taxonomyPlugin(app: FastifyInstance): Promise<void> {
  await app.register(taxonomyRoutes)
  await app.register(taxonomyPages)
}
