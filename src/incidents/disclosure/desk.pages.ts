import type { MultipartFile } from '@fastify/multipart'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import Type from 'typebox'
import { multipartField } from '../../http/uploads.js'
import type { Language } from '../../i18n/languages.js'
import { controllerName, sendPublicPage, visitorLanguage } from '../../privacy/privacy.layout.js'
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
const ReplyForm = Type.Object(
  {
    body: Type.Optional(Type.String({ maxLength: 20_000 })),
    lang: Type.Optional(Type.String({ maxLength: 5 })),
  },
  { additionalProperties: false },
)

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
      return reply
        .status(415)
        .send({ error: { code: 'unsupported_media_type', message: 'Send the form as multipart/form-data' } })
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
    let screenshot: { type: ImageType; bytes: Buffer } | null = null
    const part = (request.body as Record<string, unknown> | undefined)?.screenshot as
      | MultipartFile
      | undefined
    if (part?.type === 'file') {
      const bytes = await part.toBuffer()
      if (part.file.truncated || bytes.length > MAX_SCREENSHOT_BYTES) e.screenshot = t.errors.size
      else if (bytes.length > 0 || part.filename) {
        const type = sniffImage(bytes)
        if (!type) e.screenshot = t.errors.type
        else screenshot = { type, bytes }
      }
    }
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
    : html`<form method="post" action="/security/report/case/${token}">
<input type="hidden" name="_csrf" value="${request.csrfToken()}">
<input type="hidden" name="lang" value="${l}">
<div class="field"><label for="f-body">${t.reply}</label><textarea id="f-body" name="body" rows="5" required maxlength="${MAX.reply}"></textarea></div>
<button type="submit">${t.send}</button></form>`
}`,
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

  app.post<{ Params: { token: string }; Body: { body?: string; lang?: string } }>(
    '/security/report/case/:token',
    { config: submit, schema: { hide: true, params: TokenParams, body: ReplyForm } },
    async (request, reply) => {
      const row = await reports.byToken(ctx.db, request.params.token)
      const { org } = await site()
      const lang = visitorLanguage(request, request.body?.lang, org.defaultLanguage)
      const body = (request.body?.body ?? '').trim()
      if (row && body && body.length <= MAX.reply && row.status !== 'closed') {
        await ctx.db.transaction().execute((trx) => reports.reply(trx, row, body))
        return casePage(request, reply, request.params.token, lang, DESK_TEXT[lang].replied)
      }
      return casePage(request, reply, request.params.token, lang)
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
        body: html`<h1>${t.noticesTitle}</h1>${notices.length === 0 ? html`<p>${t.noNotices}</p>` : notices.map((n) => html`<article><h2>${n.title}</h2><p>${(n.public_notice_at ?? '').slice(0, 10)}</p><p class="pre">${n.public_notice}</p></article>`)}`,
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
