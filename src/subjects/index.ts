import type { FastifyInstance } from 'fastify'
import { personPages } from './person.pages.js'
import { subjectPages } from './subject.pages.js'
import { subjectRoutes } from './subject.routes.js'
import { SubjectService } from './subject.service.js'

/** Registers every route and page of the register of people and companies. */
export async function registerPlugin(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const subjects = new SubjectService(ctx.audit, ctx.vault, ctx.clock, ctx.organisation)
  await subjectRoutes(app, subjects)
  await subjectPages(app, subjects)
  await personPages(app, subjects)
}
