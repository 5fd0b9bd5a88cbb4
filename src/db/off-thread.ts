import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { CompiledQuery } from 'kysely'

// A worker with its own read-only connection: SQLite serves Vern from one connection in the main
// thread, so a query that reads millions of rows there would stall every request meanwhile.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.module)
const db = new Database(workerData.file, { readonly: true, fileMustExist: true })
try {
  const row = db.prepare(workerData.sql).raw(true).get(...workerData.parameters)
  parentPort.postMessage({ value: row ? row[0] : null })
} catch (error) {
  parentPort.postMessage({ error: String(error && error.message) })
} finally {
  db.close()
}
`

const sqliteModule = createRequire(import.meta.url).resolve('better-sqlite3')

/**
 * Runs one read-only query that answers a single value (a count) on a SQLite database file in a worker
 * thread, with its own connection (WAL lets it read while the server writes). Parameters must be
 * strings or numbers.
 */
export function sqliteValueOffThread(file: string, query: CompiledQuery): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { module: sqliteModule, file, sql: query.sql, parameters: [...query.parameters] },
    })
    worker.once('message', (message: { value?: unknown; error?: string }) => {
      if (message.error !== undefined) reject(new Error(message.error))
      else resolve(message.value)
    })
    worker.once('error', reject)
  })
}
