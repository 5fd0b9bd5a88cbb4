import type { FastifyInstance } from 'fastify'
import type { Actor } from '../../auth/principal.js'
import type { Executor } from '../../db/database.js'
import type { AppContext } from '../../http/context.js'
import type { Language } from '../../i18n/languages.js'
import { SubjectService } from '../../subjects/subject.service.js'
import { subscriptionServices } from '../../subscriptions/index.js'
import { accessPages } from './access.pages.js'
import { AccessPackageService } from './access.service.js'

/**
 * Prepares the access (Art. 15) or portability (Art. 20) package of a request and answers its
 * single-use download link, `${publicUrl}/privacy/download/<token>`, valid for 7 days. Nothing is
 * built yet: the package is made from the register when the person downloads it. Runs in the given
 * transaction, or in its own.
 */
export async function prepareAccessPackage(
  ctx: AppContext,
  input: {
    requestId: string
    subjectId: string | null
    language: Language
    kind: 'access' | 'portability'
    actor: Actor
    /** The request's e-mail, when known: finds consent choices of someone the register does not know. */
    email?: string | null
  },
  trx?: Executor,
): Promise<{ url: string; expiresAt: string }> {
  const packages = new AccessPackageService(ctx)
  if (trx) return packages.prepare(trx, input)
  return ctx.db.transaction().execute((own) => packages.prepare(own, input))
}

/** Registers the download pages of access and portability packages. */
export async function accessPlugin(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const { subscriptions, webhooks } = subscriptionServices(ctx)
  app.addHook('onClose', async () => webhooks.close())
  const subjects = new SubjectService(ctx.audit, ctx.vault, ctx.clock, ctx.organisation)
  await accessPages(app, new AccessPackageService(ctx), { subjects, subscriptions })
}
