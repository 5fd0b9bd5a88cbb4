import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { dispatch, verifiedRequest } from '../../src/connectors/webhooks/connector.testing.js'
import { orderActivity, webshopSystem } from '../../src/datamap/testing.js'
import { requestsApi } from '../../src/requests/request.testing.js'
import { completeOrganisation, createApiKey, createUser, signIn } from '../factories.js'
import { createTestApp, type TestApp } from '../harness.js'
import { type Mailbox, startMailbox } from '../smtp.js'
import { seriousViolations } from './axe.js'
import { freePort, launchChromium, newContext } from './browser.js'

describe.skipIf(!inject('chromium'))('connections to processors in a browser', () => {
  let t: TestApp
  let mailbox: Mailbox
  let browser: Browser
  let vern: string
  let ownerKey: string
  let systemId: string

  beforeAll(async () => {
    mailbox = await startMailbox()
    const port = await freePort()
    vern = `http://127.0.0.1:${port}`
    t = await createTestApp('sqlite', { env: { PUBLIC_URL: vern, SMTP_URL: mailbox.url } })
    await completeOrganisation(t)
    ownerKey = await createApiKey(t, 'owner')
    const headers = { authorization: `Bearer ${ownerKey}` }
    const post = async (url: string, payload: object) =>
      (await t.app.inject({ method: 'POST', url, headers, payload })).json().id as string
    const processor = await post('/api/v1/processors', {
      name: 'Tilitoimisto Oy',
      role: 'processor',
      country: 'FI',
      description: 'Keeps the books',
      contactEmail: 'tietosuoja@tilitoimisto.example',
    })
    systemId = await post('/api/v1/systems', {
      ...webshopSystem,
      name: 'Kirjanpito',
      kind: 'accounting',
      processorId: processor,
    })
    await post('/api/v1/activities', orderActivity([systemId], []))
    await t.app.listen({ port, host: '127.0.0.1' })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await t?.close()
    await mailbox?.close()
  })

  it('connects the processor from the admin page, and the processor answers the mailed request on the reply page', async () => {
    const owner = await signIn(t, await createUser(t, { role: 'owner' }))
    const admin = await newContext(browser, { locale: 'en-GB' })
    await admin.addCookies([{ name: 'vern_session', value: owner.cookie.split('=')[1] ?? '', url: vern }])
    const page = await admin.newPage()
    await page.goto(`${vern}/admin/connections/requests`)
    await page.getByRole('heading', { level: 1, name: 'Requests to systems' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    const form = page.getByRole('form', { name: 'Connect a system by e-mail to its processor' })
    await form.getByLabel('System').selectOption(systemId)
    await form.getByLabel('Language of the mails').selectOption('fi')
    await form.getByRole('button', { name: 'Save e-mail connection' }).click()
    await page.getByRole('status').filter({ hasText: 'The connection was saved.' }).waitFor()
    expect(await page.getByRole('cell', { name: 'tietosuoja@tilitoimisto.example' }).count()).toBe(1)
    await admin.close()

    const r = await verifiedRequest(t, ownerKey, { kind: 'erasure', email: 'aino@example.fi' })
    await dispatch(t, {
      requestId: r.id,
      kind: 'erasure',
      taskIds: r.taskIds,
      identifiers: { email: 'aino@example.fi' },
    })
    // The person gets their receipt; the processor gets the request.
    await t.ctx.mail.deliverDue()
    await mailbox.waitFor(2)
    const mail = mailbox.messages.find(
      (m) => m.to && !Array.isArray(m.to) && m.to.text === 'tietosuoja@tilitoimisto.example',
    )
    expect(mail?.subject).toMatch(/^Henkilötietopyyntö: Nordlys Webshop ApS \(viite [0-9A-F]{8}\)$/)
    const link = mail?.text?.match(/http:\/\/127\.0\.0\.1:\d+\/connectors\/reply\/[A-Za-z0-9_-]{43}/)?.[0]
    expect(link).toBeDefined()

    // The processor: no account, no script, its own language.
    const processor = await newContext(browser, { locale: 'fi-FI' })
    const reply = await processor.newPage()
    await reply.goto(link ?? '')
    expect(await reply.getAttribute('html', 'lang')).toBe('fi')
    await reply.getByRole('heading', { level: 1, name: 'Vastaa pyyntöömme' }).waitFor()
    expect(await reply.locator('script').count()).toBe(0)
    expect(await reply.content()).not.toContain('aino@example')
    expect(await seriousViolations(reply)).toEqual([])
    await reply.getByLabel('Kyllä, se on hoidettu').check()
    await reply.getByLabel(/^Lisätieto/).fill('Asiakas poistettu kirjanpitojärjestelmästä')
    await reply.getByRole('button', { name: 'Lähetä vastaus' }).click()
    await reply.getByRole('heading', { level: 1, name: 'Kiitos' }).waitFor()
    expect(await seriousViolations(reply)).toEqual([])

    const task = (await requestsApi(t, ownerKey).get(r.id)).json().tasks[0]
    expect(task).toMatchObject({ status: 'done', note: 'Asiakas poistettu kirjanpitojärjestelmästä' })
    await reply.goto(link ?? '')
    await reply.getByRole('heading', { level: 1, name: 'Linkki ei enää toimi' }).waitFor()
    await processor.close()
  })
})
