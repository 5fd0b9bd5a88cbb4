import { randomBytes } from 'node:crypto'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import pino from 'pino'
import { loadConfig } from '../src/config/config.js'
import { closeContext, createContext } from '../src/context.js'
import { retentionServices } from '../src/retention/index.js'
import { seedRegister } from '../src/retention/sweep.testing.js'
import { startServer, stop } from './process.js'

const RECORDS = Number(process.env.BENCH_RETENTION_RECORDS ?? 10_000_000)
const PER_PERSON = 100
const DUE_AT = '2015-06-15T10:00:00.000Z'

/**
 * The retention benchmark of issue #7: ten million invoices, one in ten past the Danish bookkeeping
 * period. The sweep runs in the server (started through the API) while an API read is measured; a raw
 * `DELETE … WHERE` of the same rows runs on a copy of the same database file.
 */
export async function retentionBench(main: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vern-bench-'))
  const file = join(dir, 'vern.db')
  const env = {
    PATH: process.env.PATH,
    DATABASE_URL: `sqlite:${file}`,
    VERN_DATA_DIR: dir,
    VERN_MASTER_KEY: randomBytes(32).toString('base64'),
  }
  try {
    const seedStart = performance.now()
    const ctx = await createContext(loadConfig(env), { log: pino({ level: 'silent' }) })
    await seedRegister(ctx.db, {
      subjects: RECORDS / PER_PERSON,
      interactions: RECORDS,
      dueEvery: 10,
      dueAt: DUE_AT,
      keptAt: '2025-06-15T10:00:00.000Z',
    })
    const { rules } = retentionServices(ctx)
    const { key } = await ctx.db.transaction().execute(async (trx) => {
      await rules.applyPreset(trx, 'bookkeeping_dk', 'en', { type: 'system' })
      return ctx.apiKeys.create(trx, { name: 'bench', role: 'auditor' }, { type: 'system' })
    })
    await closeContext(ctx)
    const seedSeconds = (performance.now() - seedStart) / 1000
    // The same rows for the raw delete: a copy of the file, taken before the sweep.
    const copy = join(dir, 'raw.db')
    copyFileSync(file, copy)

    const port = 20_000 + Math.floor(Math.random() * 20_000)
    const server = await startServer(main, env, port)
    const owner = await ownerKey(env)
    const reads = autocannon(
      {
        url: `${server.url}/api/v1/retention-rules`,
        connections: 4,
        duration: 3600,
        headers: { authorization: `Bearer ${key}` },
      },
      () => {},
    )
    const read = new Promise<autocannon.Result>((resolve) => reads.on('done', resolve))
    const started = await fetch(`${server.url}/api/v1/retention-runs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}` },
    })
    const { id } = (await started.json()) as { id: string }
    let report: Report
    for (;;) {
      report = (await (
        await fetch(`${server.url}/api/v1/retention-runs/${id}`, {
          headers: { authorization: `Bearer ${owner}` },
        })
      ).json()) as Report
      if (report.status === 'finished') break
      await new Promise((r) => setTimeout(r, 200))
    }
    reads.stop()
    const { latency, requests, non2xx } = await read
    await stop(server.child)

    const seconds = (Date.parse(report.finishedAt ?? '') - Date.parse(report.startedAt)) / 1000
    const evaluated = report.steps.reduce((n, s) => n + s.evaluated, 0)
    const removed = report.steps.reduce((n, s) => n + s.done, 0)

    const raw = new Database(copy)
    const rawStart = performance.now()
    const deleted = raw
      .prepare("delete from subject_interactions where kind in ('order', 'invoice') and occurred_at < ?")
      .run('2016-01-01T00:00:00.000Z').changes
    const rawSeconds = (performance.now() - rawStart) / 1000
    raw.close()

    const sweepRate = removed / seconds
    const rawRate = deleted / rawSeconds
    const ratio = sweepRate / rawRate
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED')
    return [
      `retention [sqlite]: ${RECORDS.toLocaleString('en-GB')} invoices seeded in ${seedSeconds.toFixed(0)} s, 1 in 10 past the bookkeeping period`,
      `retention sweep [sqlite]: ${seconds.toFixed(1)} s, ${(evaluated / seconds).toFixed(0)} records evaluated/s, ${sweepRate.toFixed(0)} removed/s (${removed.toLocaleString('en-GB')} removed)`,
      `retention raw DELETE [sqlite]: ${rawSeconds.toFixed(1)} s, ${rawRate.toFixed(0)} removed/s (${deleted.toLocaleString('en-GB')} rows); sweep ${ratio.toFixed(2)}x raw (goal >= 0.5x: ${verdict(ratio >= 0.5)})`,
      `retention API read during the sweep [sqlite]: GET /api/v1/retention-rules p99 ${latency.p99} ms, ${requests.average.toFixed(0)} req/s at 4 connections, ${non2xx} non-2xx`,
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

interface Report {
  status: string
  startedAt: string
  finishedAt: string | null
  steps: Array<{ evaluated: number; done: number }>
}

/** An owner's key, to start the sweep. */
async function ownerKey(env: Record<string, string | undefined>): Promise<string> {
  const ctx = await createContext(loadConfig(env), { log: pino({ level: 'silent' }) })
  try {
    const { key } = await ctx.db
      .transaction()
      .execute((trx) => ctx.apiKeys.create(trx, { name: 'bench-owner', role: 'owner' }, { type: 'system' }))
    return key
  } finally {
    await closeContext(ctx)
  }
}
