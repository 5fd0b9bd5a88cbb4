import type { Transaction } from 'kysely'
import type { AuditDetails } from '../../audit/audit.service.js'
import type { Actor } from '../../auth/principal.js'
import type { Role } from '../../auth/roles.js'
import type { DB } from '../../db/schema.js'
import { conflict, invalid, notFound } from '../../errors.js'
import type { AppContext } from '../../http/context.js'
import { compileInput } from '../../http/validation.js'
import { requireKey } from '../../subjects/subject.audit.js'
import * as subjects from '../../subjects/subject.repository.js'
import { SubjectPatch } from '../../subjects/subject.schema.js'
import type { SubjectService } from '../../subjects/subject.service.js'
import { suppress } from '../../subscriptions/subscription.repository.js'
import { CHANNELS } from '../../subscriptions/subscription.schema.js'
import type { SubscriptionService } from '../../subscriptions/subscription.service.js'
import * as repo from './erasure.repository.js'
import { MarketingObjectionInput, RestrictInput } from './erasure.schema.js'

const checkRestrict = compileInput<RestrictInput>(RestrictInput)
const checkObjection = compileInput<MarketingObjectionInput>(MarketingObjectionInput)
const checkPatch = compileInput<SubjectPatch>(SubjectPatch)

/** Restriction (Art. 18), rectification (Art. 16) and objection to direct marketing (Art. 21(3)). */
export class SubjectRights {
  constructor(
    private readonly ctx: AppContext,
    private readonly register: SubjectService,
    private readonly subscriptions: SubscriptionService,
  ) {}

  /**
   * Marks the person's data restricted (only stored; no other use or change until lifted) or lifts
   * it. The reason is sealed under the person's key; a restriction kept by an erasure is not lifted.
   */
  async restrict(trx: Transaction<DB>, input: RestrictInput & { actor: Actor }): Promise<void> {
    const { actor, ...rest } = input
    const checked = checkRestrict(rest)
    if (!checked.ok) throw checked.error
    const { subjectId, on, reason, requestId } = checked.value
    const row = await subjects.lockSubject(trx, subjectId)
    if (!row) throw notFound('The person')
    const current = await repo.findRestriction(trx, subjectId)
    if (current && current.basis !== 'request')
      throw conflict('This person’s data is being erased or kept only because a law requires it')
    const at = this.ctx.clock.now().toISOString()
    if (on) {
      const key = await requireKey(this.ctx.vault, trx, subjectId)
      await repo.saveRestriction(trx, {
        subject_id: subjectId,
        basis: 'request',
        reason: key.seal(`restriction|${subjectId}`, reason),
        request_id: requestId ?? null,
        keep_until: null,
        since: at,
      })
    } else await repo.deleteRestriction(trx, subjectId)
    await repo.setRestricted(trx, subjectId, on, at)
    await this.#audit(trx, actor, subjectId, on ? 'subject.restrict' : 'subject.unrestrict', {
      ...(requestId ? { request: requestId } : {}),
      fields: ['reason'],
    })
  }

  /**
   * Applies a correction (staff's own, or the person's proposal once approved) through the register,
   * as the staff member, with the request id in the audit entry. Allowed while restricted by request.
   */
  async rectify(
    trx: Transaction<DB>,
    input: { subjectId: string; patch: SubjectPatch; requestId: string; actor: Actor; role?: Role },
  ): Promise<void> {
    const checked = checkPatch(input.patch)
    if (!checked.ok) throw checked.error
    const current = await repo.findRestriction(trx, input.subjectId)
    if (current?.basis === 'erasure') throw conflict('This person’s data is being erased')
    await this.register.update(
      trx,
      input.subjectId,
      checked.value,
      { actor: input.actor, role: input.role ?? 'dpo' },
      { request: input.requestId },
    )
  }

  /**
   * An objection to direct marketing is honoured at once: every permission withdrawn and the person
   * (or, for someone not in the register, the e-mail's keyed hash) suppressed on every channel.
   */
  async objectToMarketing(
    trx: Transaction<DB>,
    input: MarketingObjectionInput & { actor: Actor },
  ): Promise<void> {
    const { actor, ...rest } = input
    const checked = checkObjection(rest)
    if (!checked.ok) throw checked.error
    const { subjectId, emailHash, requestId } = checked.value
    if (!subjectId && !emailHash) throw invalid('subjectId', 'subjectId or emailHash is required', 'required')
    let withdrawn = 0
    if (subjectId) {
      if (!(await subjects.findSubject(trx, subjectId))) throw notFound('The person')
      withdrawn = await this.subscriptions.withdrawAll(trx, subjectId, 'objection', actor)
    }
    if (emailHash)
      await suppress(
        trx,
        CHANNELS.map((channel) => ({ channel, hash: emailHash })),
        'objection',
        this.ctx.clock.now().toISOString(),
      )
    await this.#audit(trx, actor, subjectId ?? 'unknown', 'subject.object_marketing', {
      request: requestId,
      withdrawn,
      suppressed: true,
    })
  }

  #audit(trx: Transaction<DB>, actor: Actor, subjectId: string, action: string, details: AuditDetails) {
    return this.ctx.audit.append(trx, { actor, action, target: { type: 'subject', id: subjectId }, details })
  }
}
