import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync } from 'node:zlib'
import autocannon from 'autocannon'
import pino from 'pino'
import { loadConfig } from '../src/config/config.js'
import type { ConsentPost } from '../src/consent/consent.schema.js'
import { consentOf } from '../src/consent/services.js'
import { closeContext, createContext } from '../src/context.js'
import { startServer, stop } from './process.js'

const SHOP = 'https://shop.example'
const BODY: ConsentPost = {
  method: 'custom',
  categories: { preferences: true, statistics: true, marketing: false },
  revision: 1,
  language: 'da',
  path: '/checkout',
}

/** A visitor's address per request: the server trusts the proxy header here, as behind a load balancer. */
function visitor(): string {
  return `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`
}

async function load(url: string, seconds: number, post: boolean) {
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    ...(post
      ? {
          method: 'POST' as const,
          headers: { origin: SHOP, 'content-type': 'application/json' },
          body: JSON.stringify(BODY),
        }
      : {}),
    requests: [
      { setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'x-forwarded-for': visitor() } }) },
    ],
  })
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`)
  return { rps: result.requests.average, p99: result.latency.p99, total: result.requests.total }
}

/**
 * The consent benchmark of issue #4: POST consents at 50 connections (each answered after commit),
 * /healthz in the same run, the raw insert rate of the same records, and the banner's size and time
 * to visible in headless Chromium.
 */
export async function consentBench(main: string, seconds: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vern-bench-'))
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dir, 'vern.db')}`
  const db = databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres'
  const env = {
    PATH: process.env.PATH,
    DATABASE_URL: databaseUrl,
    VERN_DATA_DIR: dir,
    VERN_MASTER_KEY: randomBytes(32).toString('base64'),
    TRUST_PROXY: 'true',
  }
  try {
    const setup = await createContext(loadConfig(env), { log: pino({ level: 'silent' }) })
    await setup.db
      .transaction()
      .execute((trx) => setup.organisation.update(trx, { bannerOrigins: [SHOP] }, { type: 'system' }))
    await consentOf(setup).config.current(setup.db)
    await closeContext(setup)

    const port = 20_000 + Math.floor(Math.random() * 20_000)
    const server = await startServer(main, env, port)
    // Rounds of both, alternating, compared by their medians: one round is at the mercy of a noisy
    // neighbour on a shared machine, and the two loads then see the same conditions.
    const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
    const healths: Array<Awaited<ReturnType<typeof load>>> = []
    const posts: Array<Awaited<ReturnType<typeof load>>> = []
    for (let i = 0; i < rounds; i++) {
      healths.push(await load(`${server.url}/healthz`, seconds, false))
      posts.push(await load(`${server.url}/api/v1/public/consents`, seconds, true))
    }
    const health = median(healths)
    const consents = median(posts)
    const banner = await (await fetch(`${server.url}/banner.js`)).text()
    const visibleMs = await timeToVisible(server.url, banner).catch(
      (e: unknown) => `n/a (${(e as Error).message})`,
    )
    await stop(server.child)

    // The same records straight through the ledger: one transaction each, as the endpoint commits them.
    const ctx = await createContext(loadConfig(env), { log: pino({ level: 'silent' }) })
    const { ledger } = consentOf(ctx)
    const facts = { origin: SHOP, ip: '10.0.0.0/24', userAgent: 'Chrome' }
    const n = 5000
    const begin = performance.now()
    for (let i = 0; i < n; i++) await ctx.db.transaction().execute((trx) => ledger.record(trx, BODY, facts))
    const rawRate = n / ((performance.now() - begin) / 1000)
    const verified = await ledger.verify(ctx.db)
    await closeContext(ctx)

    const ratio = consents.rps / health.rps
    const brotli = brotliCompressSync(banner).length
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED')
    return [
      `healthz [${db}]: ${health.rps.toFixed(0)} req/s, p99 ${health.p99} ms at 50 connections (median of ${rounds} rounds of ${seconds} s: ${healths.map((h) => h.rps.toFixed(0)).join(', ')})`,
      `consents [${db}]: ${consents.rps.toFixed(0)} records/s, p99 ${consents.p99} ms (rounds: ${posts.map((p) => p.rps.toFixed(0)).join(', ')}), ${ratio.toFixed(2)}x healthz (goal >= 0.6x: ${verdict(ratio >= 0.6)})`,
      `consent raw insert [${db}]: ${rawRate.toFixed(0)} records/s, one transaction each; ledger ${verified.ok ? `intact (${verified.records} records)` : 'BROKEN'}`,
      `banner: ${banner.length} bytes, ${brotli} bytes brotli (budget 6000: ${verdict(brotli <= 6000)}), script start to visible ${typeof visibleMs === 'number' ? `${visibleMs.toFixed(1)} ms` : visibleMs}`,
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The round with the median throughput. */
function median<T extends { rps: number }>(results: readonly T[]): T {
  const sorted = [...results].sort((a, b) => a.rps - b.rps)
  return sorted[Math.floor(sorted.length / 2)] as T
}

/** From the end of the script's download (it runs then) to the first frame with the dialog shown. */
async function timeToVisible(vern: string, _banner: string): Promise<number> {
  const { chromium } = await import('playwright-core')
  const shop = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end(
      `<!doctype html><html lang="da"><title>Shop</title><body><h1>Shop</h1><script src="${vern}/banner.js"></script></body></html>`,
    )
  })
  await new Promise<void>((r) => shop.listen(0, '127.0.0.1', r))
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  })
  try {
    const page = await browser.newPage()
    await page.addInitScript(() => {
      new MutationObserver((_m, o) => {
        if (document.getElementById('vern-consent')) {
          o.disconnect()
          requestAnimationFrame(() => {
            ;(window as unknown as { __visible: number }).__visible = performance.now()
          })
        }
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto(`http://127.0.0.1:${(shop.address() as AddressInfo).port}/`)
    await page.waitForFunction(() => (window as unknown as { __visible?: number }).__visible !== undefined)
    // Awaited here, so the browser is closed only after the page has answered.
    return await page.evaluate(() => {
      const entry = performance
        .getEntriesByType('resource')
        .find((e) => e.name.endsWith('/banner.js')) as PerformanceResourceTiming
      return (window as unknown as { __visible: number }).__visible - entry.responseEnd
    })
  } finally {
    await browser.close()
    await new Promise((r) => shop.close(r))
  }
}
