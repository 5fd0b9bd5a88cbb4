import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../../test/factories.js'
import { FormClient } from '../../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../../test/harness.js'
import { type Mailbox, startMailbox } from '../../../test/smtp.js'
import { orderActivity, webshopSystem } from '../../datamap/testing.js'
import { requestsApi } from '../../requests/request.testing.js'
import { handedOver, verifiedRequest } from '../webhooks/connector.testing.js'
import { connectorServices } from '../webhooks/index.js'

const PROCESSOR_EMAIL = 'dpo@lagerhus.example'

forEachDatabase('e-mail connections to processors', (dialect) => {
  let t: TestApp
  let mailbox: Mailbox
  let ownerKey: string
  let systemId: string
  const headers = () => ({ authorization: `Bearer ${ownerKey}` })
  const url = () => `/api/v1/systems/${systemId}/email-connection`

  beforeAll(async () => {
    mailbox = await startMailbox()
    t = await createTestApp(dialect, { env: { SMTP_URL: mailbox.url } })
    await completeOrganisation(t)
    ownerKey = await createApiKey(t, 'owner')
    const post = async (path: string, payload: object) => {
      const res = await t.app.inject({ method: 'POST', url: path, headers: headers(), payload })
      if (res.statusCode !== 201) throw new Error(res.body)
      return res.json().id as string
    }
    const processor = await post('/api/v1/processors', {
      name: 'Lagerhus AB',
      role: 'processor',
      country: 'SE',
      description: 'Packs and ships the orders',
      contactEmail: PROCESSOR_EMAIL,
    })
    systemId = await post('/api/v1/systems', {
      ...webshopSystem,
      name: 'Lager',
      kind: 'other',
      processorId: processor,
    })
    await post('/api/v1/activities', orderActivity([systemId], []))
  })
  afterAll(async () => {
    await t.close()
    await mailbox.close()
  })

  /** Sends what is queued and waits for the next mail to the processor with a matching subject. */
  async function nextMail(subject: RegExp, seen: number): Promise<ParsedMail> {
    for (let i = 0; i < 100; i++) {
      await t.ctx.mail.deliverDue()
      const found = mailbox.messages.slice(seen).find((m) => subject.test(m.subject ?? ''))
      if (found) return found
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error('no mail arrived')
  }
  const replyPath = (m: ParsedMail) => {
    const link = /http:\/\/vern\.test(\/connectors\/reply\/[A-Za-z0-9_-]{43})/.exec(m.text ?? '')?.[1]
    if (!link) throw new Error('no reply link in the mail')
    return link
  }

  it("is set up from the processor's contact in its language, and the test mail arrives", async () => {
    const created = await t.app.inject({ method: 'PUT', url: url(), headers: headers(), payload: {} })
    expect(created.statusCode).toBe(201)
    expect(created.json()).toMatchObject({
      address: null,
      recipient: PROCESSOR_EMAIL,
      language: 'sv',
      reminderDays: 7,
    })
    const bad = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: headers(),
      payload: { address: 'not-an-address' },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.field).toBe('address')

    const seen = mailbox.messages.length
    const tested = await t.app.inject({ method: 'POST', url: `${url()}/test`, headers: headers() })
    expect(tested.statusCode).toBe(200)
    const mail = await nextMail(/^Testmeddelande från Nordlys Webshop ApS$/, seen)
    expect((mail.to as { text: string }).text).toBe(PROCESSOR_EMAIL)
    expect(mail.text).toContain('Lager')
  })

  it('mails a verified request in Swedish with the identifiers, the deadline and a reply link; the reply ticks the task off once', async () => {
    const seen = mailbox.messages.length
    // Verifying hands the request over: the processor is mailed.
    const r = await verifiedRequest(t, ownerKey, { kind: 'erasure', email: 'eva@example.se' })
    const sent = await handedOver(t, r.id)
    expect(sent).toEqual([{ systemId, taskId: r.taskIds[systemId], channel: 'email' }])
    const due = (await requestsApi(t, ownerKey).get(r.id)).json().dueOn as string
    const mail = await nextMail(
      /^Begäran om personuppgifter från Nordlys Webshop ApS \(ref\. [0-9A-F]{8}\)$/,
      seen,
    )
    expect(mail.text).toContain('Radera alla personuppgifter om personen')
    expect(mail.text).toContain('E-postadress: eva@example.se')
    const dueWords = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${due}T00:00:00Z`),
    )
    expect(mail.text).toContain(`Svara senast den ${dueWords}`)
    const stored = await t.ctx.db
      .selectFrom('mail_outbox')
      .select('sealed')
      .where('template', '=', 'connector-request')
      .execute()
    expect(Buffer.from(stored[0]?.sealed ?? []).toString('latin1')).not.toContain('eva@example')

    const path = replyPath(mail)
    const browser = new FormClient(t.app)
    const page = await browser.get(path)
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-language']).toBe('sv')
    expect(page.body).toContain('Svara på vår begäran')
    expect(page.body).not.toContain('eva@example')
    expect((await browser.post(path, { status: 'done' }, { csrf: null })).statusCode).toBe(403)
    const missing = await browser.post(path, { note: 'Klart' })
    expect(missing.statusCode).toBe(400)
    expect(missing.body).toContain('Välj om begäran har genomförts.')

    const answered = await browser.post(path, { status: 'done', note: 'Kunden raderad i lagersystemet' })
    expect(answered.statusCode).toBe(200)
    expect(answered.body).toContain('Nordlys Webshop ApS har tagit emot ert svar.')
    const task = (await requestsApi(t, ownerKey).get(r.id)).json().tasks[0]
    expect(task).toMatchObject({
      id: r.taskIds[systemId],
      status: 'done',
      note: 'Kunden raderad i lagersystemet',
    })

    expect((await browser.get(path)).statusCode).toBe(404)
    expect((await browser.post(path, { status: 'failed' })).statusCode).toBe(404)
    expect((await new FormClient(t.app).get(`/connectors/reply/${'B'.repeat(43)}`)).statusCode).toBe(404)
  })

  it('reminds the processor after the set number of days with a new link, and the old one stops working', async () => {
    const { email } = connectorServices(t.ctx)
    const seen = mailbox.messages.length
    const r = await verifiedRequest(t, ownerKey, { kind: 'access', email: 'olle@example.se' })
    const first = await nextMail(/^Begäran om personuppgifter/, seen)
    expect(first.text).toContain('Ta fram alla personuppgifter')

    t.clock.advance(6 * 24 * 60 * 60_000)
    expect(await email.remind()).toBe(0)
    t.clock.advance(1 * 24 * 60 * 60_000 + 60_000)
    // The scheduler's daily job sends it, once.
    expect(await t.ctx.scheduler.runTick('connectors.remind', t.clock.now())).toBe('ran')
    const run = await t.ctx.db
      .selectFrom('job_runs')
      .select('summary')
      .where('job', '=', 'connectors.remind')
      .executeTakeFirstOrThrow()
    expect(run.summary).toBe('reminded 1')
    expect(await email.remind()).toBe(0)
    const reminder = await nextMail(/^Påminnelse: begäran om personuppgifter/, seen + 1)
    expect(reminder.text).toContain('Det här är en påminnelse')
    expect(reminder.text).toContain('E-postadress: olle@example.se')

    const browser = new FormClient(t.app)
    expect((await browser.get(replyPath(first))).statusCode).toBe(404)
    expect((await browser.get(replyPath(reminder))).statusCode).toBe(200)
    const failed = await browser.post(replyPath(reminder), {
      status: 'failed',
      note: 'Vi hittar ingen sådan kund',
    })
    expect(failed.statusCode).toBe(200)
    // Could not be done: the task stays open for staff, with the processor's note kept.
    expect((await requestsApi(t, ownerKey).get(r.id)).json().tasks[0].status).toBe('open')
    const answers = await connectorServices(t.ctx).links.ofRequest(t.ctx.db, r.id)
    expect(answers).toMatchObject([
      { channel: 'email', status: 'failed', note: 'Vi hittar ingen sådan kund' },
    ])
    t.clock.advance(30 * 24 * 60 * 60_000)
    expect(await email.remind()).toBe(0)
  })

  it('is managed by owner and dpo only', async () => {
    for (const role of ['support', 'billing', 'marketing', 'auditor'] as const) {
      const key = await createApiKey(t, role)
      const res = await t.app.inject({
        method: 'PUT',
        url: url(),
        headers: { authorization: `Bearer ${key}` },
        payload: { language: 'en' },
      })
      expect(res.statusCode).toBe(403)
    }
    const dpo = await createApiKey(t, 'dpo')
    const changed = await t.app.inject({
      method: 'PUT',
      url: url(),
      headers: { authorization: `Bearer ${dpo}` },
      payload: { address: 'privacy@lagerhus.example', language: 'en', reminderDays: 3 },
    })
    expect(changed.statusCode).toBe(200)
    expect(changed.json()).toMatchObject({
      recipient: 'privacy@lagerhus.example',
      language: 'en',
      reminderDays: 3,
    })
    const removed = await t.app.inject({
      method: 'DELETE',
      url: url(),
      headers: { authorization: `Bearer ${dpo}` },
    })
    expect(removed.statusCode).toBe(204)
    expect((await t.app.inject({ method: 'GET', url: url(), headers: headers() })).statusCode).toBe(404)
  })
})
