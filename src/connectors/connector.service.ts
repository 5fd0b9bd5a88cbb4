import YAML from 'yaml'
import type { AuditLog } from '../audit/audit.service.js'
import type { Clock } from '../clock.js'
import type { KeyRing } from '../crypto/keys.js'
import { findSystem } from '../datamap/system.repository.js'
import type { Executor } from '../db/database.js'
import { invalid, notFound, VernError } from '../errors.js'
import type { OrganisationService } from '../organisation/organisation.service.js'
import {
  BOOKKEEPING_RULES,
  type BookkeepingRuleKey,
  bookkeepingRule,
} from '../requests/erasure/bookkeeping.js'
import type { TaxonomyService } from '../taxonomy/taxonomy.service.js'
import { asVernError, type ConnectionService, type Who } from './connection.service.js'
import * as repo from './connector.repository.js'
import { compileDataset, type Plan, unwrap } from './dataset.plan.js'
import type { DatasetDocument, ValidationReport } from './dataset.schema.js'
import {
  applyErasure,
  byCategory,
  DEFAULT_LIMITS,
  type ErasureResult,
  hasIdentity,
  planErasure,
  type SubjectIdentity,
  type WalkLimits,
  walk,
} from './execute.js'

/** One row of a person in a connected system, with only the columns of one data category. */
export interface AccessRow {
  category: string
  table: string
  row: Record<string, string | number | boolean | null>
}

export interface ErasureReport extends ErasureResult {
  systemId: string
  /** `keep` columns with the act that keeps them (`bookkeeping` resolved to the organisation's country). */
  kept: Array<ErasureResult['kept'][number] & { rule: BookkeepingRuleKey; law: string }>
}

/** Largest accepted dataset document, as text. */
export const MAX_DATASET_BYTES = 512 * 1024

export interface ConnectorDeps {
  connections: ConnectionService
  audit: AuditLog
  clock: Clock
  keys: KeyRing
  taxonomy: TaxonomyService
  organisation: OrganisationService
  limits?: WalkLimits
}

/**
 * Dataset annotations of connected systems, and access and erasure inside their databases. Results
 * are audited with table names and counts, never values.
 */
export class ConnectorService {
  readonly #limits: WalkLimits
  constructor(private readonly deps: ConnectorDeps) {
    this.#limits = deps.limits ?? DEFAULT_LIMITS
  }

  /** Parses a dataset sent as JSON (already an object) or YAML text. */
  parse(body: unknown, contentType: string | undefined): unknown {
    if (typeof body !== 'string') return body
    if (body.length > MAX_DATASET_BYTES) throw invalid('body', 'The dataset is too large', 'too_long')
    try {
      return /json/i.test(contentType ?? '') ? JSON.parse(body) : YAML.parse(body, { maxAliasCount: 100 })
    } catch {
      throw invalid('body', /json/i.test(contentType ?? '') ? 'is not valid JSON' : 'is not valid YAML')
    }
  }

  async getDataset(db: Executor, systemId: string): Promise<DatasetDocument> {
    const row = await repo.findDataset(db, systemId)
    if (!row) throw notFound('The dataset annotation')
    return JSON.parse(row.document) as DatasetDocument
  }

  toYaml(doc: DatasetDocument): string {
    return YAML.stringify(doc)
  }

  /** Checks the document against the live schema of the system's database and the taxonomy. */
  async validate(
    db: Executor,
    systemId: string,
    document: unknown,
  ): Promise<ValidationReport & { plan: Plan | null }> {
    if (!(await findSystem(db, systemId))) throw notFound('The system')
    const schema = await this.deps.connections.introspect(db, systemId)
    const { plan, issues } = await compileDataset(document, schema, async (keys) => {
      const found = await this.deps.taxonomy.lookup(db, 'data_category', keys)
      return new Set(found.keys())
    })
    return { valid: issues.length === 0, issues, plan }
  }

  /**
   * Stores a valid document; an invalid one is refused with dataset_invalid naming the first problem.
   * The schema is read before the transaction (`db`), the row written inside it (`trx`).
   */
  async putDataset(
    trx: Executor,
    systemId: string,
    report: ValidationReport,
    document: unknown,
    who: Who,
  ): Promise<DatasetDocument> {
    const first = report.issues[0]
    if (first)
      throw new VernError(
        'dataset_invalid',
        `${report.issues.length} problem(s); the first: ${first.message}`,
        first.path,
      )
    const dataset = unwrap(document) as DatasetDocument['dataset']
    const doc: DatasetDocument = { dataset }
    const existing = await repo.findDataset(trx, systemId)
    await repo.upsertDataset(trx, {
      system_id: systemId,
      fides_key: dataset.fides_key,
      document: JSON.stringify(doc),
      updated_at: this.deps.clock.now().toISOString(),
    })
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action: existing ? 'dataset.update' : 'dataset.create',
      target: { type: 'system', id: systemId },
      details: { collections: dataset.collections.length },
      requestId: who.requestId,
    })
    return doc
  }

  /**
   * Adds discovery's proposed data categories to the system's annotation (new tables and columns are
   * added, categories joined), stored as a draft without the checks of putDataset: identities,
   * references and erasure actions are the reviewer's to add on the connection page, and access and
   * erasure check the annotation again before every use. Audited with counts.
   */
  async mergeProposals(
    trx: Executor,
    systemId: string,
    proposed: {
      fides_key: string
      name?: string
      collections: Array<{ name: string; fields: Array<{ name: string; data_categories: string[] }> }>
    },
    who: Who,
  ): Promise<void> {
    if (!(await findSystem(trx, systemId))) throw notFound('The system')
    const row = await repo.findDataset(trx, systemId)
    const doc: DatasetDocument = row
      ? (JSON.parse(row.document) as DatasetDocument)
      : {
          dataset: {
            fides_key: proposed.fides_key.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 200) || 'dataset',
            ...(proposed.name ? { name: proposed.name.slice(0, 200) } : {}),
            collections: [],
          },
        }
    let added = 0
    for (const collection of proposed.collections) {
      let target = doc.dataset.collections.find((c) => c.name === collection.name)
      if (!target) {
        target = { name: collection.name, fields: [] }
        doc.dataset.collections.push(target)
      }
      for (const field of collection.fields) {
        let existing = target.fields.find((f) => f.name === field.name)
        if (!existing) {
          existing = { name: field.name }
          target.fields.push(existing)
        }
        const before = existing.data_categories ?? []
        const joined = [...new Set([...before, ...field.data_categories])]
        if (joined.length !== before.length) {
          existing.data_categories = joined
          added += joined.length - before.length
        }
      }
    }
    await repo.upsertDataset(trx, {
      system_id: systemId,
      fides_key: doc.dataset.fides_key,
      document: JSON.stringify(doc),
      updated_at: this.deps.clock.now().toISOString(),
    })
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action: 'dataset.merge_proposals',
      target: { type: 'system', id: systemId },
      details: { collections: proposed.collections.length, categoriesAdded: added },
      requestId: who.requestId,
    })
  }

  /** Systems with a connection and an annotation: the ones access and erasure reach. */
  async connected(db: Executor): Promise<Array<{ systemId: string; name: string; kind: string }>> {
    return (await repo.connectedSystemIds(db)).map((r) => ({
      systemId: r.system_id,
      name: r.name,
      kind: r.kind,
    }))
  }

  async #plan(db: Executor, systemId: string): Promise<Plan> {
    const row = await repo.findDataset(db, systemId)
    if (!row) throw new VernError('connection_missing', 'The system has no dataset annotation')
    const { plan, issues } = await this.validate(db, systemId, JSON.parse(row.document))
    const first = issues[0]
    // The database may have changed since the annotation was stored.
    if (!plan)
      throw new VernError(
        'dataset_invalid',
        `The stored annotation no longer fits the database: ${first?.message ?? ''}`,
        first?.path,
      )
    return plan
  }

  /**
   * The person's rows in the system, one per data category, read in batches with the read
   * credentials. Audited once the walk ends (or stops), with the row count per table.
   */
  async *access(
    db: Executor,
    systemId: string,
    identity: SubjectIdentity,
    who: Who,
  ): AsyncGenerator<AccessRow> {
    if (!hasIdentity(identity))
      throw invalid('identity', 'needs an e-mail, a phone or a customer id', 'required')
    const plan = await this.#plan(db, systemId)
    const session = await this.deps.connections.open(db, systemId, 'read')
    const counts: Record<string, number> = {}
    let outcome: 'success' | 'failure' = 'failure'
    try {
      try {
        for await (const batch of walk(session, plan, identity, this.#limits)) {
          counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length
          const table = plan.tables.get(batch.table)
          if (!table) continue
          for (const row of batch.rows)
            for (const part of byCategory(table, row)) yield { table: batch.table, ...part }
        }
      } catch (error) {
        throw asVernError(error)
      }
      outcome = 'success'
    } finally {
      await session.close()
      await this.deps.audit.append(db, {
        actor: who.actor,
        action: 'connector.access',
        target: { type: 'system', id: systemId },
        outcome,
        details: { tables: Object.keys(counts), rows: Object.values(counts).reduce((a, b) => a + b, 0) },
        requestId: who.requestId,
      })
    }
  }

  /**
   * Erases the person in the system: a dry run (read credentials, nothing written) or the real run
   * (write credentials, one transaction). Audited with the counts per table and action.
   */
  async erase(
    db: Executor,
    systemId: string,
    identity: SubjectIdentity,
    options: { dryRun: boolean; requestId?: string | undefined },
    who: Who,
  ): Promise<ErasureReport> {
    if (!hasIdentity(identity))
      throw invalid('identity', 'needs an e-mail, a phone or a customer id', 'required')
    const plan = await this.#plan(db, systemId)
    const session = await this.deps.connections.open(db, systemId, options.dryRun ? 'read' : 'write')
    const hashKey = this.deps.keys.get('connector-erasure')
    let result: ErasureResult
    try {
      result = options.dryRun
        ? (await planErasure(session, plan, identity, hashKey, this.#limits)).result
        : await applyErasure(session, plan, identity, hashKey, this.#limits)
    } catch (error) {
      const vern = asVernError(error)
      await this.deps.audit.append(db, {
        actor: who.actor,
        action: options.dryRun ? 'connector.erase_dry_run' : 'connector.erase',
        target: { type: 'system', id: systemId },
        outcome: 'failure',
        details: { code: vern.code, dataSubjectRequest: options.requestId ?? null },
        requestId: who.requestId,
      })
      throw vern
    } finally {
      await session.close()
    }
    const organisation = await this.deps.organisation.get(db)
    const report: ErasureReport = {
      ...result,
      systemId,
      kept: result.kept.map((k) => {
        const rule =
          k.retention === 'bookkeeping'
            ? bookkeepingRule(organisation.country)
            : BOOKKEEPING_RULES[k.retention as BookkeepingRuleKey]
        return { ...k, rule: rule.key, law: rule.law }
      }),
    }
    await this.deps.audit.append(db, {
      actor: who.actor,
      action: options.dryRun ? 'connector.erase_dry_run' : 'connector.erase',
      target: { type: 'system', id: systemId },
      details: {
        dataSubjectRequest: options.requestId ?? null,
        tables: Object.keys(result.found),
        rows: Object.values(result.found).reduce((a, b) => a + b, 0),
        changes: result.changes.map(
          (c) => `${c.table}${c.column ? `.${c.column}` : ''}:${c.action}:${c.rows}`,
        ),
      },
      requestId: who.requestId,
    })
    return report
  }
}
