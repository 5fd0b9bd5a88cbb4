import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  addUser,
  type Instance,
  launchChromium,
  newContext,
  newPage,
  signIn,
  startInstance,
} from './browser.js'

const EMAIL = 'owner@nordlys.example'
const PASSWORD = 'a long enough passphrase for tests'
const HOSTILE_NAME = '<img src=x onerror="window.__pwned2=1">Shop'

type Probe = { __pwned?: number; __pwned2?: number; __violations?: { directive: string; sample: string }[] }

describe.skipIf(!inject('chromium'))('content security policy in a browser', () => {
  let browser: Browser
  let vern: Instance
  let page: Page
  beforeAll(async () => {
    vern = await startInstance('sqlite')
    browser = await launchChromium()
    await addUser(vern.env, EMAIL, PASSWORD)
    page = await newPage(browser)
    await signIn(page, vern.url, EMAIL, PASSWORD)
  })
  afterAll(async () => {
    await browser?.close()
    await vern?.stop()
  })

  it('sends a CSP that allows only Vern’s own scripts and forbids framing', async () => {
    const response = await page.goto(`${vern.url}/`)
    const csp = response?.headers()['content-security-policy'] ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
  })

  it('blocks an inline script injected into the dashboard, and reports the violation', async () => {
    await page.goto(`${vern.url}/`)
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
    await page.evaluate(() => {
      const w = window as unknown as Probe
      w.__violations = []
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__violations?.push({ directive: e.effectiveDirective, sample: e.sample })
      })
      const script = document.createElement('script')
      script.textContent = 'window.__pwned = 1'
      document.body.append(script)
    })
    await page.waitForFunction(() => ((window as unknown as Probe).__violations ?? []).length > 0)
    const probe = await page.evaluate(() => {
      const w = window as unknown as Probe
      return { pwned: w.__pwned, violations: w.__violations }
    })
    expect(probe.pwned).toBeUndefined()
    expect(probe.violations?.map((v) => v.directive)).toContainEqual(
      expect.stringMatching(/^script-src(-elem)?$/),
    )
  })

  it('would run the same injected script without the CSP (the probe itself works)', async () => {
    const context = await newContext(browser, { bypassCSP: true })
    try {
      const open = await context.newPage()
      await open.goto(`${vern.url}/login`)
      await open.evaluate(() => {
        const script = document.createElement('script')
        script.textContent = 'window.__pwned = 1'
        document.body.append(script)
      })
      expect(await open.evaluate(() => (window as unknown as Probe).__pwned)).toBe(1)
    } finally {
      await context.close()
    }
  })

  it('shows a legal name full of markup as text, without running it', async () => {
    await page.goto(`${vern.url}/admin/organisation`)
    await page.getByLabel('Legal name of the business').fill(HOSTILE_NAME)
    await page.getByLabel('Country').selectOption({ label: 'Denmark' })
    await page.getByLabel('Company registration number').fill('10150817')
    await page.getByLabel('Street address').fill('Vesterbrogade 1')
    await page.getByLabel('Postal code').fill('1620')
    await page.getByLabel('City').fill('København V')
    await page.getByLabel('Contact e-mail for privacy questions').fill('privacy@nordlys.example')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.waitForURL((u) => u.searchParams.get('saved') === '1')
    await expect(page.getByRole('status').textContent()).resolves.toBe('Saved.')

    for (const path of ['/admin/organisation', '/']) {
      await page.goto(`${vern.url}${path}`)
      await page.reload()
      expect(await page.locator('header .org').textContent(), path).toBe(HOSTILE_NAME)
      expect(await page.locator('img[src="x"]').count(), path).toBe(0)
      expect(await page.evaluate(() => (window as unknown as Probe).__pwned2), path).toBeUndefined()
    }
    await page.goto(`${vern.url}/admin/organisation`)
    expect(await page.getByLabel('Legal name of the business').inputValue()).toBe(HOSTILE_NAME)
  })
})
