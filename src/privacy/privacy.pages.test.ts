import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { DEFAULT_BANNER_TEXTS } from '../consent/consent.text.js'
import { consentOf } from '../consent/services.js'
import { LANGUAGES } from '../i18n/languages.js'
import { manageSubscriptionsMail } from '../mail/templates/privacy-mail.js'
import { subjectsApi } from '../subjects/subject.testing.js'
import { subscriptionsApi } from '../subscriptions/subscription.testing.js'
import { PRIVACY_TEXT, REQUEST_KINDS } from './privacy.text.js'
import { privacyOf } from './services.js'

const KNOWN = 'sigrid.berg@example.dk'

forEachDatabase('privacy center', (dialect) => {
  let t: TestApp

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    await t.ctx.db.transaction().execute(async (trx) => {
      await t.ctx.organisation.update(
        trx,
        { bannerOrigins: ['https://shop.nordlys.example'] },
        { type: 'system' },
      )
      await consentOf(t.ctx).config.addService(
        trx,
        { key: 'matomo', category: 'statistics', name: 'Matomo Analytics' },
        { type: 'system' },
      )
    })
    const register = subjectsApi(t, await createApiKey(t, 'owner'))
    await register.create({ name: 'Sigrid Berg', email: KNOWN, relationship: 'customer' })
    await register.create({ name: 'Ole Uden', email: 'no.permissions@example.dk', relationship: 'customer' })
    const res = await subscriptionsApi(t, await createApiKey(t, 'marketing')).subscribe({
      email: KNOWN,
      channel: 'email',
      purpose: 'newsletter',
      basis: 'soft_opt_in',
      optOutOffered: true,
      source: 'checkout',
    })
    expect(res.statusCode).toBe(201)
  })
  afterAll(async () => t.close())

  it('renders every section in each of the five languages, without script', async () => {
    for (const lang of LANGUAGES) {
      const res = await t.app.inject({ method: 'GET', url: `/privacy?lang=${lang}` })
      expect(res.statusCode, lang).toBe(200)
      expect(res.headers['content-language']).toBe(lang)
      const body = res.body
      const p = PRIVACY_TEXT[lang]
      const banner = DEFAULT_BANNER_TEXTS[lang]
      expect(body).toContain(`<html lang="${lang}">`)
      expect(body).not.toContain('<script')
      // Landmarks, one h1, a heading per section, a labelled language list.
      expect(body).toContain('<header class="public">')
      expect(body).toContain('<main id="main" class="public">')
      expect(body).toContain('<footer class="public">')
      expect(body.match(/<h1>/g)).toHaveLength(1)
      expect(body).toContain(`<h1>${p.heading('Nordlys Webshop ApS')}</h1>`)
      expect(body).toContain(`<nav aria-label="${p.language}">`)
      for (const l of LANGUAGES) expect(body).toContain(`href="/privacy?lang=${l}"`)
      // (a) who we are
      expect(body).toContain(`<h2 id="who">${p.who.heading}</h2>`)
      expect(body).toContain('mailto:privacy@nordlys.example')
      expect(body).toContain('Vesterbrogade 1, 1620 København V')
      expect(body).toContain(`<a href="/privacy/policy?lang=${lang}">${p.who.policy}</a>`)
      expect(body).toContain('Carl Jacobsens Vej 35')
      // (b) one link per request kind, with its explanation
      expect(body).toContain(`<h2 id="rights">${p.rights.heading}</h2>`)
      for (const kind of REQUEST_KINDS) {
        expect(body).toContain(
          `<a href="/privacy/requests/new?kind=${kind}">${p.rights.kinds[kind].label}</a>`,
        )
        expect(body).toContain(p.rights.kinds[kind].line)
      }
      // (c) the banner as configured: categories, descriptions, services, and the way back to the choices
      expect(body).toContain(`<h2 id="cookies">${p.cookies.heading('shop.nordlys.example')}</h2>`)
      for (const c of Object.values(banner.categories)) {
        expect(body).toContain(c.name)
        expect(body).toContain(c.description)
      }
      expect(body).toContain('<li>Matomo Analytics</li>')
      expect(body).toContain(`<a href="https://shop.nordlys.example/#vern-consent">${p.cookies.change}</a>`)
      expect(body).toContain(p.cookies.reopen(banner.reopen))
      // (d) the newsletter form, protected like every other public form
      expect(body).toContain(`<h2 id="newsletter">${p.newsletter.heading}</h2>`)
      expect(body).toMatch(
        /<form method="post" action="\/privacy\/subscriptions" novalidate>\s*<input type="hidden" name="_csrf" value="[^"]+">/,
      )
      expect(body).toContain(`<label for="f-email">${p.newsletter.email}</label>`)
      expect(body).toContain(`<input type="hidden" name="lang" value="${lang}">`)
    }
  })

  it('takes the language from ?lang=, then Accept-Language, then the organisation', async () => {
    const lang = async (url: string, accept?: string) =>
      (await t.app.inject({ method: 'GET', url, headers: accept ? { 'accept-language': accept } : {} }))
        .headers['content-language']
    expect(await lang('/privacy')).toBe('da')
    expect(await lang('/privacy', 'sv-SE,sv;q=0.9,en;q=0.5')).toBe('sv')
    expect(await lang('/privacy', 'no')).toBe('nb')
    expect(await lang('/privacy?lang=fi', 'sv')).toBe('fi')
    expect(await lang('/privacy?lang=de', 'en-GB')).toBe('en')
    expect(await lang('/privacy?lang=de')).toBe('da')
    // A shop's campaign tags on the link are ignored, not an error.
    const tagged = await t.app.inject({ url: '/privacy?utm_source=newsletter&utm_medium=email&lang=sv' })
    expect(tagged.statusCode).toBe(200)
    expect(tagged.headers['content-language']).toBe('sv')
  })

  it('answers a known and an unknown address byte for byte the same, and mails only the known one', async () => {
    const form = new FormClient(t.app)
    await form.get('/privacy?lang=en')
    const answers = []
    for (const email of [KNOWN, 'nobody@example.dk', 'no.permissions@example.dk', ` ${KNOWN.toUpperCase()} `])
      answers.push(await form.post('/privacy/subscriptions', { email, lang: 'en' }))
    for (const a of answers) {
      expect(a.statusCode).toBe(200)
      expect(a.body).toBe(answers[0]?.body)
      expect(a.headers['content-type']).toBe(answers[0]?.headers['content-type'])
      expect(a.body).not.toContain('example.dk')
    }
    expect(answers[0]?.body).toContain(PRIVACY_TEXT.en.newsletter.sent)
    await privacyOf(t.ctx).settled()
    const mails = (await t.ctx.mail.list(t.ctx.db)).filter((m) => m.template === 'privacy-manage-link')
    // The known address twice (in two spellings), the others not at all.
    expect(mails).toHaveLength(2)
    expect(mails.map((m) => m.language)).toEqual(['da', 'da'])
    const entries = await t.ctx.audit.list(t.ctx.db, { action: 'privacy.link_sent' }, 10)
    expect(entries).toHaveLength(2)
    expect(JSON.stringify(entries)).not.toContain('sigrid')
  })

  it('sends no more than three links an hour to one person', async () => {
    const form = new FormClient(t.app)
    await form.get('/privacy')
    // Two links went out in this hour already (above), so only one of these three is sent.
    for (let i = 0; i < 3; i++) await form.post('/privacy/subscriptions', { email: KNOWN })
    await privacyOf(t.ctx).settled()
    const mails = (await t.ctx.mail.list(t.ctx.db)).filter((m) => m.template === 'privacy-manage-link')
    expect(mails).toHaveLength(3)
    t.clock.advance(61 * 60_000)
    await form.post('/privacy/subscriptions', { email: KNOWN })
    await privacyOf(t.ctx).settled()
    expect(
      (await t.ctx.mail.list(t.ctx.db)).filter((m) => m.template === 'privacy-manage-link'),
    ).toHaveLength(4)
  })

  it('refuses the form without its CSRF token, and says so when the address is not one', async () => {
    const form = new FormClient(t.app)
    await form.get('/privacy?lang=sv')
    const forged = await form.post('/privacy/subscriptions', { email: KNOWN }, { csrf: null })
    expect(forged.statusCode).toBe(403)
    const bad = await form.post('/privacy/subscriptions', { email: 'not an address', lang: 'sv' })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain(PRIVACY_TEXT.sv.newsletter.invalidEmail)
    expect(bad.body).toContain('aria-invalid="true"')
    expect(bad.body).not.toContain('not an address')
    const unknownField = await form.post('/privacy/subscriptions', { email: KNOWN, extra: '1' })
    expect(unknownField.statusCode).toBe(400)
  })

  it('writes the mail in each language, with the link in text and HTML', () => {
    const link = 'http://vern.test/privacy/subscriptions/abc'
    const subjects = new Set<string>()
    for (const lang of LANGUAGES) {
      const mail = manageSubscriptionsMail(lang, { org: 'Nordlys Webshop ApS', link })
      subjects.add(mail.subject)
      expect(mail.subject, lang).toContain('Nordlys Webshop ApS')
      expect(mail.text).toContain(`\n${link}\n`)
      expect(mail.text).toMatch(/24/)
      expect(mail.html).toContain(`<html lang="${lang}">`)
      expect(mail.html).toContain(`href="${link}"`)
    }
    expect(subjects.size).toBe(LANGUAGES.length)
  })

  it('prints without the forms and the language list', async () => {
    const css = await t.app.inject({ method: 'GET', url: '/privacy/style.css' })
    expect(css.statusCode).toBe(200)
    expect(css.headers['content-type']).toContain('text/css')
    expect(css.body).toMatch(/@media print \{[^@]*main\.public form[^@]*display: none/)
  })

  it('rate-limits the page and the form', async () => {
    const limited = await createTestApp(dialect, { limits: { pagesPerMinute: 3, authPerMinute: 2 } })
    try {
      const form = new FormClient(limited.app)
      const pages: number[] = []
      for (let i = 0; i < 4; i++) pages.push((await form.get('/privacy')).statusCode)
      expect(pages).toEqual([200, 200, 200, 429])
      const posts: number[] = []
      for (let i = 0; i < 3; i++)
        posts.push((await form.post('/privacy/subscriptions', { email: 'a@example.dk' })).statusCode)
      expect(posts).toEqual([200, 200, 429])
    } finally {
      await limited.close()
    }
  })
})
