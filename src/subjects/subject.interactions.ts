import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../audit/audit.service.js'
import type { Clock } from '../clock.js'
import type { Vault } from '../crypto/vault.js'
import type { Executor } from '../db/database.js'
import { notFound } from '../errors.js'
import { assertWritable, interactionRights, mayRead, type Who } from './subject.access.js'
import { assertReader, auditSubject, requireKey } from './subject.audit.js'
import { sealDetails, toInteraction } from './subject.codec.js'
import { refuseCardNumbers } from './subject.input.js'
import * as repo from './subject.repository.js'
import { afterInteraction, refuseRestricted } from './subject.rules.js'
import { INTERACTION_KINDS, type NewInteraction } from './subject.schema.js'
import type { Interaction } from './subject.view.js'

/** A subject's inquiries, complaints, offers, orders, invoices and notes, sealed under its data key. */
export class InteractionLog {
  constructor(
    private readonly audit: AuditLog,
    private readonly vault: Vault,
    private readonly clock: Clock,
  ) {}

  /** Records one; first and last contact and the relationship state follow it. */
  async add(trx: Executor, subjectId: string, input: NewInteraction, who: Who): Promise<Interaction> {
    const now = this.clock.now()
    refuseCardNumbers(input, now)
    assertWritable(who.role, [['kind', interactionRights(input.kind)]])
    const row = await repo.lockSubject(trx, subjectId)
    if (!row) throw notFound('The person')
    refuseRestricted(row)
    const key = await requireKey(this.vault, trx, subjectId)
    const id = uuidv7()
    const occurredAt = input.occurredAt ? new Date(input.occurredAt).toISOString() : now.toISOString()
    const interaction: repo.InteractionRow = {
      id,
      subject_id: subjectId,
      kind: input.kind,
      occurred_at: occurredAt,
      details: sealDetails(key, id, {
        reference: input.reference?.trim() || null,
        summary: input.summary?.trim() || null,
        amount: input.amount ?? null,
        currency: input.currency ?? null,
      }),
      created_at: now.toISOString(),
    }
    await repo.insertInteraction(trx, interaction)
    const set = afterInteraction(row, input.kind, occurredAt)
    if (Object.keys(set).length > 0)
      await repo.updateSubject(trx, subjectId, { ...set, updated_at: now.toISOString() })
    await auditSubject(this.audit, trx, who, 'subject.interaction.add', subjectId, {
      interaction: id,
      kind: input.kind,
    })
    return toInteraction(interaction, key)
  }

  /** The kinds the role may see (billing: orders and invoices), newest first; the read is audited. */
  async list(db: Executor, subjectId: string, who: Who, limit = 200): Promise<Interaction[]> {
    assertReader(who)
    if (!(await repo.findSubject(db, subjectId))) throw notFound('The person')
    const kinds = INTERACTION_KINDS.filter((k) => mayRead(who.role, interactionRights(k)))
    const rows = await repo.listInteractions(db, subjectId, kinds, limit)
    await auditSubject(this.audit, db, who, 'subject.read', subjectId, {
      part: 'interactions',
      count: rows.length,
    })
    const key = await this.vault.findKey(db, subjectId)
    return rows.map((r) => toInteraction(r, key))
  }
}
