import { createHash } from 'node:crypto'
import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { conflict, notFound } from '../errors.js'
import type { Language } from '../i18n/languages.js'
import {
  deleteService,
  insertFirstConfig,
  insertRevision,
  insertService,
  listServices,
  readConfig,
  readRevision,
  updateConfig,
} from './consent.repository.js'
import { type BannerTexts, type Category, DEFAULT_BANNER_TEXTS } from './consent.text.js'

export type GpcHandling = 'refuse' | 'ignore'

export interface ConsentService {
  key: string
  category: Category
  name: string
}

export interface ConfigPatch {
  texts?: Partial<Record<Language, BannerTexts>>
  expiryMonths?: number
  gpc?: GpcHandling
  policyVersion?: string | null
}

export interface NewConsentService {
  key: string
  category: Category
  name: string
  systemId?: string | null
  processorId?: string | null
}

export interface ConsentServiceEntry extends ConsentService {
  id: string
  systemId: string | null
  processorId: string | null
}

/** What a published revision showed: never changed once written, so proofs can rely on it. */
export interface RevisionSnapshot {
  revision: number
  texts: Record<Language, BannerTexts>
  services: ConsentService[]
  expiryMonths: number
  gpc: GpcHandling
  policyVersion: string | null
}

/** The hash of what a visitor was shown in one language: texts and services, not keyed, so anyone can recompute it. */
export function textsHash(snapshot: RevisionSnapshot, language: Language): string {
  let hashes = shownHashes.get(snapshot)
  if (!hashes) {
    hashes = new Map()
    shownHashes.set(snapshot, hashes)
  }
  let hash = hashes.get(language)
  if (hash === undefined) {
    const shown = JSON.stringify({ texts: snapshot.texts[language], services: snapshot.services })
    hash = createHash('sha256').update(shown).digest('base64url')
    hashes.set(language, hash)
  }
  return hash
}

/** A snapshot is never changed once read, so its hash per language is worked out once. */
const shownHashes = new WeakMap<RevisionSnapshot, Map<Language, string>>()

/** The banner's configuration and its published revisions. */
export class ConsentConfigService {
  /** Published revisions never change, so a copy is kept once read. */
  readonly #revisions = new Map<number, RevisionSnapshot>()
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Changes the settings. A change to what the visitor sees or how the banner decides (texts, services,
   * GPC handling, policy version) publishes a new revision, so the banner asks again.
   */
  async update(
    trx: Executor,
    patch: ConfigPatch,
    actor: Actor,
    requestId?: string,
  ): Promise<RevisionSnapshot> {
    const current = await this.current(trx)
    const next: RevisionSnapshot = {
      ...current,
      texts: patch.texts ? { ...current.texts, ...patch.texts } : current.texts,
      expiryMonths: patch.expiryMonths ?? current.expiryMonths,
      gpc: patch.gpc ?? current.gpc,
      policyVersion: patch.policyVersion !== undefined ? patch.policyVersion : current.policyVersion,
      services: await this.#services(trx),
    }
    const shownChanged =
      JSON.stringify([next.texts, next.services, next.gpc, next.policyVersion]) !==
      JSON.stringify([current.texts, current.services, current.gpc, current.policyVersion])
    if (shownChanged) next.revision = current.revision + 1
    const at = this.clock.now().toISOString()
    const by = actor.id ?? null
    if (shownChanged) await insertRevision(trx, next.revision, JSON.stringify(next), at, by)
    await updateConfig(trx, {
      revision: next.revision,
      expiry_months: next.expiryMonths,
      gpc: next.gpc,
      policy_version: next.policyVersion,
      texts: JSON.stringify(next.texts),
      updated_at: at,
      updated_by: by,
    })
    await this.audit.append(trx, {
      actor,
      action: 'consent.config_changed',
      target: { type: 'consent_config', id: '1' },
      details: { revision: next.revision, published: shownChanged, fields: Object.keys(patch) },
      requestId,
    })
    return next
  }

  /** Adds a service to the banner (published with a new revision). */
  async addService(
    trx: Executor,
    input: NewConsentService,
    actor: Actor,
    requestId?: string,
  ): Promise<RevisionSnapshot> {
    const existing = await listServices(trx)
    if (existing.some((s) => s.key === input.key)) throw conflict('A service with this key exists', 'key')
    await insertService(trx, {
      id: uuidv7(),
      key: input.key,
      category: input.category,
      name: input.name,
      system_id: input.systemId ?? null,
      processor_id: input.processorId ?? null,
      position: existing.length,
      created_at: this.clock.now().toISOString(),
    })
    return this.update(trx, {}, actor, requestId)
  }

  /** Removes a service (published with a new revision). */
  async removeService(
    trx: Executor,
    id: string,
    actor: Actor,
    requestId?: string,
  ): Promise<RevisionSnapshot> {
    if ((await deleteService(trx, id)) === 0) throw notFound('The service')
    return this.update(trx, {}, actor, requestId)
  }

  /** The services as configured now, with their data-map links. */
  async listServices(db: Executor): Promise<ConsentServiceEntry[]> {
    return (await listServices(db)).map((s) => ({
      id: s.id,
      key: s.key,
      category: s.category as Category,
      name: s.name,
      systemId: s.system_id,
      processorId: s.processor_id,
    }))
  }

  async #services(db: Executor): Promise<ConsentService[]> {
    return (await listServices(db)).map((s) => ({
      key: s.key,
      category: s.category as Category,
      name: s.name,
    }))
  }

  /** The current revision, writing the defaults (revision 1) on first use. */
  async current(db: Executor): Promise<RevisionSnapshot> {
    let config = await readConfig(db)
    if (!config) {
      await this.#writeDefaults(db)
      config = await readConfig(db)
    }
    const snapshot = config ? await this.revision(db, config.revision) : undefined
    if (!config || !snapshot) throw new Error('consent configuration is missing its revision')
    // The expiry may change without a new revision: it does not change what a visitor sees.
    return { ...snapshot, expiryMonths: config.expiry_months }
  }

  /** A published revision, or undefined when there is no such revision. */
  async revision(db: Executor, revision: number): Promise<RevisionSnapshot | undefined> {
    const cached = this.#revisions.get(revision)
    if (cached) return cached
    let stored = await readRevision(db, revision)
    if (stored === undefined && revision === 1 && !(await readConfig(db))) {
      await this.#writeDefaults(db)
      stored = await readRevision(db, revision)
    }
    if (stored === undefined) return undefined
    const snapshot = JSON.parse(stored) as RevisionSnapshot
    // Cached only outside a transaction: the caller's may still roll back and take the revision with it.
    if (!db.isTransaction) this.#revisions.set(revision, snapshot)
    return snapshot
  }

  async #writeDefaults(db: Executor): Promise<void> {
    const at = this.clock.now().toISOString()
    const services = (await listServices(db)).map((s) => ({
      key: s.key,
      category: s.category as Category,
      name: s.name,
    }))
    const snapshot: RevisionSnapshot = {
      revision: 1,
      texts: DEFAULT_BANNER_TEXTS,
      services,
      expiryMonths: 12,
      gpc: 'refuse',
      policyVersion: null,
    }
    await insertFirstConfig(
      db,
      {
        id: 1,
        revision: 1,
        expiry_months: 12,
        gpc: 'refuse',
        policy_version: null,
        texts: JSON.stringify(DEFAULT_BANNER_TEXTS),
        updated_at: at,
        updated_by: null,
      },
      JSON.stringify(snapshot),
    )
  }
}
