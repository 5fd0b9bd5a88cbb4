import pino from 'pino'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadConfig } from '../../src/config/config.js'
import { closeContext, createContext } from '../../src/context.js'
import { retentionServices } from '../../src/retention/index.js'
import { seedRegister } from '../../src/retention/sweep.testing.js'
import { seriousViolations } from './axe.js'
import { addUser, type Instance, launchChromium, newPage, signIn, startInstance } from './browser.js'

const EMAIL = 'dpo@nordlys.example'
const PASSWORD = 'a long enough passphrase for tests'

describe.skipIf(!inject('chromium'))('the retention preview and a sweep, in Chromium', () => {
  let browser: Browser
  let vern: Instance
  beforeAll(async () => {
    vern = await startInstance('sqlite')
    browser = await launchChromium()
    await addUser(vern.env, EMAIL, PASSWORD)
    // Forty invoices of twenty people, the first twenty from 2015 (due); one person under a hold.
    const ctx = await createContext(loadConfig(vern.env as Record<string, string>), {
      log: pino({ level: 'silent' }),
    })
    try {
      await seedRegister(ctx.db, {
        subjects: 20,
        interactions: 40,
        dueEvery: 2,
        dueAt: '2015-06-15T10:00:00.000Z',
        keptAt: '2025-06-15T10:00:00.000Z',
      })
      const { rules, holds } = retentionServices(ctx)
      await ctx.db.transaction().execute(async (trx) => {
        await rules.applyPreset(trx, 'bookkeeping_dk', 'en', { type: 'system' })
        await holds.create(
          trx,
          { scope: 'subject', target: 's000000004', reason: 'Tax audit' },
          { type: 'system' },
        )
      })
    } finally {
      await closeContext(ctx)
    }
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await vern?.stop()
  })

  it('shows counts per rule, the hold and a sample, then runs the sweep and shows its report', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } })
    await signIn(page, vern.url, EMAIL, PASSWORD)
    await page.goto(`${vern.url}/admin/retention`)
    await page.getByRole('link', { name: 'Preview' }).click()
    await page.getByRole('heading', { level: 1, name: 'Retention preview' }).waitFor()
    const row = page.getByRole('row').filter({ hasText: 'Orders, invoices and other interactions' })
    // 20 due invoices, one each; the held person's stays.
    await expect(row.getByRole('cell').nth(3).textContent()).resolves.toBe('40')
    await expect(row.getByRole('cell').nth(4).textContent()).resolves.toBe('19')
    await expect(row.getByRole('link', { name: '1 under a hold' }).isVisible()).resolves.toBe(true)
    expect(await page.getByRole('table').nth(1).getByRole('row').count()).toBe(6)
    const found = await seriousViolations(page)
    expect(found, found.join('\n')).toEqual([])
    await page.screenshot({ path: 'test-results/retention-preview.png', fullPage: true })

    await page.getByRole('button', { name: 'Run the sweep now' }).click()
    await page.waitForURL(/\/admin\/retention\/runs\/[0-9a-f-]+$/)
    for (let i = 0; i < 100; i++) {
      if (
        (await page.getByText('Finished', { exact: true }).count()) > 0 &&
        !(await page.getByText('Running').count())
      )
        break
      await page.waitForTimeout(100)
      await page.reload()
    }
    const done = page.getByRole('row').filter({ hasText: 'Orders, invoices and other interactions' })
    await expect(done.getByRole('cell').nth(4).textContent()).resolves.toBe('19')
    const again = await seriousViolations(page)
    expect(again, again.join('\n')).toEqual([])

    await page.getByRole('link', { name: 'Sweep reports' }).click()
    expect(await page.getByRole('row').count()).toBe(2)
    await page.getByRole('link', { name: 'Tasks in other systems' }).click()
    await expect(page.getByText('No tasks.').isVisible()).resolves.toBe(true)
    await page.context().close()
  })
})
