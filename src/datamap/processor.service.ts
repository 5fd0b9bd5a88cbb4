import type { Updateable } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { conflict, invalid, notFound } from '../errors.js'
import { isThirdCountry } from './countries.js'
import type { RecipientRole, Safeguard } from './datamap.schema.js'
import type { ProcessorsTable } from './datamap.table.js'
import * as repo from './processor.repository.js'
import type { NewProcessor, Processor, ProcessorPatch } from './processor.schema.js'
import { checkCountry, checkPhone, checkWebsite, clean, refuseCardNumbers } from './validate.js'

/** Processors and other recipients: who receives personal data, where, and under which agreement. */
export class ProcessorService {
  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(db: Executor, o: { publishedOnly?: boolean } = {}): Promise<Processor[]> {
    const rows = await repo.listProcessors(db, o)
    const docs = await repo.documentsMeta(
      db,
      rows.flatMap((r) => (r.dpa_document_id ? [r.dpa_document_id] : [])),
    )
    return rows.map((r) => toProcessor(r, docs))
  }

  async get(db: Executor, id: string): Promise<Processor> {
    const row = await repo.findProcessor(db, id)
    if (!row) throw notFound('The processor')
    const docs = await repo.documentsMeta(db, row.dpa_document_id ? [row.dpa_document_id] : [])
    return toProcessor(row, docs)
  }

  async create(trx: Executor, input: NewProcessor, actor: Actor, requestId?: string): Promise<Processor> {
    refuseCardNumbers('processor', input, this.clock.now())
    const id = uuidv7()
    const now = this.clock.now().toISOString()
    const set = await this.#check(trx, id, input, null)
    await repo.insertProcessor(trx, {
      id,
      name: input.name.trim(),
      role: input.role,
      country: input.country,
      published: 0,
      ...set,
      created_at: now,
      updated_at: now,
    })
    await this.audit.append(trx, {
      actor,
      action: 'processor.create',
      target: { type: 'processor', id },
      details: { fields: Object.keys(input) },
      requestId,
    })
    return this.get(trx, id)
  }

  async update(
    trx: Executor,
    id: string,
    patch: ProcessorPatch,
    actor: Actor,
    requestId?: string,
  ): Promise<Processor> {
    refuseCardNumbers('processor', patch, this.clock.now())
    const current = await repo.findProcessor(trx, id)
    if (!current) throw notFound('The processor')
    const set = await this.#check(trx, id, patch, current)
    if (patch.name !== undefined) set.name = patch.name.trim()
    await repo.updateProcessor(trx, id, { ...set, updated_at: this.clock.now().toISOString() })
    await this.audit.append(trx, {
      actor,
      action: 'processor.update',
      target: { type: 'processor', id },
      details: { fields: Object.keys(patch) },
      requestId,
    })
    return this.get(trx, id)
  }

  /** Refused with 409 while an activity, a system or a sub-processor still refers to it. */
  async remove(trx: Executor, id: string, actor: Actor, requestId?: string): Promise<void> {
    const current = await repo.findProcessor(trx, id)
    if (!current) throw notFound('The processor')
    const refs = await repo.processorReferences(trx, id)
    if (refs.activities > 0)
      throw conflict(
        `The processor is a recipient in ${refs.activities} processing activities; remove it there first`,
      )
    if (refs.systems > 0) throw conflict(`The processor runs ${refs.systems} systems; change them first`)
    if (refs.subProcessors > 0)
      throw conflict(`The processor has ${refs.subProcessors} sub-processors; remove or move them first`)
    await repo.deleteProcessor(trx, id)
    if (current.dpa_document_id) await repo.deleteDocument(trx, current.dpa_document_id)
    await this.audit.append(trx, {
      actor,
      action: 'processor.delete',
      target: { type: 'processor', id },
      details: { hadDpa: current.dpa_document_id !== null },
      requestId,
    })
  }

  /** The rules across fields: country, safeguard outside the EU/EEA, parent for sub-processors, dates. */
  async #check(
    trx: Executor,
    id: string,
    input: ProcessorPatch,
    current: repo.ProcessorRow | null,
  ): Promise<Updateable<ProcessorsTable>> {
    const set: Updateable<ProcessorsTable> = {}
    if (input.role !== undefined) set.role = input.role
    if (input.country !== undefined) set.country = checkCountry('country', input.country)
    if (input.description !== undefined) set.description = clean(input.description)
    if (input.contactName !== undefined) set.contact_name = clean(input.contactName)
    if (input.contactEmail !== undefined) set.contact_email = clean(input.contactEmail)?.toLowerCase() ?? null
    if (input.contactPhone !== undefined) set.contact_phone = checkPhone('contactPhone', input.contactPhone)
    if (input.website !== undefined) set.website = checkWebsite('website', input.website)
    if (input.dpaSignedOn !== undefined) set.dpa_signed_on = input.dpaSignedOn
    if (input.dpaReviewOn !== undefined) set.dpa_review_on = input.dpaReviewOn
    if (input.published !== undefined) set.published = input.published ? 1 : 0

    const country = (set.country ?? current?.country) as string
    const safeguard =
      input.transferSafeguard !== undefined ? input.transferSafeguard : current?.transfer_safeguard
    if (!isThirdCountry(country)) set.transfer_safeguard = null
    else if (!safeguard)
      throw invalid(
        'transferSafeguard',
        'transferSafeguard is required for a country outside the EU/EEA',
        'required',
      )
    else set.transfer_safeguard = safeguard

    const role = (set.role ?? current?.role) as RecipientRole
    const parentId = input.parentId !== undefined ? input.parentId : (current?.parent_id ?? null)
    if (role === 'sub_processor') {
      if (!parentId) throw invalid('parentId', 'parentId is required for a sub-processor', 'required')
      await this.#checkParent(trx, id, parentId)
      set.parent_id = parentId
    } else if (input.parentId) {
      throw invalid('parentId', 'parentId is only for sub-processors', 'format')
    } else set.parent_id = null

    const signed = set.dpa_signed_on !== undefined ? set.dpa_signed_on : current?.dpa_signed_on
    const review = set.dpa_review_on !== undefined ? set.dpa_review_on : current?.dpa_review_on
    if (signed && review && review < signed)
      throw invalid('dpaReviewOn', 'dpaReviewOn must not be before dpaSignedOn', 'range')
    return set
  }

  /** The parent must exist, be a processor or sub-processor, and not lead back to this one. */
  async #checkParent(trx: Executor, id: string, parentId: string): Promise<void> {
    let cursor: string | null = parentId
    for (let depth = 0; cursor !== null; depth++) {
      if (cursor === id || depth > 20) throw invalid('parentId', 'parentId would make a cycle', 'format')
      const row = await repo.findProcessor(trx, cursor)
      if (!row) throw invalid('parentId', 'parentId does not name a processor', 'one_of')
      if (cursor === parentId && row.role !== 'processor' && row.role !== 'sub_processor')
        throw invalid('parentId', 'parentId must name a processor', 'one_of')
      cursor = row.parent_id
    }
  }
}

export function toProcessor(row: repo.ProcessorRow, docs: Map<string, repo.DocumentMeta>): Processor {
  const doc = row.dpa_document_id ? docs.get(row.dpa_document_id) : undefined
  return {
    id: row.id,
    name: row.name,
    role: row.role as RecipientRole,
    country: row.country,
    thirdCountry: isThirdCountry(row.country),
    description: row.description,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    website: row.website,
    parentId: row.parent_id,
    transferSafeguard: row.transfer_safeguard as Safeguard | null,
    dpa: doc
      ? {
          id: doc.id,
          filename: doc.filename,
          contentType: doc.content_type,
          size: Number(doc.size),
          sha256: doc.sha256,
          uploadedAt: doc.created_at,
        }
      : null,
    dpaSignedOn: row.dpa_signed_on,
    dpaReviewOn: row.dpa_review_on,
    published: row.published === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
