import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults, RunOptions } from 'axe-core'
import type { Page } from 'playwright-core'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
}

type AxeWindow = { axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> } }

/**
 * Runs axe-core (WCAG 2.1 A and AA) on the page and returns its serious and critical violations, one
 * line each with the rule and the elements. axe is put in with `evaluate`, which the page's CSP does not
 * govern; a script tag would be refused like any other inline script.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE)
  const loaded = await page.evaluate(() => typeof (window as unknown as AxeWindow).axe?.run)
  if (loaded !== 'function') throw new Error(`axe-core did not load on ${page.url()}`)
  const results = await page.evaluate(
    (options) => (window as unknown as AxeWindow).axe!.run(document, options),
    OPTIONS,
  )
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
}
