import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createTestApp, type TestApp } from '../harness.js'
import { seriousViolations } from './axe.js'
import { freePort, launchChromium, newContext } from './browser.js'

const NONCE = 'n0nce4test'

/** A shop page on its own origin under a strict CSP: no inline script or style, a nonce for its own tags. */
function shopPage(vern: string, lang: string, customer?: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Shop</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="${vern}/banner.js"${customer ? ` data-customer="${customer}"` : ''}></script>
<script type="text/plain" data-vern-category="statistics" nonce="${NONCE}">window.__stats = (window.__stats || 0) + 1</script>
<script type="text/plain" data-vern-category="marketing" nonce="${NONCE}">window.__ads = 1</script>
</head><body><main><h1>Nordlys Webshop</h1><p><a href="/other">Products</a></p>
<iframe data-vern-src="/frame" data-vern-category="marketing" title="Advert"></iframe></main></body></html>`
}

describe.skipIf(!inject('chromium'))('consent banner in a browser', () => {
  let t: TestApp
  let shop: Server
  let shopUrl: string
  let browser: Browser
  const violations: string[] = []

  beforeAll(async () => {
    const port = await freePort()
    const vern = `http://127.0.0.1:${port}`
    t = await createTestApp('sqlite', { env: { PUBLIC_URL: vern } })
    await t.app.listen({ port, host: '127.0.0.1' })
    shop = createServer((req, res) => {
      const csp = `default-src 'self'; script-src ${vern} 'nonce-${NONCE}'; connect-src ${vern}; style-src 'self'; img-src 'self'; frame-src 'self'`
      if (req.url === '/frame') {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>ad</title><p>ad</p>')
        return
      }
      const lang = /lang=(\w+)/.exec(req.url ?? '')?.[1] ?? 'da'
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp })
      const customer = /customer=(\w+)/.exec(req.url ?? '')?.[1]
      res.end(shopPage(vern, lang, customer))
    })
    await new Promise<void>((r) => shop.listen(0, '127.0.0.1', r))
    shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`
    await t.ctx.db
      .transaction()
      .execute((trx) => t.ctx.organisation.update(trx, { bannerOrigins: [shopUrl] }, { type: 'system' }))
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await new Promise((r) => shop?.close(r))
    await t?.close()
  })

  async function open(
    o: { gpc?: boolean; width?: number; lang?: string; customer?: string } = {},
  ): Promise<{ page: Page; context: BrowserContext }> {
    const context = await newContext(browser, { viewport: { width: o.width ?? 1024, height: 700 } })
    const page = await context.newPage()
    await page.addInitScript((gpc) => {
      document.addEventListener('securitypolicyviolation', (e) => {
        ;(window as unknown as { __csp: string[] }).__csp ??= []
        ;(window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`)
      })
      if (gpc) Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })
    }, o.gpc === true)
    await page.goto(`${shopUrl}/?lang=${o.lang ?? 'da'}${o.customer ? `&customer=${o.customer}` : ''}`)
    await page.getByRole('dialog').waitFor()
    return { page, context }
  }
  const flag = (page: Page, name: string) =>
    page.evaluate((n) => (window as unknown as Record<string, unknown>)[n], name)
  const records = () => t.ctx.db.selectFrom('consent_records').selectAll().orderBy('seq').execute()
  const lastRecord = async () => (await records()).at(-1)
  async function cspViolations(page: Page): Promise<string[]> {
    return (await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[]
  }

  it('shows three equal buttons and no ticked box; accepting runs the blocked scripts, once, with their nonce', async () => {
    const { page, context } = await open()
    const dialog = page.getByRole('dialog')
    expect(await dialog.getAttribute('aria-modal')).toBe('true')
    const buttons = dialog.getByRole('button')
    expect(await buttons.allTextContents()).toEqual(['Accepter alle', 'Afvis alle', 'Vælg selv'])
    const boxes = await buttons.evaluateAll((els) =>
      els.map((e) => {
        const s = getComputedStyle(e)
        return `${Math.round(e.getBoundingClientRect().height)} ${s.backgroundColor} ${s.color} ${s.fontWeight} ${s.fontSize}`
      }),
    )
    expect(new Set(boxes).size).toBe(1)
    expect(await flag(page, '__stats')).toBeUndefined()
    expect(await page.locator('iframe').getAttribute('src')).toBeNull()

    await page.getByRole('button', { name: 'Accepter alle' }).click()
    await page.waitForFunction(() => (window as unknown as { __ads?: number }).__ads === 1)
    expect(await flag(page, '__stats')).toBe(1)
    expect(await page.locator('iframe').getAttribute('src')).toBe('/frame')
    await expect.poll(async () => (await lastRecord())?.method).toBe('accept_all')
    expect(await cspViolations(page)).toEqual([])
    const consentMode = await page.evaluate(() =>
      ((window as unknown as { dataLayer: IArguments[] }).dataLayer ?? []).map((a) => [
        a[0],
        a[1],
        (a[2] as { ad_storage: string }).ad_storage,
      ]),
    )
    expect(consentMode).toEqual([
      ['consent', 'default', 'denied'],
      ['consent', 'update', 'granted'],
    ])

    // Next page: no banner, the scripts run at once, and the choices can be reopened.
    await page.reload()
    await page.waitForFunction(() => (window as unknown as { __stats?: number }).__stats === 1)
    expect(await page.getByRole('dialog').count()).toBe(0)
    const cookie = (await context.cookies()).find((c) => c.name === 'vern_consent')
    expect(JSON.parse(decodeURIComponent(cookie?.value ?? '{}'))).toMatchObject({ m: 'accept_all', r: 1 })
    await page.getByRole('button', { name: 'Cookieindstillinger' }).click()
    await page.getByRole('dialog').waitFor()
    expect(
      await page.evaluate(
        () => (window as unknown as { Vern: { consent: { get(): { m: string } } } }).Vern.consent.get().m,
      ),
    ).toBe('accept_all')
    await context.close()
  })

  it("records a signed-in customer's id as a keyed hash, and #vern-consent reopens the choices", async () => {
    const { page, context } = await open({ customer: 'C1042' })
    await page.getByRole('button', { name: 'Afvis alle' }).click()
    await expect.poll(async () => (await lastRecord())?.person_type).toBe('customer')
    const record = await lastRecord()
    expect(record?.person_ref).toBe(t.ctx.vault.blindIndex('external_id', 'C1042'))
    expect(JSON.stringify(record)).not.toContain('C1042')
    // The privacy center links to the shop with #vern-consent: the second layer opens at once.
    await page.goto(`${shopUrl}/?lang=da#vern-consent`)
    await page.getByRole('dialog').waitFor()
    expect(await page.getByRole('checkbox').count()).toBeGreaterThanOrEqual(4)
    await page.keyboard.press('Escape')
    await page.evaluate(() => {
      location.hash = ''
    })
    await page.evaluate(() => {
      location.hash = 'vern-consent'
    })
    await page.getByRole('dialog').waitFor()
    await context.close()
  })

  it('rejecting runs nothing optional and records the refusal', async () => {
    const { page, context } = await open()
    await page.getByRole('button', { name: 'Afvis alle' }).click()
    await expect.poll(async () => (await lastRecord())?.method).toBe('reject_all')
    expect(await flag(page, '__stats')).toBeUndefined()
    expect(await flag(page, '__ads')).toBeUndefined()
    await context.close()
  })

  it('choosing in the second layer runs only the accepted category', async () => {
    const { page, context } = await open({ lang: 'sv' })
    await page.getByRole('button', { name: 'Välj själv' }).click()
    const statistics = page.getByRole('checkbox', { name: 'Statistik' })
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(1) // only the necessary one, disabled
    await statistics.check()
    await page.getByRole('button', { name: 'Spara mina val' }).click()
    await page.waitForFunction(() => (window as unknown as { __stats?: number }).__stats === 1)
    expect(await flag(page, '__ads')).toBeUndefined()
    const record = await lastRecord()
    expect(record).toMatchObject({ method: 'custom', language: 'sv' })
    expect(JSON.parse(record?.categories ?? '{}')).toMatchObject({ statistics: true, marketing: false })
    await context.close()
  })

  it('gives a page with Global Privacy Control no marketing, and says so', async () => {
    const { page, context } = await open({ gpc: true, lang: 'nb' })
    expect(await page.getByRole('dialog').textContent()).toContain('Global Privacy Control')
    await expect.poll(async () => (await lastRecord())?.method).toBe('gpc')
    expect(await flag(page, '__ads')).toBeUndefined()
    expect(await page.locator('iframe').getAttribute('src')).toBeNull()
    await context.close()
  })

  it('works from the keyboard alone: focus starts and stays in the dialog, Esc closes it', async () => {
    const { page, context } = await open({ lang: 'en' })
    const focused = () =>
      page.evaluate(
        () => document.querySelector('#vern-consent')?.shadowRoot?.activeElement?.textContent ?? null,
      )
    expect(await focused()).toBe('Accept all')
    const seen = new Set<string | null>()
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab')
      seen.add(await focused())
    }
    expect([...seen].sort()).toEqual(['Accept all', 'Choose', 'Read our privacy policy', 'Reject all'])
    await page.keyboard.press('Escape')
    expect(await page.getByRole('dialog').count()).toBe(0)
    await page.keyboard.press('Tab')
    await page.evaluate(() =>
      (window as unknown as { Vern: { consent: { show(): void } } }).Vern.consent.show(),
    )
    await page.getByRole('dialog').waitFor()
    while ((await focused()) !== 'Reject all') await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await lastRecord())?.method).toBe('reject_all')
    await context.close()
  })

  it('fits 320 px, breaks no strict CSP, and has no serious axe violations', async () => {
    const { page, context } = await open({ width: 320 })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(overflow).toBeLessThanOrEqual(320)
    for (const name of ['Accepter alle', 'Afvis alle', 'Vælg selv'])
      expect(await page.getByRole('button', { name }).isVisible()).toBe(true)
    violations.push(...(await seriousViolations(page)))
    await page.getByRole('button', { name: 'Vælg selv' }).click()
    violations.push(...(await seriousViolations(page)))
    expect(violations).toEqual([])
    expect(await cspViolations(page)).toEqual([])
    await context.close()
  })
})
