import { stringify } from 'csv-stringify/sync'
import type { AccessRow } from '../../connectors/index.js'
import type { ConsentRecord } from '../../consent/consent.schema.js'
import type { Interaction } from '../../subjects/subject.view.js'
import type { Subscription } from '../../subscriptions/subscription.schema.js'
import { spreadsheetText } from '../../ui/format.js'
import type { HeldCategory } from './access.facts.js'

// The machine-readable files of a package: one JSON and one CSV per category. JSON keeps the shape
// (addresses as objects, lists as arrays); CSV flattens it into one row per value.

type Row = Record<string, string | number | boolean | null>

/** A category's fields as JSON: `{ category, label, data: { field: value } }`. */
export function categoryJson(c: HeldCategory): string {
  return json({
    category: c.key,
    label: c.label,
    data: Object.fromEntries(c.fields.map((f) => [f.field, f.value])),
  })
}

/** A category's fields as CSV rows of `field,value`; nested values get dotted names (address.city). */
export function categoryCsv(c: HeldCategory): string {
  const rows: Array<[string, string]> = []
  for (const f of c.fields) rows.push(...flatten(f.field, f.value))
  return csv(['field', 'value'], rows)
}

function flatten(path: string, value: unknown): Array<[string, string]> {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.flatMap((v, i) => flatten(`${path}.${i + 1}`, v))
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flatten(`${path}.${k}`, v))
  return [[path, String(value)]]
}

/** What the person's copy of a consent record shows: the choice and its context, not the ledger's hashes. */
export function consentRow(r: ConsentRecord): Row {
  return {
    id: r.id,
    at: r.at,
    method: r.method,
    categories: Object.entries(r.categories)
      .map(([k, v]) => `${k}=${v}`)
      .join(' '),
    services: Object.entries(r.services)
      .map(([k, v]) => `${k}=${v}`)
      .join(' '),
    bannerRevision: r.revision,
    language: r.language,
    policyVersion: r.policyVersion,
    origin: r.origin,
    path: r.path,
    ipAddress: r.ip,
    browser: r.userAgent,
    globalPrivacyControl: r.gpc,
  }
}

export function consentJsonRecord(r: ConsentRecord): object {
  return { ...consentRow(r), categories: r.categories, services: r.services }
}

export function subscriptionRow(s: Subscription): Row {
  return {
    id: s.id,
    channel: s.channel,
    purpose: s.purpose,
    basis: s.basis,
    status: s.status,
    source: s.source,
    optOutOffered: s.optOutOffered,
    language: s.language,
    createdAt: s.createdAt,
    confirmedAt: s.confirmedAt,
    withdrawnAt: s.withdrawnAt,
  }
}

export const INTERACTION_COLUMNS = [
  'id',
  'kind',
  'category',
  'occurredAt',
  'reference',
  'summary',
  'amount',
  'currency',
  'createdAt',
] as const

export function interactionRow(i: Interaction, category: string): Row {
  return {
    id: i.id,
    kind: i.kind,
    category,
    occurredAt: i.occurredAt,
    reference: i.reference,
    summary: i.summary,
    amount: i.amount,
    currency: i.currency,
    createdAt: i.createdAt,
  }
}

/** The columns of a connected system's CSV: one line per value (long format). */
export const SYSTEM_COLUMNS = ['table', 'category', 'column', 'value'] as const

/** A row of a connected system as CSV lines without a header, one per column. */
export function systemCsvRows(r: AccessRow): string {
  return stringify(
    Object.entries(r.row).map(([column, value]) => [
      cell(r.table),
      cell(r.category),
      cell(column),
      cell(value),
    ]),
  )
}

/** Records as a JSON document `{ category, records: [...] }`. */
export function recordsJson(category: string, records: readonly object[]): string {
  return json({ category, records })
}

/** Records as CSV with a header row; an empty list still has its header. */
export function recordsCsv(columns: readonly string[], rows: readonly Row[]): string {
  return csv(
    columns,
    rows.map((r) => columns.map((c) => cell(r[c]))),
  )
}

/** Rows of CSV without a header, for streaming. */
export function csvRows(columns: readonly string[], rows: readonly Row[]): string {
  return stringify(rows.map((r) => columns.map((c) => cell(r[c]))))
}

export function csvHeader(columns: readonly string[]): string {
  return stringify([[...columns]])
}

function csv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  // A byte-order mark, so spreadsheet programs read æ, ø and å as UTF-8.
  return `\ufeff${stringify([[...columns], ...rows.map((r) => [...r])])}`
}

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? spreadsheetText(value) : String(value)
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
