import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { CATEGORIES } from '../consent/consent.text.js'
import { consentOf } from '../consent/services.js'
import type { Language } from '../i18n/languages.js'
import { field, postForm } from '../ui/forms.js'
import { html, type SafeHtml, safeUrl } from '../ui/html.js'
import { PRIVACY_CSS } from './privacy.css.js'
import { controllerName, sendPublicPage, visitorLanguage } from './privacy.layout.js'
import { LandingQuery, type LanguageQuery, LinkRequest } from './privacy.schema.js'
import { PrivacyCenterService } from './privacy.service.js'
import { PRIVACY_TEXT, REQUEST_KINDS } from './privacy.text.js'
import { privacyOf } from './services.js'

/**
 * /privacy, the public privacy center: who the controller is, the person's rights with a link to each
 * request form, the cookie banner as it is configured now, and the form that mails a link to manage
 * marketing permissions. Works without JavaScript; rate-limited; no personal data in any answer.
 */
export async function privacyPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const center = privacyOf(ctx)
  const pages = { max: ctx.limits.pagesPerMinute, timeWindow: 60_000 }
  const mails = { max: ctx.limits.authPerMinute, timeWindow: 60_000 }

  app.get(
    '/privacy/style.css',
    { config: { access: 'public', rateLimit: { ...pages, max: pages.max * 10 } }, schema: { hide: true } },
    async (_request, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(PRIVACY_CSS),
  )

  async function landing(
    request: FastifyRequest,
    reply: FastifyReply,
    lang: Language,
    o: { error?: string; status?: number } = {},
  ): Promise<FastifyReply> {
    const org = await ctx.organisation.get(ctx.db)
    const t = PRIVACY_TEXT[lang]
    const name = controllerName(org, ctx.config.publicUrl)
    const snapshot = await consentOf(ctx).config.current(ctx.db)
    const banner = snapshot.texts[lang]
    const origin = org.bannerOrigins[0]
    const site = origin ? new URL(origin).host : t.cookies.ourSite
    const authority = org.supervisoryAuthority
    const address = [org.address.street, [org.address.postalCode, org.address.city].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ')
    const n = t.newsletter
    return sendPublicPage(reply, {
      lang,
      title: t.title,
      site: name,
      path: '/privacy',
      status: o.status,
      body: html`<h1>${t.heading(name)}</h1>
<p>${t.intro}</p>
<section aria-labelledby="who">
<h2 id="who">${t.who.heading}</h2>
<p>${t.who.controller(name)}</p>
<dl class="facts">
${address && html`<dt>${t.who.address}</dt><dd>${address}</dd>`}
${(org.contactEmail || org.contactPhone) && html`<dt>${t.who.contact}</dt><dd>${org.contactEmail && html`<a href="${safeUrl(`mailto:${org.contactEmail}`)}">${org.contactEmail}</a>`}${org.contactEmail && org.contactPhone && html`<br>`}${org.contactPhone ?? ''}</dd>`}
${org.dpo && html`<dt>${t.who.dpo}</dt><dd>${org.dpo.name}, <a href="${safeUrl(`mailto:${org.dpo.email}`)}">${org.dpo.email}</a></dd>`}
</dl>
<p><a href="/privacy/policy?lang=${lang}">${t.who.policy}</a></p>
<p><a href="/privacy/processors?lang=${lang}">${t.who.processors}</a></p>
</section>
<section aria-labelledby="rights">
<h2 id="rights">${t.rights.heading}</h2>
<p>${t.rights.intro}</p>
<ul class="kinds">${REQUEST_KINDS.map(
        (kind) =>
          html`<li><a href="/privacy/requests/new?kind=${kind}">${t.rights.kinds[kind].label}</a> <span class="line">${t.rights.kinds[kind].line}</span></li>`,
      )}</ul>
<p>${authority ? t.rights.complain(lang === 'en' ? authority.englishName : authority.name, authority.address) : t.rights.complainAnywhere}</p>
</section>
<section aria-labelledby="cookies">
<h2 id="cookies">${t.cookies.heading(site)}</h2>
<p>${t.cookies.intro}</p>
${CATEGORIES.map((category) => {
  const services = snapshot.services.filter((s) => s.category === category)
  return html`<h3>${banner.categories[category].name}${category === 'necessary' && html` <span class="hint">(${banner.alwaysOn})</span>`}</h3>
<p>${banner.categories[category].description}</p>
${services.length > 0 ? html`<p>${t.cookies.services}:</p><ul class="services">${services.map((s) => html`<li>${s.name}</li>`)}</ul>` : category !== 'necessary' && html`<p class="hint">${t.cookies.noServices}</p>`}`
})}
${origin ? html`<p><a href="${safeUrl(`${origin}/#vern-consent`)}">${t.cookies.change}</a></p>` : html`<p>${t.cookies.noOrigin}</p>`}
<p>${t.cookies.reopen(banner.reopen)}</p>
</section>
<section aria-labelledby="newsletter">
<h2 id="newsletter">${n.heading}</h2>
<p>${n.intro}</p>
${newsletterForm(request, lang, o)}
</section>`,
    })
  }

  function newsletterForm(request: FastifyRequest, lang: Language, o: { error?: string }): SafeHtml {
    const n = PRIVACY_TEXT[lang].newsletter
    return postForm(
      request,
      '/privacy/subscriptions',
      html`<input type="hidden" name="lang" value="${lang}">
${field(n.email, 'email', { type: 'email', required: true, autocomplete: 'email', maxlength: 254, hint: n.hint, error: o.error })}
<div class="actions"><button type="submit">${n.submit}</button></div>`,
    )
  }

  app.get<{ Querystring: LanguageQuery }>(
    '/privacy',
    {
      config: { access: 'public', page: true, rateLimit: pages },
      schema: { hide: true, querystring: LandingQuery },
    },
    async (request, reply) => {
      const org = await ctx.organisation.get(ctx.db)
      return landing(request, reply, visitorLanguage(request, request.query.lang, org.defaultLanguage))
    },
  )

  app.post<{ Body: LinkRequest }>(
    '/privacy/subscriptions',
    { config: { access: 'public', page: true, rateLimit: mails }, schema: { hide: true, body: LinkRequest } },
    async (request, reply) => {
      const org = await ctx.organisation.get(ctx.db)
      const lang = visitorLanguage(request, request.body.lang, org.defaultLanguage)
      const t = PRIVACY_TEXT[lang]
      const email = request.body.email.trim()
      if (!PrivacyCenterService.plausibleEmail(email))
        // What was typed is not echoed back: a public answer carries no personal data.
        return landing(request, reply, lang, { error: t.newsletter.invalidEmail, status: 400 })
      // The same answer for every address, sent before anything is looked up.
      center.requestLink(email, request.id)
      return sendPublicPage(reply, {
        lang,
        title: t.newsletter.sentTitle,
        site: controllerName(org, ctx.config.publicUrl),
        path: '/privacy',
        body: html`<h1>${t.newsletter.sentTitle}</h1>
<p role="status">${t.newsletter.sent}</p>
<p>${t.newsletter.spam}</p>
<p><a href="/privacy?lang=${lang}">${t.newsletter.back}</a></p>`,
      })
    },
  )
}
