import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { forEachDatabase } from '../harness.js'
import { type Instance, launchChromium, newContext, startInstance, submitSignIn } from './browser.js'
import { fillWizard, NORDLYS, submitWizard } from './wizard.js'

describe.skipIf(!inject('chromium'))('first run in a browser', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(() => browser?.close())

  forEachDatabase('set-up wizard to sign-in', (dialect) => {
    let vern: Instance
    let context: BrowserContext
    let page: Page
    const owner = NORDLYS
    beforeAll(async () => {
      vern = await startInstance(dialect)
      context = await newContext(browser)
      page = await context.newPage()
    })
    afterAll(async () => {
      await context?.close()
      await vern?.stop()
    })

    const path = () => new URL(page.url()).pathname

    it('shows the set-up wizard at / on a brand-new instance', async () => {
      const response = await page.goto(`${vern.url}/`)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Welcome to Vern')
      expect(await page.getByRole('group', { name: 'Your account (owner)' }).count()).toBe(1)
      expect(await page.getByRole('group', { name: 'Your business' }).count()).toBe(1)
      // Loopback only: no set-up code is asked for.
      expect(await page.getByLabel('Set-up code').count()).toBe(0)
    })

    it('refuses an invalid CVR next to its field and keeps what was typed', async () => {
      await fillWizard(page, { ...owner, registrationNumber: '10150818' })
      expect(await submitWizard(page)).toBe(400)
      expect(path()).toBe('/setup')
      await expect(page.getByRole('alert').textContent()).resolves.toBe(
        'Please correct the field marked below.',
      )
      const cvr = page.getByLabel('Company registration number')
      expect(await cvr.getAttribute('aria-invalid')).toBe('true')
      expect(await cvr.getAttribute('aria-describedby')).toContain('f-registrationNumber-error')
      const error = page.locator('.field', { has: cvr }).locator('.field-error')
      expect(await error.isVisible()).toBe(true)
      expect(await error.getAttribute('id')).toBe('f-registrationNumber-error')
      expect(await error.textContent()).toContain('the check digit does not match')
      // Only that field is marked.
      expect(await page.locator('[aria-invalid="true"]').count()).toBe(1)
      expect(await cvr.inputValue()).toBe('10150818')
      expect(await page.getByLabel('Your name').inputValue()).toBe(owner.name)
      expect(await page.getByLabel('Your work e-mail').inputValue()).toBe(owner.email)
      expect(await page.getByLabel('Legal name of the business').inputValue()).toBe(owner.legalName)
      expect(await page.getByLabel('Country').inputValue()).toBe('DK')
      expect(await page.getByLabel('Street address').inputValue()).toBe(owner.street)
      expect(await page.getByLabel('Postal code').inputValue()).toBe(owner.postalCode)
      expect(await page.getByLabel('City').inputValue()).toBe(owner.city)
      expect(await page.getByLabel('Contact e-mail for privacy questions').inputValue()).toBe(
        owner.contactEmail,
      )
      // Passwords are never sent back into the page.
      expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('')
    })

    it('completes set-up and lands on the dashboard, signed in', async () => {
      await fillWizard(page, owner)
      expect(await submitWizard(page)).toBe(303)
      expect(path()).toBe('/')
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Dashboard')
      expect(await page.getByText(`Welcome, ${owner.name}`, { exact: true }).isVisible()).toBe(true)
      expect(await page.locator('header .org').textContent()).toBe(owner.legalName)
    })

    it('never shows the wizard again', async () => {
      await page.reload()
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Dashboard')
      const stranger = await newContext(browser)
      try {
        const other = await stranger.newPage()
        await other.goto(`${vern.url}/`)
        expect(new URL(other.url()).pathname).toBe('/login')
        await expect(other.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sign in to Vern')
        expect(await other.getByLabel('Your name').count()).toBe(0)
      } finally {
        await stranger.close()
      }
    })

    it('signs out from the header, after which admin pages ask to sign in', async () => {
      await page.getByRole('button', { name: 'Sign out' }).click()
      await page.waitForURL((u) => u.pathname === '/login')
      expect(new URL(page.url()).search).toBe('?out=1')
      await expect(page.getByRole('status').textContent()).resolves.toBe('You have been signed out.')
      await page.goto(`${vern.url}/admin/organisation`)
      expect(path()).toBe('/login')
      expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/organisation')
      expect(await page.getByRole('heading', { name: 'Organisation' }).count()).toBe(0)
    })

    it('refuses a wrong password with 401 and the error text', async () => {
      await page.goto(`${vern.url}/login`)
      expect(await submitSignIn(page, owner.email, 'not the right password at all')).toBe(401)
      await expect(page.getByRole('alert').textContent()).resolves.toBe(
        'The e-mail or password is not correct.',
      )
      expect(await page.getByLabel('E-mail').inputValue()).toBe(owner.email)
      expect(await page.getByRole('heading', { name: 'Dashboard' }).count()).toBe(0)
    })

    it('signs in again with the same credentials', async () => {
      await page.goto(`${vern.url}/login`)
      expect(await submitSignIn(page, owner.email, owner.password)).toBe(303)
      expect(path()).toBe('/')
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Dashboard')
      expect(await page.getByText(`Welcome, ${owner.name}`, { exact: true }).isVisible()).toBe(true)
    })
  })
})
