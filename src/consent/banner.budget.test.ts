import { readFileSync } from 'node:fs'
import { brotliCompressSync } from 'node:zlib'
import { expect, it } from 'vitest'
import { bannerScript } from './banner.routes.js'
import { DEFAULT_BANNER_TEXTS } from './consent.text.js'

/** The budget for what the first layer needs: script, styles and texts, brotli-compressed. */
const BUDGET = 6000

it(`keeps /banner.js with five languages within ${BUDGET} bytes brotli`, () => {
  // Built by the test run's global setup (scripts/build.mjs), as it is served.
  const bundle = readFileSync(new URL('../../dist/banner/banner.js', import.meta.url), 'utf8')
  const services = ['google-analytics', 'meta-pixel', 'linkedin-insight', 'hotjar', 'klaviyo'].map(
    (key, i) => ({
      key,
      category: i % 2 ? 'marketing' : 'statistics',
      name: key.replace('-', ' '),
    }),
  ) as { key: string; category: 'statistics' | 'marketing'; name: string }[]
  const script = bannerScript(bundle, 'https://vern.example', {
    revision: 1,
    texts: DEFAULT_BANNER_TEXTS,
    services,
    expiryMonths: 12,
    gpc: 'refuse',
    policyVersion: null,
  })
  const size = brotliCompressSync(script).length
  console.log(`banner.js: ${script.length} bytes, ${size} bytes brotli`)
  expect(size).toBeLessThanOrEqual(BUDGET)
})
