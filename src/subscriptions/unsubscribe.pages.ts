import type { FastifyInstance, FastifyReply } from 'fastify'
import { LANGUAGES, type Language, negotiate } from '../i18n/languages.js'
import { sendBarePage as send } from '../ui/bare-page.js'
import { html } from '../ui/html.js'
import type { SubscriptionService } from './subscription.service.js'
import { SUBSCRIPTION_TEXT } from './subscriptions.text.js'

interface TokenParams {
  token: string
}

/**
 * The public pages a person reaches from a mail: /unsubscribe/<token> (RFC 8058 one-click POST, or a
 * confirm page and its form) and /subscriptions/confirm/<token> (double opt-in). No login, no
 * JavaScript, no personal data on the page; rate-limited per client.
 */
export async function unsubscribePages(
  app: FastifyInstance,
  subscriptions: SubscriptionService,
): Promise<void> {
  const { ctx } = app
  const config = {
    access: 'public',
    page: true,
    // The token in the path is the secret; RFC 8058 one-click posts carry no CSRF token.
    csrf: false,
    rateLimit: { max: ctx.limits.pagesPerMinute, timeWindow: 60_000 },
  } as const
  const schema = { hide: true }

  async function orgName(): Promise<string> {
    return (await ctx.organisation.get(ctx.db)).legalName ?? ctx.config.publicUrl.hostname
  }
  async function fallbackLanguage(accept: string | undefined): Promise<Language> {
    return negotiate(accept, LANGUAGES) ?? (await ctx.organisation.get(ctx.db)).defaultLanguage
  }
  async function invalid(reply: FastifyReply, accept: string | undefined): Promise<FastifyReply> {
    const lang = await fallbackLanguage(accept)
    const t = SUBSCRIPTION_TEXT[lang].invalid
    return send(reply, 404, lang, t.title, html`<h1>${t.title}</h1><p>${t.body}</p>`)
  }

  app.get<{ Params: TokenParams }>('/unsubscribe/:token', { config, schema }, async (request, reply) => {
    const lang = await subscriptions.tokenLanguage(ctx.db, request.params.token, 'unsubscribe')
    if (!lang) return invalid(reply, request.headers['accept-language'])
    const t = SUBSCRIPTION_TEXT[lang].unsubscribe
    return send(
      reply,
      200,
      lang,
      t.title,
      html`<h1>${t.title}</h1><p>${t.intro(await orgName())}</p>
<form method="post" action="/unsubscribe/${request.params.token}"><button type="submit">${t.button}</button></form>`,
    )
  })

  app.post<{ Params: TokenParams }>('/unsubscribe/:token', { config, schema }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>
    const method = body['List-Unsubscribe'] === 'One-Click' ? 'one_click' : 'form'
    const lang = await ctx.db
      .transaction()
      .execute((trx) => subscriptions.unsubscribe(trx, request.params.token, method))
    if (!lang) return invalid(reply, request.headers['accept-language'])
    const t = SUBSCRIPTION_TEXT[lang].unsubscribed
    return send(
      reply,
      200,
      lang,
      t.title,
      html`<h1>${t.title}</h1><p role="status">${t.body(await orgName())}</p><p>${t.undo}</p>`,
    )
  })

  app.get<{ Params: TokenParams }>(
    '/subscriptions/confirm/:token',
    { config, schema },
    async (request, reply) => {
      const lang = await subscriptions.tokenLanguage(ctx.db, request.params.token, 'confirm')
      if (!lang) return invalid(reply, request.headers['accept-language'])
      const t = SUBSCRIPTION_TEXT[lang].confirm
      // Confirming takes a POST: mail scanners that follow links must not subscribe anyone.
      return send(
        reply,
        200,
        lang,
        t.title,
        html`<h1>${t.title}</h1><p>${t.intro(await orgName())}</p>
<form method="post" action="/subscriptions/confirm/${request.params.token}"><button type="submit">${t.button}</button></form>`,
      )
    },
  )

  app.post<{ Params: TokenParams }>(
    '/subscriptions/confirm/:token',
    { config, schema },
    async (request, reply) => {
      const done = await ctx.db
        .transaction()
        .execute((trx) => subscriptions.confirm(trx, request.params.token))
      if (!done) return invalid(reply, request.headers['accept-language'])
      const t = SUBSCRIPTION_TEXT[done.language].confirmed
      return send(
        reply,
        200,
        done.language,
        t.title,
        html`<h1>${t.title}</h1><p role="status">${t.body(await orgName())}</p>`,
      )
    },
  )
}
