import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Language } from '../i18n/languages.js'
import { longDay } from '../mail/templates/policy-mail.js'
import { controllerName, sendPublicPage, visitorLanguage } from '../privacy/privacy.layout.js'
import { html } from '../ui/html.js'
import { POLICY_CSS } from './policy.css.js'
import { lineDiff, summarizeChanges } from './policy.diff.js'
import { documentText } from './policy.document.js'
import { POLICY_PUBLIC_TEXT } from './policy.public.text.js'
import { renderDiff, renderDocument } from './policy.render.js'
import { PublicQuery, VersionParams } from './policy.schema.js'
import type { PolicyService, Version } from './policy.service.js'

const STYLES = ['/privacy/policy/style.css']

/**
 * JSON that is also safe inside a shop's own <script> element or HTML attribute: <, >, & and the two
 * JavaScript line separators are written as \u escapes, which every JSON parser reads back unchanged.
 */
export function embeddableJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** The fragment and the JSON are cached by the shop and its CDN: the language follows Accept-Language. */
const SHARED_CACHE = { 'cache-control': 'public, max-age=300', vary: 'Accept-Language' }

/**
 * The public policy: /privacy/policy (the version in force, in the visitor's language), its
 * embeddable fragment and JSON for the shop's own page, /privacy/policy/versions with every version
 * and what changed. No personal data; rate-limited; no script.
 */
export async function policyPublicPages(app: FastifyInstance, policy: PolicyService): Promise<void> {
  const { ctx } = app
  const pages = { max: ctx.limits.pagesPerMinute, timeWindow: 60_000 }
  const config = { access: 'public' as const, page: true, rateLimit: pages }

  app.get(
    '/privacy/policy/style.css',
    { config: { access: 'public', rateLimit: { ...pages, max: pages.max * 10 } }, schema: { hide: true } },
    async (_request, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(POLICY_CSS),
  )

  async function language(request: FastifyRequest): Promise<Language> {
    const org = await ctx.organisation.get(ctx.db)
    return visitorLanguage(request, (request.query as PublicQuery).lang, org.defaultLanguage)
  }

  async function site(): Promise<string> {
    return controllerName(await ctx.organisation.get(ctx.db), ctx.config.publicUrl)
  }

  async function notYet(reply: FastifyReply, lang: Language): Promise<FastifyReply> {
    const t = POLICY_PUBLIC_TEXT[lang]
    return sendPublicPage(reply, {
      lang,
      title: t.notYet,
      site: await site(),
      styles: STYLES,
      path: '/privacy/policy',
      status: 404,
      body: html`<h1>${t.notYet}</h1><p>${t.notYetBody}</p><p><a href="/privacy?lang=${lang}">${t.back}</a></p>`,
    })
  }

  async function showVersion(reply: FastifyReply, lang: Language, v: Version, path: string, today: string) {
    const t = POLICY_PUBLIC_TEXT[lang]
    const doc = v.documents[lang]
    const when = longDay(lang, v.effectiveFrom)
    const status = v.effectiveFrom > today ? t.upcoming(v.number, when) : t.inForce(v.number, when)
    return sendPublicPage(reply, {
      lang,
      title: path === '/privacy/policy' ? doc.title : t.versionTitle(v.number),
      site: await site(),
      styles: STYLES,
      path,
      body: renderDocument(doc, {
        headline: true,
        before: html`<p class="policy-version">${status} <a href="/privacy/policy/versions?lang=${lang}">${t.allVersions}</a>${v.number > 1 && html` · <a href="/privacy/policy/versions/${v.number}/changes?lang=${lang}">${t.whatChanged}</a>`}</p>`,
      }),
    })
  }

  app.get<{ Querystring: PublicQuery }>(
    '/privacy/policy',
    { config, schema: { hide: true, querystring: PublicQuery } },
    async (request, reply) => {
      const lang = await language(request)
      const current = await policy.current(ctx.db)
      if (!current) return notYet(reply, lang)
      return showVersion(reply, lang, current, '/privacy/policy', await policy.today(ctx.db))
    },
  )

  app.get<{ Querystring: PublicQuery }>(
    '/privacy/policy/fragment',
    { config, schema: { hide: true, querystring: PublicQuery } },
    async (request, reply) => {
      const lang = await language(request)
      const current = await policy.current(ctx.db)
      reply.header('access-control-allow-origin', '*').headers(SHARED_CACHE)
      if (!current) return reply.status(404).type('text/html; charset=utf-8').send('')
      const t = POLICY_PUBLIC_TEXT[lang]
      const fragment = renderDocument(current.documents[lang], {
        headline: false,
        idPrefix: 'vern-policy',
        before: html`<p class="policy-version">${t.inForce(current.number, longDay(lang, current.effectiveFrom))}</p>`,
      })
      return reply.header('content-language', lang).type('text/html; charset=utf-8').send(fragment.value)
    },
  )

  app.get<{ Querystring: PublicQuery }>(
    '/privacy/policy.json',
    { config: { ...config, page: false }, schema: { hide: true, querystring: PublicQuery } },
    async (request, reply) => {
      const lang = await language(request)
      const current = await policy.current(ctx.db)
      reply.header('access-control-allow-origin', '*').headers(SHARED_CACHE)
      if (!current)
        return reply
          .status(404)
          .send({ error: { code: 'not_found', message: 'No privacy policy has been published yet' } })
      return reply
        .header('content-language', lang)
        .type('application/json; charset=utf-8')
        .send(
          embeddableJson({
            version: current.number,
            effectiveFrom: current.effectiveFrom,
            language: lang,
            url: new URL(`/privacy/policy?lang=${lang}`, ctx.config.publicUrl).href,
            document: current.documents[lang],
          }),
        )
    },
  )

  app.get<{ Querystring: PublicQuery }>(
    '/privacy/policy/versions',
    { config, schema: { hide: true, querystring: PublicQuery } },
    async (request, reply) => {
      const lang = await language(request)
      const t = POLICY_PUBLIC_TEXT[lang]
      const versions = await policy.versions(ctx.db)
      if (versions.length === 0) return notYet(reply, lang)
      const current = await policy.current(ctx.db)
      const today = await policy.today(ctx.db)
      return sendPublicPage(reply, {
        lang,
        title: t.versionsTitle,
        site: await site(),
        styles: STYLES,
        path: '/privacy/policy/versions',
        body: html`<h1>${t.versionsTitle}</h1>
<p>${t.versionsIntro}</p>
<table>
<thead><tr><th scope="col">${t.version}</th><th scope="col">${t.effectiveFrom}</th><th scope="col">${t.changes}</th></tr></thead>
<tbody>${versions.map(
          (v) => html`<tr>
<th scope="row"><a href="/privacy/policy/versions/${v.number}?lang=${lang}">${t.version} ${v.number}</a> <span class="hint">(${v.number === current?.number ? t.current : v.effectiveFrom > today ? t.future : t.earlier})</span></th>
<td>${longDay(lang, v.effectiveFrom)}</td>
<td>${v.number > 1 ? html`<a href="/privacy/policy/versions/${v.number}/changes?lang=${lang}">${t.whatChanged}</a>` : t.firstVersion}</td>
</tr>`,
        )}</tbody>
</table>
<p><a href="/privacy/policy?lang=${lang}">${t.back}</a></p>`,
      })
    },
  )

  app.get<{ Params: VersionParams; Querystring: PublicQuery }>(
    '/privacy/policy/versions/:number',
    { config, schema: { hide: true, params: VersionParams, querystring: PublicQuery } },
    async (request, reply) => {
      const lang = await language(request)
      const v = await policy.version(ctx.db, request.params.number)
      return showVersion(reply, lang, v, `/privacy/policy/versions/${v.number}`, await policy.today(ctx.db))
    },
  )

  app.get<{ Params: VersionParams; Querystring: PublicQuery }>(
    '/privacy/policy/versions/:number/changes',
    { config, schema: { hide: true, params: VersionParams, querystring: PublicQuery } },
    async (request, reply) => {
      const lang = await language(request)
      const t = POLICY_PUBLIC_TEXT[lang]
      const after = await policy.version(ctx.db, request.params.number)
      const before = after.number > 1 ? await policy.version(ctx.db, after.number - 1) : null
      const title = before ? t.whatChangedTitle(before.number, after.number) : t.versionTitle(after.number)
      const a = before && { facts: before.facts, document: before.documents[lang] }
      const b = { facts: after.facts, document: after.documents[lang] }
      const changes = a ? summarizeChanges(a, b) : []
      const lines = a ? lineDiff(documentText(a.document), documentText(b.document)) : []
      return sendPublicPage(reply, {
        lang,
        title,
        site: await site(),
        styles: STYLES,
        path: `/privacy/policy/versions/${after.number}/changes`,
        body: html`<h1>${title}</h1>
${!before ? html`<p>${t.firstVersion}</p>` : changes.length === 0 ? html`<p>${t.noChanges}</p>` : html`<ul>${changes.map((c) => html`<li>${t.change(c)}</li>`)}</ul>`}
${lines.length > 0 && html`<h2>${t.textDiff}</h2>${renderDiff(lines, t)}`}
<p><a href="/privacy/policy/versions/${after.number}?lang=${lang}">${t.read}: ${t.versionTitle(after.number)}</a></p>
<p><a href="/privacy/policy/versions?lang=${lang}">${t.allVersions}</a></p>`,
      })
    },
  )
}
