import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../harness.js'
import { newMasterKey, type RunningVern, startVern, vernEnv } from '../process.js'
import { type Mailbox, startMailbox } from '../smtp.js'
import { seriousViolations } from './axe.js'
import { addUser, launchChromium, newContext, signIn } from './browser.js'

const EMAIL = 'owner@nordlys.example'
const PASSWORD = 'a long enough passphrase for tests'
const PERSON = 'ingrid@example.no'

/** Clicks a button and waits for the page its POST leads to; resolves with the POST's status. */
async function press(page: Page, button: string): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ])
  await page.waitForLoadState()
  return response.status()
}

describe.skipIf(!inject('chromium'))('a data-subject request in a browser', () => {
  let browser: Browser
  let mailbox: Mailbox
  let db: TestDatabase
  let server: RunningVern
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
    mailbox = await startMailbox()
    db = await createTestDatabase('sqlite')
    const env = vernEnv(db, newMasterKey(), { LOG_LEVEL: 'warn', SMTP_URL: mailbox.url })
    await addUser(env, EMAIL, PASSWORD)
    server = await startVern(env)
    context = await newContext(browser, { locale: 'nb-NO' })
    page = await context.newPage()
  })
  afterAll(async () => {
    await context?.close()
    await browser?.close()
    server?.child.kill('SIGTERM')
    await server?.exited
    await db?.drop()
    await mailbox?.close()
  })

  const mailsTo = () => mailbox.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === PERSON)

  it('is asked for in Norwegian, confirmed by the mailed link, and answered by staff', async () => {
    await page.goto(`${server.url}/privacy/requests/new?kind=access`)
    expect(await page.locator('html').getAttribute('lang')).toBe('nb')
    expect(await page.getByLabel('Se opplysningene dere har om meg').isChecked()).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await page.getByLabel('E-postadressen din').fill(PERSON)
    expect(await press(page, 'Send forespørsel')).toBe(200)
    await page.getByRole('heading', { level: 1, name: 'Sjekk e-posten din' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])

    await mailbox.waitFor(1)
    const link =
      mailsTo()[0]?.text?.match(/http:\/\/\S+\/privacy\/requests\/confirm\/[A-Za-z0-9_-]{43}/)?.[0] ?? ''
    expect(link).not.toBe('')
    await page.goto(`${server.url}${new URL(link).pathname}`)
    expect(await press(page, 'Send forespørselen')).toBe(200)
    await page.getByRole('heading', { level: 1, name: 'Vi har mottatt forespørselen din' }).waitFor()
    await mailbox.waitFor(2)
    expect(mailsTo()[1]?.subject).toMatch(/^Vi har mottatt forespørselen din/)

    // Staff work in English in their own browser.
    const staff = await newContext(browser, { locale: 'en-GB' })
    page = await staff.newPage()
    await signIn(page, server.url, EMAIL, PASSWORD)
    await page.goto(`${server.url}/admin/requests`)
    await page.locator('table.requests a').first().click()
    await page.getByRole('heading', { level: 2, name: 'History' }).waitFor()
    expect(await page.getByText(PERSON).count()).toBeGreaterThan(0)
    expect(await seriousViolations(page)).toEqual([])
    await page.getByLabel('What was checked').fill('Confirmed the link in the e-mail')
    expect(await press(page, 'Verify identity')).toBe(303)
    expect(await press(page, 'Complete')).toBe(303)
    await page.getByText('This request is closed.').waitFor()
    await mailbox.waitFor(3)
    expect(mailsTo()[2]?.subject).toMatch(/^Forespørselen din er fullført/)
    await staff.close()
  })
})
