import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Language } from '../i18n/languages.js'
import type { Organisation } from '../organisation/organisation.schema.js'
import type { Subscription } from '../subscriptions/subscription.schema.js'
import { postForm } from '../ui/forms.js'
import { html, type SafeHtml } from '../ui/html.js'
import { controllerName, sendPublicPage, visitorLanguage } from './privacy.layout.js'
import { LanguageQuery, TokenParams, WithdrawAction } from './privacy.schema.js'
import type { ManagedPermissions } from './privacy.service.js'
import { PRIVACY_TEXT } from './privacy.text.js'
import { privacyOf } from './services.js'

const LOCALES: Record<Language, string> = { en: 'en-GB', da: 'da-DK', nb: 'nb-NO', sv: 'sv-SE', fi: 'fi-FI' }
const ZONES: Record<string, string> = {
  DK: 'Europe/Copenhagen',
  NO: 'Europe/Oslo',
  SE: 'Europe/Stockholm',
  FI: 'Europe/Helsinki',
}

/**
 * /privacy/subscriptions/<token>: the page the mailed link opens. It lists the person's marketing
 * permissions (channel, purpose, basis, since when; nothing else about them) and withdraws one or all
 * with plain POST forms. The token is the only key; a bad one gets a page that reveals nothing.
 */
export async function managePages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const center = privacyOf(ctx)
  const config = {
    access: 'public',
    page: true,
    rateLimit: { max: ctx.limits.pagesPerMinute, timeWindow: 60_000 },
  } as const

  async function invalid(
    request: FastifyRequest,
    reply: FastifyReply,
    asked: unknown,
  ): Promise<FastifyReply> {
    const org = await ctx.organisation.get(ctx.db)
    const lang = visitorLanguage(request, asked, org.defaultLanguage)
    const t = PRIVACY_TEXT[lang].invalid
    return sendPublicPage(reply, {
      lang,
      title: t.title,
      site: controllerName(org, ctx.config.publicUrl),
      path: '/privacy',
      status: 404,
      body: html`<h1>${t.title}</h1><p>${t.body}</p><p><a href="/privacy?lang=${lang}#newsletter">${t.again}</a></p>`,
    })
  }

  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    managed: ManagedPermissions,
    lang: Language,
    notice?: string,
  ): Promise<FastifyReply> {
    const org = await ctx.organisation.get(ctx.db)
    const t = PRIVACY_TEXT[lang].manage
    const name = controllerName(org, ctx.config.publicUrl)
    const action = `/privacy/subscriptions/${token}`
    const open = managed.permissions.filter((p) => p.status !== 'withdrawn')
    return sendPublicPage(reply, {
      lang,
      title: t.title,
      site: name,
      path: action,
      body: html`<h1>${t.title}</h1>
${notice && html`<p class="notice" role="status">${notice}</p>`}
<p>${t.intro(name)}</p>
<p class="hint">${t.expires}</p>
${
  managed.permissions.length === 0
    ? html`<p>${t.none}</p>`
    : html`<ul class="permissions">${managed.permissions.map((p) => item(request, action, lang, org, p))}</ul>`
}
${
  open.length > 0
    ? postForm(
        request,
        action,
        html`<input type="hidden" name="lang" value="${lang}"><input type="hidden" name="withdraw" value="all">
<p id="withdraw-all-hint" class="hint">${t.withdrawAllHint}</p>
<button type="submit" class="danger" aria-describedby="withdraw-all-hint">${t.withdrawAll}</button>`,
        { className: 'withdraw-all', label: t.withdrawAll },
      )
    : managed.permissions.length > 0 && html`<p>${t.nothingLeft}</p>`
}
<p><a href="/privacy?lang=${lang}">${t.back}</a></p>`,
    })
  }

  /** One permission: what it is about and by which channel, why and since when, and its button. */
  function item(
    request: FastifyRequest,
    action: string,
    lang: Language,
    org: Organisation,
    p: Subscription,
  ): SafeHtml {
    const t = PRIVACY_TEXT[lang].manage
    const purpose = t.purposes[p.purpose] ?? p.purpose
    const since = p.confirmedAt ?? p.createdAt
    return html`<li class="permission">
<h2>${purpose} · ${t.channels[p.channel]}</h2>
<dl class="facts">
<dt>${t.basis}</dt><dd>${t.bases[p.basis]}</dd>
<dt>${t.since}</dt><dd><time datetime="${since}">${date(since, lang, org)}</time></dd>
<dt>${t.status}</dt><dd>${t.statuses[p.status]}${p.withdrawnAt && html`, <time datetime="${p.withdrawnAt}">${date(p.withdrawnAt, lang, org)}</time>`}</dd>
</dl>
${
  p.status !== 'withdrawn' &&
  postForm(
    request,
    action,
    html`<input type="hidden" name="lang" value="${lang}"><input type="hidden" name="withdraw" value="${p.id}">
<button type="submit" class="secondary">${t.withdraw}<span class="visually-hidden">: ${purpose}, ${t.channels[p.channel]}</span></button>`,
  )
}
</li>`
  }

  app.get<{ Params: TokenParams; Querystring: LanguageQuery }>(
    '/privacy/subscriptions/:token',
    { config, schema: { hide: true, params: TokenParams, querystring: LanguageQuery } },
    async (request, reply) => {
      const managed = await center.open(ctx.db, request.params.token, request.id)
      if (!managed) return invalid(request, reply, request.query.lang)
      const lang = visitorLanguage(request, request.query.lang ?? managed.language, managed.language)
      return show(request, reply, request.params.token, managed, lang)
    },
  )

  app.post<{ Params: TokenParams; Body: WithdrawAction }>(
    '/privacy/subscriptions/:token',
    { config, schema: { hide: true, params: TokenParams, body: WithdrawAction } },
    async (request, reply) => {
      const { token } = request.params
      const done = await ctx.db
        .transaction()
        .execute((trx) => center.withdraw(trx, token, request.body.withdraw))
      if (!done) return invalid(request, reply, request.body.lang)
      const managed = await center.open(ctx.db, token, request.id)
      if (!managed) return invalid(request, reply, request.body.lang)
      const lang = visitorLanguage(request, request.body.lang ?? done.language, done.language)
      const t = PRIVACY_TEXT[lang].manage
      // The same answer the first time and on a repeat: each action takes effect once.
      const notice = done.target === 'all' ? t.allWithdrawn : t.withdrawn
      return show(request, reply, token, managed, lang, notice)
    },
  )
}

function date(iso: string, lang: Language, org: Organisation): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'long',
    timeZone: ZONES[org.country ?? ''] ?? 'Europe/Copenhagen',
  }).format(new Date(iso))
}
