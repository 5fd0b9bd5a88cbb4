import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser, signIn } from '../factories.js'
import { createTestApp, type TestApp } from '../harness.js'
import { type Mailbox, startMailbox } from '../smtp.js'
import { seriousViolations } from './axe.js'
import { freePort, launchChromium, newContext } from './browser.js'

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

describe.skipIf(!inject('chromium'))('the vulnerability disclosure desk in a browser', () => {
  let t: TestApp
  let mailbox: Mailbox
  let browser: Browser
  let vern: string
  let key: string

  beforeAll(async () => {
    mailbox = await startMailbox()
    const port = await freePort()
    vern = `http://127.0.0.1:${port}`
    t = await createTestApp('sqlite', { env: { PUBLIC_URL: vern, SMTP_URL: mailbox.url } })
    await completeOrganisation(t)
    key = await createApiKey(t, 'dpo')
    await t.app.listen({ port, host: '127.0.0.1' })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await t?.close()
    await mailbox?.close()
  })

  it('takes an anonymous report with a screenshot and lets the reporter follow and reply by the private link', async () => {
    const context = await newContext(browser, { locale: 'sv-SE' })
    const page = await context.newPage()
    await page.goto(`${vern}/security/report`)
    expect(await page.getAttribute('html', 'lang')).toBe('sv')
    await page.getByRole('heading', { level: 1, name: 'Rapportera en sårbarhet' }).waitFor()
    await page.getByRole('heading', { name: 'Spelregler' }).waitFor()
    expect(await page.locator('script').count()).toBe(0)
    expect(await seriousViolations(page)).toEqual([])

    // Sent empty: the errors are named at the fields, and the page is still accessible.
    await page.getByRole('button', { name: 'Skicka rapporten' }).click()
    await page.getByRole('alert').waitFor()
    expect(await page.getByLabel('Vad har du hittat?').getAttribute('aria-invalid')).toBe('true')
    expect(await seriousViolations(page)).toEqual([])

    await page.getByLabel('Vad har du hittat?').fill('Reflected XSS: <img src=x onerror=alert(1)>')
    await page.getByLabel('Var finns den?').fill('https://shop.nordlys.example/search')
    await page.getByLabel('Hur hittade du den?').fill('Searched for markup')
    const file = join(t.db.dir, 'shot.png')
    writeFileSync(file, PNG)
    await page.getByLabel('Skärmbild').setInputFiles(file)
    await page.getByRole('button', { name: 'Skicka rapporten' }).click()
    await page.getByRole('heading', { level: 1, name: 'Tack, vi har tagit emot din rapport' }).waitFor()
    expect(await page.getByRole('status').textContent()).toMatch(/VR-[0-9A-F]{8}/)
    expect(await seriousViolations(page)).toEqual([])
    const link = (await page.locator('#case-link').getAttribute('href')) ?? ''
    expect(link).toMatch(/\/security\/report\/case\/[A-Za-z0-9_-]{43}$/)

    await page.goto(link)
    await page.getByText('Reflected XSS: <img src=x onerror=alert(1)>').waitFor()
    await page.getByLabel('Ditt svar').fill('Det fungerar även i sökrutan i mobilversionen.')
    await page.getByLabel('Skärmbild').setInputFiles(file)
    await page.getByRole('button', { name: 'Skicka svaret' }).click()
    await page.getByText('Ditt svar har skickats.').waitFor()
    expect(await seriousViolations(page)).toEqual([])

    const reports = (
      await t.app.inject({
        url: '/api/v1/vulnerability-reports',
        headers: { authorization: `Bearer ${key}` },
      })
    ).json().reports
    // One screenshot with the report and one with the reply.
    expect(reports[0]).toMatchObject({
      contact: null,
      attachments: [
        expect.objectContaining({ contentType: 'image/png' }),
        expect.objectContaining({ contentType: 'image/png' }),
      ],
    })
    expect(reports[0].messages.map((m: { author: string }) => m.author)).toEqual(['reporter'])
    await context.close()
  })

  it('takes a report with an e-mail, mails the receipt with the link, and the reporter follows it', async () => {
    const context = await newContext(browser, { locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto(`${vern}/security/report?lang=en`)
    await page.getByLabel('What did you find?').fill('Password reset tokens do not expire')
    await page.getByLabel('Where is it?').fill('https://shop.nordlys.example/reset')
    await page.getByLabel('How did you find it?').fill('Used a week-old link')
    await page.getByLabel('Name or alias').fill('Rikke')
    await page.getByLabel('E-mail').fill('rikke@researcher.example')
    await page.getByRole('button', { name: 'Send the report' }).click()
    await page.getByText('We have also sent a receipt with the link to your e-mail.').waitFor()
    const [mail] = await mailbox.waitFor(1)
    expect(mail?.subject).toMatch(/^We have received your security report VR-/)
    const link = /http:\/\/127\.0\.0\.1:\d+\/security\/report\/case\/[A-Za-z0-9_-]{43}/.exec(
      mail?.text ?? '',
    )?.[0]
    expect(link).toBeTruthy()
    await page.goto(link ?? '')
    await page.getByRole('heading', { level: 1, name: /Your report VR-/ }).waitFor()
    await page.getByText('Password reset tokens do not expire').waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })

  it('shows a breach, its countdown, the draft and the triage page to the DPO, accessibly', async () => {
    const auth = { authorization: `Bearer ${key}` }
    const breach = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/breaches',
        headers: auth,
        payload: {
          title: 'Lost backup disk',
          awareAt: t.clock.now().toISOString(),
          description: 'A backup disk was lost in transit.',
          risk: 'high',
          riskReasoning: 'Unencrypted',
        },
      })
    ).json()
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/breaches/${breach.id}/recipients`,
      headers: auth,
      payload: { list: 'a@example.test,nb' },
    })
    const session = await signIn(t, await createUser(t, { role: 'dpo' }))
    const context = await newContext(browser, { locale: 'en-GB' })
    await context.addCookies([{ name: 'vern_session', value: session.cookie.split('=')[1] ?? '', url: vern }])
    const page = await context.newPage()
    for (const path of [
      '/',
      `/admin/breaches/${breach.id}`,
      `/admin/breaches/${breach.id}/draft`,
      `/admin/breaches/${breach.id}/notice/nb`,
      '/admin/vulnerability-reports',
    ]) {
      const response = await page.goto(`${vern}${path}`)
      expect(response?.status(), path).toBe(200)
      const found = await seriousViolations(page)
      expect.soft(found, `${path}\n${found.join('\n')}`).toEqual([])
    }
    // The person's language is changed in the list of people chosen, before the notice goes.
    await page.goto(`${vern}/admin/breaches/${breach.id}`)
    await page.getByLabel('Language', { exact: true }).selectOption('fi')
    await page.getByRole('button', { name: 'Change' }).click()
    await page.getByText('Saved.').waitFor()
    expect(await page.locator('tbody a[hreflang="fi"]').count()).toBe(1)
    await page.goto(`${vern}/`)
    await page.getByRole('heading', { name: 'Breaches on the clock' }).waitFor()
    await page.getByText('72 h 0 min left').waitFor()
    const reports = (await t.app.inject({ url: '/api/v1/vulnerability-reports', headers: auth })).json()
      .reports
    const found = await (async () => {
      await page.goto(`${vern}/admin/vulnerability-reports/${reports[0].id}`)
      return seriousViolations(page)
    })()
    expect(found).toEqual([])
    await context.close()
  })
})
