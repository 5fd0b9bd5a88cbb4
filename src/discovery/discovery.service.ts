// Scanning: sample each table of a source (bounded), classify every cell, propose a data category per
// column, and store counts and labels only. Sampled values live in memory for one batch and are never
// written, logged or audited.
import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { VernError } from '../errors.js'
import type { Label } from './classifier.js'
import * as repo from './discovery.repository.js'
import {
  type ColumnTally,
  cardFindings,
  emptyTally,
  type Proposal,
  proposeColumn,
  tallyCell,
} from './proposals.js'
import type { SampleSource, SourceTable } from './source.js'

export const DEFAULT_SAMPLE_ROWS = 1000
export const MAX_SAMPLE_ROWS = 1_000_000

// Column types whose values are never personal data a classifier could read (binary, booleans).
const SKIPPED_TYPES = /^(blob|bytea|binary|varbinary|longblob|mediumblob|tinyblob|bool|boolean|bit)\b/i

export interface ScanProgress {
  table: string
  tablesDone: number
  tablesTotal: number
  /** Rows sampled so far, across tables, and the most that will be. */
  rows: number
  rowsPlanned: number
}

export interface ScanOptions {
  /** Rows sampled per table (the first rows the source returns); default 1000. */
  sampleRows?: number
  onProgress?: (progress: ScanProgress) => void
  /** The classifier's clock (birth dates after it are refused); default now. */
  now?: Date
}

export interface ColumnResult {
  table: string
  column: string
  dataType: string
  sampled: number
  nonEmpty: number
  counts: Partial<Record<Label, number>>
  proposal: Proposal | null
  cardCount: number
}

export interface ScanResult {
  tables: number
  columns: ColumnResult[]
  cells: number
  rows: number
  cardFindings: number
}

/** Samples and classifies every table of `source`; pure apart from reading the source. */
export async function scan(source: SampleSource, options: ScanOptions = {}): Promise<ScanResult> {
  const limit = sampleRowsOf(options.sampleRows)
  const now = options.now ?? new Date()
  const tables = await source.tables()
  const rowsPlanned = tables.reduce((sum, t) => sum + Math.min(limit, t.rowEstimate ?? limit), 0)
  const columns: ColumnResult[] = []
  let rows = 0
  let cells = 0
  let done = 0
  const report = (table: string) =>
    options.onProgress?.({ table, tablesDone: done, tablesTotal: tables.length, rows, rowsPlanned })
  for (const table of tables) {
    report(table.name)
    const names = scannedColumns(table)
    const tallies = names.map(() => emptyTally())
    if (names.length > 0) {
      for await (const batch of source.sample(table.name, names, limit)) {
        for (const row of batch) {
          for (let i = 0; i < names.length; i++)
            tallyCell(tallies[i] as ColumnTally, row[names[i] as string], now)
        }
        rows += batch.length
        cells += batch.length * names.length
        report(table.name)
      }
    }
    for (const c of table.columns) {
      const i = names.indexOf(c.name)
      const tally = i >= 0 ? (tallies[i] as ColumnTally) : emptyTally()
      const proposal = i >= 0 ? proposeColumn(table.name, c.name, tally) : null
      columns.push({
        table: table.name,
        column: c.name,
        dataType: c.dataType,
        sampled: tally.sampled,
        nonEmpty: tally.nonEmpty,
        counts: tally.counts,
        proposal,
        cardCount: cardFindings(tally, proposal),
      })
    }
    done++
  }
  report('')
  return {
    tables: tables.length,
    columns,
    cells,
    rows,
    cardFindings: columns.reduce((sum, c) => sum + c.cardCount, 0),
  }
}

function scannedColumns(table: SourceTable): string[] {
  return table.columns.filter((c) => !SKIPPED_TYPES.test(c.dataType)).map((c) => c.name)
}

function sampleRowsOf(value: number | undefined): number {
  if (value === undefined) return DEFAULT_SAMPLE_ROWS
  if (!Number.isInteger(value) || value < 1 || value > MAX_SAMPLE_ROWS)
    throw new VernError(
      'validation_failed',
      `sampleRows must be a whole number from 1 to ${MAX_SAMPLE_ROWS}`,
      'sampleRows',
    )
  return value
}

/** What was scanned, as stored: a data-map system, or a file named on the command line. */
export interface SourceRef {
  kind: 'system' | 'sqlite' | 'memory'
  id?: string | null
  /** A display name; never a connection string or credential. */
  label: string
}

/** A fideslang-like dataset built from a scan's proposals, for review and import as an annotation. */
export interface ProposedDataset {
  fides_key: string
  name: string
  description: string
  collections: Array<{ name: string; fields: Array<{ name: string; data_categories: string[] }> }>
}

/** Stores scans: a running row first (the admin page shows progress), then all results in one transaction. */
export class DiscoveryService {
  constructor(
    private readonly db: Executor,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Scans `source`, stores the outcome, and closes the source. Returns the scan id. */
  async run(
    source: SampleSource,
    ref: SourceRef,
    actor: Actor,
    options: ScanOptions = {},
  ): Promise<{ id: string; result?: ScanResult; error?: string }> {
    const id = await this.start(ref, actor, options.sampleRows)
    return this.complete(id, source, actor, options)
  }

  /** Records a running scan and audits its start; the work is `complete`. */
  async start(ref: SourceRef, actor: Actor, sampleRows?: number): Promise<string> {
    const id = uuidv7()
    const rows = sampleRowsOf(sampleRows)
    await this.db.transaction().execute(async (trx) => {
      await repo.insertScan(trx, {
        id,
        source_kind: ref.kind,
        source_id: ref.id ?? null,
        source_label: ref.label.slice(0, 200),
        status: 'running',
        sample_rows: rows,
        tables_total: 0,
        tables_done: 0,
        columns_total: 0,
        cells: 0,
        card_findings: 0,
        error: null,
        actor_type: actor.type,
        actor_id: actor.id ?? null,
        started_at: this.clock.now().toISOString(),
        finished_at: null,
      })
      await this.audit.append(trx, {
        actor,
        action: 'discovery.scan.start',
        target: { type: 'discovery_scan', id },
        details: { sourceKind: ref.kind, sourceId: ref.id ?? null, sampleRows: rows },
      })
    })
    return id
  }

  async complete(
    id: string,
    source: SampleSource,
    actor: Actor,
    options: ScanOptions = {},
  ): Promise<{ id: string; result?: ScanResult; error?: string }> {
    let lastWrite = 0
    let pending: Promise<void> = Promise.resolve()
    const onProgress = (p: ScanProgress) => {
      options.onProgress?.(p)
      // The admin page shows tables done; a write at most every second is plenty.
      const at = Date.now()
      if (at - lastWrite >= 1000 || p.table === '') {
        lastWrite = at
        pending = pending.then(() =>
          repo.updateProgress(this.db, id, { tables_total: p.tablesTotal, tables_done: p.tablesDone }),
        )
      }
    }
    try {
      const result = await scan(source, { ...options, onProgress })
      await pending
      await this.db.transaction().execute(async (trx) => {
        await repo.finishScan(
          trx,
          id,
          {
            tables_total: result.tables,
            tables_done: result.tables,
            columns_total: result.columns.length,
            cells: result.cells,
            card_findings: result.cardFindings,
            finished_at: this.clock.now().toISOString(),
          },
          result.columns.map((c) => ({
            scan_id: id,
            table_name: c.table,
            column_name: c.column,
            data_type: c.dataType.slice(0, 100),
            sampled: c.sampled,
            non_empty: c.nonEmpty,
            counts: JSON.stringify(c.counts),
            label: c.proposal?.label ?? null,
            category: c.proposal?.category ?? null,
            confidence: Math.round((c.proposal?.confidence ?? 0) * 100),
            basis: c.proposal?.basis ?? null,
            card_count: c.cardCount,
          })),
        )
        await this.audit.append(trx, {
          actor,
          action: 'discovery.scan.finish',
          target: { type: 'discovery_scan', id },
          details: {
            tables: result.tables,
            columns: result.columns.length,
            proposals: result.columns.filter((c) => c.proposal).length,
            cardFindings: result.cardFindings,
          },
        })
      })
      return { id, result }
    } catch (error) {
      await pending.catch(() => undefined)
      // Only a code is kept: a driver's message may quote a value or a connection string.
      const code = error instanceof VernError ? error.code : 'source_failed'
      await this.db.transaction().execute(async (trx) => {
        await repo.failScan(trx, id, code, this.clock.now().toISOString())
        await this.audit.append(trx, {
          actor,
          action: 'discovery.scan.finish',
          target: { type: 'discovery_scan', id },
          outcome: 'failure',
          details: { error: code },
        })
      })
      return { id, error: code }
    } finally {
      await source.close().catch(() => undefined)
    }
  }

  /** The scan's proposals as a fideslang-like dataset (see the function below). */
  proposalsAsDataset(scanId: string): Promise<ProposedDataset> {
    return proposalsAsDataset(this.db, scanId)
  }
}

/**
 * A finished scan's proposals as a fideslang-like dataset: one collection per table, only the columns
 * with a proposed category. For review and for merging into a system's annotation.
 */
export async function proposalsAsDataset(db: Executor, scanId: string): Promise<ProposedDataset> {
  const scanRow = await repo.findScan(db, scanId)
  if (scanRow?.status !== 'finished') throw new VernError('not_found', 'No such finished scan')
  const columns = await repo.listColumns(db, scanId)
  const collections = new Map<string, Array<{ name: string; data_categories: string[] }>>()
  for (const c of columns) {
    if (!c.category) continue
    const fields = collections.get(c.table_name) ?? []
    fields.push({ name: c.column_name, data_categories: [c.category] })
    collections.set(c.table_name, fields)
  }
  return {
    fides_key: `discovery_${slug(scanRow.source_id ?? scanRow.source_label)}`,
    name: scanRow.source_label,
    description: `Proposed by discovery scan ${scanId} on ${scanRow.started_at.slice(0, 10)}; review before use.`,
    collections: [...collections].map(([name, fields]) => ({ name, fields })),
  }
}

function slug(value: string): string {
  return (
    value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60) || 'source'
  )
}
