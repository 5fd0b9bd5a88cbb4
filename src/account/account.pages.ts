import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { VernError } from '../errors.js'
import { cookieNames, cookieOptions } from '../http/auth.js'
import { ADMIN_LANGUAGES, isAdminLanguage } from '../i18n/languages.js'
import { readOrganisation } from '../organisation/organisation.repository.js'
import { describeError } from '../ui/errors.js'
import { actionButton, field, formFields, postForm, select } from '../ui/forms.js'
import { html } from '../ui/html.js'
import { sendPage, textFor } from '../ui/page.js'
import { findUserById } from '../users/user.repository.js'

/** The signed-in user's own account: name, language, password and two-factor sign-in. */
export async function accountPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const https = ctx.config.publicUrl.protocol === 'https:'
  const names = cookieNames(https)
  const config = { access: 'authenticated' as const, page: true }

  const me = (request: FastifyRequest) => {
    if (request.principal?.type !== 'user')
      throw new VernError('forbidden', 'Only staff accounts have an account page')
    return request.principal
  }

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    o: { notice?: string | null; errors?: Record<string, string> } = {},
  ) => {
    const t = textFor(request)
    const a = t.account
    const principal = me(request)
    const user = await findUserById(ctx.db, principal.id)
    const e = o.errors ?? {}
    return sendPage(request, reply, {
      title: a.title,
      status: o.errors ? 400 : 200,
      notice: o.notice,
      error: o.errors ? t.common.fixErrors : null,
      body: html`<h2>${a.profile}</h2>
${postForm(
  request,
  '/account',
  html`${field(t.common.name, 'name', { value: user?.name, required: true, error: e.name, autocomplete: 'name', maxlength: 200 })}
${select(
  a.language,
  'locale',
  ADMIN_LANGUAGES.map((l) => ({ value: l, label: t.languages[l] })),
  { value: user?.locale ?? 'en' },
)}
<p class="hint">${t.common.email}: ${user?.email}</p>
<div class="actions"><button type="submit">${t.common.save}</button></div>`,
)}
<h2>${a.twoFactorHeading}</h2>
<p>${user?.totp_enabled_at ? a.twoFactorOn : a.twoFactorOff}</p>
<p><a class="button secondary" href="/account/two-factor">${user?.totp_enabled_at ? a.twoFactorHeading : a.setUp}</a></p>
<h2>${a.passwordHeading}</h2>
${postForm(
  request,
  '/account/password',
  html`<input type="text" name="username" value="${user?.email ?? ''}" autocomplete="username" hidden>
${field(a.currentPassword, 'current', { type: 'password', required: true, error: e.current, autocomplete: 'current-password' })}
${field(t.password.newPassword, 'password', { type: 'password', required: true, hint: t.setup.passwordHint, error: e.password, autocomplete: 'new-password' })}
${field(t.setup.passwordAgain, 'passwordAgain', { type: 'password', required: true, error: e.passwordAgain, autocomplete: 'new-password' })}
<div class="actions"><button type="submit">${a.passwordHeading}</button></div>`,
)}`,
    })
  }

  app.get('/account', { config }, async (request, reply) => {
    const t = textFor(request)
    const q = request.query as Record<string, string>
    return render(request, reply, {
      notice: q.saved ? t.common.saved : q.password ? t.account.passwordChanged : null,
    })
  })

  app.post('/account', { config }, async (request, reply) => {
    const principal = me(request)
    const f = formFields(request.body)
    try {
      await ctx.db
        .transaction()
        .execute((trx) =>
          ctx.users.update(
            trx,
            principal.id,
            { name: f.name ?? '', ...(f.locale && isAdminLanguage(f.locale) ? { locale: f.locale } : {}) },
            actorOf(principal),
            request.id,
          ),
        )
    } catch (error) {
      if (!(error instanceof VernError) || error.code !== 'validation_failed') throw error
      return render(request, reply, { errors: { name: describeError(textFor(request), error) } })
    }
    return reply.redirect('/account?saved=1', 303)
  })

  app.post('/account/password', { config }, async (request, reply) => {
    const principal = me(request)
    const t = textFor(request)
    const f = formFields(request.body)
    const user = await findUserById(ctx.db, principal.id)
    if (!user?.password_hash || !(await ctx.passwords.verify(user.password_hash, f.current ?? ''))) {
      return render(request, reply, { errors: { current: t.account.wrongPassword } })
    }
    if (f.password !== f.passwordAgain)
      return render(request, reply, { errors: { passwordAgain: t.setup.passwordsDiffer } })
    try {
      const { token } = await ctx.db.transaction().execute(async (trx) => {
        await ctx.users.setPassword(trx, principal.id, f.password ?? '', actorOf(principal), request.id)
        // setPassword ends every session; this browser gets a fresh one.
        return ctx.sessions.create(trx, principal.id, 'active')
      })
      reply.setCookie(names.session, token, cookieOptions(https))
    } catch (error) {
      if (!(error instanceof VernError) || error.code !== 'validation_failed') throw error
      return render(request, reply, { errors: { password: describeError(t, error) } })
    }
    return reply.redirect('/account?password=1', 303)
  })

  const twoFactorPage = async (request: FastifyRequest, reply: FastifyReply, error?: string) => {
    const t = textFor(request)
    const a = t.account
    const principal = me(request)
    const user = await findUserById(ctx.db, principal.id)
    const org = await readOrganisation(ctx.db)
    const required = org.require_two_factor === 1 && (principal.role === 'owner' || principal.role === 'dpo')
    const q = request.query as Record<string, string>
    if (user?.totp_enabled_at) {
      const left = await ctx.twoFactor.remainingRecoveryCodes(ctx.db, principal.id)
      return sendPage(request, reply, {
        title: a.twoFactorHeading,
        notice: q.on ? a.enabled : null,
        body: html`<p>${a.twoFactorOn}</p><p>${a.recoveryLeft(left)}</p>
${!required && actionButton(request, '/account/two-factor/off', a.turnOff, { danger: true })}
<p><a href="/account">${t.common.back}</a></p>`,
      })
    }
    const enrolment = await ctx.db
      .transaction()
      .execute((trx) => ctx.twoFactor.begin(trx, principal.id, `Vern ${org.legal_name ?? ''}`.trim()))
    return sendPage(request, reply, {
      title: a.setUp,
      status: error ? 400 : 200,
      error,
      notice: q.off ? a.disabledNotice : null,
      body: html`${required && html`<p class="warn">${a.twoFactorRequired}</p>`}
<p>${a.scan}</p>
<p><img class="qr" src="${enrolment.qrDataUrl}" alt="QR code"></p>
<p>${a.manual} <code>${enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}</code></p>
${postForm(
  request,
  '/account/two-factor',
  html`${field(t.login.code, 'code', { required: true, autocomplete: 'one-time-code', inputmode: 'numeric', maxlength: 10 })}
<div class="actions"><button type="submit">${a.confirm}</button></div>`,
)}`,
    })
  }

  const partial = { ...config, partialSession: true }
  app.get('/account/two-factor', { config: partial }, async (request, reply) => twoFactorPage(request, reply))

  app.post('/account/two-factor', { config: partial }, async (request, reply) => {
    const principal = me(request)
    const t = textFor(request)
    const code = (formFields(request.body).code ?? '').replace(/\s/g, '')
    let codes: string[]
    try {
      codes = await ctx.db
        .transaction()
        .execute((trx) => ctx.twoFactor.confirm(trx, principal.id, code, actorOf(principal), request.id))
    } catch (error) {
      if (!(error instanceof VernError) || error.code !== 'validation_failed') throw error
      return twoFactorPage(request, reply, t.login.codeFailed)
    }
    const session = request.session
    if (session && session.state !== 'active') {
      const { token } = await ctx.db.transaction().execute(async (trx) => {
        await ctx.login.recordLogin(trx, principal.id, 'password+totp_enrolment', request.id)
        return ctx.sessions.upgrade(trx, session, 'active')
      })
      reply.setCookie(names.session, token, cookieOptions(https))
    }
    return sendPage(request, reply, {
      title: t.account.recoveryTitle,
      notice: t.account.enabled,
      body: html`<p>${t.account.recoveryIntro}</p><ul class="codes">${codes.map((c) => html`<li>${c}</li>`)}</ul><p><a class="button" href="/">${t.account.continue}</a></p>`,
    })
  })

  app.post('/account/two-factor/off', { config }, async (request, reply) => {
    const principal = me(request)
    const org = await readOrganisation(ctx.db)
    if (org.require_two_factor === 1 && (principal.role === 'owner' || principal.role === 'dpo')) {
      throw new VernError('forbidden', 'Your organisation requires two-factor sign-in for your role')
    }
    await ctx.db
      .transaction()
      .execute((trx) => ctx.twoFactor.disable(trx, principal.id, actorOf(principal), request.id))
    return reply.redirect('/account/two-factor?off=1', 303)
  })
}
