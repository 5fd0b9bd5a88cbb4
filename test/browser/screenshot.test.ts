import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Instance, launchChromium, newPage, startInstance } from './browser.js'
import { fillWizard, NORDLYS, submitWizard } from './wizard.js'

const SCREENSHOT = fileURLToPath(new URL('../../docs/dashboard.png', import.meta.url))

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

describe.skipIf(!inject('chromium'))('the dashboard of a freshly set-up Danish shop', () => {
  let browser: Browser
  let vern: Instance
  beforeAll(async () => {
    vern = await startInstance('sqlite')
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await vern?.stop()
  })

  it('renders complete at 1280x800 (UPDATE_SCREENSHOT=1 saves it as docs/dashboard.png)', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 800 } })
    await page.goto(`${vern.url}/`)
    await fillWizard(page, NORDLYS)
    expect(await submitWizard(page)).toBe(303)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Dashboard')
    expect(await page.locator('header .org').textContent()).toBe('Nordlys Webshop ApS')
    expect(await page.getByText('The organisation profile is complete.').isVisible()).toBe(true)
    const authority = page.getByRole('region', { name: 'Your supervisory authority' })
    expect(await authority.textContent()).toContain('Datatilsynet')
    expect(await page.getByRole('link', { name: 'Turn it on' }).isVisible()).toBe(true)

    const png = await page.screenshot({ type: 'png' })
    expect(pngSize(png)).toEqual({ width: 1280, height: 800 })
    if (process.env.UPDATE_SCREENSHOT === '1') {
      mkdirSync(dirname(SCREENSHOT), { recursive: true })
      writeFileSync(SCREENSHOT, png)
    }
    await page.context().close()
  })
})
