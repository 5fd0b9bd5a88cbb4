// `vern scan <system-or-sqlite-url> [--sample-rows <n>]`: scans, prints the proposals on stdout and a
// progress bar on stderr (redrawn in place on a terminal, one plain line per table otherwise).
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { UsageError } from '../cli/usage.js'
import { loadConfig } from '../config/config.js'
import { closeContext, createContext } from '../context.js'
import { listSystems } from '../datamap/system.repository.js'
import type { AppContext } from '../http/context.js'
import { createLogger } from '../http/logging.js'
import {
  DEFAULT_SAMPLE_ROWS,
  DiscoveryService,
  MAX_SAMPLE_ROWS,
  type ScanProgress,
  type SourceRef,
} from './discovery.service.js'
import { discoveryHooks } from './hooks.js'
import type { SampleSource } from './source.js'
import { SqliteFileSource, sqlitePath } from './sqlite-source.js'

/** Where progress goes: process.stderr, or a test's stand-in. */
export interface ProgressStream {
  isTTY?: boolean
  columns?: number
  write(text: string): unknown
}

/** Draws scan progress: a bar redrawn in place on a terminal, a line per table elsewhere. */
export function progressPrinter(stream: ProgressStream): { update(p: ScanProgress): void; end(): void } {
  let lastTable = ''
  let lastDraw = 0
  let drawn = false
  return {
    update(p) {
      if (stream.isTTY) {
        const now = Date.now()
        if (now - lastDraw < 100 && p.table === lastTable && p.table !== '') return
        lastDraw = now
        lastTable = p.table
        const share = p.rowsPlanned === 0 ? 1 : Math.min(1, p.rows / p.rowsPlanned)
        const width = 30
        const filled = Math.round(share * width)
        const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`
        const line = `${bar} ${String(Math.round(share * 100)).padStart(3)}%  ${p.tablesDone}/${p.tablesTotal} tables  ${p.rows} rows  ${p.table}`
        stream.write(
          `\r${line.slice(0, Math.max(20, (stream.columns ?? 80) - 1)).padEnd((stream.columns ?? 80) - 1)}`,
        )
        drawn = true
        return
      }
      if (p.table !== '' && p.table !== lastTable) {
        lastTable = p.table
        stream.write(`scan: table ${p.tablesDone + 1}/${p.tablesTotal} ${p.table}\n`)
      }
    },
    end() {
      if (drawn) stream.write('\n')
    },
  }
}

function parse(args: string[]): { target: string; sampleRows: number } {
  let parsed: ReturnType<
    typeof parseArgs<{ options: { 'sample-rows': { type: 'string' } }; allowPositionals: true; strict: true }>
  >
  try {
    parsed = parseArgs({
      args,
      options: { 'sample-rows': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments')
  }
  const [target, extra] = parsed.positionals
  if (!target)
    throw new UsageError('scan needs a system (its id or name) or a SQLite file, e.g. sqlite:/path/shop.db')
  if (extra) throw new UsageError(`unexpected argument "${extra}"`)
  const raw = parsed.values['sample-rows']
  const sampleRows = raw === undefined ? DEFAULT_SAMPLE_ROWS : Number(raw)
  if (!/^\d+$/.test(raw ?? '1') || sampleRows < 1 || sampleRows > MAX_SAMPLE_ROWS)
    throw new UsageError(`--sample-rows must be a whole number from 1 to ${MAX_SAMPLE_ROWS}`)
  return { target, sampleRows }
}

async function openTarget(
  ctx: AppContext,
  target: string,
): Promise<{ source: SampleSource; ref: SourceRef }> {
  const path = sqlitePath(target)
  if (path) {
    try {
      return { source: await SqliteFileSource.open(path), ref: { kind: 'sqlite', label: basename(path) } }
    } catch {
      throw new UsageError(`cannot open "${basename(path)}" as a SQLite database`)
    }
  }
  const system = (await listSystems(ctx.db)).find(
    (s) => s.id === target || s.name.toLowerCase() === target.toLowerCase(),
  )
  if (!system) throw new UsageError(`no system "${target}" in the data map, and not a sqlite: URL`)
  const source = discoveryHooks.openSystemSource
    ? await discoveryHooks.openSystemSource(ctx, system.id)
    : null
  if (!source) throw new UsageError(`system "${system.name}" has no database connection to scan`)
  return { source, ref: { kind: 'system', id: system.id, label: system.name } }
}

/** Runs a scan from the command line and prints what it proposes. Exit status 0, or 1 on a failed scan. */
export async function scanCommand(
  args: string[],
  out: (line: string) => void,
  progress: ProgressStream,
  ctxFactory?: () => Promise<AppContext>,
): Promise<number> {
  const { target, sampleRows } = parse(args)
  const ctx = ctxFactory ? await ctxFactory() : await cliContext()
  try {
    const { source, ref } = await openTarget(ctx, target)
    const printer = progressPrinter(progress)
    const service = new DiscoveryService(ctx.db, ctx.audit, ctx.clock)
    const started = Date.now()
    const outcome = await service.run(
      source,
      ref,
      { type: 'system', id: 'cli' },
      {
        sampleRows,
        onProgress: (p) => printer.update(p),
      },
    )
    printer.end()
    if (!outcome.result) {
      out(`Scan ${outcome.id} failed (${outcome.error}).`)
      return 1
    }
    const r = outcome.result
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    out(`Scanned ${r.tables} tables, ${r.columns.length} columns, ${r.rows} rows sampled in ${seconds} s.`)
    for (const c of r.columns) {
      if (!c.proposal) continue
      out(
        `  ${c.table}.${c.column}  ${c.proposal.category}  ${Math.round(c.proposal.confidence * 100)}%  (${c.proposal.basis})`,
      )
    }
    const cards = r.columns.filter((c) => c.cardCount > 0)
    for (const c of cards) out(`WARNING: ${c.cardCount} full card numbers in ${c.table}.${c.column}`)
    out(`Stored as scan ${outcome.id}; review it at /admin/discovery/${outcome.id}`)
    return 0
  } finally {
    if (!ctxFactory) await closeContext(ctx)
  }
}

async function cliContext(): Promise<AppContext> {
  const config = loadConfig()
  return createContext(config, {
    log: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr as never),
  })
}
