import { Readable } from 'node:stream'
import { setImmediate as yieldToRequests } from 'node:timers/promises'
import { parse as parseSync } from 'csv-parse/sync'
import type { Kysely } from 'kysely'
import type { Logger } from 'pino'
import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../audit/audit.service.js'
import type { Clock } from '../clock.js'
import type { Vault } from '../crypto/vault.js'
import type { Executor } from '../db/database.js'
import type { DB } from '../db/schema.js'
import { conflict, invalid, notFound } from '../errors.js'
import type { Country } from '../identifiers/index.js'
import type { OrganisationService } from '../organisation/organisation.service.js'
import { assertWritable, type Who } from '../subjects/subject.access.js'
import { upsertPeople } from '../subjects/subject.bulk.js'
import { writtenFields } from '../subjects/subject.rules.js'
import { type CsvRow, detectDelimiter, firstLine, readCsv } from './csv.js'
import type { ImportMode, ImportStatus, ImportsTable } from './import.table.js'
import { type ColumnMapping, guessMapping, IMPORT_FIELDS } from './mapping.js'
import { type ImportSettings, type PreparedPerson, preparePerson, type RowProblem } from './people.js'

/** Rows written in one transaction: a malformed row keeps its whole batch out (all or nothing). */
export const BATCH_ROWS = 1000
/** The largest file the admin page and the API take; bigger exports go through `vern import`. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024
/** Problems kept in the report; the counts stay exact beyond it. */
const MAX_PROBLEMS = 5000
/** A running import whose instance has been silent this long is taken over (the instance died). */
const STALE_MS = 60_000

export interface ImportReport {
  problems: RowProblem[]
  /** Batches kept out because a row of theirs was rejected, as first and last row numbers. */
  skippedBatches: Array<{ from: number; to: number }>
}

export interface ImportView {
  id: string
  fileName: string
  status: ImportStatus
  mode: ImportMode | null
  headers: string[]
  delimiter: string
  encoding: string
  totalRows: number
  settings: ImportSettings | null
  suggestedMapping: ColumnMapping
  processedRows: number
  created: number
  updated: number
  unchanged: number
  rejected: number
  skipped: number
  erased: number
  restricted: number
  report: ImportReport
  failure: string | null
  createdAt: string
  startedAt: string | null
  finishedAt: string | null
}

function toView(row: ImportsTable): ImportView {
  const headers = JSON.parse(row.headers) as string[]
  return {
    id: row.id,
    fileName: row.file_name,
    status: row.status,
    mode: row.mode,
    headers,
    delimiter: row.delimiter,
    encoding: row.encoding,
    totalRows: row.total_rows,
    settings: row.settings ? (JSON.parse(row.settings) as ImportSettings) : null,
    suggestedMapping: guessMapping(headers),
    processedRows: row.processed_rows,
    created: row.created,
    updated: row.updated,
    unchanged: row.unchanged,
    rejected: row.rejected,
    skipped: row.skipped,
    erased: row.erased,
    restricted: row.restricted,
    report: row.report ? (JSON.parse(row.report) as ImportReport) : { problems: [], skippedBatches: [] },
    failure: row.failure,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  }
}

/** Spreadsheets on Nordic Windows machines still save CSV as Windows-1252; everything else is UTF-8. */
export function decodeCsv(bytes: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
  }
}

/** Counts the data rows and checks the file parses as CSV at all; the header row must name its columns. */
async function inspect(
  text: string,
): Promise<{ headers: string[]; delimiter: ',' | ';' | '\t'; rows: number }> {
  const header = firstLine(text)
  if (header.trim() === '') throw invalid('file', 'file is empty or has no header row', 'required')
  const delimiter = detectDelimiter(header)
  let rows = 0
  let headers: string[] = []
  try {
    for await (const row of readCsv(Readable.from([text]), delimiter)) {
      if (rows === 0) headers = Object.keys(row.values)
      rows++
    }
  } catch {
    throw invalid('file', 'file is not a readable CSV file (check quotes and line ends)', 'format')
  }
  if (rows === 0) throw invalid('file', 'file has a header row but no data rows', 'required')
  if (headers.some((h) => h === '') || new Set(headers).size !== headers.length)
    throw invalid('file', 'every column needs a name of its own in the header row', 'format')
  return { headers, delimiter, rows }
}

/** The settings as they must be before a check or an import: mapped columns exist, a key is mapped. */
export function checkSettings(settings: ImportSettings, headers: readonly string[]): ImportSettings {
  const mapping: ColumnMapping = {}
  for (const [field, column] of Object.entries(settings.mapping)) {
    if (!column) continue
    if (!(IMPORT_FIELDS as readonly string[]).includes(field))
      throw invalid(
        `mapping.${field}`,
        `mapping.${field} is not a field people can be imported into`,
        'unknown_field',
      )
    if (!headers.includes(column))
      throw invalid(`mapping.${field}`, `mapping.${field} names a column the file does not have`, 'one_of')
    mapping[field as keyof ColumnMapping] = column
  }
  if (!mapping.email && !mapping.externalId)
    throw invalid(
      'mapping.email',
      'map the e-mail or the customer id column: people are recognised by them, so importing twice does not duplicate',
      'required',
    )
  if (!/^[A-Za-z0-9_.-]{1,60}$/.test(settings.system))
    throw invalid('system', 'system must be a short name of letters, digits, _ . or -, e.g. shop', 'format')
  return { ...settings, system: settings.system.toLowerCase(), mapping }
}

/**
 * Imports of people from CSV (issue 3, point 9): upload, check (a dry run with a report by row
 * number), import in batches of BATCH_ROWS that each commit whole or not at all, with progress kept
 * in the database so a restart resumes after the last committed batch. Recognises people already in
 * the register, so importing the same file twice duplicates nobody.
 */
export class ImportService {
  #stopping = false
  readonly #running = new Map<string, Promise<void>>()

  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: {
      vault: Vault
      audit: AuditLog
      clock: Clock
      organisation: OrganisationService
      log: Logger
      instanceId: string
    },
  ) {}

  async upload(fileName: string, bytes: Buffer, who: Who): Promise<ImportView> {
    assertWritable(who.role, writtenFields({ name: '', email: '' }))
    if (bytes.length > MAX_IMPORT_BYTES)
      throw invalid(
        'file',
        `file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; use npm run vern -- import`,
        'too_long',
      )
    const { text, encoding } = decodeCsv(bytes)
    const { headers, delimiter, rows } = await inspect(text)
    const row = this.#newRow(fileName, headers, delimiter, encoding, rows, who)
    row.content = this.deps.vault.sealSystem(`import|${row.id}`, text)
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('imports').values(row).execute()
      await this.#audit(trx, who, 'import.upload', row.id, { rows })
    })
    return toView(row)
  }

  async get(db: Executor, id: string): Promise<ImportView> {
    const row = await db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw notFound('The import')
    return toView(row as ImportsTable)
  }

  async list(db: Executor, limit = 20): Promise<ImportView[]> {
    const rows = await db.selectFrom('imports').selectAll().orderBy('id', 'desc').limit(limit).execute()
    return rows.map((r) => toView(r as ImportsTable))
  }

  /** Queues a check (dry run) or the import itself with these settings, and starts it at once. */
  async start(id: string, mode: ImportMode, settings: ImportSettings, who: Who): Promise<ImportView> {
    assertWritable(who.role, writtenFields({ name: '', email: '' }))
    const view = await this.db.transaction().execute(async (trx) => {
      const current = await this.get(trx, id)
      if (!['uploaded', 'checked', 'failed'].includes(current.status))
        throw conflict(
          current.status === 'completed' || current.status === 'discarded'
            ? 'This import has finished; upload the file again to import it once more'
            : 'This import is already running',
        )
      const checked = checkSettings(settings, current.headers)
      await trx
        .updateTable('imports')
        .set({
          status: 'queued',
          mode,
          settings: JSON.stringify(checked),
          next_row: 0,
          processed_rows: 0,
          created: 0,
          updated: 0,
          unchanged: 0,
          rejected: 0,
          skipped: 0,
          erased: 0,
          restricted: 0,
          report: null,
          failure: null,
          started_at: null,
          finished_at: null,
          runner: null,
          heartbeat_at: null,
        })
        .where('id', '=', id)
        .execute()
      await this.#audit(trx, who, mode === 'check' ? 'import.check' : 'import.start', id, {
        fields: Object.keys(checked.mapping),
      })
      return this.get(trx, id)
    })
    this.kick()
    return view
  }

  /** Throws the uploaded file away without importing it. */
  async discard(id: string, who: Who): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const current = await this.get(trx, id)
      if (current.status === 'queued' || current.status === 'running')
        throw conflict('This import is running; wait until it has finished')
      await trx
        .updateTable('imports')
        .set({ status: current.status === 'completed' ? 'completed' : 'discarded', content: null })
        .where('id', '=', id)
        .execute()
      await this.#audit(trx, who, 'import.discard', id)
    })
  }

  /** Starts work on queued (or abandoned) imports in the background; the scheduler calls it too. */
  kick(): void {
    if (this.#stopping) return
    void this.runPending().catch((error: unknown) =>
      this.deps.log.error({ err: { name: (error as Error).name } }, 'import runner failed'),
    )
  }

  /** Claims and runs every import that waits for an instance, and waits for those in hand; returns how many it claimed. */
  async runPending(): Promise<number> {
    const stale = new Date(this.deps.clock.now().getTime() - STALE_MS).toISOString()
    const candidates = await this.db
      .selectFrom('imports')
      .select('id')
      .where((w) =>
        w.or([
          w('status', '=', 'queued'),
          w.and([w('status', '=', 'running'), w('heartbeat_at', '<', stale)]),
        ]),
      )
      .orderBy('id')
      .execute()
    let ran = 0
    for (const { id } of candidates) {
      if (this.#stopping) break
      const mine = this.#running.get(id)
      if (mine) {
        await mine
        continue
      }
      const work = this.#run(id, stale).finally(() => this.#running.delete(id))
      this.#running.set(id, work)
      await work
      ran++
    }
    // Work this instance already had in hand (claimed before the query above) is waited for too.
    await Promise.allSettled([...this.#running.values()])
    return ran
  }

  /** Lets the batch in progress commit, then stops; another instance or the next start resumes. */
  async stop(): Promise<void> {
    this.#stopping = true
    await Promise.allSettled([...this.#running.values()])
  }

  /**
   * Runs a check or an import of a file read by the `vern import` command, without keeping the file;
   * `settings` may be worked out from the header row.
   */
  async runDirect(
    fileName: string,
    bytes: Buffer,
    settings: ImportSettings | ((headers: string[]) => ImportSettings),
    mode: ImportMode,
    who: Who,
    onProgress?: (rows: number, total: number) => void,
  ): Promise<ImportView> {
    assertWritable(who.role, writtenFields({ name: '', email: '' }))
    const { text, encoding } = decodeCsv(bytes)
    // No full parse ahead (files here may hold millions of rows): the header row, and the line count
    // as the total for progress; the count is exact once the run has read every row.
    const delimiter = detectDelimiter(firstLine(text))
    const headers = headerRow(text, delimiter)
    const rows = countLines(text) - 1
    const checked = checkSettings(typeof settings === 'function' ? settings(headers) : settings, headers)
    const now = this.deps.clock.now().toISOString()
    const row: ImportsTable = {
      ...this.#newRow(fileName, headers, delimiter, encoding, rows, who),
      status: 'running',
      mode,
      settings: JSON.stringify(checked),
      started_at: now,
      runner: this.deps.instanceId,
      heartbeat_at: now,
    }
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('imports').values(row).execute()
      await this.#audit(trx, who, mode === 'check' ? 'import.check' : 'import.start', row.id, {
        fields: Object.keys(checked.mapping),
      })
    })
    await this.#process(row, text, who, (done) => onProgress?.(done, rows))
    return this.get(this.db, row.id)
  }

  #newRow(
    fileName: string,
    headers: string[],
    delimiter: string,
    encoding: string,
    rows: number,
    who: Who,
  ): ImportsTable {
    return {
      id: uuidv7(),
      file_name: (fileName || 'import.csv').replace(/\p{Cc}/gu, '').slice(0, 200),
      status: 'uploaded',
      mode: null,
      content: null,
      headers: JSON.stringify(headers),
      delimiter,
      encoding,
      total_rows: rows,
      settings: null,
      next_row: 0,
      processed_rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      skipped: 0,
      erased: 0,
      restricted: 0,
      report: null,
      failure: null,
      created_by: JSON.stringify({ actor: who.actor, role: who.role }),
      created_at: this.deps.clock.now().toISOString(),
      started_at: null,
      finished_at: null,
      runner: null,
      heartbeat_at: null,
    }
  }

  async #run(id: string, stale: string): Promise<void> {
    const now = this.deps.clock.now().toISOString()
    const claimed = await this.db
      .updateTable('imports')
      .set({ status: 'running', runner: this.deps.instanceId, heartbeat_at: now })
      .where('id', '=', id)
      .where((w) =>
        w.or([
          w('status', '=', 'queued'),
          w.and([w('status', '=', 'running'), w('heartbeat_at', '<', stale)]),
        ]),
      )
      .executeTakeFirst()
    if (claimed.numUpdatedRows === 0n) return
    const row = (await this.db
      .selectFrom('imports')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow()) as ImportsTable
    if (!row.started_at)
      await this.db.updateTable('imports').set({ started_at: now }).where('id', '=', id).execute()
    if (!row.content) {
      await this.#fail(id, 'The uploaded file is no longer there')
      return
    }
    const text = this.deps.vault.openSystem(`import|${id}`, row.content).toString('utf8')
    const who = JSON.parse(row.created_by) as Who
    await this.#process(row, text, who)
  }

  async #process(
    row: ImportsTable,
    text: string,
    who: Who,
    onProgress?: (rows: number) => void,
  ): Promise<void> {
    const { id } = row
    const mode = row.mode as ImportMode
    const settings = JSON.parse(row.settings as string) as ImportSettings
    const country = (await this.deps.organisation.get(this.db)).country as Country | null
    const report: ImportReport = row.report ? JSON.parse(row.report) : { problems: [], skippedBatches: [] }
    const totals = {
      processed_rows: row.processed_rows,
      created: row.created,
      updated: row.updated,
      unchanged: row.unchanged,
      rejected: row.rejected,
      skipped: row.skipped,
      erased: row.erased,
      restricted: row.restricted,
    }
    let seen = 0
    let batch: CsvRow[] = []
    const flush = async () => {
      const rows = batch
      batch = []
      await this.#batch(id, mode, settings, country, rows, who, report, totals)
      onProgress?.(totals.processed_rows)
      await yieldToRequests()
    }
    try {
      for await (const csv of readCsv(Readable.from([text]), row.delimiter as ',' | ';' | '\t')) {
        seen++
        if (seen <= row.next_row) continue
        batch.push(csv)
        if (batch.length === BATCH_ROWS) {
          await flush()
          if (this.#stopping) {
            // Handed back: the next instance to look resumes after the batch just committed.
            await this.db
              .updateTable('imports')
              .set({ status: 'queued', runner: null, heartbeat_at: null })
              .where('id', '=', id)
              .execute()
            return
          }
        }
      }
      if (batch.length > 0) await flush()
    } catch (error) {
      this.deps.log.error(
        { err: { name: (error as Error).name, code: (error as { code?: string }).code }, importId: id },
        'import failed',
      )
      await this.#fail(
        id,
        'The import stopped on an internal error; what was committed before stays. Start it again to finish.',
      )
      return
    }
    const finished = this.deps.clock.now().toISOString()
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('imports')
        .set({
          status: mode === 'check' ? 'checked' : 'completed',
          total_rows: seen,
          finished_at: finished,
          runner: null,
          heartbeat_at: null,
          // Data minimisation: once imported, the file's copy of the data is not kept.
          ...(mode === 'import' ? { content: null } : {}),
        })
        .where('id', '=', id)
        .execute()
      await this.#audit(trx, who, mode === 'check' ? 'import.checked' : 'import.completed', id, {
        rows: seen,
        created: totals.created,
        updated: totals.updated,
        unchanged: totals.unchanged,
        rejected: totals.rejected,
        skipped: totals.skipped,
        erased: totals.erased,
        restricted: totals.restricted,
      })
    })
  }

  async #batch(
    id: string,
    mode: ImportMode,
    settings: ImportSettings,
    country: Country | null,
    rows: CsvRow[],
    who: Who,
    report: ImportReport,
    totals: Record<
      | 'processed_rows'
      | 'created'
      | 'updated'
      | 'unchanged'
      | 'rejected'
      | 'skipped'
      | 'erased'
      | 'restricted',
      number
    >,
  ): Promise<void> {
    const now = this.deps.clock.now()
    const people: PreparedPerson[] = []
    const problems: RowProblem[] = []
    for (const csv of rows) {
      const prepared = preparePerson(csv, settings, country, now)
      if (prepared.ok) people.push(prepared.person)
      else problems.push(...prepared.problems)
    }
    const rejectedRows = new Set(problems.map((p) => p.row))
    const from = rows[0]?.row ?? 0
    const to = rows.at(-1)?.row ?? 0
    const progress = async (
      trx: Executor,
      counts: { created: number; updated: number; unchanged: number; erased: number; restricted: number },
    ) => {
      totals.processed_rows += rows.length
      totals.created += counts.created
      totals.updated += counts.updated
      totals.unchanged += counts.unchanged
      totals.erased += counts.erased
      totals.restricted += counts.restricted
      totals.rejected += rejectedRows.size
      if (rejectedRows.size > 0) {
        totals.skipped += people.length
        report.skippedBatches.push({ from, to })
        report.problems.push(...problems.slice(0, Math.max(0, MAX_PROBLEMS - report.problems.length)))
      }
      await trx
        .updateTable('imports')
        .set({
          ...totals,
          next_row: totals.processed_rows,
          report: JSON.stringify(report),
          heartbeat_at: this.deps.clock.now().toISOString(),
        })
        .where('id', '=', id)
        .execute()
    }
    const write = async (trx: Executor) => {
      const outcomes =
        rejectedRows.size > 0
          ? []
          : await upsertPeople(trx, this.deps, people, {
              source: `import:${id}`,
              relationship: settings.relationship,
              who,
              details: { import: id },
            })
      return {
        created: outcomes.filter((o) => o === 'created').length,
        updated: outcomes.filter((o) => o === 'updated').length,
        unchanged: outcomes.filter((o) => o === 'unchanged').length,
        erased: outcomes.filter((o) => o === 'erased').length,
        restricted: outcomes.filter((o) => o === 'restricted').length,
      }
    }
    if (mode === 'import') {
      await this.db.transaction().execute(async (trx) => {
        const counts = await write(trx)
        const cards = problems.filter((p) => p.rule === 'card_number')
        if (cards.length > 0)
          await this.deps.audit.append(trx, {
            actor: who.actor,
            action: 'subject.card_number_refused',
            target: { type: 'import', id },
            outcome: 'denied',
            details: {
              rows: cards.map((p) => String(p.row)),
              columns: [...new Set(cards.map((p) => p.column ?? ''))],
            },
            requestId: who.requestId,
          })
        await progress(trx, counts)
      })
      return
    }
    // A check runs the real writes and rolls them back, so its counts are what the import will do.
    let counts = { created: 0, updated: 0, unchanged: 0, erased: 0, restricted: 0 }
    await this.db
      .transaction()
      .execute(async (trx) => {
        counts = await write(trx)
        throw ROLLBACK
      })
      .catch((error: unknown) => {
        if (error !== ROLLBACK) throw error
      })
    await this.db.transaction().execute((trx) => progress(trx, counts))
  }

  async #fail(id: string, failure: string): Promise<void> {
    await this.db
      .updateTable('imports')
      .set({
        status: 'failed',
        failure,
        runner: null,
        heartbeat_at: null,
        finished_at: this.deps.clock.now().toISOString(),
      })
      .where('id', '=', id)
      .execute()
  }

  #audit(
    db: Executor,
    who: Who,
    action: string,
    id: string,
    details?: Record<string, number | string | readonly string[]>,
  ) {
    return this.deps.audit.append(db, {
      actor: who.actor,
      action,
      target: { type: 'import', id },
      details,
      requestId: who.requestId,
    })
  }
}

const ROLLBACK = Symbol('rollback')

function headerRow(text: string, delimiter: string): string[] {
  const header = firstLine(text)
  if (header.trim() === '') throw invalid('file', 'file is empty or has no header row', 'required')
  return (parseSync(header, { delimiter, bom: true, relax_quotes: true })[0] as string[]).map((h) => h.trim())
}

function countLines(text: string): number {
  let lines = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++
  return text.endsWith('\n') ? lines : lines + 1
}
