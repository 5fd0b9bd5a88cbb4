import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import Type from 'typebox'
import { isLanguage, LANGUAGES, type Language, negotiate } from '../i18n/languages.js'
import { sendBarePage as send } from '../ui/bare-page.js'
import { html, type SafeHtml } from '../ui/html.js'
import type { RequestIntake } from './request.intake.js'
import { KINDS, OBJECTION_SCOPES, type ObjectionScope, type RequestKind } from './request.schema.js'
import { longDate, REQUEST_TEXT } from './requests.text.js'

const Text = (max: number) => Type.Optional(Type.String({ maxLength: max }))
/** The intake form as posted; each field is checked again below, with an answer the person can act on. */
const IntakeForm = Type.Object(
  { kind: Text(40), email: Text(400), details: Text(4000), scope: Text(40), lang: Text(5) },
  { additionalProperties: false },
)
const CodeForm = Type.Object(
  { email: Text(400), code: Text(40), lang: Text(5) },
  { additionalProperties: false },
)
const PageQuery = Type.Object({ kind: Text(40), lang: Text(5) }, { additionalProperties: false })
const TokenParams = Type.Object({ token: Type.String({ maxLength: 64 }) }, { additionalProperties: false })

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/
const DETAILS_MAX = 2000

interface Values {
  kind?: string | undefined
  email?: string | undefined
  details?: string | undefined
  scope?: string | undefined
}
type Errors = Partial<Record<'kind' | 'email' | 'details', string>>

/**
 * The public intake of data-subject requests: /privacy/requests/new (choose, give an e-mail, send),
 * then confirmation by the e-mailed link (/privacy/requests/confirm/<token>) or by typing the code
 * (/privacy/requests/confirm). No JavaScript, CSRF-protected forms, rate-limited per client; the
 * answer to a sent form is the same page, byte for byte, whether Vern knows the e-mail or not.
 */
export async function intakePages(app: FastifyInstance, intake: RequestIntake): Promise<void> {
  const { ctx } = app
  const view = {
    access: 'public',
    page: true,
    rateLimit: { max: ctx.limits.pagesPerMinute, timeWindow: 60_000 },
  } as const
  // Sending and confirming are limited like sign-in: each sends a mail or tries a code.
  const submit = { ...view, rateLimit: { max: ctx.limits.authPerMinute, timeWindow: 60_000 } } as const

  async function language(request: FastifyRequest, asked?: string): Promise<Language> {
    if (asked && isLanguage(asked)) return asked
    return (
      negotiate(request.headers['accept-language'], LANGUAGES) ??
      (await ctx.organisation.get(ctx.db)).defaultLanguage
    )
  }
  async function orgName(): Promise<string> {
    return (await ctx.organisation.get(ctx.db)).legalName ?? ctx.config.publicUrl.hostname
  }

  async function form(
    request: FastifyRequest,
    reply: FastifyReply,
    lang: Language,
    values: Values,
    errors: Errors = {},
  ) {
    const t = REQUEST_TEXT[lang].form
    const failed = Object.keys(errors).length > 0
    const chosen = (KINDS as readonly string[]).includes(values.kind ?? '') ? values.kind : undefined
    const scope = (OBJECTION_SCOPES as readonly string[]).includes(values.scope ?? '')
      ? values.scope
      : undefined
    const fieldError = (name: keyof Errors) =>
      errors[name] ? html`<p class="field-error" id="f-${name}-error">${errors[name]}</p>` : ''
    return send(
      reply,
      failed ? 400 : 200,
      lang,
      t.title,
      html`<h1>${t.title}</h1>
${failed ? html`<p class="alert" role="alert">${t.problem}</p>` : ''}
<p>${t.intro(await orgName())}</p>
<form method="post" action="/privacy/requests/new" novalidate>
<input type="hidden" name="_csrf" value="${request.csrfToken()}">
<input type="hidden" name="lang" value="${lang}">
<fieldset class="field${errors.kind ? ' invalid' : ''}"${errors.kind ? html` aria-describedby="f-kind-error"` : ''}>
<legend>${t.kind}</legend>
${fieldError('kind')}
${KINDS.map(
  (k) =>
    html`<div class="field check"><input type="radio" id="f-kind-${k}" name="kind" value="${k}"${chosen === k ? html` checked` : ''}><label for="f-kind-${k}">${REQUEST_TEXT[lang].choices[k]}</label></div>`,
)}
</fieldset>
<fieldset class="field">
<legend>${t.scope}</legend>
${OBJECTION_SCOPES.map(
  (s) =>
    html`<div class="field check"><input type="radio" id="f-scope-${s}" name="scope" value="${s}"${scope === s ? html` checked` : ''}><label for="f-scope-${s}">${t.scopes[s]}</label></div>`,
)}
</fieldset>
<div class="field${errors.email ? ' invalid' : ''}">
<label for="f-email">${t.email}</label>
<input id="f-email" name="email" type="email" autocomplete="email" required maxlength="254" aria-describedby="f-email-hint${errors.email ? ' f-email-error' : ''}"${values.email ? html` value="${values.email}"` : ''}${errors.email ? html` aria-invalid="true"` : ''}>
<p class="hint" id="f-email-hint">${t.emailHint}</p>
${fieldError('email')}
</div>
<div class="field${errors.details ? ' invalid' : ''}">
<label for="f-details">${t.details} <span class="optional">(${t.optional})</span></label>
<textarea id="f-details" name="details" rows="4" maxlength="${DETAILS_MAX}" aria-describedby="f-details-hint${errors.details ? ' f-details-error' : ''}">${values.details ?? ''}</textarea>
<p class="hint" id="f-details-hint">${t.detailsHint}</p>
${fieldError('details')}
</div>
<button type="submit">${t.submit}</button>
</form>`,
    )
  }

  function codeForm(request: FastifyRequest, lang: Language): SafeHtml {
    const t = REQUEST_TEXT[lang].sent
    return html`<form method="post" action="/privacy/requests/confirm" novalidate>
<input type="hidden" name="_csrf" value="${request.csrfToken()}">
<input type="hidden" name="lang" value="${lang}">
<div class="field"><label for="f-email">${t.email}</label><input id="f-email" name="email" type="email" autocomplete="email" required maxlength="254"></div>
<div class="field"><label for="f-code">${t.code}</label><input id="f-code" name="code" type="text" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" required maxlength="12"></div>
<button type="submit">${t.confirm}</button>
</form>`
  }

  function sentPage(request: FastifyRequest, reply: FastifyReply, lang: Language) {
    const t = REQUEST_TEXT[lang].sent
    return send(
      reply,
      200,
      lang,
      t.title,
      html`<h1>${t.title}</h1><p role="status">${t.body}</p>${codeForm(request, lang)}`,
    )
  }

  async function invalidPage(reply: FastifyReply, lang: Language) {
    const t = REQUEST_TEXT[lang].invalid
    return send(
      reply,
      404,
      lang,
      t.title,
      html`<h1>${t.title}</h1><p>${t.body}</p><p><a href="/privacy/requests/new?lang=${lang}">${t.again}</a></p>`,
    )
  }

  function confirmedPage(reply: FastifyReply, done: { language: Language; dueOn: string }) {
    const t = REQUEST_TEXT[done.language].confirmed
    return send(
      reply,
      200,
      done.language,
      t.title,
      html`<h1>${t.title}</h1><p role="status">${t.body(longDate(done.language, done.dueOn))}</p>`,
    )
  }

  app.get<{ Querystring: { kind?: string; lang?: string } }>(
    '/privacy/requests/new',
    { config: view, schema: { hide: true, querystring: PageQuery } },
    async (request, reply) =>
      form(request, reply, await language(request, request.query.lang), { kind: request.query.kind }),
  )

  app.post<{ Body: { kind?: string; email?: string; details?: string; scope?: string; lang?: string } }>(
    '/privacy/requests/new',
    { config: submit, schema: { hide: true, body: IntakeForm } },
    async (request, reply) => {
      const b = request.body ?? {}
      const lang = await language(request, b.lang)
      const t = REQUEST_TEXT[lang].form.errors
      const email = (b.email ?? '').trim()
      const details = (b.details ?? '').trim()
      const errors: Errors = {}
      if (!(KINDS as readonly string[]).includes(b.kind ?? '')) errors.kind = t.kind
      if (email.length > 254 || !EMAIL.test(email)) errors.email = t.email
      if (details.length > DETAILS_MAX) errors.details = t.details
      if (Object.keys(errors).length > 0) return form(request, reply, lang, b, errors)
      const kind = b.kind as RequestKind
      await ctx.db.transaction().execute((trx) =>
        intake.submit(trx, {
          kind,
          email,
          details: details || null,
          objectionScope: kind === 'objection' ? ((b.scope as ObjectionScope | undefined) ?? 'other') : null,
          language: lang,
        }),
      )
      ctx.mail.kick()
      return sentPage(request, reply, lang)
    },
  )

  app.get<{ Querystring: { lang?: string } }>(
    '/privacy/requests/confirm',
    { config: view, schema: { hide: true, querystring: PageQuery } },
    async (request, reply) => sentPage(request, reply, await language(request, request.query.lang)),
  )

  app.post<{ Body: { email?: string; code?: string; lang?: string } }>(
    '/privacy/requests/confirm',
    { config: submit, schema: { hide: true, body: CodeForm } },
    async (request, reply) => {
      const b = request.body ?? {}
      const done = await ctx.db
        .transaction()
        .execute((trx) => intake.confirmCode(trx, b.email ?? '', b.code ?? ''))
      if (!done) return invalidPage(reply, await language(request, b.lang))
      ctx.mail.kick()
      return confirmedPage(reply, done)
    },
  )

  app.get<{ Params: { token: string } }>(
    '/privacy/requests/confirm/:token',
    { config: view, schema: { hide: true, params: TokenParams } },
    async (request, reply) => {
      const lang = await intake.linkLanguage(ctx.db, request.params.token)
      if (!lang) return invalidPage(reply, await language(request))
      const t = REQUEST_TEXT[lang].confirm
      // Confirming takes a POST: mail scanners that follow links must not send anyone's request.
      return send(
        reply,
        200,
        lang,
        t.title,
        html`<h1>${t.title}</h1><p>${t.intro(await orgName())}</p>
<form method="post" action="/privacy/requests/confirm/${request.params.token}"><input type="hidden" name="_csrf" value="${request.csrfToken()}"><button type="submit">${t.button}</button></form>`,
      )
    },
  )

  app.post<{ Params: { token: string } }>(
    '/privacy/requests/confirm/:token',
    { config: submit, schema: { hide: true, params: TokenParams } },
    async (request, reply) => {
      const done = await ctx.db.transaction().execute((trx) => intake.confirmLink(trx, request.params.token))
      if (!done) return invalidPage(reply, await language(request))
      ctx.mail.kick()
      return confirmedPage(reply, done)
    },
  )
}
