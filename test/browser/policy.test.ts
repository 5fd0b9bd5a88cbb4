import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { apiClient, hostingProcessor, mailProcessor, orderActivity } from '../../src/datamap/testing.js'
import { completeOrganisation, createApiKey, createUser, signIn } from '../factories.js'
import { createTestApp, type TestApp } from '../harness.js'
import { seriousViolations } from './axe.js'
import { freePort, launchChromium, newContext } from './browser.js'

describe.skipIf(!inject('chromium'))('the privacy policy in a browser', () => {
  let t: TestApp
  let browser: Browser
  let vern: string
  let cookie: string

  beforeAll(async () => {
    const port = await freePort()
    vern = `http://127.0.0.1:${port}`
    t = await createTestApp('sqlite', { env: { PUBLIC_URL: vern } })
    await completeOrganisation(t)
    const api = apiClient(t, await createApiKey(t, 'owner'))
    const host = (await api.post('/api/v1/processors', hostingProcessor)).json()
    const mailer = (await api.post('/api/v1/processors', mailProcessor)).json()
    const system = (await api.post('/api/v1/systems', { name: 'Webshop', kind: 'webshop' })).json()
    await api.post(
      '/api/v1/activities',
      orderActivity(
        [system.id],
        [host.id, mailer.id],
        [{ country: 'US', safeguard: 'scc', recipientId: mailer.id }],
      ),
    )
    await api.post('/api/v1/retention-rules/presets', { preset: 'bookkeeping_dk', language: 'sv' })
    await api.post('/api/v1/retention-rules', {
      name: 'Kunder',
      dataCategories: ['user.name', 'user.contact'],
      clockStart: 'relationship_ended',
      period: { value: 3, unit: 'years' },
      action: 'delete',
      legalGround: 'Preskriptionstiden',
    })
    expect((await api.post('/api/v1/policy/versions', { material: true })).statusCode).toBe(201)
    await api.post('/api/v1/processors', { name: 'Fragt ApS', role: 'processor', country: 'DK' })
    expect((await api.post('/api/v1/policy/versions', { material: false })).statusCode).toBe(201)
    const owner = await createUser(t, { role: 'owner' })
    cookie = (await signIn(t, owner)).cookie.split('=')[1] ?? ''
    await t.app.listen({ port, host: '127.0.0.1' })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await t?.close()
  })

  it('shows the published policy in the visitor’s language, accessibly, without script, and fit for paper', async () => {
    const context = await newContext(browser, { locale: 'sv-SE', javaScriptEnabled: true })
    const page = await context.newPage()
    const response = await page.goto(`${vern}/privacy/policy`)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('sv')
    await page.getByRole('heading', { level: 1, name: 'Integritetspolicy' }).waitFor()
    for (const landmark of ['banner', 'main', 'contentinfo'])
      expect(await page.getByRole(landmark as 'banner').count(), landmark).toBe(1)
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(16)
    expect(await page.locator('script').count()).toBe(0)
    expect(await seriousViolations(page)).toEqual([])

    // The table of contents leads to each section.
    await page.getByRole('link', { name: 'Hur länge vi sparar dina uppgifter' }).click()
    expect(page.url()).toMatch(/#policy-retention$/)

    // On paper: no language list, no table of contents, headings kept.
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('navigation', { name: 'Språk' }).isVisible()).toBe(false)
    expect(await page.locator('ol.policy-toc').isVisible()).toBe(false)
    expect(await page.getByRole('heading', { level: 2, name: 'Dina rättigheter' }).isVisible()).toBe(true)
    // Each link's address is written out on paper, e.g. the form for a right.
    const printed = await page
      .locator('section[aria-labelledby="policy-rights"] li a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content)
    expect(printed).toContain('/privacy/requests/new?kind=access&lang=sv')
    await page.emulateMedia({ media: 'screen' })

    // Another language from the list, then the versions and what changed.
    await page.getByRole('link', { name: 'Suomi' }).click()
    await page.getByRole('heading', { level: 1, name: 'Tietosuojaseloste' }).waitFor()
    await page.getByRole('link', { name: 'Mikä muuttui' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'Muutokset versiosta 1 versioon 2' }).waitFor()
    expect(await page.getByText('Uusi vastaanottaja tai käsittelijä: Fragt ApS').count()).toBe(1)
    expect(await page.locator('ol.policy-diff ins').count()).toBeGreaterThan(0)
    expect(await seriousViolations(page)).toEqual([])

    await page.goto(`${vern}/privacy/policy/versions?lang=da`)
    await page.getByRole('heading', { level: 1, name: 'Versioner af privatlivspolitikken' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })

  it('lands the privacy center’s link on the policy', async () => {
    const context = await newContext(browser, { locale: 'nb-NO' })
    const page = await context.newPage()
    await page.goto(`${vern}/privacy`)
    await page.getByRole('main').getByRole('link', { name: 'Les personvernerklæringen vår' }).click()
    await page.getByRole('heading', { level: 1, name: 'Personvernerklæring' }).waitFor()
    await context.close()
  })

  it('shows the admin page with the check, the publication form and the draft, accessibly', async () => {
    const context = await newContext(browser, { locale: 'en-GB' })
    await context.addCookies([{ name: 'vern_session', value: cookie, url: vern }])
    const page = await context.newPage()
    const response = await page.goto(`${vern}/admin/policy`)
    expect(response?.status()).toBe(200)
    await page.getByRole('heading', { level: 2, name: 'Completeness check' }).waitFor()
    expect(await page.getByRole('button', { name: 'Publish the policy' }).count()).toBe(1)
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('link', { name: '1 → 2' }).click()
    await page.getByRole('heading', { level: 2, name: 'The text, line by line' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })
})
