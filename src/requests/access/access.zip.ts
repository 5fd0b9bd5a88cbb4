import { Readable } from 'node:stream'
import { ZipFile } from 'yazl'
import type { Vault } from '../../crypto/vault.js'
import type { Executor } from '../../db/database.js'
import type { AppContext } from '../../http/context.js'
import { INTERACTION_CATEGORIES } from '../../subjects/subject.categories.js'
import { toInteraction } from '../../subjects/subject.codec.js'
import type { PackageFacts } from './access.facts.js'
import {
  categoryCsv,
  categoryJson,
  consentJsonRecord,
  consentRow,
  csvHeader,
  csvRows,
  INTERACTION_COLUMNS,
  interactionRow,
  json,
  recordsCsv,
  recordsJson,
  SYSTEM_COLUMNS,
  subscriptionRow,
  systemCsvRows,
} from './access.files.js'
import { reportHtml } from './access.report.html.js'
import { reportPdf } from './access.report.pdf.js'
import { type InteractionCursor, interactionBatch } from './access.repository.js'
import { logFailure, type OpenedSystem } from './access.systems.js'
import { ACCESS_TEXT, dateWords } from './access.text.js'

/** Bumped when the layout of the package changes, so a reader of manifest.json can tell. */
export const FORMAT_VERSION = 1

/** Interactions read and decrypted per query while streaming. */
const BATCH = 500

export interface ManifestFile {
  path: string
  format: 'json' | 'csv' | 'html' | 'pdf' | 'text'
  category: string | null
  records: number | null
}

interface Entry extends ManifestFile {
  content: () => Readable | Buffer
}

/**
 * The package as a ZIP stream: manifest.json, for an access package systems/<system>.json and .csv
 * (or .error.txt) per connected system, data/<category>.json and .csv, and for an access package the
 * report for people as report.html and report.pdf (for portability a README.txt). Entries are
 * produced one after another as the reader pulls; interactions and the systems' rows are read a
 * batch at a time, so memory does not grow with the number of records.
 */
export function packageZip(
  ctx: Pick<AppContext, 'db' | 'vault' | 'log'>,
  facts: PackageFacts,
  systems: readonly OpenedSystem[] = [],
): Readable {
  const entries = [
    // First, so a walk begun to reach a system is read on straight away rather than held open.
    ...systemEntries(ctx, facts, systems),
    ...packageEntries(ctx.db, ctx.vault, facts),
  ]
  const manifest = {
    formatVersion: FORMAT_VERSION,
    kind: facts.kind,
    requestId: facts.requestId,
    packageId: facts.packageId,
    generatedAt: facts.generatedAt,
    language: facts.language,
    controller: facts.organisation.name,
    files: entries.map(({ path, format, category, records }) => ({ path, format, category, records })),
  }
  const zip = new ZipFile()
  const mtime = new Date(facts.generatedAt)
  zip.addBuffer(Buffer.from(json(manifest)), 'manifest.json', { mtime })
  for (const entry of entries) {
    zip.addReadStreamLazy(entry.path, { mtime }, (cb) => {
      const content = entry.content()
      cb(null, Buffer.isBuffer(content) ? Readable.from([content]) : content)
    })
  }
  zip.end()
  const out = zip.outputStream as Readable
  // A failure while building an entry (the database went away) ends the download with an error.
  zip.on('error', (error: Error) => out.destroy(error))
  // A download abandoned before a system's rows were read must not leave its connection open.
  out.on('close', () => {
    for (const s of systems) void s.close().catch(() => {})
  })
  return out
}

/** Each connected system's rows as JSON and CSV, or a short note when it could not be reached. */
function systemEntries(
  ctx: Pick<AppContext, 'log'>,
  facts: PackageFacts,
  systems: readonly OpenedSystem[],
): Entry[] {
  const t = ACCESS_TEXT[facts.language]
  return systems.flatMap((s): Entry[] => {
    const base = { format: 'json' as const, category: null, records: null }
    if (!s.reachable)
      return [
        {
          ...base,
          path: `systems/${s.slug}.error.txt`,
          format: 'text',
          content: () => Buffer.from(`${t.systemError(s.name)}\n`),
        },
      ]
    const failed = (error: unknown) => logFailure(ctx, facts.packageId, s.id, error)
    return [
      {
        ...base,
        path: `systems/${s.slug}.json`,
        content: () => Readable.from(systemJson(s, failed)),
      },
      {
        ...base,
        path: `systems/${s.slug}.csv`,
        format: 'csv',
        content: () => Readable.from(systemCsv(s, failed)),
      },
    ]
  })
}

/**
 * `{ system, rows: [{ table, category, row }] }`, written row by row as the system is read. Should
 * the system stop answering half-way, the file still ends as valid JSON, marked `"complete": false`.
 */
export async function* systemJson(s: OpenedSystem, failed: (error: unknown) => void): AsyncGenerator<string> {
  yield `{\n  "system": ${JSON.stringify(s.name)},\n  "rows": [`
  let first = true
  let complete = true
  try {
    for await (const r of s.rows()) {
      yield `${first ? '' : ','}\n    ${JSON.stringify({ table: r.table, category: r.category, row: r.row })}`
      first = false
    }
  } catch (error) {
    failed(error)
    complete = false
  }
  yield complete ? '\n  ]\n}\n' : '\n  ],\n  "complete": false\n}\n'
}

/** One line per value: table, category, column, value. Ends where the system stopped, should it stop. */
export async function* systemCsv(s: OpenedSystem, failed: (error: unknown) => void): AsyncGenerator<string> {
  yield `\ufeff${csvHeader(SYSTEM_COLUMNS)}`
  try {
    for await (const r of s.rows()) yield systemCsvRows(r)
  } catch (error) {
    failed(error)
  }
}

function packageEntries(db: Executor, vault: Vault, facts: PackageFacts): Entry[] {
  const entries: Entry[] = []
  const text = (s: string) => () => Buffer.from(s)
  for (const c of facts.categories) {
    const records = c.fields.length
    entries.push(
      {
        path: `data/${c.key}.json`,
        format: 'json',
        category: c.key,
        records,
        content: text(categoryJson(c)),
      },
      { path: `data/${c.key}.csv`, format: 'csv', category: c.key, records, content: text(categoryCsv(c)) },
    )
  }
  if (facts.subject && facts.kind === 'access') {
    const records = facts.interactions.total
    entries.push(
      {
        path: 'data/interactions.json',
        format: 'json',
        category: 'interactions',
        records,
        content: () => Readable.from(interactionsJson(db, vault, facts)),
      },
      {
        path: 'data/interactions.csv',
        format: 'csv',
        category: 'interactions',
        records,
        content: () => Readable.from(interactionsCsv(db, vault, facts)),
      },
    )
  }
  const consents = facts.consents
  entries.push(
    {
      path: 'data/consents.json',
      format: 'json',
      category: 'consents',
      records: consents.length,
      content: text(recordsJson('consents', consents.map(consentJsonRecord))),
    },
    {
      path: 'data/consents.csv',
      format: 'csv',
      category: 'consents',
      records: consents.length,
      content: text(recordsCsv(CONSENT_COLUMNS, consents.map(consentRow))),
    },
  )
  const subscriptions = facts.subscriptions
  entries.push(
    {
      path: 'data/subscriptions.json',
      format: 'json',
      category: 'subscriptions',
      records: subscriptions.length,
      content: text(recordsJson('subscriptions', subscriptions.map(subscriptionRow))),
    },
    {
      path: 'data/subscriptions.csv',
      format: 'csv',
      category: 'subscriptions',
      records: subscriptions.length,
      content: text(recordsCsv(SUBSCRIPTION_COLUMNS, subscriptions.map(subscriptionRow))),
    },
  )
  if (facts.kind === 'access') {
    entries.push(
      {
        path: 'report.html',
        format: 'html',
        category: null,
        records: null,
        content: text(reportHtml(facts)),
      },
      { path: 'report.pdf', format: 'pdf', category: null, records: null, content: () => reportPdf(facts) },
    )
  } else {
    const t = ACCESS_TEXT[facts.language]
    const date = dateWords(facts.language, facts.organisation.country).long(facts.generatedAt)
    entries.push({
      path: 'README.txt',
      format: 'text',
      category: null,
      records: null,
      content: text(`${t.readme(facts.organisation.name, date)}\n`),
    })
  }
  return entries
}

const CONSENT_COLUMNS = [
  'id',
  'at',
  'method',
  'categories',
  'services',
  'bannerRevision',
  'language',
  'policyVersion',
  'origin',
  'path',
  'ipAddress',
  'browser',
  'globalPrivacyControl',
]
const SUBSCRIPTION_COLUMNS = [
  'id',
  'channel',
  'purpose',
  'basis',
  'status',
  'source',
  'optOutOffered',
  'language',
  'createdAt',
  'confirmedAt',
  'withdrawnAt',
]

/** Every interaction up to the package's snapshot, in the order they happened, decrypted a batch at a time. */
async function* interactionBatches(db: Executor, vault: Vault, facts: PackageFacts) {
  const subjectId = facts.subject?.id
  const upTo = facts.interactions.upTo
  if (!subjectId || !upTo) return
  const key = await vault.findKey(db, subjectId)
  if (!key) return
  let after: InteractionCursor | null = null
  for (;;) {
    const rows = await interactionBatch(db, subjectId, after, upTo, BATCH)
    const last = rows.at(-1)
    if (!last) return
    yield rows.map((r) => {
      const i = toInteraction(r, key)
      return interactionRow(i, INTERACTION_CATEGORIES[i.kind] ?? i.kind)
    })
    after = { occurredAt: last.occurred_at, id: last.id }
    if (rows.length < BATCH) return
  }
}

async function* interactionsJson(db: Executor, vault: Vault, facts: PackageFacts): AsyncGenerator<string> {
  yield '{\n  "category": "interactions",\n  "records": ['
  let first = true
  for await (const batch of interactionBatches(db, vault, facts)) {
    const parts = batch.map((r) => `\n    ${JSON.stringify(r)}`)
    yield (first ? '' : ',') + parts.join(',')
    first = false
  }
  yield '\n  ]\n}\n'
}

async function* interactionsCsv(db: Executor, vault: Vault, facts: PackageFacts): AsyncGenerator<string> {
  yield `\ufeff${csvHeader(INTERACTION_COLUMNS)}`
  for await (const batch of interactionBatches(db, vault, facts)) yield csvRows(INTERACTION_COLUMNS, batch)
}
