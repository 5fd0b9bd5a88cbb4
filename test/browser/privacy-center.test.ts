import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { privacyOf } from '../../src/privacy/services.js'
import { subjectsApi } from '../../src/subjects/subject.testing.js'
import { subscriptionsApi } from '../../src/subscriptions/subscription.testing.js'
import { completeOrganisation, createApiKey } from '../factories.js'
import { createTestApp, type TestApp } from '../harness.js'
import { type Mailbox, startMailbox } from '../smtp.js'
import { seriousViolations } from './axe.js'
import { freePort, launchChromium, newContext } from './browser.js'

const EMAIL = 'kari.nordmann@example.no'

describe.skipIf(!inject('chromium'))('the privacy center in a browser', () => {
  let t: TestApp
  let mailbox: Mailbox
  let browser: Browser
  let vern: string

  beforeAll(async () => {
    mailbox = await startMailbox()
    const port = await freePort()
    vern = `http://127.0.0.1:${port}`
    t = await createTestApp('sqlite', { env: { PUBLIC_URL: vern, SMTP_URL: mailbox.url } })
    await completeOrganisation(t)
    await t.ctx.db
      .transaction()
      .execute((trx) =>
        t.ctx.organisation.update(
          trx,
          { bannerOrigins: ['https://shop.nordlys.example'] },
          { type: 'system' },
        ),
      )
    await subjectsApi(t, await createApiKey(t, 'owner')).create({ email: EMAIL, relationship: 'customer' })
    const api = subscriptionsApi(t, await createApiKey(t, 'marketing'))
    for (const purpose of ['newsletter', 'offers'])
      await api.subscribe({
        email: EMAIL,
        channel: 'email',
        purpose,
        basis: 'soft_opt_in',
        optOutOffered: true,
        source: 'checkout',
        language: 'nb',
      })
    await t.app.listen({ port, host: '127.0.0.1' })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await t?.close()
    await mailbox?.close()
  })

  it('asks for the link, follows it from the mail and stops all marketing, accessibly and without script', async () => {
    const context = await newContext(browser, { locale: 'nb-NO', javaScriptEnabled: true })
    const page = await context.newPage()
    await page.goto(`${vern}/privacy`)
    expect(await page.getAttribute('html', 'lang')).toBe('nb')
    await page.getByRole('heading', { level: 1, name: 'Personvern hos Nordlys Webshop ApS' }).waitFor()
    for (const landmark of ['banner', 'main', 'contentinfo'])
      expect(await page.getByRole(landmark as 'banner').count(), landmark).toBe(1)
    expect(
      await page
        .getByRole('link', { name: 'Endre valgene dine for informasjonskapsler' })
        .getAttribute('href'),
    ).toBe('https://shop.nordlys.example/#vern-consent')
    expect(await page.locator('script').count()).toBe(0)
    expect(await seriousViolations(page)).toEqual([])

    // On paper: no forms, no language list, and where the links lead.
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('button', { name: 'Send meg en lenke' }).isVisible()).toBe(false)
    expect(await page.getByRole('navigation', { name: 'Språk' }).isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })

    await page.getByLabel('E-postadressen din').fill(EMAIL)
    await page.getByRole('button', { name: 'Send meg en lenke' }).click()
    await page.getByRole('heading', { level: 1, name: 'Sjekk innboksen din' }).waitFor()
    expect(await page.getByRole('status').textContent()).toContain('Den virker i 24 timer')
    expect(await seriousViolations(page)).toEqual([])

    await privacyOf(t.ctx).settled()
    const [mail] = await mailbox.waitFor(1)
    const link = mail?.text?.match(
      /http:\/\/127\.0\.0\.1:\d+\/privacy\/subscriptions\/[A-Za-z0-9_-]{43}/,
    )?.[0]
    expect(link).toBeDefined()
    await page.goto(link ?? '')
    await page.getByRole('heading', { level: 1, name: 'Markedsføringstillatelsene dine' }).waitFor()
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Nyhetsbrev · E-post',
      'Tilbud · E-post',
    ])
    expect(await page.getByRole('button', { name: /^Trekk tilbake/ }).count()).toBe(2)
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Stopp all markedsføring' }).click()
    await page.getByRole('status').filter({ hasText: 'All markedsføring er stoppet.' }).waitFor()
    expect(await page.getByRole('button', { name: /^Trekk tilbake/ }).count()).toBe(0)
    expect(await page.locator('li.permission dd', { hasText: 'Trukket tilbake' }).count()).toBe(2)
    expect(await seriousViolations(page)).toEqual([])
    const statuses = await t.ctx.db.selectFrom('subscriptions').select('status').execute()
    expect(statuses.map((s) => s.status)).toEqual(['withdrawn', 'withdrawn'])
    await context.close()
  })
})
