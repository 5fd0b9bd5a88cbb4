import type { Kysely } from 'kysely'
import type { Clock } from '../clock.js'
import { timeOrderedId } from '../crypto/ids.js'
import type { KeyRing } from '../crypto/keys.js'
import type { Vault } from '../crypto/vault.js'
import type { Executor } from '../db/database.js'
import type { DB } from '../db/schema.js'
import { invalid, notFound } from '../errors.js'
import type { Language } from '../i18n/languages.js'
import { type ConsentConfigService, textsHash } from './consent.config.js'
import {
  type ConsentRow,
  findRecord,
  findRecordsOf,
  insertRecords,
  lockConsentHead,
  readConsentHead,
  recordsAfter,
} from './consent.repository.js'
import type {
  ConsentMethod,
  ConsentPost,
  ConsentProof,
  ConsentReceipt,
  ConsentRecord,
} from './consent.schema.js'
import { CATEGORIES } from './consent.text.js'

/** The most records one commit takes; more wait for the next. */
const GROUP_LIMIT = 1000

/** A record before it has its place in the chain. */
type Prepared = Omit<ConsentRow, 'seq' | 'id' | 'at' | 'prev_hash' | 'hash'>

/** Facts about the request that the server, not the banner, vouches for. */
export interface ConsentContext {
  origin: string
  ip: string | null
  userAgent: string | null
}

export type LedgerVerifyResult =
  | { ok: true; records: number }
  | { ok: false; records: number; seq: number; problem: 'changed' | 'missing' | 'reordered' | 'truncated' }

/** Who a consent belongs to, as keyed hashes only: the same ones the register of people uses. */
export function personRefs(vault: Vault, person: { customerId?: string; email?: string } | undefined) {
  if (person?.customerId)
    return { type: 'customer' as const, ref: vault.blindIndex('external_id', person.customerId) }
  if (person?.email)
    return { type: 'email' as const, ref: vault.blindIndex('email', person.email.trim().toLowerCase()) }
  return null
}

/**
 * The consent ledger: append-only, each record chained to the one before by a keyed hash (like the
 * audit log, with its own key and head), so a changed, removed or reordered record is found.
 */
export class ConsentLedger {
  constructor(
    private readonly keys: KeyRing,
    private readonly vault: Vault,
    private readonly clock: Clock,
    private readonly config: ConsentConfigService,
  ) {}

  /** Checks a choice against the revision it was made on and appends it in the caller's transaction. */
  async record(trx: Executor, input: ConsentPost, facts: ConsentContext): Promise<ConsentReceipt> {
    const [receipt] = await this.#append(trx, [await this.#prepare(trx, input, facts)])
    return receipt as ConsentReceipt
  }

  /**
   * Checks a choice, then appends it together with the others arriving meanwhile: one transaction
   * and one commit for the lot (group commit), each answered with its receipt only after that commit.
   * A choice that fails its checks is refused alone; a failed commit refuses the whole group.
   */
  async submit(db: Kysely<DB>, input: ConsentPost, facts: ConsentContext): Promise<ConsentReceipt> {
    const prepared = await this.#prepare(db, input, facts)
    return new Promise((resolve, reject) => {
      this.#queue.push({ prepared, resolve, reject })
      this.#flush(db)
    })
  }

  readonly #queue: Array<{
    prepared: Prepared
    resolve: (receipt: ConsentReceipt) => void
    reject: (error: unknown) => void
  }> = []
  #flushing = false

  #flush(db: Kysely<DB>): void {
    if (this.#flushing) return
    this.#flushing = true
    // Started after the event loop's poll phase, so every choice read from the sockets in this turn joins
    // the group: started at once, SQLite's synchronous statements would commit each choice alone.
    setImmediate(async () => {
      while (this.#queue.length > 0) {
        const group = this.#queue.splice(0, GROUP_LIMIT)
        try {
          const receipts = await db.transaction().execute((trx) =>
            this.#append(
              trx,
              group.map((g) => g.prepared),
            ),
          )
          for (const [i, g] of group.entries()) g.resolve(receipts[i] as ConsentReceipt)
        } catch (error) {
          for (const g of group) g.reject(error)
        }
      }
      this.#flushing = false
    })
  }

  /** Everything a record holds but its place in the chain, checked against its revision. */
  async #prepare(db: Executor, input: ConsentPost, facts: ConsentContext): Promise<Prepared> {
    const language: Language = input.language === 'no' ? 'nb' : input.language
    const snapshot = await this.config.revision(db, input.revision)
    if (!snapshot) throw invalid('revision', 'is not a published revision of the banner', 'range')
    const categories = { necessary: true, ...normaliseCategories(input) }
    const services: Record<string, boolean> = {}
    for (const service of snapshot.services) {
      const chosen = input.services?.[service.key]
      // A service follows its category unless the visitor chose otherwise within an accepted category.
      services[service.key] = categories[service.category] && (chosen ?? true)
    }
    for (const key of Object.keys(input.services ?? {}))
      if (!(key in services)) throw invalid(`services.${key}`, 'is not a service of this revision', 'one_of')
    const person = personRefs(this.vault, input.person)
    return {
      person_type: person?.type ?? null,
      person_ref: person?.ref ?? null,
      method: input.method,
      categories: JSON.stringify(categories),
      services: JSON.stringify(services),
      revision: snapshot.revision,
      texts_hash: textsHash(snapshot, language),
      language,
      policy_version: snapshot.policyVersion,
      ip: facts.ip,
      user_agent: facts.userAgent,
      origin: facts.origin,
      path: input.path ?? null,
      gpc: input.gpc ? 1 : 0,
    }
  }

  /** Chains the records after the head, in order, and writes them in the caller's transaction. */
  async #append(trx: Executor, prepared: readonly Prepared[]): Promise<ConsentReceipt[]> {
    const head = await lockConsentHead(trx)
    const at = this.clock.now().toISOString()
    let previous = head
    const rows: ConsentRow[] = prepared.map((p) => {
      // Every field written out: one object shape for all records, cheaper than a spread on a hot path.
      const row: ConsentRow = {
        seq: previous.seq + 1,
        id: timeOrderedId(),
        at,
        person_type: p.person_type,
        person_ref: p.person_ref,
        method: p.method,
        categories: p.categories,
        services: p.services,
        revision: p.revision,
        texts_hash: p.texts_hash,
        language: p.language,
        policy_version: p.policy_version,
        ip: p.ip,
        user_agent: p.user_agent,
        origin: p.origin,
        path: p.path,
        gpc: p.gpc,
        prev_hash: previous.hash,
        hash: '',
      }
      row.hash = this.#hash(row)
      previous = row
      return row
    })
    await insertRecords(trx, rows)
    return rows.map((row) => ({ id: row.id, at: row.at, hash: row.hash }))
  }

  /** Walks the whole chain in order; stops at the first record that does not fit. */
  async verify(db: Executor): Promise<LedgerVerifyResult> {
    let previous = { seq: 0, hash: '' }
    let count = 0
    for (;;) {
      const batch = await recordsAfter(db, previous.seq, 2000)
      if (batch.length === 0) break
      for (const row of batch) {
        count++
        if (row.seq !== previous.seq + 1)
          return { ok: false, records: count, seq: previous.seq + 1, problem: 'missing' }
        if (row.prev_hash !== previous.hash)
          return { ok: false, records: count, seq: row.seq, problem: 'reordered' }
        if (this.#hash(row) !== row.hash)
          return { ok: false, records: count, seq: row.seq, problem: 'changed' }
        previous = { seq: row.seq, hash: row.hash }
      }
    }
    const head = await readConsentHead(db)
    if (!head || head.seq !== previous.seq || head.hash !== previous.hash)
      return { ok: false, records: count, seq: previous.seq + 1, problem: 'truncated' }
    return { ok: true, records: count }
  }

  /** What was shown and chosen for one consent id, with the checks a reader can repeat. */
  async proof(db: Executor, id: string): Promise<ConsentProof> {
    const row = await findRecord(db, id)
    if (!row) throw notFound('The consent')
    return this.#proofOf(db, row)
  }

  /** Proofs for a person (customer id or e-mail), newest first. */
  async proofsOf(db: Executor, person: { customerId?: string; email?: string }): Promise<ConsentProof[]> {
    const refs = [
      personRefs(this.vault, { customerId: person.customerId ?? '' }),
      personRefs(this.vault, { email: person.email ?? '' }),
    ]
      .filter((r) => r !== null)
      .map((r) => r.ref)
    const rows = await findRecordsOf(db, refs, 500)
    return Promise.all(rows.map((row) => this.#proofOf(db, row)))
  }

  async #proofOf(db: Executor, row: ConsentRow): Promise<ConsentProof> {
    const snapshot = await this.config.revision(db, row.revision)
    const language = row.language as Language
    return {
      record: toRecord(row),
      shown: {
        revision: row.revision,
        texts: snapshot?.texts[language] ?? null,
        services: snapshot?.services ?? [],
        textsHash: snapshot ? textsHash(snapshot, language) : '',
      },
      checks: {
        recordHash: this.#hash(row) === row.hash,
        textsHash: snapshot !== undefined && textsHash(snapshot, language) === row.texts_hash,
      },
    }
  }

  #hash(row: ConsentRow): string {
    return this.keys.mac(
      'consent-chain',
      JSON.stringify([
        row.seq,
        row.id,
        row.at,
        row.person_type,
        row.person_ref,
        row.method,
        row.categories,
        row.services,
        row.revision,
        row.texts_hash,
        row.language,
        row.policy_version,
        row.ip,
        row.user_agent,
        row.origin,
        row.path,
        row.gpc,
        row.prev_hash,
      ]),
    )
  }
}

/** The method must agree with the categories: accepting all accepts every one, refusing refuses all. */
function normaliseCategories(input: ConsentPost): {
  preferences: boolean
  statistics: boolean
  marketing: boolean
} {
  const { preferences, statistics, marketing } = input.categories
  const chosen = { preferences, statistics, marketing }
  const all = (value: boolean) => CATEGORIES.slice(1).every((c) => chosen[c as keyof typeof chosen] === value)
  const expectAll: Partial<Record<ConsentMethod, boolean>> = {
    accept_all: true,
    reject_all: false,
    withdraw: false,
  }
  const expected = expectAll[input.method]
  if (expected !== undefined && !all(expected))
    throw invalid('categories', `must all be ${expected} for ${input.method}`, 'mismatch')
  if (input.method === 'gpc' && marketing)
    throw invalid('categories.marketing', 'must be false for gpc', 'mismatch')
  return chosen
}

function toRecord(row: ConsentRow): ConsentRecord {
  return {
    id: row.id,
    seq: row.seq,
    at: row.at,
    person:
      row.person_type && row.person_ref
        ? { type: row.person_type as 'customer' | 'email', hash: row.person_ref }
        : null,
    method: row.method as ConsentMethod,
    categories: JSON.parse(row.categories) as Record<string, boolean>,
    services: JSON.parse(row.services) as Record<string, boolean>,
    revision: row.revision,
    textsHash: row.texts_hash,
    language: row.language,
    policyVersion: row.policy_version,
    ip: row.ip,
    userAgent: row.user_agent,
    origin: row.origin,
    path: row.path,
    gpc: row.gpc === 1,
    prevHash: row.prev_hash,
    hash: row.hash,
  }
}
