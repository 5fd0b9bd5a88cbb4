import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../config/config.js'
import { closeContext, createContext } from '../context.js'
import { VernError } from '../errors.js'
import { createLogger } from '../http/logging.js'
import { type ColumnMapping, guessMapping, IMPORT_FIELDS } from '../imports/mapping.js'
import type { ImportSettings } from '../imports/people.js'
import { RELATIONSHIPS } from '../subjects/subject.schema.js'
import { UsageError } from './usage.js'

type Out = (line: string) => void

/**
 * `vern import people <file.csv>`: imports (or with --dry-run, checks) a CSV file of people straight
 * from disk, for files too big for the browser. The mapping is guessed from the header row; --map
 * field=Column corrects it. Prints the same report as the admin page, rows without values.
 */
export async function importPeople(args: string[], out: Out, err: Out): Promise<number> {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(args)
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments')
  }
  const { values, positionals } = parsed
  const [file, ...extra] = positionals
  if (!file) throw new UsageError('name the CSV file: vern import people <file.csv>')
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`)
  const relationship = RELATIONSHIPS.find((r) => r === (values.relationship ?? 'customer'))
  if (!relationship) throw new UsageError(`--relationship must be one of ${RELATIONSHIPS.join(', ')}`)
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    throw new UsageError(`cannot read ${file}`)
  }

  const corrections: ColumnMapping = {}
  const dropped = new Set<string>()
  for (const pair of values.map ?? []) {
    const at = pair.indexOf('=')
    const field = pair.slice(0, at)
    if (at < 1 || !(IMPORT_FIELDS as readonly string[]).includes(field))
      throw new UsageError(`--map takes field=Column with a field from: ${IMPORT_FIELDS.join(', ')}`)
    const column = pair.slice(at + 1)
    if (column === '') dropped.add(field)
    else corrections[field as keyof ColumnMapping] = column
  }
  const settingsFor = (headers: string[]): ImportSettings => {
    const mapping: ColumnMapping = { ...guessMapping(headers), ...corrections }
    for (const field of dropped) delete mapping[field as keyof ColumnMapping]
    for (const [field, column] of Object.entries(mapping)) out(`  ${field.padEnd(15)} <- ${column}`)
    return { mapping, system: values.system ?? 'shop', relationship }
  }

  const config = loadConfig()
  const ctx = await createContext(config, {
    log: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr as never),
  })
  const tty = process.stderr.isTTY === true
  try {
    const started = performance.now()
    const result = await ctx.imports.runDirect(
      basename(file),
      bytes,
      settingsFor,
      values['dry-run'] ? 'check' : 'import',
      { actor: { type: 'system', id: 'import' }, role: 'owner' },
      (done, total) => {
        if (tty) process.stderr.write(`\r${bar(done, total)} ${done}/${total} rows`)
      },
    )
    if (tty) process.stderr.write('\n')
    const seconds = (performance.now() - started) / 1000
    out(
      `${values['dry-run'] ? 'Checked (nothing saved)' : 'Imported'} ${result.totalRows} rows in ${seconds.toFixed(1)} s: ${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged, ${result.rejected} rejected, ${result.skipped} left out with their batch.`,
    )
    for (const p of result.report.problems.slice(0, 50))
      out(`  row ${p.row}${p.column ? `, column "${p.column}"` : ''}: ${p.rule}`)
    if (result.report.problems.length > 50) out(`  … and ${result.report.problems.length - 50} more`)
    return result.rejected > 0 ? 1 : 0
  } catch (error) {
    if (error instanceof VernError && error.code === 'validation_failed') {
      err(error.message)
      return 2
    }
    throw error
  } finally {
    await closeContext(ctx)
  }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    options: {
      map: { type: 'string', multiple: true },
      system: { type: 'string' },
      relationship: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
    strict: true,
    allowPositionals: true,
  })
}

function bar(done: number, total: number): string {
  const width = 30
  const filled = total === 0 ? width : Math.round((done / total) * width)
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`
}
