import type { FastifyInstance, FastifyReply } from 'fastify'
import { LANGUAGES, type Language, negotiate } from '../../i18n/languages.js'
import { sendBarePage as send } from '../../ui/bare-page.js'
import { html } from '../../ui/html.js'
import type { FactSources } from './access.facts.js'
import { DownloadForm, DownloadParams } from './access.schema.js'
import type { AccessPackageService } from './access.service.js'
import { ACCESS_TEXT, dateWords } from './access.text.js'

/**
 * The person's download: GET shows a page with a button, POST spends the single-use token and
 * streams the ZIP. A link that is unknown, used or expired gets one neutral page. No login, no
 * JavaScript, no personal data on the page or in the log; rate-limited per client.
 */
export async function accessPages(
  app: FastifyInstance,
  packages: AccessPackageService,
  sources: FactSources,
): Promise<void> {
  const { ctx } = app
  const config = {
    access: 'public',
    page: true,
    // The token in the path is the secret; there is no session to protect.
    csrf: false,
    rateLimit: { max: ctx.limits.pagesPerMinute, timeWindow: 60_000 },
  } as const

  async function gone(reply: FastifyReply, accept: string | undefined): Promise<FastifyReply> {
    const lang = negotiate(accept, LANGUAGES) ?? (await ctx.organisation.get(ctx.db)).defaultLanguage
    const t = ACCESS_TEXT[lang].download
    return send(reply, 404, lang, t.goneTitle, html`<h1>${t.goneTitle}</h1><p>${t.goneBody}</p>`)
  }

  app.get<{ Params: DownloadParams }>(
    '/privacy/download/:token',
    { config, schema: { hide: true, params: DownloadParams } },
    async (request, reply) => {
      const row = await packages.open(ctx.db, request.params.token)
      if (!row) return gone(reply, request.headers['accept-language'])
      const lang = row.language as Language
      const t = ACCESS_TEXT[lang].download
      const org = await ctx.organisation.get(ctx.db)
      const name = org.legalName ?? ctx.config.publicUrl.hostname
      const expires = dateWords(lang, org.country).long(row.expires_at)
      // Downloading takes a POST: mail scanners that follow links must not spend the link.
      return send(
        reply,
        200,
        lang,
        t.title,
        html`<h1>${t.title}</h1>
<p>${row.kind === 'portability' ? t.introPortability(name) : t.intro(name)}</p>
<form method="post" action="/privacy/download/${request.params.token}"><button type="submit">${t.button}</button></form>
<p class="hint">${t.once} ${t.expires(expires)}</p>`,
      )
    },
  )

  app.post<{ Params: DownloadParams }>(
    '/privacy/download/:token',
    { config, schema: { hide: true, params: DownloadParams, body: DownloadForm } },
    async (request, reply) => {
      const { token } = request.params
      const row = await packages.open(ctx.db, token)
      if (!row) return gone(reply, request.headers['accept-language'])
      const facts = await packages.facts(row, sources, request.id)
      const spent = await ctx.db.transaction().execute((trx) => packages.consume(trx, token, request.id))
      if (!spent) return gone(reply, request.headers['accept-language'])
      const stream = await packages.zip(spent, facts)
      // Ids only: a database error's message may quote values.
      stream.on('error', (error: Error) =>
        request.log.error({ package: row.id, error: error.name }, 'access package stream failed'),
      )
      const day = facts.generatedAt.slice(0, 10)
      const file = row.kind === 'portability' ? `data-portability-${day}.zip` : `personal-data-${day}.zip`
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${file}"`)
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .send(stream)
    },
  )
}
