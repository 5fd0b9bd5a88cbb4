import type { Kysely, Transaction } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../audit/audit.service.js'
import { writeAudited } from '../audit/refused-write.js'
import type { Clock } from '../clock.js'
import type { Vault } from '../crypto/vault.js'
import type { Executor } from '../db/database.js'
import type { DB } from '../db/schema.js'
import { forbidden, invalid, notFound } from '../errors.js'
import type { OrganisationService } from '../organisation/organisation.service.js'
import { refuseErased } from '../requests/erasure/erasure-list.js'
import {
  assertWritable,
  FIELD_RIGHTS,
  mayRead,
  type ProfileField,
  type StoredProfile,
  type Who,
} from './subject.access.js'
import { assertReader, auditSubject, requireKey } from './subject.audit.js'
import { EMPTY_PROFILE, openProfile, sealProfile, toSubject } from './subject.codec.js'
import { normaliseProfile, refuseCardNumbers } from './subject.input.js'
import { InteractionLog } from './subject.interactions.js'
import { type LookupQuery, profileHashes, queryHashes } from './subject.lookups.js'
import * as repo from './subject.repository.js'
import { refuseRestricted, relationshipChange, writtenFields } from './subject.rules.js'
import type { NewInteraction, NewSubject, SubjectPatch } from './subject.schema.js'
import type { Interaction, Subject } from './subject.view.js'

/**
 * The register of people and companies (P1, P11, P17, P18). Every personal value is sealed under the
 * subject's own data key; look-ups go through keyed hashes; every staff read and write is audited.
 */
export class SubjectService {
  readonly #interactions: InteractionLog

  constructor(
    private readonly audit: AuditLog,
    private readonly vault: Vault,
    private readonly clock: Clock,
    private readonly organisation: OrganisationService,
  ) {
    this.#interactions = new InteractionLog(audit, vault, clock)
  }

  /** Runs a write in its own transaction; a refused write is audited after the rollback (P4, P17). */
  write<T>(
    db: Kysely<DB>,
    who: Who,
    subjectId: string | null,
    work: (trx: Transaction<DB>) => Promise<T>,
  ): Promise<T> {
    return writeAudited(
      this.audit,
      db,
      { actor: who.actor, requestId: who.requestId, target: { type: 'subject', id: subjectId ?? 'new' } },
      work,
    )
  }

  /** Adds a person or company; `source` says where it came from ('api', 'admin', 'import:<file>'). */
  async create(trx: Executor, input: NewSubject, source: string, who: Who): Promise<Subject> {
    const now = this.clock.now()
    refuseCardNumbers(input, now)
    assertWritable(who.role, writtenFields(input))
    const country = (await this.organisation.get(trx)).country
    const profile: StoredProfile = { ...EMPTY_PROFILE, ...normaliseProfile(input, country, now) }
    // An erased person is not brought back by a new record (issue 5): 409 erased_person, audited.
    await refuseErased(trx, profileHashes(this.vault, profile))
    if (input.companyId) await this.#requireCompany(trx, input.companyId, 'companyId')
    const id = uuidv7()
    const at = now.toISOString()
    const first = input.firstContactAt ? new Date(input.firstContactAt).toISOString() : at
    const key = await this.vault.keyFor(trx, id, now)
    const row: repo.SubjectRow = {
      id,
      kind: input.kind ?? 'person',
      company_id: input.companyId ?? null,
      relationship: input.relationship ?? 'prospect',
      first_contact_at: first,
      last_contact_at: first,
      relationship_ended_at: input.relationship === 'former_customer' ? at : null,
      source,
      restricted: 0,
      profile: sealProfile(key, profile),
      created_at: at,
      updated_at: at,
    }
    await repo.insertSubject(trx, row)
    await repo.replaceLookups(trx, id, profileHashes(this.vault, profile))
    await auditSubject(this.audit, trx, who, 'subject.create', id, {
      fields: writtenFields(input).map(([f]) => f),
    })
    return toSubject(row, profile, who.role)
  }

  /** One subject, as the caller's role may see it; the read is audited. */
  async get(db: Executor, id: string, who: Who): Promise<Subject> {
    assertReader(who)
    const row = await repo.findSubject(db, id)
    if (!row) throw notFound('The person')
    await auditSubject(this.audit, db, who, 'subject.read', id)
    return this.#view(db, row, who)
  }

  /** Exact look-up by e-mail, phone, identifier or external id; each person found is an audited read. */
  async find(db: Executor, query: LookupQuery, who: Who, limit = 50): Promise<Subject[]> {
    assertReader(who)
    if (query.phone && !mayRead(who.role, FIELD_RIGHTS.phone))
      throw forbidden('Your role may not search by phone')
    const country = (await this.organisation.get(db)).country
    const withIds = mayRead(who.role, FIELD_RIGHTS.nationalIds)
    const hashes = queryHashes(this.vault, query, country, this.clock.now(), withIds)
    const rows = await repo.findByHashes(db, hashes, limit)
    const via = Object.keys(query).filter((k) => query[k as keyof LookupQuery] !== undefined)
    for (const row of rows) await auditSubject(this.audit, db, who, 'subject.read', row.id, { via })
    return Promise.all(rows.map((row) => this.#view(db, row, who)))
  }

  /** A page of the register, newest first; audited once, with the count and the ids shown. */
  async list(
    db: Executor,
    who: Who,
    limit = 50,
    before?: string,
  ): Promise<{ subjects: Subject[]; next: string | null }> {
    assertReader(who)
    const rows = await repo.listSubjects(db, limit, before)
    await this.audit.append(db, {
      actor: who.actor,
      action: 'subject.read',
      target: { type: 'subject', id: 'list' },
      details: { count: rows.length, subjects: rows.map((r) => r.id) },
      requestId: who.requestId,
    })
    const subjects = await Promise.all(rows.map((row) => this.#view(db, row, who)))
    return { subjects, next: rows.length === limit ? (rows.at(-1)?.id ?? null) : null }
  }

  /**
   * Rectification (P11): applies the fields sent; the audit entry names the fields that changed, never
   * values. A restricted person (Art. 18) is only changed by a rectification request (`request`).
   */
  async update(
    trx: Executor,
    id: string,
    patch: SubjectPatch,
    who: Who,
    options: { request?: string } = {},
  ): Promise<Subject> {
    const now = this.clock.now()
    refuseCardNumbers(patch, now)
    assertWritable(who.role, writtenFields(patch))
    const row = await repo.lockSubject(trx, id)
    if (!row) throw notFound('The person')
    if (!options.request) refuseRestricted(row)
    const key = await requireKey(this.vault, trx, id)
    const current = openProfile(key, row) as StoredProfile
    const country = (await this.organisation.get(trx)).country
    const next: StoredProfile = { ...current, ...normaliseProfile(patch, country, now) }
    const fields: string[] = (Object.keys(EMPTY_PROFILE) as ProfileField[]).filter(
      (f) => JSON.stringify(current[f]) !== JSON.stringify(next[f]),
    )
    const set = relationshipChange(row, patch, now)
    if (patch.companyId !== undefined && patch.companyId !== row.company_id) {
      if (patch.companyId === id)
        throw invalid('companyId', 'companyId cannot be the person itself', 'format')
      if (patch.companyId) await this.#requireCompany(trx, patch.companyId, 'companyId')
      set.company_id = patch.companyId
    }
    fields.push(...Object.keys(set).map((c) => c.replace(/_(\w)/g, (_, l: string) => l.toUpperCase())))
    if (fields.length === 0) return toSubject(row, current, who.role)
    const changed = { ...row, ...set, profile: sealProfile(key, next), updated_at: now.toISOString() }
    await repo.updateSubject(trx, id, { ...set, profile: changed.profile, updated_at: changed.updated_at })
    const hashes = profileHashes(this.vault, next)
    // Identifiers the person already had are theirs; only a new one can belong to someone erased.
    const own = new Set(profileHashes(this.vault, current).map((h) => `${h.kind}:${h.hash}`))
    await refuseErased(
      trx,
      hashes.filter((h) => !own.has(`${h.kind}:${h.hash}`)),
    )
    await repo.replaceLookups(trx, id, hashes)
    await auditSubject(this.audit, trx, who, 'subject.update', id, {
      fields,
      ...(options.request ? { request: options.request } : {}),
    })
    return toSubject(changed, next, who.role)
  }

  /** Records an inquiry, complaint, offer, order, invoice or note; contact dates and state follow it. */
  addInteraction(trx: Executor, subjectId: string, input: NewInteraction, who: Who): Promise<Interaction> {
    return this.#interactions.add(trx, subjectId, input, who)
  }

  /** The subject's interactions of the kinds the role may see, newest first; the read is audited. */
  listInteractions(db: Executor, subjectId: string, who: Who, limit = 200): Promise<Interaction[]> {
    return this.#interactions.list(db, subjectId, who, limit)
  }

  async #view(db: Executor, row: repo.SubjectRow, who: Who): Promise<Subject> {
    return toSubject(row, openProfile(await this.vault.findKey(db, row.id), row), who.role)
  }

  async #requireCompany(db: Executor, id: string, field: string): Promise<void> {
    const company = await repo.findSubject(db, id)
    if (company?.kind !== 'company')
      throw invalid(field, `${field} must be a company in the register`, 'one_of')
  }
}
