import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { ROLES } from '../auth/roles.js'
import { compileInput } from '../http/validation.js'
import { describeError } from '../ui/errors.js'
import { formatTime } from '../ui/format.js'
import { actionButton, field, formFields, postForm, select } from '../ui/forms.js'
import { html } from '../ui/html.js'
import { pageLanguage, sendPage, textFor } from '../ui/page.js'
import { NewApiKeyBody } from './api-key.schema.js'

const checkBody = compileInput<NewApiKeyBody>(NewApiKeyBody)

/** The API keys page: list, create (the secret is shown once, on the answer page), revoke. */
export async function apiKeyPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const config = { access: 'apikeys.manage' as const, page: true }

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    o: { secret?: string; error?: { field: string; message: string }; values?: Record<string, string> } = {},
  ) => {
    const t = textFor(request)
    const k = t.apiKeys
    const lang = pageLanguage(request)
    const keys = await ctx.apiKeys.list(ctx.db)
    return sendPage(request, reply, {
      title: k.title,
      status: o.error ? 400 : o.secret ? 201 : 200,
      error: o.error ? t.common.fixErrors : null,
      body: html`<p>${k.intro}</p>
${o.secret && html`<div class="card" role="status"><p><strong>${k.created}</strong></p><p class="secret">${o.secret}</p></div>`}
${
  keys.length === 0
    ? html`<p>${k.none}</p>`
    : html`<div class="table-wrap" role="region" tabindex="0" aria-label="${k.title}"><table>
<thead><tr><th scope="col">${t.common.name}</th><th scope="col">${t.common.role}</th><th scope="col">${t.common.created}</th><th scope="col">${k.lastUsed}</th><th scope="col">${t.common.status}</th><th scope="col">${t.common.actions}</th></tr></thead>
<tbody>${keys.map(
        (
          key,
        ) => html`<tr><td>${key.name} <code>vern_${key.id}_…</code></td><td>${t.roles[key.role]}</td><td>${formatTime(key.createdAt, lang)}</td><td>${key.lastUsedAt ? formatTime(key.lastUsedAt, lang) : t.common.never}</td>
<td>${key.revokedAt ? html`<span class="badge bad">${k.revoked}</span>` : html`<span class="badge ok">${t.users.active}</span>`}</td>
<td>${!key.revokedAt && actionButton(request, `/admin/api-keys/${key.id}/revoke`, k.revoke, { danger: true })}</td></tr>`,
      )}</tbody></table></div>`
}
<h2>${k.create}</h2>
${postForm(
  request,
  '/admin/api-keys',
  html`<div class="row">${field(k.keyName, 'name', { required: true, value: o.values?.name, error: o.error?.field === 'name' ? o.error.message : null, maxlength: 100 })}
${select(
  t.common.role,
  'role',
  ROLES.map((r) => ({ value: r, label: t.roles[r] })),
  { value: o.values?.role ?? 'support', error: o.error?.field === 'role' ? o.error.message : null },
)}</div>
<div class="actions"><button type="submit">${t.common.create}</button></div>`,
)}`,
    })
  }

  app.get('/admin/api-keys', { config }, async (request, reply) => render(request, reply))

  app.post('/admin/api-keys', { config }, async (request, reply) => {
    const f = formFields(request.body)
    const checked = checkBody({ name: (f.name ?? '').trim(), role: f.role ?? '' })
    if (!checked.ok)
      return render(request, reply, {
        values: f,
        error: {
          field: checked.error.field ?? 'name',
          message: describeError(textFor(request), checked.error),
        },
      })
    const { key } = await ctx.db
      .transaction()
      .execute((trx) => ctx.apiKeys.create(trx, checked.value, actorOf(request.principal), request.id))
    return render(request, reply, { secret: key })
  })

  app.post<{ Params: { id: string } }>('/admin/api-keys/:id/revoke', { config }, async (request, reply) => {
    await ctx.db
      .transaction()
      .execute((trx) => ctx.apiKeys.revoke(trx, request.params.id, actorOf(request.principal), request.id))
    return reply.redirect('/admin/api-keys', 303)
  })
}
