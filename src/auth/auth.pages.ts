import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { VernError } from '../errors.js'
import { cookieNames, cookieOptions } from '../http/auth.js'
import { isLanguage } from '../i18n/languages.js'
import { passwordResetMail } from '../mail/templates/staff-mail.js'
import { readOrganisation } from '../organisation/organisation.repository.js'
import { describeError } from '../ui/errors.js'
import { field, formFields, postForm } from '../ui/forms.js'
import { html } from '../ui/html.js'
import { sendPage, textFor } from '../ui/page.js'
import { findUserById } from '../users/user.repository.js'

const MAX_CODE_ATTEMPTS = 5

/** A `next` parameter is followed only to a path on this site, never to another host. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])[^\s]*$/.test(next) ? next : '/'
}

/** Sign-in, the second factor, sign-out and the password links. */
export async function authPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const https = ctx.config.publicUrl.protocol === 'https:'
  const names = cookieNames(https)
  const strict = { max: ctx.limits.authPerMinute, timeWindow: 60_000 }
  const pages = { max: ctx.limits.pagesPerMinute, timeWindow: 60_000 }
  const codeAttempts = new Map<string, number>()

  const loginPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    o: { email?: string; error?: string; notice?: string; status?: number } = {},
  ) => {
    const t = textFor(request)
    const next = safeNext(
      (request.query as Record<string, unknown>).next ??
        (request.body as Record<string, unknown> | undefined)?.next,
    )
    return sendPage(request, reply, {
      title: t.login.title,
      status: o.status,
      error: o.error,
      notice: o.notice,
      body: html`${postForm(
        request,
        '/login',
        html`<input type="hidden" name="next" value="${next}">
${field(t.login.email, 'email', { type: 'email', value: o.email, required: true, autocomplete: 'username', autofocus: true, maxlength: 254 })}
${field(t.login.password, 'password', { type: 'password', required: true, autocomplete: 'current-password' })}
<div class="actions"><button type="submit">${t.login.submit}</button> <a href="/password/forgot">${t.login.forgot}</a></div>`,
      )}`,
    })
  }

  app.get(
    '/login',
    { config: { access: 'public', page: true, rateLimit: pages } },
    async (request, reply) => {
      if (request.principal && request.session?.state === 'active') return reply.redirect('/', 303)
      const q = request.query as Record<string, string>
      const t = textFor(request)
      return loginPage(request, reply, {
        notice: q.out ? t.login.signedOut : q.password ? t.login.passwordSet : undefined,
      })
    },
  )

  app.post(
    '/login',
    { config: { access: 'public', page: true, rateLimit: strict } },
    async (request, reply) => {
      const f = formFields(request.body)
      const t = textFor(request)
      const email = (f.email ?? '').slice(0, 254)
      const password = (f.password ?? '').slice(0, 1024)
      const result = await ctx.login.checkPassword(ctx.db, email, password, request.id)
      if (!result.ok) return loginPage(request, reply, { email, error: t.login.failed, status: 401 })
      const { token, session } = await ctx.db.transaction().execute(async (trx) => {
        if (request.session) await ctx.sessions.destroy(trx, request.session.id)
        if (result.state !== 'second_factor')
          await ctx.login.recordLogin(trx, result.userId, 'password', request.id)
        return ctx.sessions.create(trx, result.userId, result.state)
      })
      reply.setCookie(names.session, token, cookieOptions(https))
      if (session.state === 'second_factor')
        return reply.redirect(`/login/two-factor?next=${encodeURIComponent(safeNext(f.next))}`, 303)
      if (session.state === 'enrol') return reply.redirect('/account/two-factor', 303)
      return reply.redirect(safeNext(f.next), 303)
    },
  )

  const codePage = (request: FastifyRequest, reply: FastifyReply, error?: string) => {
    const t = textFor(request)
    const next = safeNext((request.query as Record<string, unknown>).next)
    return sendPage(request, reply, {
      title: t.login.twoFactorTitle,
      status: error ? 401 : 200,
      error,
      body: html`<p>${t.login.twoFactorIntro}</p>
${postForm(
  request,
  `/login/two-factor?next=${encodeURIComponent(next)}`,
  html`${field(t.login.code, 'code', { required: true, autocomplete: 'one-time-code', inputmode: 'numeric', autofocus: true, maxlength: 20 })}
<div class="actions"><button type="submit">${t.login.verify}</button></div>`,
)}`,
    })
  }

  const partial = { access: 'authenticated' as const, page: true, partialSession: true }
  app.get('/login/two-factor', { config: { ...partial, rateLimit: pages } }, async (request, reply) => {
    if (request.session?.state !== 'second_factor') return reply.redirect('/', 303)
    // Rendered for the session, which shows no navigation until the code is in.
    request.principal = null
    return codePage(request, reply)
  })

  app.post('/login/two-factor', { config: { ...partial, rateLimit: strict } }, async (request, reply) => {
    const session = request.session
    if (session?.state !== 'second_factor') return reply.redirect('/', 303)
    const t = textFor(request)
    const code = (formFields(request.body).code ?? '').slice(0, 20)
    const method = await ctx.db
      .transaction()
      .execute((trx) => ctx.twoFactor.verify(trx, session.userId, code))
    request.principal = null
    if (!method) {
      const attempts = (codeAttempts.get(session.id) ?? 0) + 1
      codeAttempts.set(session.id, attempts)
      await ctx.audit.append(ctx.db, {
        actor: { type: 'anonymous' },
        action: 'auth.login_failed',
        target: { type: 'user', id: session.userId },
        outcome: 'failure',
        details: { reason: 'second_factor' },
        requestId: request.id,
      })
      if (attempts >= MAX_CODE_ATTEMPTS) {
        codeAttempts.delete(session.id)
        await ctx.sessions.destroy(ctx.db, session.id)
        reply.clearCookie(names.session, { path: '/' })
        return sendPage(request, reply, {
          title: t.login.twoFactorTitle,
          status: 401,
          error: t.login.tooManyCodes,
          body: html`<p><a href="/login">${t.login.title}</a></p>`,
        })
      }
      return codePage(request, reply, t.login.codeFailed)
    }
    codeAttempts.delete(session.id)
    const { token } = await ctx.db.transaction().execute(async (trx) => {
      await ctx.login.recordLogin(
        trx,
        session.userId,
        method === 'totp' ? 'password+totp' : 'password+recovery_code',
        request.id,
      )
      return ctx.sessions.upgrade(trx, session, 'active')
    })
    reply.setCookie(names.session, token, cookieOptions(https))
    return reply.redirect(safeNext((request.query as Record<string, unknown>).next), 303)
  })

  app.post('/logout', { config: partial }, async (request, reply) => {
    if (request.session) {
      const session = request.session
      await ctx.db.transaction().execute(async (trx) => {
        await ctx.sessions.destroy(trx, session.id)
        await ctx.audit.append(trx, {
          actor: { type: 'user', id: session.userId },
          action: 'auth.logout',
          target: { type: 'user', id: session.userId },
          requestId: request.id,
        })
      })
    }
    reply.clearCookie(names.session, { path: '/' })
    return reply.redirect('/login?out=1', 303)
  })

  app.get(
    '/password/forgot',
    { config: { access: 'public', page: true, rateLimit: pages } },
    async (request, reply) => {
      const t = textFor(request)
      return sendPage(request, reply, {
        title: t.password.forgotTitle,
        body: html`<p>${t.password.forgotIntro}</p>
${postForm(request, '/password/forgot', html`${field(t.login.email, 'email', { type: 'email', required: true, autocomplete: 'username', maxlength: 254 })}<div class="actions"><button type="submit">${t.password.send}</button></div>`)}`,
      })
    },
  )

  app.post(
    '/password/forgot',
    { config: { access: 'public', page: true, rateLimit: strict } },
    async (request, reply) => {
      const t = textFor(request)
      const email = (formFields(request.body).email ?? '').slice(0, 254)
      // The answer is sent first and is the same for every address: whether an account exists never
      // shows in the page or its timing. The work happens after.
      setImmediate(() => {
        sendResetLink(email, request.id).catch((error: unknown) =>
          ctx.log.error({ err: error }, 'password reset failed'),
        )
      })
      return sendPage(request, reply, {
        title: t.password.forgotTitle,
        notice: t.password.sent,
        body: html`<p><a href="/login">${t.login.title}</a></p>`,
      })
    },
  )

  async function sendResetLink(email: string, requestId: string): Promise<void> {
    const user = await ctx.users.findByEmail(ctx.db, email)
    if (!user || user.disabled_at) return
    await ctx.db.transaction().execute(async (trx) => {
      const token = await ctx.users.issueToken(trx, user.id, 'reset')
      const org = await readOrganisation(trx)
      const language =
        user.locale && isLanguage(user.locale)
          ? user.locale
          : isLanguage(org.default_language)
            ? org.default_language
            : 'en'
      const content = passwordResetMail(language, {
        name: user.name,
        org: org.legal_name ?? 'Vern',
        link: `${ctx.config.publicUrl.href.replace(/\/$/, '')}/password/reset/${token}`,
      })
      await ctx.mail.enqueue(trx, {
        template: 'password-reset',
        language,
        message: { to: user.email, ...content },
      })
      await ctx.audit.append(trx, {
        actor: { type: 'anonymous' },
        action: 'auth.password_reset_requested',
        target: { type: 'user', id: user.id },
        requestId,
      })
    })
    ctx.mail.kick()
  }

  const resetPage = async (request: FastifyRequest, reply: FastifyReply, token: string, error?: string) => {
    const t = textFor(request)
    const found = await ctx.users.peekToken(ctx.db, token)
    if (!found)
      return sendPage(request, reply, {
        title: t.password.resetTitle,
        status: 404,
        error: t.password.invalidLink,
        body: html`<p><a href="/password/forgot">${t.password.forgotTitle}</a></p>`,
      })
    const user = await findUserById(ctx.db, found.userId)
    return sendPage(request, reply, {
      title: found.purpose === 'invite' ? t.password.inviteTitle : t.password.resetTitle,
      status: error ? 400 : 200,
      error,
      body: postForm(
        request,
        `/password/reset/${token}`,
        html`<input type="text" name="username" value="${user?.email ?? ''}" autocomplete="username" hidden>
${field(t.password.newPassword, 'password', { type: 'password', required: true, hint: t.setup.passwordHint, autocomplete: 'new-password', autofocus: true })}
${field(t.setup.passwordAgain, 'passwordAgain', { type: 'password', required: true, autocomplete: 'new-password' })}
<div class="actions"><button type="submit">${t.password.submit}</button></div>`,
      ),
    })
  }

  app.get<{ Params: { token: string } }>(
    '/password/reset/:token',
    { config: { access: 'public', page: true, rateLimit: pages } },
    async (request, reply) => resetPage(request, reply, request.params.token),
  )

  app.post<{ Params: { token: string } }>(
    '/password/reset/:token',
    { config: { access: 'public', page: true, rateLimit: strict } },
    async (request, reply) => {
      const t = textFor(request)
      const f = formFields(request.body)
      if (f.password !== f.passwordAgain)
        return resetPage(request, reply, request.params.token, t.setup.passwordsDiffer)
      try {
        await ctx.db
          .transaction()
          .execute((trx) => ctx.users.completeToken(trx, request.params.token, f.password ?? '', request.id))
      } catch (error) {
        if (!(error instanceof VernError)) throw error
        if (error.code === 'validation_failed')
          return resetPage(request, reply, request.params.token, describeError(t, error))
        return resetPage(request, reply, request.params.token)
      }
      reply.clearCookie(names.session, { path: '/' })
      return reply.redirect('/login?password=1', 303)
    },
  )
}
