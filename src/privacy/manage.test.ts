import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { type Mailbox, startMailbox } from '../../test/smtp.js'
import { subjectsApi } from '../subjects/subject.testing.js'
import { subscriptionServices } from '../subscriptions/index.js'
import { subscriptionsApi } from '../subscriptions/subscription.testing.js'
import { PRIVACY_TEXT } from './privacy.text.js'
import { privacyOf } from './services.js'

const EMAIL = 'eeva.korhonen@example.fi'
const LINK = /http:\/\/vern\.test(\/privacy\/subscriptions\/[A-Za-z0-9_-]{43})/

forEachDatabase('managing marketing permissions from the privacy center', (dialect) => {
  let t: TestApp
  let mailbox: Mailbox
  let api: ReturnType<typeof subscriptionsApi>
  let subjectId: string
  let otherSubscription: string

  beforeAll(async () => {
    mailbox = await startMailbox()
    t = await createTestApp(dialect, { env: { SMTP_URL: mailbox.url } })
    await completeOrganisation(t)
    const register = subjectsApi(t, await createApiKey(t, 'owner'))
    api = subscriptionsApi(t, await createApiKey(t, 'marketing'))
    subjectId = (
      await register.create({
        name: 'Eeva Korhonen',
        email: EMAIL,
        phone: '+358 40 1234567',
        relationship: 'customer',
      })
    ).json().id
    for (const [channel, purpose] of [
      ['email', 'newsletter'],
      ['email', 'offers'],
      ['sms', 'offers'],
    ] as const) {
      const res = await api.subscribe({
        email: EMAIL,
        phone: '+358 40 1234567',
        channel,
        purpose,
        basis: 'soft_opt_in',
        optOutOffered: true,
        source: 'checkout',
        language: 'fi',
      })
      expect(res.statusCode).toBe(201)
    }
    // Someone else's permission, which this person's link must never touch.
    await register.create({ email: 'toinen@example.fi', relationship: 'customer' })
    otherSubscription = (
      await api.subscribe({
        email: 'toinen@example.fi',
        channel: 'email',
        purpose: 'newsletter',
        basis: 'soft_opt_in',
        optOutOffered: true,
        source: 'checkout',
      })
    ).json().id
    // A webhook endpoint, so every change is queued for it like any other change.
    await t.ctx.db.transaction().execute((trx) =>
      subscriptionServices(t.ctx).webhooks.create(trx, 'http://127.0.0.1:9/hooks', {
        actor: { type: 'system' },
        role: 'owner',
      }),
    )
  })
  afterAll(async () => {
    await t.close()
    await mailbox.close()
  })

  /** Asks for the link on the privacy center as a browser would and returns its path from the mail received over SMTP. */
  async function askForLink(form = new FormClient(t.app)): Promise<{ path: string; form: FormClient }> {
    await form.get('/privacy?lang=en')
    const before = mailbox.messages.length
    const res = await form.post('/privacy/subscriptions', { email: EMAIL, lang: 'en' })
    expect(res.statusCode).toBe(200)
    await privacyOf(t.ctx).settled()
    const mail = (await mailbox.waitFor(before + 1))[before]
    expect(JSON.stringify(mail?.to)).toContain(EMAIL)
    const path = mail?.text?.match(LINK)?.[1]
    if (!path || !mail) throw new Error('no link in the mail')
    // The person's language (that of their permissions), not the page's.
    expect(mail.subject).toBe('Markkinointilupasi (Nordlys Webshop ApS)')
    expect(mail.html).toContain(`href="http://vern.test${path}"`)
    expect(path).not.toContain('eeva')
    return { path, form }
  }

  const events = async () =>
    (
      await t.ctx.db
        .selectFrom('subscription_events')
        .select(['status', 'source', 'actor_type'])
        .orderBy('id')
        .execute()
    ).filter((e) => e.source.endsWith('privacy_center'))
  const withdrawnHooks = async () =>
    (await t.ctx.db.selectFrom('webhook_deliveries').select('event_type').execute()).filter(
      (d) => d.event_type === 'subscription.withdrawn',
    ).length
  const idsOn = (body: string) =>
    [...body.matchAll(/name="withdraw" value="([0-9a-f-]{36})"/g)].map((m) => m[1])

  it('mails a link in the person’s language that lists their permissions and nothing else about them', async () => {
    const { path, form } = await askForLink()
    const page = await form.get(path)
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-language']).toBe('fi')
    expect(page.headers['cache-control']).toBe('no-store')
    const t1 = PRIVACY_TEXT.fi.manage
    for (const text of [
      t1.title,
      t1.purposes.newsletter,
      t1.purposes.offers,
      t1.channels.email,
      t1.channels.sms,
    ])
      expect(page.body).toContain(text)
    expect(page.body).toContain(t1.bases.soft_opt_in)
    expect(page.body).toContain('<time datetime="2026-11-20T10:00:00.000Z">20. marraskuuta 2026</time>')
    expect(idsOn(page.body)).toHaveLength(3)
    expect(page.body).not.toContain(otherSubscription)
    for (const personal of ['eeva', 'Eeva', 'Korhonen', '1234567', subjectId])
      expect(page.body).not.toContain(personal)
    expect(page.body).not.toContain('<script')
    // The reading is audited by the system, with ids only.
    const [read] = await t.ctx.audit.list(t.ctx.db, { action: 'subscription.read' }, 1)
    expect(read?.actor).toMatchObject({ type: 'system', id: 'privacy-center' })
    expect(JSON.stringify(read)).not.toContain('eeva')
    // The page can be read in another language too.
    expect((await form.get(`${path}?lang=sv`)).body).toContain(PRIVACY_TEXT.sv.manage.title)
  })

  it('withdraws one permission once; repeating it changes nothing', async () => {
    const { path, form } = await askForLink()
    const page = await form.get(path)
    const newsletter = idsOn(page.body)[0] ?? ''
    const hooks = await withdrawnHooks()
    const first = await form.post(path, { withdraw: newsletter, lang: 'fi' })
    expect(first.statusCode).toBe(200)
    expect(first.body).toContain(`<p class="notice" role="status">${PRIVACY_TEXT.fi.manage.withdrawn}</p>`)
    expect(idsOn(first.body)).toHaveLength(2)
    expect((await api.check(EMAIL, 'email', 'newsletter')).json()).toMatchObject({
      maySend: false,
      reason: 'no_permission',
    })
    expect((await api.check(EMAIL, 'email', 'offers')).json()).toMatchObject({ maySend: true })
    expect(await events()).toEqual([
      { status: 'withdrawn', source: 'withdraw:privacy_center', actor_type: 'system' },
    ])
    expect(await withdrawnHooks()).toBe(hooks + 1)
    const [entry] = await t.ctx.audit.list(t.ctx.db, { action: 'subscription.withdraw' }, 1)
    expect(entry).toMatchObject({
      actor: { type: 'system', id: 'privacy-center' },
      target: { id: newsletter },
    })
    expect(entry?.details).toMatchObject({
      method: 'privacy_center',
      channel: 'email',
      purpose: 'newsletter',
    })

    const again = await form.post(path, { withdraw: newsletter, lang: 'fi' })
    expect(again.statusCode).toBe(200)
    expect(again.body).toBe(first.body)
    expect(await events()).toHaveLength(1)
    expect(await withdrawnHooks()).toBe(hooks + 1)
    // A permission that is not this person's is not touched, and the answer does not say so.
    expect((await form.post(path, { withdraw: otherSubscription, lang: 'fi' })).body).toBe(first.body)
    expect((await api.check('toinen@example.fi')).json().maySend).toBe(true)
    // A soft opt-in does not bring back what the person withdrew.
    const revived = await api.subscribe({
      email: EMAIL,
      channel: 'email',
      purpose: 'newsletter',
      basis: 'soft_opt_in',
      optOutOffered: true,
      source: 'crm-sync',
    })
    expect(revived.statusCode).toBe(409)
    expect(revived.json().error.code).toBe('suppressed')
  })

  it('stops working after 24 hours', async () => {
    t.clock.advance(2 * 60 * 60_000) // past the hourly limit on links
    // (withdrawing everything comes after this test: a person without permissions gets no link)
    const { path, form } = await askForLink()
    t.clock.advance(24 * 60 * 60_000 - 1000)
    expect((await form.get(path)).statusCode).toBe(200)
    t.clock.advance(1000)
    const expired = await form.get(path)
    expect(expired.statusCode).toBe(404)
    expect(expired.body).toContain(PRIVACY_TEXT.da.invalid.title)
    expect((await form.post(path, { withdraw: 'all' })).statusCode).toBe(404)
    expect(await privacyOf(t.ctx).forgetExpired()).toBeGreaterThan(0)
  })

  it('withdraws everything at once like unsubscribing, once', async () => {
    const { path, form } = await askForLink()
    await form.get(path)
    const hooks = await withdrawnHooks()
    const all = await form.post(path, { withdraw: 'all', lang: 'en' })
    expect(all.statusCode).toBe(200)
    expect(all.body).toContain(PRIVACY_TEXT.en.manage.allWithdrawn)
    expect(all.body).toContain(PRIVACY_TEXT.en.manage.nothingLeft)
    expect(idsOn(all.body)).toHaveLength(0)
    for (const [channel, purpose] of [
      ['email', 'newsletter'],
      ['email', 'offers'],
      ['sms', 'offers'],
      ['post', 'catalogue'],
    ])
      expect((await api.check(EMAIL, channel, purpose)).json()).toMatchObject({
        maySend: false,
        reason: 'suppressed',
      })
    expect((await events()).map((e) => e.source)).toEqual([
      'withdraw:privacy_center',
      'unsubscribe:privacy_center',
      'unsubscribe:privacy_center',
    ])
    expect(await withdrawnHooks()).toBe(hooks + 2)
    const [entry] = await t.ctx.audit.list(t.ctx.db, { action: 'subscription.unsubscribe' }, 1)
    expect(entry).toMatchObject({ actor: { type: 'system', id: 'privacy-center' } })
    expect(entry?.details).toMatchObject({ method: 'privacy_center', withdrawn: 2 })

    const again = await form.post(path, { withdraw: 'all', lang: 'en' })
    expect(again.body).toBe(all.body)
    expect(await events()).toHaveLength(3)
    expect(await withdrawnHooks()).toBe(hooks + 2)
  })

  it('answers a bad token with the same page, which reveals nothing', async () => {
    const form = new FormClient(t.app)
    await form.get('/privacy')
    const answers = []
    for (const token of ['x', 'A'.repeat(43), '..%2F..%2Fetc', 'Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg'])
      answers.push(await form.get(`/privacy/subscriptions/${token}?lang=en`))
    for (const a of answers) {
      expect(a.statusCode).toBe(404)
      expect(a.body).toBe(answers[0]?.body)
    }
    expect(answers[0]?.body).toContain(PRIVACY_TEXT.en.invalid.body)
    const post = await form.post('/privacy/subscriptions/x', { withdraw: 'all', lang: 'en' })
    expect(post.statusCode).toBe(404)
    expect(post.body).toBe(answers[0]?.body)
    // An unsubscribe link from a marketing mail is no key to this page.
    const unsubscribe = await t.ctx.db
      .transaction()
      .execute((trx) => subscriptionServices(t.ctx).subscriptions.unsubscribeUrl(trx, subjectId, 'en'))
    expect(
      (await form.get(`/privacy/subscriptions/${new URL(unsubscribe).pathname.split('/')[2]}`)).statusCode,
    ).toBe(404)
    // Forms without their CSRF token are refused before anything changes.
    expect(
      (await form.post('/privacy/subscriptions/x', { withdraw: 'all' }, { csrf: 'forged' })).statusCode,
    ).toBe(403)
  })
})
