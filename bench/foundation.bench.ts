import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import pino from 'pino'
import { loadConfig } from '../src/config/config.js'
import { closeContext, createContext } from '../src/context.js'
import { NORDLYS_PROFILE } from '../test/factories.js'
import { rssMb, startServer, stop } from './process.js'

interface LoadResult {
  rps: number
  p99: number
  peakRssMb: number
}

async function load(
  url: string,
  pid: number,
  headers: Record<string, string>,
  seconds: number,
): Promise<LoadResult> {
  let peak = 0
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid))
  }, 200)
  const result = await autocannon({ url, connections: 50, duration: seconds, headers })
  clearInterval(sampler)
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`)
  return { rps: result.requests.average, p99: result.latency.p99, peakRssMb: peak }
}

/**
 * The foundation benchmark of issue #2: start-up time to the first /healthz 200, throughput and p99 of
 * /healthz and of an authenticated GET /api/v1/organisation at 50 connections, and resident memory.
 */
export async function foundationBench(main: string, seconds: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vern-bench-'))
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dir, 'vern.db')}`
  const env = {
    PATH: process.env.PATH,
    DATABASE_URL: databaseUrl,
    VERN_DATA_DIR: dir,
    VERN_MASTER_KEY: randomBytes(32).toString('base64'),
  }
  try {
    const ctx = await createContext(loadConfig(env), { log: pino({ level: 'silent' }) })
    const { key } = await ctx.db
      .transaction()
      .execute((trx) => ctx.apiKeys.create(trx, { name: 'bench', role: 'auditor' }, { type: 'system' }))
    await ctx.db
      .transaction()
      .execute((trx) => ctx.organisation.update(trx, NORDLYS_PROFILE, { type: 'system' }))
    await closeContext(ctx)

    const port = 20_000 + Math.floor(Math.random() * 20_000)
    const server = await startServer(main, env, port)
    const pid = server.child.pid ?? 0
    await new Promise((r) => setTimeout(r, 1000))
    const idle = rssMb(pid)
    const health = await load(`${server.url}/healthz`, pid, {}, seconds)
    const org = await load(
      `${server.url}/api/v1/organisation`,
      pid,
      { authorization: `Bearer ${key}` },
      seconds,
    )
    await stop(server.child)

    const db = databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres'
    const ratio = org.rps / health.rps
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED')
    return [
      `startup [${db}]: ${server.startupMs.toFixed(0)} ms to first /healthz 200 (goal < 1500 ms: ${verdict(server.startupMs < 1500)})`,
      `healthz [${db}]: ${health.rps.toFixed(0)} req/s, p99 ${health.p99} ms at 50 connections for ${seconds} s`,
      `organisation read [${db}]: ${org.rps.toFixed(0)} req/s, p99 ${org.p99} ms, ${ratio.toFixed(2)}x healthz (goal >= 0.5x: ${verdict(ratio >= 0.5)})`,
      `memory [${db}]: idle RSS ${idle.toFixed(0)} MB (goal < 120 MB: ${verdict(idle < 120)}), peak under load ${Math.max(health.peakRssMb, org.peakRssMb).toFixed(0)} MB`,
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
