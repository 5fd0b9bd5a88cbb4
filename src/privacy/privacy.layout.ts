import type { FastifyReply, FastifyRequest } from 'fastify'
import { LANGUAGE_NAMES } from '../datamap/i18n/public.js'
import { isLanguage, LANGUAGES, type Language, negotiate } from '../i18n/languages.js'
import type { Organisation } from '../organisation/organisation.schema.js'
import { html, type Renderable } from '../ui/html.js'
import { PRIVACY_TEXT } from './privacy.text.js'

/** The visitor's language: the asked one (`?lang=` or the form's), else Accept-Language, else the fallback. */
export function visitorLanguage(request: FastifyRequest, asked: unknown, fallback: Language): Language {
  if (typeof asked === 'string' && isLanguage(asked)) return asked
  return negotiate(request.headers['accept-language'], LANGUAGES) ?? fallback
}

/** The controller's name as the pages show it: the legal name, else the host Vern is reached at. */
export function controllerName(org: Organisation, publicUrl: URL): string {
  return org.legalName ?? publicUrl.hostname
}

export interface PublicPage {
  lang: Language
  title: string
  /** The site's name in the header: the organisation. */
  site: string
  /** The path the language links point to (without query). */
  path: string
  body: Renderable
  status?: number
  /** Further stylesheets of the page (same origin), after the privacy center's. */
  styles?: readonly string[]
}

/**
 * Sends a public privacy page: landmarks (header with the language list, main, footer), no script,
 * nothing cached or sent on as a referrer, since a path may hold a token.
 */
export function sendPublicPage(reply: FastifyReply, p: PublicPage): FastifyReply {
  const t = PRIVACY_TEXT[p.lang]
  return reply
    .status(p.status ?? 200)
    .header('content-language', p.lang)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .type('text/html; charset=utf-8')
    .send(
      html`<!doctype html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${p.title} · ${p.site}</title>
<link rel="stylesheet" href="/assets/admin.css">
<link rel="stylesheet" href="/privacy/style.css">
${(p.styles ?? []).map(
  (href) => html`<link rel="stylesheet" href="${href}">
`,
)}</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="public">
<span class="site">${p.site}</span>
<nav aria-label="${t.language}"><ul class="languages">${LANGUAGES.map(
        (l) =>
          html`<li><a href="${p.path}?lang=${l}" hreflang="${l}" lang="${l}"${l === p.lang ? html` aria-current="page"` : ''}>${LANGUAGE_NAMES[l]}</a></li>`,
      )}</ul></nav>
</header>
<main id="main" class="public">
${p.body}
</main>
<footer class="public"><p><a href="/privacy?lang=${p.lang}">${t.title}</a> · <a href="/privacy/policy?lang=${p.lang}">${t.who.policy}</a></p></footer>
</body>
</html>`.value,
    )
}
