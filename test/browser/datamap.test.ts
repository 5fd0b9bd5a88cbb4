import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { forEachDatabase } from '../harness.js'
import { seriousViolations } from './axe.js'
import { addUser, type Instance, launchChromium, newContext, signIn, startInstance } from './browser.js'

const EMAIL = 'owner@nordlys.example'
const PASSWORD = 'a long enough passphrase for tests'
const ACTIVITY = 'Order handling in the webshop'

/** Clicks a form's submit button and waits for the page the POST leads to; resolves with its status. */
async function submit(page: Page, button: string): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ])
  await page.waitForLoadState()
  return response.status()
}

describe.skipIf(!inject('chromium'))('the data map and a person’s page in a browser', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(() => browser?.close())

  forEachDatabase('adding an activity and viewing a person', (dialect) => {
    let vern: Instance
    let context: BrowserContext
    let page: Page
    const path = () => new URL(page.url()).pathname
    beforeAll(async () => {
      vern = await startInstance(dialect)
      await addUser(vern.env, EMAIL, PASSWORD)
      context = await newContext(browser)
      page = await context.newPage()
      await signIn(page, vern.url, EMAIL, PASSWORD)
    })
    afterAll(async () => {
      await context?.close()
      await vern?.stop()
    })

    it('adds a system and a processing activity through the forms', async () => {
      await page.goto(`${vern.url}/admin/data-map/systems/new`)
      await page.getByLabel('Name', { exact: true }).fill('Webshop')
      await page.getByLabel('Kind of system').selectOption({ label: 'Webshop' })
      expect(await submit(page, 'Save')).toBe(303)

      await page.goto(`${vern.url}/admin/data-map`)
      await page.getByRole('link', { name: 'New processing activity' }).click()
      await page.getByLabel('Name', { exact: true }).fill(ACTIVITY)
      await page.getByLabel('Purpose in words').fill('To deliver what customers order and handle returns')
      await page.getByLabel('Kind of purpose').selectOption('essential.service.order_handling')
      await page.getByLabel('Legal basis').selectOption({ label: 'Performance of a contract (Art. 6(1)(b))' })
      const categories = page.getByRole('group', { name: 'Categories of personal data' })
      await categories.getByLabel('Name (user.name)', { exact: true }).check()
      await categories.getByLabel('E-mail address (user.contact.email)', { exact: true }).check()
      await page
        .getByRole('group', { name: 'Whose data (categories of data subjects)' })
        .getByLabel('Customer (customer)', { exact: true })
        .check()
      await page.getByRole('group', { name: 'Systems' }).getByLabel('Webshop', { exact: true }).check()
      await page.getByLabel('Keep for').fill('5')
      await page.getByLabel('Counted from').fill('the end of the financial year of the order')
      await page.getByLabel('Retention rule in words').fill('Kept under the Bookkeeping Act, then deleted')
      expect(await submit(page, 'Save')).toBe(303)

      expect(path()).toBe('/admin/data-map')
      expect(await page.getByRole('status').textContent()).toContain('Saved.')
      const row = page.getByRole('row', { name: new RegExp(ACTIVITY) })
      expect(await row.isVisible()).toBe(true)
      expect(await row.textContent()).toContain('Performance of a contract (Art. 6(1)(b))')
      expect(await row.textContent()).toContain('Webshop')
    })

    it('shows the activity in the record of processing (Art. 30)', async () => {
      await page.goto(`${vern.url}/admin/ropa?record=en`)
      const section = page.getByRole('region', { name: ACTIVITY })
      expect(await section.isVisible()).toBe(true)
      const text = (await section.textContent()) ?? ''
      for (const expected of [
        'To deliver what customers order and handle returns',
        'Order handling and delivery',
        'Performance of a contract (Art. 6(1)(b))',
        'E-mail address',
        '5 years, counted from: the end of the financial year of the order',
      ])
        expect(text, expected).toContain(expected)
    })

    it('adds a person and shows their data by category with the activity’s purpose', async () => {
      await page.goto(`${vern.url}/admin/people`)
      const form = page.getByRole('form', { name: 'Add a person or company' })
      await form.getByLabel('Relationship').selectOption({ label: 'Customer' })
      await form.getByLabel('Name', { exact: false }).first().fill('Maren Kjærgaard')
      await form.getByLabel('E-mail').fill('maren@example.dk')
      await form.getByLabel('Phone').fill('+45 20 12 34 56')
      expect(await submit(page, 'Create')).toBe(303)
      expect(path()).toMatch(/^\/admin\/people\/[0-9a-f-]{36}$/)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Maren Kjærgaard')

      const held = page.locator('table.held')
      expect(await held.getByRole('row', { name: /E-mail address/ }).textContent()).toContain(
        'maren@example.dk',
      )
      expect(await held.getByRole('row', { name: /Phone number/ }).textContent()).toContain('+4520123456')

      const purposes = page.getByRole('region', { name: 'Purposes' })
      const email = purposes.getByRole('row', { name: /E-mail address/ })
      expect(await email.getByRole('link', { name: ACTIVITY }).isVisible()).toBe(true)
      const reason = (await email.textContent()) ?? ''
      expect(reason).toContain('Order handling and delivery')
      expect(reason).toContain('Performance of a contract (Art. 6(1)(b))')
      expect(reason).toContain('5 years, counted from: the end of the financial year of the order')
      expect(await purposes.getByRole('row', { name: /Name user\.name/ }).textContent()).toContain(ACTIVITY)
      expect(await purposes.getByRole('row', { name: /Phone number/ }).textContent()).toContain(
        'No purpose recorded — this data has no documented reason to be kept.',
      )

      const found = await seriousViolations(page)
      expect(found, found.join('\n')).toEqual([])

      await email.getByRole('link', { name: ACTIVITY }).click()
      await page.waitForLoadState()
      expect(path()).toMatch(/^\/admin\/data-map\/activities\//)
      expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe(ACTIVITY)
    })
  })
})
