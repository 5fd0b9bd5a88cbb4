import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { seriousViolations } from './axe.js'
import { addUser, type Instance, launchChromium, newPage, signIn, startInstance } from './browser.js'

const EMAIL = 'owner@nordlys.example'
const PASSWORD = 'a long enough passphrase for tests'
const DESKTOP = { width: 1280, height: 800 }
const NARROW = { width: 320, height: 720 }

/** Opens a page, checks it answered 200, and returns axe-core's serious and critical findings. */
async function audit(page: Page, url: string): Promise<string[]> {
  const response = await page.goto(url)
  expect(response?.status(), url).toBe(200)
  return seriousViolations(page)
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

describe.skipIf(!inject('chromium'))('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  let browser: Browser
  let vern: Instance
  /** Signed in as the owner, at desktop width and at 320px. */
  let desktop: Page
  let narrow: Page
  beforeAll(async () => {
    vern = await startInstance('sqlite')
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await vern?.stop()
  })

  it('the set-up wizard of a fresh instance, wide and at 320px', async () => {
    const page = await newPage(browser, { viewport: DESKTOP })
    const wide = await audit(page, `${vern.url}/`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Welcome to Vern')
    expect(wide, wide.join('\n')).toEqual([])
    await page.setViewportSize(NARROW)
    const slim = await seriousViolations(page)
    expect(slim, slim.join('\n')).toEqual([])
    expect(await scrollWidth(page)).toBeLessThanOrEqual(NARROW.width + 1)
    await page.context().close()
  })

  it('the signed-out pages', async () => {
    // From here on the instance has an owner, made with the command line.
    await addUser(vern.env, EMAIL, PASSWORD)
    const page = await newPage(browser)
    for (const path of ['/login', '/password/forgot']) {
      const found = await audit(page, `${vern.url}${path}`)
      expect.soft(found, `${path}\n${found.join('\n')}`).toEqual([])
    }
    await page.context().close()
  })

  it('every page in the navigation, and the account pages, at desktop width', {
    timeout: 60_000,
  }, async () => {
    desktop = await newPage(browser, { viewport: DESKTOP })
    await signIn(desktop, vern.url, EMAIL, PASSWORD)
    const hrefs = await desktop
      .locator('nav#nav a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs).toContain('/')
    expect(hrefs).toContain('/admin/organisation')
    expect(hrefs.length).toBeGreaterThan(15)
    for (const path of [...new Set(hrefs), '/account', '/account/two-factor']) {
      const found = await audit(desktop, `${vern.url}${path}`)
      expect.soft(found, `${path}\n${found.join('\n')}`).toEqual([])
    }
  })

  it('at 320px: no sideways scrolling, and the Menu button folds the navigation', async () => {
    narrow = await newPage(browser, { viewport: NARROW })
    await signIn(narrow, vern.url, EMAIL, PASSWORD)
    for (const path of ['/', '/admin/organisation']) {
      await narrow.goto(`${vern.url}${path}`)
      expect.soft(await scrollWidth(narrow), `${path} scrollWidth`).toBeLessThanOrEqual(NARROW.width + 1)
    }
    for (const path of ['/admin/organisation', '/admin/users', '/account']) {
      const found = await audit(narrow, `${vern.url}${path}`)
      expect.soft(found, `${path}\n${found.join('\n')}`).toEqual([])
    }
    await narrow.goto(`${vern.url}/`)
    const menu = narrow.getByRole('button', { name: 'Menu' })
    const nav = narrow.locator('nav#nav')
    expect(await menu.isVisible()).toBe(true)
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
    expect(await nav.isVisible()).toBe(false)
    await menu.click()
    expect(await menu.getAttribute('aria-expanded')).toBe('true')
    expect(await nav.isVisible()).toBe(true)
    expect(await nav.getByRole('link', { name: 'Organisation' }).isVisible()).toBe(true)
    await menu.click()
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
    expect(await nav.isVisible()).toBe(false)
  })

  // At 320px the audit tables scroll sideways inside `.table-wrap`; keyboard users must be able to
  // focus and scroll them (axe scrollable-region-focusable, WCAG 2.1.1).
  it('at 320px: tables that scroll sideways can be scrolled from the keyboard', async () => {
    const found: string[] = []
    for (const path of ['/', '/admin/audit']) {
      found.push(...(await audit(narrow, `${vern.url}${path}`)).map((v) => `${path}: ${v}`))
    }
    expect(found, found.join('\n')).toEqual([])
  })

  // The header's Menu button shows on narrow screens only (and never without JavaScript).
  it('at desktop width the Menu button is not shown', async () => {
    await desktop.goto(`${vern.url}/`)
    expect(await desktop.locator('nav#nav').isVisible()).toBe(true)
    expect(await desktop.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false)
  })
})
