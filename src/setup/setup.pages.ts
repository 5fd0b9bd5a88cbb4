import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { safeEqual } from '../auth/tokens.js'
import { renderDashboard } from '../dashboard/dashboard.pages.js'
import { invalid, VernError } from '../errors.js'
import { cookieNames, cookieOptions } from '../http/auth.js'
import { compileInput } from '../http/validation.js'
import type { AdminText } from '../i18n/admin/index.js'
import { formFieldOf, identityFields, patchFromForm } from '../organisation/organisation.form.js'
import { OrganisationPatch } from '../organisation/organisation.schema.js'
import { describeError } from '../ui/errors.js'
import { field, formFields, postForm } from '../ui/forms.js'
import { html } from '../ui/html.js'
import { pageLanguage, sendPage, textFor } from '../ui/page.js'
import { countUsers } from '../users/user.repository.js'
import { completeSetup } from './setup.service.js'

const checkPatch = compileInput<OrganisationPatch>(OrganisationPatch)
const OWNER_FIELDS = new Set(['name', 'email', 'password', 'passwordAgain', 'setupCode'])

/** `/`: the first-run wizard until an owner exists, then the dashboard (or the sign-in page). */
export async function setupPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const names = cookieNames(ctx.config.publicUrl.protocol === 'https:')
  const limit = { max: ctx.limits.authPerMinute, timeWindow: 60_000 }

  app.get(
    '/',
    {
      config: {
        access: 'public',
        page: true,
        rateLimit: { max: ctx.limits.pagesPerMinute, timeWindow: 60_000 },
      },
    },
    async (request, reply) => {
      if ((await countUsers(ctx.db)) === 0) return wizard(request, reply, {}, {})
      if (!request.principal) return reply.redirect('/login', 303)
      if (request.session && request.session.state !== 'active') {
        return reply.redirect(
          request.session.state === 'enrol' ? '/account/two-factor' : '/login/two-factor',
          303,
        )
      }
      return renderDashboard(request, reply)
    },
  )

  app.post(
    '/setup',
    { config: { access: 'public', page: true, rateLimit: limit } },
    async (request, reply) => {
      const f = formFields(request.body)
      const t = textFor(request)
      try {
        if ((await countUsers(ctx.db)) > 0)
          throw new VernError('conflict', 'Vern is already set up; sign in instead')
        if (ctx.setupCode && !safeEqual((f.setupCode ?? '').trim(), ctx.setupCode))
          throw invalid('setupCode', t.setup.setupCodeWrong)
        if (!(f.name ?? '').trim()) throw invalid('name', 'name is required', 'required')
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test((f.email ?? '').trim()))
          throw invalid('email', 'email is required', 'email')
        if (f.password !== f.passwordAgain)
          throw invalid('passwordAgain', t.setup.passwordsDiffer, 'mismatch')
        const checked = checkPatch(patchFromForm(f, 'identity'))
        if (!checked.ok) throw checked.error
        const language = pageLanguage(request)
        const userId = await ctx.db.transaction().execute((trx) =>
          completeSetup(
            ctx,
            trx,
            {
              owner: {
                name: f.name ?? '',
                email: f.email ?? '',
                password: f.password ?? '',
                locale: language,
              },
              organisation: checked.value,
            },
            request.id,
          ),
        )
        const { token } = await ctx.db.transaction().execute(async (trx) => {
          await ctx.login.recordLogin(trx, userId, 'setup', request.id)
          return ctx.sessions.create(trx, userId, 'active')
        })
        reply.setCookie(names.session, token, cookieOptions(ctx.config.publicUrl.protocol === 'https:'))
        return reply.redirect('/', 303)
      } catch (error) {
        if (error instanceof VernError && error.code === 'conflict') return reply.redirect('/login', 303)
        if (!(error instanceof VernError) || error.code !== 'validation_failed') throw error
        const key = OWNER_FIELDS.has(error.field ?? '') ? (error.field ?? '') : formFieldOf(error.field)
        return wizard(
          request,
          reply,
          f,
          {
            [key]: error.rule === 'mismatch' || key === 'setupCode' ? error.message : describeError(t, error),
          },
          400,
        )
      }
    },
  )
}

function wizard(
  request: FastifyRequest,
  reply: FastifyReply,
  v: Record<string, string>,
  e: Record<string, string | undefined>,
  status = 200,
) {
  const t: AdminText = textFor(request)
  const s = t.setup
  const needsCode = request.server.ctx.setupCode !== null
  return sendPage(request, reply, {
    title: s.title,
    status,
    error: status === 400 ? t.common.fixErrors : null,
    body: html`<p>${s.intro}</p>
${postForm(
  request,
  '/setup',
  html`${needsCode && field(s.setupCode, 'setupCode', { required: true, hint: s.setupCodeHint, error: e.setupCode, autocomplete: 'off' })}
<fieldset><legend>${s.ownerHeading}</legend>
${field(s.name, 'name', { value: v.name, required: true, error: e.name, autocomplete: 'name', maxlength: 200 })}
${field(s.email, 'email', { type: 'email', value: v.email, required: true, error: e.email, autocomplete: 'email', maxlength: 254 })}
${field(s.password, 'password', { type: 'password', required: true, hint: s.passwordHint, error: e.password, autocomplete: 'new-password' })}
${field(s.passwordAgain, 'passwordAgain', { type: 'password', required: true, error: e.passwordAgain, autocomplete: 'new-password' })}
</fieldset>
<fieldset><legend>${s.orgHeading}</legend>
${identityFields(t, v, e)}
</fieldset>
<div class="actions"><button type="submit">${s.submit}</button></div>`,
)}`,
  })
}
