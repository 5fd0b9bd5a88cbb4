import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { isRole, ROLES } from '../auth/roles.js'
import { conflict, VernError } from '../errors.js'
import { ADMIN_LANGUAGES, isAdminLanguage } from '../i18n/languages.js'
import { describeError } from '../ui/errors.js'
import { formatTime } from '../ui/format.js'
import { actionButton, field, formFields, postForm, select } from '../ui/forms.js'
import { html } from '../ui/html.js'
import { pageLanguage, sendPage, textFor } from '../ui/page.js'
import { queueInvite } from './invite.js'
import { parseRole } from './user.service.js'

/** The users page: list, add (with invitation), change role, disable, resend invitation, reset two-factor. */
export async function userPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const config = { access: 'users.manage' as const, page: true }

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    o: { values?: Record<string, string>; errors?: Record<string, string>; notice?: string | null } = {},
  ) => {
    const t = textFor(request)
    const u = t.users
    const lang = pageLanguage(request)
    const users = await ctx.users.list(ctx.db)
    const roleOptions = ROLES.map((r) => ({ value: r, label: t.roles[r] }))
    const v = o.values ?? {}
    const e = o.errors ?? {}
    return sendPage(request, reply, {
      title: u.title,
      status: o.errors ? 400 : 200,
      notice: o.notice,
      error: o.errors ? t.common.fixErrors : null,
      body: html`<p>${u.intro}</p>
<div class="table-wrap" role="region" tabindex="0" aria-label="${u.title}"><table>
<thead><tr><th scope="col">${t.common.name}</th><th scope="col">${t.common.email}</th><th scope="col">${t.common.role}</th><th scope="col">${t.common.status}</th><th scope="col">${u.twoFactor}</th><th scope="col">${u.lastLogin}</th><th scope="col">${t.common.actions}</th></tr></thead>
<tbody>${users.map(
        (user) => html`<tr>
<td>${user.name}</td><td>${user.email}</td>
<td>${postForm(request, `/admin/users/${user.id}`, html`<label class="visually-hidden" for="role-${user.id}">${u.changeRole}</label><select id="role-${user.id}" name="role">${roleOptions.map((r) => html`<option value="${r.value}"${r.value === user.role ? html` selected` : ''}>${r.label}</option>`)}</select> <button type="submit" class="secondary">${t.common.save}</button>`, { className: 'inline', label: `${u.changeRole}: ${user.name}` })}</td>
<td><span class="badge ${user.disabled ? 'bad' : 'ok'}">${user.disabled ? u.disabled : user.hasPassword ? u.active : u.invitedStatus}</span></td>
<td>${user.twoFactorEnabled ? t.common.yes : t.common.no}</td>
<td>${user.lastLoginAt ? formatTime(user.lastLoginAt, lang) : t.common.never}</td>
<td class="actions">
${actionButton(request, `/admin/users/${user.id}`, user.disabled ? u.enable : u.disable, { danger: !user.disabled, hidden: { disabled: user.disabled ? 'false' : 'true' } })}
${!user.hasPassword && !user.disabled && actionButton(request, `/admin/users/${user.id}/invite`, u.resendInvite)}
${user.twoFactorEnabled && actionButton(request, `/admin/users/${user.id}/two-factor-off`, u.resetTwoFactor, { danger: true })}
</td></tr>`,
      )}</tbody></table></div>
<h2>${u.add}</h2>
<p>${u.addIntro}</p>
${postForm(
  request,
  '/admin/users',
  html`<div class="row">
${field(t.common.name, 'name', { value: v.name, required: true, error: e.name, maxlength: 200 })}
${field(t.common.email, 'email', { type: 'email', value: v.email, required: true, error: e.email, maxlength: 254 })}
</div>
<div class="row">
${select(t.common.role, 'role', roleOptions, { value: v.role ?? 'support', error: e.role })}
${select(
  t.meta.language,
  'locale',
  ADMIN_LANGUAGES.map((l) => ({ value: l, label: t.languages[l] })),
  { value: v.locale ?? pageLanguage(request) },
)}
</div>
<dl class="facts">${ROLES.map((r) => html`<dt>${t.roles[r]}</dt><dd>${u.roleHelp[r]}</dd>`)}</dl>
<div class="actions"><button type="submit">${t.common.create}</button></div>`,
)}`,
    })
  }

  app.get('/admin/users', { config }, async (request, reply) => {
    const q = request.query as Record<string, string>
    const t = textFor(request)
    return render(request, reply, {
      notice: q.invited ? t.users.invited : q.updated ? t.users.updated : null,
    })
  })

  app.post('/admin/users', { config }, async (request, reply) => {
    const f = formFields(request.body)
    try {
      const role = parseRole(f.role ?? '')
      await ctx.db.transaction().execute(async (trx) => {
        const user = await ctx.users.create(
          trx,
          {
            email: f.email ?? '',
            name: f.name ?? '',
            role,
            locale: f.locale && isAdminLanguage(f.locale) ? f.locale : null,
          },
          actorOf(request.principal),
          request.id,
        )
        await queueInvite(ctx, trx, user)
      })
      ctx.mail.kick()
      return reply.redirect('/admin/users?invited=1', 303)
    } catch (error) {
      if (!(error instanceof VernError) || (error.code !== 'validation_failed' && error.code !== 'conflict'))
        throw error
      return render(request, reply, {
        values: f,
        errors: { [error.field ?? 'email']: describeError(textFor(request), error) },
      })
    }
  })

  app.post<{ Params: { id: string } }>('/admin/users/:id', { config }, async (request, reply) => {
    const f = formFields(request.body)
    const changes = {
      ...(f.role && isRole(f.role) ? { role: f.role } : {}),
      ...(f.disabled === 'true' || f.disabled === 'false' ? { disabled: f.disabled === 'true' } : {}),
    }
    try {
      await ctx.db
        .transaction()
        .execute((trx) =>
          ctx.users.update(trx, request.params.id, changes, actorOf(request.principal), request.id),
        )
    } catch (error) {
      if (!(error instanceof VernError) || error.code !== 'conflict') throw error
      return sendPage(request, reply, {
        title: textFor(request).users.title,
        status: 409,
        error: error.message,
        body: html`<p><a href="/admin/users">${textFor(request).common.back}</a></p>`,
      })
    }
    return reply.redirect('/admin/users?updated=1', 303)
  })

  app.post<{ Params: { id: string } }>('/admin/users/:id/invite', { config }, async (request, reply) => {
    await ctx.db.transaction().execute(async (trx) => {
      const user = await ctx.users.get(trx, request.params.id)
      if (user.disabled) throw conflict('The user is disabled')
      await queueInvite(ctx, trx, user)
      await ctx.audit.append(trx, {
        actor: actorOf(request.principal),
        action: 'user.invite',
        target: { type: 'user', id: user.id },
        requestId: request.id,
      })
    })
    ctx.mail.kick()
    return reply.redirect('/admin/users?invited=1', 303)
  })

  app.post<{ Params: { id: string } }>(
    '/admin/users/:id/two-factor-off',
    { config },
    async (request, reply) => {
      await ctx.db.transaction().execute(async (trx) => {
        await ctx.users.get(trx, request.params.id)
        await ctx.twoFactor.disable(trx, request.params.id, actorOf(request.principal), request.id)
      })
      return reply.redirect('/admin/users?updated=1', 303)
    },
  )
}
