import type { MultipartFile } from '@fastify/multipart'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import Type from 'typebox'
import { VernError } from '../../errors.js'
import { multipartField } from '../../http/uploads.js'
import type { Language } from '../../i18n/languages.js'
import { controllerName, sendPublicPage, visitorLanguage } from '../../privacy/privacy.layout.js'
import { formFields } from '../../ui/forms.js'
import { html, type SafeHtml } from '../../ui/html.js'
import { publishedNotices } from '../breaches/breach.repository.js'
import { DESK_TEXT, type DeskText } from './desk.text.js'
import { type ImageType, MAX_SCREENSHOT_BYTES, sniffImage } from './images.js'
import type { ReportService } from './report.service.js'
import { currentExpiry, securityTxt } from './security-txt.js'

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/
const MAX = { what: 10_000, location: 2_000, howFound: 10_000, name: 200, email: 254, reply: 10_000 }
const TokenParams = Type.Object({ token: Type.String({ maxLength: 64 }) }, { additionalProperties: false })
const LangQuery = Type.Object(
  { lang: Type.Optional(Type.String({ maxLength: 5 })) },
  { additionalProperties: false },
)

/**
 * The optional screenshot of a multipart form: its size checked against the limit and its type from
 * its first bytes (never the name or the declared type). An empty file field means none was chosen.
 */
async function screenshotOf(
  request: FastifyRequest,
  t: DeskText,
): Promise<{ screenshot: { type: ImageType; bytes: Buffer } | null } | { error: string }> {
  const part = (request.body as Record<string, unknown> | undefined)?.screenshot as MultipartFile | undefined
  if (part?.type !== 'file') return { screenshot: null }
  const bytes = await part.toBuffer()
  if (part.file.truncated || bytes.length > MAX_SCREENSHOT_BYTES) return { error: t.errors.size }
  if (bytes.length === 0 && !part.filename) return { screenshot: null }
  const type = sniffImage(bytes)
  return type ? { screenshot: { type, bytes } } : { error: t.errors.type }
}

type Field = 'what' | 'location' | 'howFound' | 'name' | 'email' | 'screenshot'
type Values = Partial<Record<Exclude<Field, 'screenshot'>, string>>
type Errors = Partial<Record<Field, string>>

/**
 * The public vulnerability disclosure desk: /security/report (the form, multipart for the optional
 * screenshot), the receipt with the private link, /security/report/case/<token> (follow and reply),
 * /security/policy and /.well-known/security.txt. No script, rate-limited, text shown as text.
 */
export async function deskPages(app: FastifyInstance, reports: ReportService): Promise<void> {
  const { ctx } = app
  const view = {
    access: 'public',
    page: true,
    rateLimit: { max: ctx.limits.pagesPerMinute, timeWindow: 60_000 },
  } as const
  const submit = { ...view, rateLimit: { max: ctx.limits.authPerMinute, timeWindow: 60_000 } } as const

  async function site() {
    const org = await ctx.organisation.get(ctx.db)
    return { org, name: controllerName(org, ctx.config.publicUrl) }
  }

  function rules(t: DeskText): SafeHtml {
    return html`<section aria-labelledby="rules-h" id="rules"><h2 id="rules-h">${t.rulesTitle}</h2><ul>${t.rules.map((r) => html`<li>${r}</li>`)}</ul>
<h2>${t.notReportTitle}</h2><ul>${t.notReport.map((r) => html`<li>${r}</li>`)}</ul></section>`
  }

  function area(
    _t: DeskText,
    name: 'what' | 'location' | 'howFound',
    label: string,
    hint: string,
    v: Values,
    e: Errors,
    rows: number,
  ) {
    const err = e[name]
    return html`<div class="field${err ? ' invalid' : ''}">
<label for="f-${name}">${label}</label>
<textarea id="f-${name}" name="${name}" rows="${rows}" required maxlength="${MAX[name]}" aria-describedby="f-${name}-hint${err ? ` f-${name}-error` : ''}"${err ? html` aria-invalid="true"` : ''}>${v[name] ?? ''}</textarea>
<p class="hint" id="f-${name}-hint">${hint}</p>
${err && html`<p class="field-error" id="f-${name}-error">${err}</p>`}
</div>`
  }

  function input(
    t: DeskText,
    name: 'name' | 'email',
    label: string,
    type: string,
    auto: string,
    v: Values,
    e: Errors,
  ) {
    const err = e[name]
    return html`<div class="field${err ? ' invalid' : ''}">
<label for="f-${name}">${label} <span class="optional">(${t.optional})</span></label>
<input id="f-${name}" name="${name}" type="${type}" autocomplete="${auto}" maxlength="${MAX[name]}"${v[name] ? html` value="${v[name]}"` : ''}${err ? html` aria-invalid="true" aria-describedby="f-${name}-error"` : ''}>
${err && html`<p class="field-error" id="f-${name}-error">${err}</p>`}
</div>`
  }

  async function form(
    request: FastifyRequest,
    reply: FastifyReply,
    lang: Language,
    v: Values = {},
    e: Errors = {},
  ) {
    const t = DESK_TEXT[lang]
    const { name } = await site()
    const failed = Object.keys(e).length > 0
    return sendPublicPage(reply, {
      lang,
      title: t.title,
      site: name,
      path: '/security/report',
      status: failed ? 400 : 200,
      body: html`<h1>${t.title}</h1>
${failed && html`<p class="alert" role="alert">${t.problem}</p>`}
<p>${t.intro(name)}</p>
${rules(t)}
<form method="post" action="/security/report" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="${request.csrfToken()}">
<input type="hidden" name="lang" value="${lang}">
${area(t, 'what', t.what, t.whatHint, v, e, 5)}
${area(t, 'location', t.location, t.locationHint, v, e, 2)}
${area(t, 'howFound', t.howFound, t.howFoundHint, v, e, 5)}
<fieldset><legend>${t.contactTitle}</legend><p class="hint">${t.contactHint}</p>
${input(t, 'name', t.name, 'text', 'name', v, e)}
${input(t, 'email', t.email, 'email', 'email', v, e)}
</fieldset>
<div class="field${e.screenshot ? ' invalid' : ''}">
<label for="f-screenshot">${t.screenshot} <span class="optional">(${t.optional})</span></label>
<input id="f-screenshot" name="screenshot" type="file" accept="image/png,image/jpeg,image/gif,image/webp" aria-describedby="f-screenshot-hint${e.screenshot ? ' f-screenshot-error' : ''}"${e.screenshot ? html` aria-invalid="true"` : ''}>
<p class="hint" id="f-screenshot-hint">${t.screenshotHint}</p>
${e.screenshot && html`<p class="field-error" id="f-screenshot-error">${e.screenshot}</p>`}
</div>
<button type="submit">${t.submit}</button>
</form>`,
    })
  }

  app.get<{ Querystring: { lang?: string } }>(
    '/security/report',
    { config: view, schema: { hide: true, querystring: LangQuery } },
    async (request, reply) => {
      const { org } = await site()
      return form(request, reply, visitorLanguage(request, request.query.lang, org.defaultLanguage))
    },
  )

  app.post('/security/report', { config: submit, schema: { hide: true } }, async (request, reply) => {
    const { org } = await site()
    if (!request.isMultipart())
      throw new VernError('unsupported_media_type', 'Send the form as multipart/form-data', 'body')
    const lang = visitorLanguage(request, multipartField(request, 'lang'), org.defaultLanguage)
    const t = DESK_TEXT[lang]
    const v: Values = {
      what: (multipartField(request, 'what') ?? '').trim(),
      location: (multipartField(request, 'location') ?? '').trim(),
      howFound: (multipartField(request, 'howFound') ?? '').trim(),
      name: (multipartField(request, 'name') ?? '').trim(),
      email: (multipartField(request, 'email') ?? '').trim(),
    }
    const e: Errors = {}
    for (const f of ['what', 'location', 'howFound'] as const) {
      if (!v[f]) e[f] = t.errors.required
      else if ((v[f] ?? '').length > MAX[f]) e[f] = t.errors.tooLong
    }
    if ((v.name ?? '').length > MAX.name) e.name = t.errors.tooLong
    if (v.email && (v.email.length > MAX.email || !EMAIL.test(v.email))) e.email = t.errors.email
    const checked = await screenshotOf(request, t)
    if ('error' in checked) e.screenshot = checked.error
    const screenshot = 'screenshot' in checked ? checked.screenshot : null
    if (Object.keys(e).length > 0) return form(request, reply, lang, v, e)
    const done = await ctx.db.transaction().execute((trx) =>
      reports.submit(trx, {
        language: lang,
        what: v.what ?? '',
        location: v.location ?? '',
        howFound: v.howFound ?? '',
        name: v.name || null,
        email: v.email || null,
        screenshot,
      }),
    )
    ctx.mail.kick()
    const link = new URL(`/security/report/case/${done.token}`, ctx.config.publicUrl).href
    return sendPublicPage(reply, {
      lang,
      title: t.receivedTitle,
      site: controllerName(org, ctx.config.publicUrl),
      path: '/security/report',
      body: html`<h1>${t.receivedTitle}</h1>
<p role="status">${t.received(done.reference, done.answerDueOn)}</p>
<p>${t.linkIntro}</p>
<p><a id="case-link" href="${link}">${link}</a></p>
<p class="warn">${t.linkKeep}</p>
${v.email && html`<p>${t.mailed}</p>`}`,
    })
  })

  async function casePage(
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    lang: Language | null,
    notice?: string,
    replyError?: { body?: string; screenshot?: string; value?: string },
  ) {
    const { org, name } = await site()
    const row = await reports.byToken(ctx.db, token)
    if (!row) {
      const l = lang ?? visitorLanguage(request, undefined, org.defaultLanguage)
      const t = DESK_TEXT[l]
      return sendPublicPage(reply, {
        lang: l,
        title: t.invalidTitle,
        site: name,
        path: '/security/report',
        status: 404,
        body: html`<h1>${t.invalidTitle}</h1><p>${t.invalid}</p><p><a href="/security/report?lang=${l}">${t.title}</a></p>`,
      })
    }
    const l = lang ?? (row.language as Language)
    const t = DESK_TEXT[l]
    const c = await reports.publicView(ctx.db, row)
    return sendPublicPage(reply, {
      lang: l,
      title: t.caseTitle(c.reference),
      site: name,
      path: `/security/report/case/${token}`,
      body: html`<h1>${t.caseTitle(c.reference)}</h1>
${notice && html`<p class="notice" role="status">${notice}</p>`}
<p>${t.statusLabel}: <strong>${t.statuses[c.status]}</strong></p>
${c.status !== 'closed' && !c.answeredAt && html`<p>${t.answerBy(c.answerDueOn)}</p>`}
<h2>${t.what}</h2><p class="pre">${c.what}</p>
<h2>${t.location}</h2><p class="pre">${c.location}</p>
${c.messages.length > 0 && html`<h2>${t.messages}</h2><ol class="messages">${c.messages.map((m) => html`<li><strong>${m.author === 'reporter' ? t.you : t.us}</strong> (${m.at.slice(0, 16).replace('T', ' ')} UTC)<p class="pre">${m.body}</p></li>`)}</ol>`}
${
  c.status === 'closed'
    ? html`<p>${t.closed}</p>`
    : html`${replyError && html`<p class="alert" role="alert">${t.problem}</p>`}<form method="post" action="/security/report/case/${token}" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="${request.csrfToken()}">
<input type="hidden" name="lang" value="${l}">
<div class="field${replyError?.body ? ' invalid' : ''}"><label for="f-body">${t.reply}</label><textarea id="f-body" name="body" rows="5" required maxlength="${MAX.reply}"${replyError?.body ? html` aria-invalid="true" aria-describedby="f-body-error"` : ''}>${replyError?.value ?? ''}</textarea>
${replyError?.body && html`<p class="field-error" id="f-body-error">${replyError.body}</p>`}</div>
<div class="field${replyError?.screenshot ? ' invalid' : ''}">
<label for="f-screenshot">${t.screenshot} <span class="optional">(${t.optional})</span></label>
<input id="f-screenshot" name="screenshot" type="file" accept="image/png,image/jpeg,image/gif,image/webp" aria-describedby="f-screenshot-hint${replyError?.screenshot ? ' f-screenshot-error' : ''}"${replyError?.screenshot ? html` aria-invalid="true"` : ''}>
<p class="hint" id="f-screenshot-hint">${t.screenshotHint}</p>
${replyError?.screenshot && html`<p class="field-error" id="f-screenshot-error">${replyError.screenshot}</p>`}
</div>
<button type="submit">${t.send}</button></form>`
}`,
      ...(replyError ? { status: 400 } : {}),
    })
  }

  app.get<{ Querystring: { lang?: string } }>(
    '/security/report/case',
    { config: view, schema: { hide: true, querystring: LangQuery } },
    async (request, reply) => {
      const { org, name } = await site()
      const lang = visitorLanguage(request, request.query.lang, org.defaultLanguage)
      const t = DESK_TEXT[lang]
      return sendPublicPage(reply, {
        lang,
        title: t.title,
        site: name,
        path: '/security/report/case',
        body: html`<h1>${t.title}</h1><p>${t.caseHelp}</p>`,
      })
    },
  )

  app.get<{ Params: { token: string }; Querystring: { lang?: string } }>(
    '/security/report/case/:token',
    { config: view, schema: { hide: true, params: TokenParams, querystring: LangQuery } },
    async (request, reply) => {
      const asked = request.query.lang
      const { org } = await site()
      return casePage(
        request,
        reply,
        request.params.token,
        asked ? visitorLanguage(request, asked, org.defaultLanguage) : null,
      )
    },
  )

  /**
   * The reporter's reply: multipart (the form, with an optional screenshot checked like the report's)
   * or a plain urlencoded body. A blank or over-long text or a bad screenshot is shown back with the
   * error and 400, writing nothing.
   */
  app.post<{ Params: { token: string } }>(
    '/security/report/case/:token',
    { config: submit, schema: { hide: true, params: TokenParams } },
    async (request, reply) => {
      const row = await reports.byToken(ctx.db, request.params.token)
      const { org } = await site()
      const multipart = request.isMultipart()
      const plain = multipart ? {} : formFields(request.body)
      const field = (name: string) => (multipart ? multipartField(request, name) : plain[name])
      const lang = visitorLanguage(request, field('lang')?.slice(0, 5), org.defaultLanguage)
      const t = DESK_TEXT[lang]
      if (!row || row.status === 'closed') return casePage(request, reply, request.params.token, lang)
      const body = (field('body') ?? '').trim()
      const e: { body?: string; screenshot?: string } = {}
      if (!body) e.body = t.errors.required
      else if (body.length > MAX.reply) e.body = t.errors.tooLong
      const checked = multipart ? await screenshotOf(request, t) : { screenshot: null }
      if ('error' in checked) e.screenshot = checked.error
      if (e.body || e.screenshot)
        return casePage(request, reply, request.params.token, lang, undefined, {
          ...e,
          value: body.slice(0, MAX.reply),
        })
      const screenshot = 'screenshot' in checked ? checked.screenshot : null
      await ctx.db.transaction().execute((trx) => reports.reply(trx, row, body, screenshot))
      return casePage(request, reply, request.params.token, lang, t.replied)
    },
  )

  app.get<{ Querystring: { lang?: string } }>(
    '/security/policy',
    { config: view, schema: { hide: true, querystring: LangQuery } },
    async (request, reply) => {
      const { org, name } = await site()
      const lang = visitorLanguage(request, request.query.lang, org.defaultLanguage)
      const t = DESK_TEXT[lang]
      return sendPublicPage(reply, {
        lang,
        title: t.policyTitle,
        site: name,
        path: '/security/policy',
        body: html`<h1>${t.policyTitle}</h1><p>${t.intro(name)}</p>${rules(t)}<p><a href="/security/report?lang=${lang}">${t.title}</a></p>`,
      })
    },
  )

  app.get<{ Querystring: { lang?: string } }>(
    '/security/notices',
    { config: view, schema: { hide: true, querystring: LangQuery } },
    async (request, reply) => {
      const { org, name } = await site()
      const lang = visitorLanguage(request, request.query.lang, org.defaultLanguage)
      const t = DESK_TEXT[lang]
      const notices = await publishedNotices(ctx.db)
      return sendPublicPage(reply, {
        lang,
        title: t.noticesTitle,
        site: name,
        path: '/security/notices',
        body: html`<h1>${t.noticesTitle}</h1>${notices.length === 0 ? html`<p>${t.noNotices}</p>` : notices.map((n) => html`<article><h2>${n.title}</h2><p>${(n.public_notice_at ?? '').slice(0, 10)}</p><p class="pre">${n.public_notice}</p>${n.advice && html`<h3>${t.adviceTitle}</h3><p class="pre">${n.advice}</p>`}</article>`)}`,
      })
    },
  )

  app.get(
    '/.well-known/security.txt',
    { config: { access: 'public', rateLimit: view.rateLimit }, schema: { hide: true } },
    async (_request, reply) => {
      const org = await ctx.organisation.get(ctx.db)
      const body = securityTxt(org, ctx.config.publicUrl, await currentExpiry(ctx.db, ctx.clock))
      return reply.type('text/plain; charset=utf-8').header('cache-control', 'max-age=3600').send(body)
    },
  )
}
