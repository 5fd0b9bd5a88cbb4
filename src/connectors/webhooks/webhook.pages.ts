import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { dataMapOf } from '../../datamap/services.js'
import { VernError } from '../../errors.js'
import { compileInput } from '../../http/validation.js'
import { LANGUAGES } from '../../i18n/languages.js'
import { whoOf } from '../../subjects/subject.access.js'
import { describeError } from '../../ui/errors.js'
import { actionButton, field, formFields, postForm, select } from '../../ui/forms.js'
import { html } from '../../ui/html.js'
import { pageLanguage, sendPage, textFor } from '../../ui/page.js'
import { EmailConnectionBody } from '../email/email.schema.js'
import { CONNECTOR_ADMIN_TEXT, type ConnectorAdminText } from './connectors.admin-text.js'
import type { ConnectorServices } from './index.js'
import { type DeliveryView, EVENTS, WebhookBody } from './webhook.schema.js'

export const CONNECTIONS_PAGE = '/admin/connections/requests'
const PAGE = CONNECTIONS_PAGE
const manage = { access: 'datamap.write' as const, page: true }
const checkWebhook = compileInput<WebhookBody>(WebhookBody)
const checkEmail = compileInput<EmailConnectionBody>(EmailConnectionBody)

interface PageState {
  notice?: string | undefined
  secret?: string | undefined
  error?: { form: 'webhook' | 'email'; field: string; message: string } | undefined
  values?: Record<string, string | string[]> | undefined
  status?: number | undefined
}

/**
 * The admin page of request hand-overs: the connected systems (with a test button each), the forms
 * that connect a system by webhook or by e-mail, the dead-letter list with replay (one, or all) and
 * the recent deliveries. For owner and dpo, like the rest of connection management.
 */
export async function connectorPages(app: FastifyInstance, services: ConnectorServices): Promise<void> {
  const { ctx } = app
  const { webhooks, email } = services

  async function overview(
    request: FastifyRequest,
    reply: FastifyReply,
    s: PageState = {},
  ): Promise<FastifyReply> {
    const t = CONNECTOR_ADMIN_TEXT[pageLanguage(request)]
    const systems = await dataMapOf(ctx).systems.list(ctx.db)
    const names = new Map(systems.map((x) => [x.id, x.name]))
    const hooks = await webhooks.list(ctx.db)
    const mails = await email.list(ctx.db)
    const dead = await webhooks.deliveries(ctx.db, { status: 'dead', limit: 200 })
    const recent = await webhooks.deliveries(ctx.db, { limit: 30 })
    const systemOptions = systems.map((x) => ({ value: x.id, label: x.name }))
    const v = (name: string) => {
      const value = s.values?.[name]
      return typeof value === 'string' ? value : undefined
    }
    const err = (form: 'webhook' | 'email', name: string) =>
      s.error?.form === form && s.error.field === name ? s.error.message : null
    const chosenEvents = s.values?.events ?? [...EVENTS]
    const connections = [
      ...hooks.map((h) => ({ systemId: h.systemId, kind: 'webhook' as const, where: h.url })),
      ...mails.map((m) => ({ systemId: m.systemId, kind: 'email' as const, where: m.recipient ?? '' })),
    ]
    const eventsError = err('webhook', 'events')
    return sendPage(request, reply, {
      title: t.pageTitle,
      notice: s.notice,
      error: s.error?.message,
      status: s.status,
      body: html`<p>${t.pageIntro}</p>
${s.secret && html`<p class="notice" role="status">${t.secretOnce} <code>${s.secret}</code></p>`}
<h2>${t.connections}</h2>
${
  connections.length === 0
    ? html`<p>${t.noConnections}</p>`
    : html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t.connections}"><table>
<thead><tr><th scope="col">${t.system}</th><th scope="col">${t.how}</th><th scope="col">${t.where}</th><th scope="col"><span class="visually-hidden">${t.test}</span></th></tr></thead>
<tbody>${connections.map(
        (c) =>
          html`<tr><td>${names.get(c.systemId) ?? c.systemId}</td><td>${c.kind === 'webhook' ? t.webhook : t.email}</td><td><code>${c.where}</code></td><td>${actionButton(request, `${PAGE}/${c.systemId}/${c.kind}/test`, t.test)} ${actionButton(request, `${PAGE}/${c.systemId}/${c.kind}/delete`, t.remove, { danger: true })}</td></tr>`,
      )}</tbody></table></div>`
}
<h2>${t.setWebhook}</h2>
<p>${t.setWebhookIntro}</p>
${postForm(
  request,
  `${PAGE}/webhook`,
  html`${select(t.systemLabel, 'webhookSystem', systemOptions, { value: v('webhookSystem') ?? null, required: true })}
${field(t.urlLabel, 'url', { type: 'url', required: true, maxlength: 500, value: v('url'), error: err('webhook', 'url') })}
<fieldset class="field${eventsError ? ' invalid' : ''}"><legend>${t.eventsLabel}</legend>
${EVENTS.map(
  (e) =>
    html`<div class="field check"><input id="f-event-${e}" type="checkbox" name="events" value="${e}"${chosenEvents.includes(e) ? html` checked` : ''}><label for="f-event-${e}">${t.events[e] ?? e}</label></div>`,
)}
${eventsError && html`<p class="field-error">${eventsError}</p>`}
</fieldset>
<div class="field check"><input id="f-rotate" type="checkbox" name="rotateSecret" value="on"><label for="f-rotate">${t.rotate}</label></div>
<div class="actions"><button type="submit">${t.saveWebhook}</button></div>`,
  { label: t.setWebhook },
)}
<h2>${t.setEmail}</h2>
<p>${t.setEmailIntro}</p>
${postForm(
  request,
  `${PAGE}/email`,
  html`${select(t.systemLabel, 'emailSystem', systemOptions, { value: v('emailSystem') ?? null, required: true })}
${field(t.addressLabel, 'address', { type: 'email', maxlength: 254, value: v('address'), hint: t.addressHint, optional: t.optional, error: err('email', 'address') })}
${select(
  t.languageLabel,
  'language',
  LANGUAGES.map((l) => ({ value: l, label: t.languages[l] ?? l })),
  { value: v('language') ?? 'en' },
)}
${field(t.reminderLabel, 'reminderDays', { type: 'number', required: true, value: v('reminderDays') ?? '7', inputmode: 'numeric', error: err('email', 'reminderDays') })}
<div class="actions"><button type="submit">${t.saveEmail}</button></div>`,
  { label: t.setEmail },
)}
<h2>${t.dead}</h2>
${dead.length === 0 ? html`<p>${t.noDead}</p>` : html`${deliveryTable(request, t, names, dead, true)}${actionButton(request, `${PAGE}/replay-dead`, t.replayAll)}`}
<h2>${t.recent}</h2>
${recent.length === 0 ? html`<p>${t.none}</p>` : deliveryTable(request, t, names, recent, false)}`,
    })
  }

  /** Maps a refused form to the page: a field's message in the reader's language. */
  function refused(
    request: FastifyRequest,
    t: ConnectorAdminText,
    form: 'webhook' | 'email',
    error: VernError,
  ): PageState['error'] {
    const field = error.field ?? 'body'
    const own: Record<string, string> = {
      url: t.urlInvalid,
      events: t.eventsRequired,
      address: t.addressInvalid,
      reminderDays: t.reminderInvalid,
    }
    return { form, field, message: own[field.split('.')[0] ?? ''] ?? describeError(textFor(request), error) }
  }

  app.get(PAGE, { config: manage }, (request, reply) => overview(request, reply))

  app.post(`${PAGE}/webhook`, { config: manage }, async (request, reply) => {
    const t = CONNECTOR_ADMIN_TEXT[pageLanguage(request)]
    const f = formFields(request.body)
    const raw = (request.body as Record<string, unknown> | undefined)?.events
    const events = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (e): e is string => typeof e === 'string',
    )
    const values = { ...f, events }
    const checked = checkWebhook({
      url: (f.url ?? '').trim(),
      events,
      ...(f.rotateSecret === 'on' ? { rotateSecret: true } : {}),
    })
    if (!checked.ok)
      return overview(request, reply, {
        error: refused(request, t, 'webhook', checked.error),
        values,
        status: 400,
      })
    const who = whoOf(request.principal, request.id)
    try {
      const { view } = await ctx.db
        .transaction()
        .execute((trx) => webhooks.put(trx, f.webhookSystem ?? '', checked.value, who))
      return overview(request, reply, { notice: t.saved, secret: view.secret })
    } catch (error) {
      if (error instanceof VernError && error.code === 'validation_failed')
        return overview(request, reply, { error: refused(request, t, 'webhook', error), values, status: 400 })
      throw error
    }
  })

  app.post(`${PAGE}/email`, { config: manage }, async (request, reply) => {
    const t = CONNECTOR_ADMIN_TEXT[pageLanguage(request)]
    const f = formFields(request.body)
    const address = (f.address ?? '').trim()
    const days = (f.reminderDays ?? '').trim()
    const checked = checkEmail({
      address: address === '' ? null : address,
      language: f.language ?? '',
      reminderDays: /^\d{1,3}$/.test(days) ? Number(days) : days,
    })
    if (!checked.ok)
      return overview(request, reply, {
        error: refused(request, t, 'email', checked.error),
        values: f,
        status: 400,
      })
    const who = whoOf(request.principal, request.id)
    try {
      await ctx.db.transaction().execute((trx) => email.put(trx, f.emailSystem ?? '', checked.value, who))
      return overview(request, reply, { notice: t.saved })
    } catch (error) {
      if (error instanceof VernError && error.code === 'validation_failed')
        return overview(request, reply, {
          error: refused(request, t, 'email', error),
          values: f,
          status: 400,
        })
      throw error
    }
  })

  app.post<{ Params: { systemId: string } }>(
    `${PAGE}/:systemId/webhook/test`,
    { config: manage },
    async (request, reply) => {
      const t = CONNECTOR_ADMIN_TEXT[pageLanguage(request)]
      const outcome = await webhooks.test(request.params.systemId, whoOf(request.principal, request.id))
      const notice = outcome.ok
        ? t.pingOk(outcome.statusCode ?? 0, outcome.durationMs)
        : t.pingFailed(
            outcome.statusCode ? `${outcome.statusCode} (${outcome.errorClass})` : (outcome.errorClass ?? ''),
          )
      return overview(request, reply, { notice })
    },
  )

  app.post<{ Params: { systemId: string } }>(
    `${PAGE}/:systemId/email/test`,
    { config: manage },
    async (request, reply) => {
      const t = CONNECTOR_ADMIN_TEXT[pageLanguage(request)]
      const who = whoOf(request.principal, request.id)
      await ctx.db.transaction().execute((trx) => email.test(trx, request.params.systemId, who))
      ctx.mail.kick()
      return overview(request, reply, { notice: t.testMailQueued })
    },
  )

  for (const kind of ['webhook', 'email'] as const)
    app.post<{ Params: { systemId: string } }>(
      `${PAGE}/:systemId/${kind}/delete`,
      { config: manage },
      async (request, reply) => {
        const t = CONNECTOR_ADMIN_TEXT[pageLanguage(request)]
        const who = whoOf(request.principal, request.id)
        const service = kind === 'webhook' ? webhooks : email
        await ctx.db.transaction().execute((trx) => service.remove(trx, request.params.systemId, who))
        return overview(request, reply, { notice: t.removed })
      },
    )

  app.post<{ Params: { id: string } }>(
    `${PAGE}/deliveries/:id/replay`,
    { config: manage },
    async (request, reply) => {
      const t = CONNECTOR_ADMIN_TEXT[pageLanguage(request)]
      const who = whoOf(request.principal, request.id)
      const n = await ctx.db.transaction().execute((trx) => webhooks.replay(trx, request.params.id, who))
      webhooks.kick()
      return overview(request, reply, { notice: t.replayed(n) })
    },
  )

  app.post(`${PAGE}/replay-dead`, { config: manage }, async (request, reply) => {
    const t = CONNECTOR_ADMIN_TEXT[pageLanguage(request)]
    const who = whoOf(request.principal, request.id)
    const n = await ctx.db.transaction().execute((trx) => webhooks.replay(trx, null, who))
    webhooks.kick()
    return overview(request, reply, { notice: t.replayed(n) })
  })
}

function deliveryTable(
  request: FastifyRequest,
  t: ConnectorAdminText,
  names: Map<string, string>,
  rows: DeliveryView[],
  replay: boolean,
) {
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${replay ? t.dead : t.recent}"><table>
<thead><tr><th scope="col">${t.system}</th><th scope="col">${t.event}</th><th scope="col">${t.status}</th><th scope="col">${t.tries}</th><th scope="col">${t.lastError}</th><th scope="col">${t.created}</th>${replay && html`<th scope="col"><span class="visually-hidden">${t.replay}</span></th>`}</tr></thead>
<tbody>${rows.map(
    (d) =>
      html`<tr><td>${names.get(d.systemId) ?? d.systemId}</td><td><code>${d.eventType}</code></td><td>${t.statuses[d.status] ?? d.status}</td><td>${d.attempts}</td><td>${d.lastError ?? ''}</td><td><time datetime="${d.createdAt}">${d.createdAt.slice(0, 16).replace('T', ' ')}</time></td>${replay && html`<td>${actionButton(request, `${PAGE}/deliveries/${d.id}/replay`, t.replay)}</td>`}</tr>`,
  )}</tbody></table></div>`
}
