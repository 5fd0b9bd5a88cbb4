import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { LANGUAGES, type Language, negotiate } from '../../i18n/languages.js'
import { sendBarePage as send } from '../../ui/bare-page.js'
import { formFields } from '../../ui/forms.js'
import { html } from '../../ui/html.js'
import type { ConnectorServices } from '../webhooks/index.js'
import type { Link } from '../webhooks/link.service.js'
import { REPLY_TEXT } from './email.text.js'

interface TokenParams {
  token: string
}

const NOTE_MAX = 2000

/**
 * /connectors/reply/<token>: where a processor answers our mailed request, without signing in. The
 * token is the credential (single-use, expiring); the form carries a CSRF token bound to the visitor's
 * pre-session; the page shows no personal data, only the reference and the system.
 */
export async function replyPages(app: FastifyInstance, services: ConnectorServices): Promise<void> {
  const { ctx } = app
  const { links } = services
  const config = {
    access: 'public',
    page: true,
    rateLimit: { max: ctx.limits.pagesPerMinute, timeWindow: 60_000 },
  } as const
  const schema = { hide: true }

  async function orgName(): Promise<string> {
    return (await ctx.organisation.get(ctx.db)).legalName ?? ctx.config.publicUrl.hostname
  }
  async function invalid(reply: FastifyReply, accept: string | undefined): Promise<FastifyReply> {
    const lang: Language =
      negotiate(accept, LANGUAGES) ?? (await ctx.organisation.get(ctx.db)).defaultLanguage
    const t = REPLY_TEXT[lang].invalid
    return send(reply, 404, lang, t.title, html`<h1>${t.title}</h1><p>${t.body}</p>`)
  }

  async function form(
    request: FastifyRequest<{ Params: TokenParams }>,
    reply: FastifyReply,
    link: Link,
    o: { error?: string; status?: number; note?: string } = {},
  ): Promise<FastifyReply> {
    const t = REPLY_TEXT[link.language].reply
    const ref = link.requestId.replace(/-/g, '').slice(-8).toUpperCase()
    return send(
      reply,
      o.status ?? 200,
      link.language,
      t.title,
      html`<h1>${t.title}</h1>
<p>${t.intro(await orgName(), link.handOver.systemName, ref)}</p>
${o.error && html`<p class="error-summary" role="alert">${o.error}</p>`}
<form method="post" action="/connectors/reply/${request.params.token}" novalidate>
<input type="hidden" name="_csrf" value="${request.csrfToken()}">
<fieldset><legend>${t.outcome}</legend>
<div class="field check"><input id="f-done" type="radio" name="status" value="done" required><label for="f-done">${t.done}</label></div>
<div class="field check"><input id="f-failed" type="radio" name="status" value="failed"><label for="f-failed">${t.failed}</label></div>
</fieldset>
<div class="field"><label for="f-note">${t.note} <span class="optional">(${t.optional})</span></label>
<p class="hint" id="f-note-hint">${t.noteHint}</p>
<textarea id="f-note" name="note" rows="4" maxlength="${NOTE_MAX}" aria-describedby="f-note-hint">${o.note ?? ''}</textarea></div>
<button type="submit">${t.send}</button>
</form>`,
    )
  }

  app.get<{ Params: TokenParams }>('/connectors/reply/:token', { config, schema }, async (request, reply) => {
    const link = await links.find(ctx.db, request.params.token)
    if (link?.channel !== 'email') return invalid(reply, request.headers['accept-language'])
    return form(request, reply, link)
  })

  app.post<{ Params: TokenParams }>(
    '/connectors/reply/:token',
    { config, schema },
    async (request, reply) => {
      const link = await links.find(ctx.db, request.params.token)
      if (link?.channel !== 'email') return invalid(reply, request.headers['accept-language'])
      const t = REPLY_TEXT[link.language]
      const fields = formFields(request.body)
      const status = fields.status
      const note = (fields.note ?? '').trim()
      if (status !== 'done' && status !== 'failed')
        return form(request, reply, link, { error: t.reply.chooseOutcome, status: 400, note })
      if (note.length > NOTE_MAX)
        return form(request, reply, link, { error: t.reply.noteTooLong, status: 400, note })
      const answered = await ctx.db
        .transaction()
        .execute((trx) => links.answer(trx, request.params.token, { status, note: note || undefined }))
      if (!answered) return invalid(reply, request.headers['accept-language'])
      return send(
        reply,
        200,
        link.language,
        t.thanks.title,
        html`<h1>${t.thanks.title}</h1><p role="status">${t.thanks.body(await orgName())}</p>`,
      )
    },
  )
}
