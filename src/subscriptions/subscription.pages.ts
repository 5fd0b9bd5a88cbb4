import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { can } from '../auth/roles.js'
import { VernError } from '../errors.js'
import { whoOf } from '../subjects/subject.access.js'
import { actionButton, field, formFields, postForm } from '../ui/forms.js'
import { html } from '../ui/html.js'
import { pageLanguage, sendPage } from '../ui/page.js'
import * as repo from './subscription.repository.js'
import { CHANNELS } from './subscription.schema.js'
import { SUBSCRIPTION_ADMIN_TEXT } from './subscriptions.admin-text.js'
import type { WebhookService } from './webhook.service.js'

/** /admin/subscriptions: counts per channel and purpose, the suppression list's size, the webhooks. */
export async function subscriptionPages(app: FastifyInstance, webhooks: WebhookService): Promise<void> {
  const { ctx } = app

  async function overview(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { notice?: string; secret?: string; error?: string; status?: number } = {},
  ): Promise<FastifyReply> {
    const t = SUBSCRIPTION_ADMIN_TEXT[pageLanguage(request)]
    const counts = await repo.countActive(ctx.db)
    const suppressed = await repo.countSuppressed(ctx.db)
    const endpoints = await webhooks.list(ctx.db)
    const deliveries = await webhooks.recent(ctx.db, 10)
    const mayWrite = request.principal ? can(request.principal.role, 'subscriptions.write') : false
    const rows = new Map<
      string,
      { channel: string; purpose: string; active: number; pending: number; withdrawn: number }
    >()
    for (const c of counts) {
      const key = `${c.channel}|${c.purpose}`
      const row = rows.get(key) ?? {
        channel: c.channel,
        purpose: c.purpose,
        active: 0,
        pending: 0,
        withdrawn: 0,
      }
      if (c.status === 'active' || c.status === 'pending' || c.status === 'withdrawn') row[c.status] = c.count
      rows.set(key, row)
    }
    const channelName = (c: string) =>
      (CHANNELS as readonly string[]).includes(c) ? t.channels[c as 'email'] : c
    return sendPage(request, reply, {
      title: t.title,
      notice: extra.notice,
      error: extra.error,
      status: extra.status,
      body: html`<p>${t.intro}</p>
${
  rows.size === 0
    ? html`<p>${t.empty}</p>`
    : html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t.title}"><table>
<thead><tr><th scope="col">${t.channel}</th><th scope="col">${t.purpose}</th><th scope="col">${t.active}</th><th scope="col">${t.pending}</th><th scope="col">${t.withdrawn}</th></tr></thead>
<tbody>${[...rows.values()].map(
        (r) =>
          html`<tr><td>${channelName(r.channel)}</td><td><code>${r.purpose}</code></td><td>${r.active}</td><td>${r.pending}</td><td>${r.withdrawn}</td></tr>`,
      )}</tbody></table></div>`
}
<p>${t.suppressed(suppressed)}</p>
<h2>${t.webhooks}</h2>
<p>${t.webhooksIntro}</p>
${extra.secret && html`<p class="notice" role="status">${t.secretOnce} <code>${extra.secret}</code></p>`}
${
  endpoints.length === 0
    ? html`<p>${t.noWebhooks}</p>`
    : html`<ul>${endpoints.map(
        (e) =>
          html`<li><code>${e.url}</code> ${mayWrite && actionButton(request, `/admin/subscriptions/webhooks/${e.id}/delete`, t.remove, { danger: true })}</li>`,
      )}</ul>`
}
${mayWrite && postForm(request, '/admin/subscriptions/webhooks', html`${field(t.url, 'url', { type: 'url', required: true, maxlength: 500 })}<button type="submit">${t.add}</button>`)}
${
  deliveries.length > 0 &&
  html`<h3>${t.recent}</h3><ul>${deliveries.map(
    (d) =>
      html`<li><code>${d.event_type}</code> ${d.status} (${d.attempts})${d.last_error ? ` ${d.last_error}` : ''}</li>`,
  )}</ul>`
}`,
    })
  }

  app.get(
    '/admin/subscriptions',
    { config: { access: 'subscriptions.read', page: true } },
    (request, reply) => overview(request, reply),
  )

  app.post(
    '/admin/subscriptions/webhooks',
    { config: { access: 'subscriptions.write', page: true } },
    async (request, reply) => {
      const t = SUBSCRIPTION_ADMIN_TEXT[pageLanguage(request)]
      const who = whoOf(request.principal, request.id)
      const url = (formFields(request.body).url ?? '').trim()
      try {
        const created = await ctx.db.transaction().execute((trx) => webhooks.create(trx, url, who))
        return overview(request, reply, { notice: t.added, secret: created.secret })
      } catch (error) {
        if (error instanceof VernError && error.code === 'validation_failed')
          return overview(request, reply, { error: error.message, status: 400 })
        throw error
      }
    },
  )

  app.post<{ Params: { id: string } }>(
    '/admin/subscriptions/webhooks/:id/delete',
    { config: { access: 'subscriptions.write', page: true } },
    async (request, reply) => {
      const who = whoOf(request.principal, request.id)
      await ctx.db.transaction().execute((trx) => webhooks.remove(trx, request.params.id, who))
      return reply.redirect('/admin/subscriptions', 303)
    },
  )
}
