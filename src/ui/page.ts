import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Principal } from '../auth/principal.js'
import { type AdminText, adminText } from '../i18n/admin/index.js'
import { ADMIN_LANGUAGES, type AdminLanguage, negotiate } from '../i18n/languages.js'
import { html, type Renderable, type SafeHtml } from './html.js'
import { type NavItem, visibleNavigation } from './nav.js'

/** The admin language: the user's choice, else the browser's, else English. */
export function pageLanguage(request: FastifyRequest): AdminLanguage {
  const chosen = request.principal?.type === 'user' ? request.principal.locale : null
  const query = (request.query as Record<string, unknown> | undefined)?.lang
  const asked =
    typeof query === 'string' && (ADMIN_LANGUAGES as readonly string[]).includes(query)
      ? (query as AdminLanguage)
      : null
  return chosen ?? asked ?? negotiate(request.headers['accept-language'], ADMIN_LANGUAGES) ?? 'en'
}

export function textFor(request: FastifyRequest): AdminText {
  return adminText(pageLanguage(request))
}

export interface PageOptions {
  title: string
  body: Renderable
  /** A short confirmation shown above the content (role="status"). */
  notice?: string | null | undefined
  /** An error summary shown above the content (role="alert"). */
  error?: string | null | undefined
  status?: number
}

/** Sends a full admin page: header, navigation for the principal's role, and the content. */
export async function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  options: PageOptions,
): Promise<FastifyReply> {
  const principal = request.principal
  const t = textFor(request)
  const lang = pageLanguage(request)
  const org = await request.server.ctx.organisation.get(request.server.ctx.db)
  const body = principal
    ? shell(request, principal, t, org.legalName, options)
    : html`<main id="main" class="bare">${heading(options)}${options.body}</main>`
  return reply
    .status(options.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(document(lang, options.title, t, body).value)
}

/** A page without navigation, for sign-in, set-up and error pages. */
export function bareDocument(lang: AdminLanguage, title: string, content: Renderable): SafeHtml {
  return document(lang, title, adminText(lang), html`<main id="main" class="bare">${content}</main>`)
}

function document(lang: AdminLanguage, title: string, t: AdminText, body: Renderable): SafeHtml {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Vern</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/admin.css">
<script src="/assets/admin.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${t.meta.skip}</a>
${body}
</body>
</html>`
}

function heading(options: PageOptions): SafeHtml {
  return html`<h1>${options.title}</h1>
${options.notice && html`<p class="notice" role="status">${options.notice}</p>`}
${options.error && html`<p class="alert" role="alert">${options.error}</p>`}`
}

function shell(
  request: FastifyRequest,
  principal: Principal,
  t: AdminText,
  orgName: string | null,
  options: PageOptions,
): SafeHtml {
  const path = request.url.split('?')[0] ?? '/'
  const isCurrent = (item: NavItem) =>
    item.href === '/' ? path === '/' : path === item.href || path.startsWith(`${item.href}/`)
  return html`<header class="top">
  <a class="brand" href="/"><img src="/assets/favicon.svg" alt="" width="24" height="24"> Vern</a>
  ${orgName && html`<span class="org">${orgName}</span>`}
  <button type="button" class="menu-toggle" aria-controls="nav" aria-expanded="false" hidden>${t.meta.menu}</button>
  <nav class="account" aria-label="${t.meta.accountNav}">
    <a href="/account">${principal.name}</a>
    <form method="post" action="/logout"><input type="hidden" name="_csrf" value="${request.csrfToken()}"><button type="submit" class="link">${t.meta.logout}</button></form>
  </nav>
</header>
<div class="shell">
<nav id="nav" class="side" aria-label="${t.meta.mainNav}">
${visibleNavigation(principal).map(
  (section) =>
    html`<h2>${t.nav[section.key]}</h2><ul>${section.items.map(
      (item) =>
        html`<li><a href="${item.href}"${isCurrent(item) ? html` aria-current="page"` : ''}>${t.nav[item.key]}${item.plannedIn && html` <span class="soon">${t.meta.soon}</span>`}</a></li>`,
    )}</ul>`,
)}
</nav>
<main id="main">
${heading(options)}
${options.body}
</main>
</div>`
}
