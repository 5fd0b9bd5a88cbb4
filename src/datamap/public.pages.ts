import type { FastifyInstance, FastifyRequest } from 'fastify'
import { isLanguage, LANGUAGES, type Language, negotiate } from '../i18n/languages.js'
import { html, type SafeHtml, safeUrl } from '../ui/html.js'
import { countryName } from './countries.js'
import { LANGUAGE_NAMES, PUBLIC_TEXT, type PublicText } from './i18n/public.js'
import { ropaText } from './i18n/ropa.js'
import type { Processor } from './processor.schema.js'
import { dataMapOf } from './services.js'

/** The visitor's language: ?lang=, else Accept-Language, else the organisation's default. */
function publicLanguage(request: FastifyRequest, fallback: Language): Language {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang
  if (typeof asked === 'string' && isLanguage(asked)) return asked
  return negotiate(request.headers['accept-language'], LANGUAGES) ?? fallback
}

/** /privacy/processors: the published processors and recipients, for data subjects. No personal data. */
export async function publicProcessorPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const { processors } = dataMapOf(ctx)
  app.get(
    '/privacy/processors',
    {
      config: {
        access: 'public',
        page: true,
        rateLimit: { max: ctx.limits.pagesPerMinute, timeWindow: 60_000 },
      },
      schema: { hide: true },
    },
    async (request, reply) => {
      const org = await ctx.organisation.get(ctx.db)
      const lang = publicLanguage(request, org.defaultLanguage)
      const t = PUBLIC_TEXT[lang]
      const name = org.legalName ?? t.thisOrganisation
      const list = await processors.list(ctx.db, { publishedOnly: true })
      const body =
        list.length === 0
          ? html`<h1>${t.emptyTitle}</h1><p>${t.empty(name)}</p>${org.contactEmail && html`<p>${t.contact}: <a href="${safeUrl(`mailto:${org.contactEmail}`)}">${org.contactEmail}</a></p>`}`
          : html`<h1>${t.title}</h1><p>${t.intro(name)}</p>${table(t, lang, list)}`
      return reply
        .status(list.length === 0 ? 404 : 200)
        .header('content-language', lang)
        .type('text/html; charset=utf-8')
        .send(document(lang, list.length === 0 ? t.emptyTitle : t.title, t, body))
    },
  )
}

function table(t: PublicText, lang: Language, list: Processor[]): SafeHtml {
  const r = ropaText(lang)
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${t.title}"><table>
<thead><tr><th scope="col">${t.name}</th><th scope="col">${t.role}</th><th scope="col">${t.country}</th><th scope="col">${t.description}</th></tr></thead>
<tbody>
${list.map(
  (
    p,
  ) => html`<tr><th scope="row">${p.website ? html`<a href="${safeUrl(p.website)}" rel="noopener noreferrer">${p.name}</a>` : p.name}</th>
<td>${r.roles[p.role]}</td>
<td>${countryName(p.country, lang)}${p.thirdCountry && html`<br><span class="hint">${t.transfer}${p.transferSafeguard ? `: ${r.safeguards[p.transferSafeguard]}` : ''}</span>`}</td>
<td>${p.description ?? ''}</td></tr>`,
)}
</tbody></table></div>`
}

function document(lang: Language, title: string, t: PublicText, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/assets/admin.css">
</head>
<body>
<main id="main" class="bare">
<nav aria-label="${t.language}"><ul class="languages">${LANGUAGES.map(
    (l) =>
      html`<li><a href="/privacy/processors?lang=${l}" hreflang="${l}" lang="${l}"${l === lang ? html` aria-current="page"` : ''}>${LANGUAGE_NAMES[l]}</a></li>`,
  )}</ul></nav>
${body}
</main>
</body>
</html>`.value
}
