import { readFile } from 'node:fs/promises'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { text, unzip } from '../../src/requests/access/access.testing.js'
import { NORDLYS_PROFILE } from '../factories.js'
import { createTestDatabase, type TestDatabase } from '../harness.js'
import { newMasterKey, type RunningVern, runVern, startVern, vernEnv } from '../process.js'
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
    const key = (await runVern(['apikey', 'create', '--name', 'shop', '--role', 'owner'], env)).stdout
      .trim()
      .split('\n')
      .at(-1)
    server = await startVern(env)
    const organisation = await fetch(`${server.url}/api/v1/organisation`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(NORDLYS_PROFILE),
    })
    expect(organisation.status).toBe(200)
    // Ingrid is a customer in the register, so her package has something in it.
    const created = await fetch(`${server.url}/api/v1/subjects`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Ingrid Solberg',
        email: PERSON,
        address: { street: 'Storgata 7', postalCode: '0155', city: 'Oslo', country: 'NO' },
      }),
    })
    expect(created.status).toBe(201)
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

  it('is asked for in Norwegian, confirmed by the mailed link, answered by staff, and downloaded as a ZIP', async () => {
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
    const answer = mailsTo()[2]
    expect(answer?.subject).toMatch(/^Forespørselen din er fullført/)
    await staff.close()

    // The person downloads the package from the link in the mail, once.
    const download = answer?.text?.match(/http:\/\/\S+\/privacy\/download\/[A-Za-z0-9_-]+/)?.[0] ?? ''
    expect(download).not.toBe('')
    page = await context.newPage()
    await page.goto(`${server.url}${new URL(download).pathname}`)
    expect(await seriousViolations(page)).toEqual([])
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned opplysningene dine' }).click(),
    ])
    expect(file.suggestedFilename()).toMatch(/\.zip$/)
    expect(file.suggestedFilename()).not.toContain('ingrid')
    const files = await unzip(await readFile((await file.path()) as string))
    expect([...files.keys()]).toEqual(expect.arrayContaining(['manifest.json', 'report.html', 'report.pdf']))
    expect(JSON.parse(text(files, 'manifest.json')).files.length).toBeGreaterThan(2)
    expect(text(files, 'report.html')).toContain('Ingrid Solberg')
    expect(text(files, 'report.html')).toContain('Datatilsynet')
    expect(files.get('report.pdf')?.subarray(0, 5).toString()).toBe('%PDF-')
    const json = [...files.entries()].filter(([name]) => name.startsWith('data/') && name.endsWith('.json'))
    expect(json.map(([, bytes]) => bytes.toString()).join('\n')).toContain('Storgata 7')
    // The link is spent: opening it again shows the neutral page.
    const again = await page.goto(`${server.url}${new URL(download).pathname}`)
    expect(again?.status()).toBe(404)
  })
})
