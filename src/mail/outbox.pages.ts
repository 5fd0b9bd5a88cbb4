import type { FastifyInstance } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { notFound } from '../errors.js'
import { formatTime } from '../ui/format.js'
import { html } from '../ui/html.js'
import { pageLanguage, sendPage, textFor } from '../ui/page.js'

/** The mail outbox: what Vern sent or would send. Opening a mail reads personal data, so it is audited. */
export async function outboxPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const config = { access: 'outbox.read' as const, page: true }

  app.get('/admin/outbox', { config }, async (request, reply) => {
    const t = textFor(request)
    const o = t.outbox
    const lang = pageLanguage(request)
    const mails = await ctx.mail.list(ctx.db, 200)
    return sendPage(request, reply, {
      title: o.title,
      body: html`<p>${o.intro}</p>
${!ctx.mail.smtpConfigured && html`<p class="warn">${o.noSmtp}</p>`}
${
  mails.length === 0
    ? html`<p>${o.empty}</p>`
    : html`<div class="table-wrap" role="region" tabindex="0" aria-label="${o.title}"><table>
<thead><tr><th scope="col">${t.common.created}</th><th scope="col">${o.template}</th><th scope="col">${t.meta.language}</th><th scope="col">${t.common.status}</th><th scope="col">${o.attempts}</th><th scope="col">${o.sentAt}</th><th scope="col"><span class="visually-hidden">${t.common.actions}</span></th></tr></thead>
<tbody>${mails.map(
        (
          m,
        ) => html`<tr><td>${formatTime(m.createdAt, lang)}</td><td><code>${m.template}</code></td><td>${m.language}</td>
<td><span class="badge ${m.status === 'failed' ? 'bad' : m.status === 'sent' ? 'ok' : ''}">${o.statuses[m.status]}</span>${m.lastError && html` <span class="hint">${m.lastError}</span>`}</td>
<td>${m.attempts}</td><td>${m.sentAt ? formatTime(m.sentAt, lang) : ''}</td><td><a href="/admin/outbox/${m.id}">${o.open}</a></td></tr>`,
      )}</tbody></table></div>`
}`,
    })
  })

  app.get<{ Params: { id: string } }>('/admin/outbox/:id', { config }, async (request, reply) => {
    const t = textFor(request)
    const o = t.outbox
    if (!/^[0-9a-f-]{36}$/.test(request.params.id)) throw notFound('Mail')
    const mail = await ctx.mail.read(ctx.db, request.params.id)
    const exists =
      mail ??
      (await ctx.db
        .selectFrom('mail_outbox')
        .select('id')
        .where('id', '=', request.params.id)
        .executeTakeFirst())
    if (!exists) throw notFound('Mail')
    await ctx.audit.append(ctx.db, {
      actor: actorOf(request.principal),
      action: 'mail.read',
      target: { type: 'mail', id: request.params.id },
      requestId: request.id,
    })
    if (!mail)
      return sendPage(request, reply, {
        title: o.title,
        body: html`<p class="warn">${o.unreadable}</p><p><a href="/admin/outbox">${t.common.back}</a></p>`,
      })
    return sendPage(request, reply, {
      title: mail.message.subject,
      body: html`<dl class="facts">
<dt>${o.recipient}</dt><dd>${mail.message.to}</dd>
<dt>${o.subject}</dt><dd>${mail.message.subject}</dd>
<dt>${t.common.status}</dt><dd>${o.statuses[mail.summary.status]}</dd>
</dl>
<pre class="mail">${mail.message.text}</pre>
<p><a href="/admin/outbox">${t.common.back}</a></p>`,
    })
  })
}
