import { parseArgs } from 'node:util'
import { loadConfig } from '../config/config.js'
import { closeContext, createContext } from '../context.js'
import { createLogger } from '../http/logging.js'
import type { SweepReport } from '../retention/index.js'
import { UsageError } from './usage.js'

type Out = (line: string) => void

const TARGETS: Record<string, string> = {
  interactions: 'interactions',
  subscriptions: 'withdrawn permissions',
  people: 'people',
  retained: 'kept after erasure',
  tasks: 'other systems',
}
const DONE: Record<string, [string, string]> = {
  delete: ['would delete', 'deleted'],
  anonymise: ['would anonymise', 'anonymised'],
  restrict: ['would restrict', 'restricted'],
}

/** The report as lines: one per rule and kind of record, counts only. */
export function reportLines(report: SweepReport): string[] {
  const lines = [
    `${report.dryRun ? 'Dry run' : 'Sweep'} of ${report.today}${report.runId ? ` (run ${report.runId})` : ''}:`,
  ]
  if (report.steps.length === 0) lines.push('  no rule covers any records; add retention rules first')
  for (const s of report.steps) {
    const [would, did] = DONE[s.action] ?? ['would handle', 'handled']
    const what =
      s.target === 'tasks'
        ? `${s.tasksOpened} task(s) ${report.dryRun ? 'would open' : 'opened'}`
        : `${s.done} ${report.dryRun ? would : did}`
    const held = s.held.reduce((n, h) => n + h.count, 0)
    const extra = [
      held > 0 ? `${held} held (${s.held.map((h) => `${h.scope} hold ${h.holdId}`).join(', ')})` : '',
      s.restricted > 0 ? `${s.restricted} restricted, left alone` : '',
      s.kept > 0 ? `${s.kept} kept, still needed` : '',
      s.erasedIn > 0 ? `${s.erasedIn} erased in connected systems first` : '',
      s.failed > 0 ? `${s.failed} kept, erasure in a connected system failed` : '',
    ].filter(Boolean)
    lines.push(
      `  ${s.ruleName ?? 'Bookkeeping period after an erasure'} / ${TARGETS[s.target] ?? s.target}: ${s.evaluated} looked at, ${what}, clock started on or before ${s.cutoff ?? '(nothing due)'}${extra.length > 0 ? `; ${extra.join('; ')}` : ''}`,
    )
  }
  return lines
}

/** `vern retention run [--dry-run]`: a sweep now (or what it would do), printed per rule. */
export async function retentionCommand(args: string[], out: Out): Promise<number> {
  const [sub, ...rest] = args
  if (sub !== 'run') throw new UsageError('use "vern retention run [--dry-run]"')
  let dryRun = false
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { 'dry-run': { type: 'boolean' } },
      strict: true,
      allowPositionals: true,
    })
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`)
    dryRun = values['dry-run'] === true
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments')
  }
  const config = loadConfig()
  const ctx = await createContext(config, {
    log: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr as never),
  })
  try {
    const { retentionServices } = await import('../retention/index.js')
    const { sweep } = retentionServices(ctx)
    const report = dryRun ? await sweep.preview(ctx.db) : await sweep.run('cli')
    for (const line of reportLines(report)) out(line)
    return 0
  } finally {
    await closeContext(ctx)
  }
}
