import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { type Mailbox, startMailbox } from '../../test/smtp.js'
import { guessMapping } from '../imports/mapping.js'
import { toCsv } from '../imports/testing.js'
import type { Who } from '../subjects/subject.access.js'
import { subjectsApi } from '../subjects/subject.testing.js'
import { subscriptionServices } from './index.js'
import { linkInOutbox, subscriptionsApi } from './subscription.testing.js'

forEachDatabase('one-click unsubscribe', (dialect) => {
  let t: TestApp
  let mailbox: Mailbox
  let base: string
  let api: ReturnType<typeof subscriptionsApi>
  let register: ReturnType<typeof subjectsApi>
  let who: Who
  const EMAIL = 'astrid.lund@example.dk'

  beforeAll(async () => {
    mailbox = await startMailbox()
    t = await createTestApp(dialect, { env: { SMTP_URL: mailbox.url } })
    await completeOrganisation(t)
    api = subscriptionsApi(t, await createApiKey(t, 'marketing'))
    register = subjectsApi(t, await createApiKey(t, 'owner'))
    const user = await createUser(t, { role: 'marketing' })
    who = { actor: { type: 'user', id: user.id }, role: 'marketing' }
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await t.close()
    await mailbox.close()
  })

  /** Sends one marketing mail to the person and returns it as received over SMTP. */
  async function sendNewsletter(subjectId: string) {
    const { subscriptions } = subscriptionServices(t.ctx)
    const id = await t.ctx.db.transaction().execute((trx) =>
      subscriptions.sendMarketingMail(
        trx,
        {
          subjectId,
          to: EMAIL,
          purpose: 'newsletter',
          subject: 'Vinterudsalg',
          paragraphs: ['Nyt i butikken.'],
        },
        who,
      ),
    )
    expect(id).not.toBeNull()
    const before = mailbox.messages.length
    await t.ctx.mail.deliverDue()
    return (await mailbox.waitFor(before + 1))[before]
  }

  it('puts List-Unsubscribe, List-Unsubscribe-Post and a link in every marketing mail', async () => {
    const person = await register.create({ name: 'Astrid Lund', email: EMAIL, relationship: 'customer' })
    const subjectId = person.json().id
    for (const purpose of ['newsletter', 'offers'])
      expect(
        (
          await api.subscribe({
            email: EMAIL,
            channel: 'email',
            purpose,
            basis: 'soft_opt_in',
            optOutOffered: true,
            source: 'checkout',
          })
        ).statusCode,
      ).toBe(201)
    const mail = await sendNewsletter(subjectId)
    // Long header lines are folded on the wire; unfold them to read.
    const header = (name: string) =>
      (mail?.headerLines.find((h) => h.key === name)?.line ?? '').replace(/\r\n\s+/g, ' ')
    expect(header('list-unsubscribe')).toMatch(
      /^List-Unsubscribe: <http:\/\/vern\.test\/unsubscribe\/[A-Za-z0-9_-]{43}>, <mailto:privacy@nordlys\.example\?subject=unsubscribe>$/,
    )
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    const url = header('list-unsubscribe').match(/<(http[^>]+)>/)?.[1] ?? ''
    expect(url).not.toContain('astrid')
    expect(mail?.text).toContain(url)
    expect(mail?.text).toContain('Frameld al markedsføring')

    // The confirm page, in the person's language, without JavaScript: a form that posts back.
    const path = new URL(url).pathname
    const page = await fetch(`${base}${path}`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-language')).toBe('da')
    const body = await page.text()
    expect(body).toContain('Vil du afmelde dig al markedsføring fra Nordlys Webshop ApS?')
    expect(body).toContain(`<form method="post" action="${path}">`)
    expect(body).not.toContain('<script')

    // RFC 8058: a plain POST with the one-click body, no cookie, no CSRF token.
    const oneClick = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.status).toBe(200)
    expect(await oneClick.text()).toContain('Du er nu afmeldt')
    for (const purpose of ['newsletter', 'offers'])
      expect((await api.check(EMAIL, 'email', purpose)).json()).toEqual({
        maySend: false,
        basis: null,
        reason: 'suppressed',
      })
    expect((await api.check(EMAIL, 'sms')).json().reason).toBe('suppressed')
    const list = (await api.ofSubject(subjectId)).json().subscriptions
    expect(list.map((s: { status: string }) => s.status)).toEqual(['withdrawn', 'withdrawn'])
    // Unsubscribing twice is harmless.
    expect(
      (
        await fetch(`${base}${path}`, {
          method: 'POST',
          body: new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }),
        })
      ).status,
    ).toBe(200)
    const [entry] = await t.ctx.audit.list(t.ctx.db, { action: 'subscription.unsubscribe' }, 1)
    expect(entry?.details).toMatchObject({ method: 'one_click', withdrawn: 0 })
    expect(JSON.stringify(entry)).not.toContain('astrid')
  })

  it('answers an unknown or malformed token with a page that reveals nothing', async () => {
    for (const token of ['x', 'A'.repeat(43), '../../etc/passwd'])
      for (const method of ['GET', 'POST']) {
        const res = await fetch(`${base}/unsubscribe/${encodeURIComponent(token)}`, { method })
        expect(res.status).toBe(404)
        expect(await res.text()).toContain('<h1>')
      }
  })

  it('keeps a person unsubscribed through a re-import and an API call without a new explicit opt-in', async () => {
    // Re-import through the subjects API: a second record with the same e-mail.
    const again = await register.create({ name: 'Astrid Lund', email: EMAIL, relationship: 'customer' })
    expect(again.statusCode).toBe(201)
    // And through the CSV import.
    const headers = ['Kundenr', 'Fornavn', 'Efternavn', 'E-mail']
    const upload = await t.ctx.imports.upload(
      'kunder.csv',
      Buffer.from(toCsv(headers, [['K77', 'Astrid', 'Lund', EMAIL]])),
      { ...who, role: 'owner' },
    )
    await t.ctx.imports.start(
      upload.id,
      'import',
      { mapping: guessMapping(upload.headers), system: 'shop', relationship: 'customer' },
      { ...who, role: 'owner' },
    )
    await t.ctx.imports.runPending()
    expect((await t.ctx.imports.get(t.ctx.db, upload.id)).status).toBe('completed')
    expect((await api.check(EMAIL)).json().reason).toBe('suppressed')

    const soft = await api.subscribe({
      email: EMAIL,
      channel: 'email',
      purpose: 'newsletter',
      basis: 'soft_opt_in',
      optOutOffered: true,
      source: 'crm-sync',
    })
    expect(soft.statusCode).toBe(409)
    expect(soft.json().error.code).toBe('suppressed')
    expect((await api.check(EMAIL)).json().maySend).toBe(false)

    // A new explicit opt-in needs the person's confirmation, even from a customer.
    const explicit = await api.subscribe({
      email: EMAIL,
      channel: 'email',
      purpose: 'newsletter',
      basis: 'explicit_opt_in',
      source: 'newsletter-form',
    })
    expect(explicit.json().status).toBe('pending')
    expect((await api.check(EMAIL)).json().maySend).toBe(false)
    const link = await linkInOutbox(t, '/subscriptions/confirm/')
    expect((await fetch(`${base}${new URL(link).pathname}`, { method: 'POST' })).status).toBe(200)
    expect((await api.check(EMAIL)).json()).toMatchObject({ maySend: true, basis: 'explicit_opt_in' })
    // Only the channel that was confirmed again is lifted.
    expect((await api.check(EMAIL, 'post')).json().reason).toBe('suppressed')
  })

  it('rate-limits the public pages', async () => {
    const limited = await createTestApp(dialect, { limits: { pagesPerMinute: 3 } })
    try {
      const codes: number[] = []
      for (let i = 0; i < 5; i++)
        codes.push(
          (await limited.app.inject({ method: 'POST', url: '/unsubscribe/x', payload: {} })).statusCode,
        )
      expect(codes).toEqual([404, 404, 404, 429, 429])
    } finally {
      await limited.close()
    }
  })
})
