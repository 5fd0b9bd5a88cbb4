import { v7 as uuidv7 } from 'uuid'
import type { AuditDetails, AuditLog } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import type { Vault } from '../crypto/vault.js'
import type { Executor } from '../db/database.js'
import { invalid, VernError } from '../errors.js'
import type { Language } from '../i18n/languages.js'
import { normalizePhone } from '../identifiers/index.js'
import type { MailService } from '../mail/mail.service.js'
import { confirmSubscriptionMail, marketingMail } from '../mail/templates/subscription-mail.js'
import type { OrganisationService } from '../organisation/organisation.service.js'
import { refuseErased } from '../requests/erasure/erasure-list.js'
import type { Who } from '../subjects/subject.access.js'
import { refuseRestricted } from '../subjects/subject.rules.js'
import type { SubjectService } from '../subjects/subject.service.js'
import * as repo from './subscription.repository.js'
import {
  type Basis,
  CHANNELS,
  type Channel,
  type CheckAnswer,
  type CheckQuery,
  type NewSubscription,
  type Subscription,
  type SubscriptionStatus,
} from './subscription.schema.js'
import { findToken, issueToken } from './subscription.tokens.js'

const CONFIRM_TTL_MS = 7 * 24 * 60 * 60 * 1000

/** How a person withdrew: the unsubscribe link (one-click or its form) or the privacy center. */
export type WithdrawalMethod = 'one_click' | 'form' | 'privacy_center' | 'request'

/** Where changes go besides the database: the signed webhooks (slice 3). */
export interface SubscriptionEvents {
  emit(db: Executor, type: string, data: Record<string, string | null>): Promise<void>
}

/**
 * Marketing permissions (P8, P14): explicit opt-in (double opt-in for non-customers), soft opt-in for
 * existing customers, one-click unsubscribe that withdraws everything and suppresses the person's
 * keyed hashes so no later import or API call re-subscribes them without a new explicit opt-in.
 */
export class SubscriptionService {
  constructor(
    private readonly deps: {
      audit: AuditLog
      vault: Vault
      clock: Clock
      organisation: OrganisationService
      mail: MailService
      subjects: SubjectService
      publicUrl: URL
      events: SubscriptionEvents
    },
  ) {}

  /** Records a permission; answers whether it is new. A pending one waits for the double opt-in. */
  async subscribe(
    trx: Executor,
    input: NewSubscription,
    who: Who,
  ): Promise<{ subscription: Subscription; created: boolean }> {
    const { vault, clock, organisation } = this.deps
    const now = clock.now()
    const at = now.toISOString()
    const org = await organisation.get(trx)
    const language: Language = input.language ?? org.defaultLanguage
    const email = input.email.trim().toLowerCase()
    const emailHash = vault.blindIndex('email', email)
    let phone: string | null = null
    if (input.phone) {
      const parsed = normalizePhone(input.phone, org.country ?? undefined)
      if (!parsed.valid) throw invalid('phone', 'phone is not a valid phone number', 'phone')
      phone = parsed.e164
    }
    if (input.channel === 'sms' && !phone) throw invalid('phone', 'phone is required for sms', 'required')
    if (input.basis === 'soft_opt_in' && input.optOutOffered !== true)
      throw invalid(
        'optOutOffered',
        'A soft opt-in needs the opt-out offered when the details were collected',
        'required',
      )

    // An erased person is not brought back by a subscription (issue 5): 409 erased_person, audited.
    await refuseErased(
      trx,
      [
        { kind: 'email', hash: emailHash },
        ...(phone ? [{ kind: 'phone' as const, hash: vault.blindIndex('phone', phone) }] : []),
      ],
      'subscription.erased_refused',
    )
    let subject = (await repo.subjectsWithHash(trx, 'email', emailHash))[0]
    // A restricted person's data is only stored (Art. 18): no new marketing permission meanwhile.
    if (subject?.restricted === 1) refuseRestricted({ restricted: 1 })
    const customer = subject?.relationship === 'customer'
    if (input.basis === 'soft_opt_in' && !customer)
      throw new VernError(
        'not_a_customer',
        'A soft opt-in is only for existing customers in the register; ask for an explicit opt-in',
      )
    const hashes = [emailHash, ...(phone ? [vault.blindIndex('phone', phone)] : [])]
    if (subject) hashes.push(...(await this.#personHashes(trx, subject.id)))
    const suppressed = await repo.suppressedAmong(trx, input.channel, hashes)
    if (suppressed && input.basis === 'soft_opt_in')
      throw new VernError(
        'suppressed',
        'This person unsubscribed; only a new explicit opt-in can subscribe them again',
      )
    if (!subject) {
      // The person enters the register as a prospect with only what the subscription gave. The
      // subscription right (not a register right) decides, so the write is made with full field rights
      // and audited under the caller.
      const created = await this.deps.subjects.create(
        trx,
        { email, ...(phone ? { phone } : {}), ...(input.name ? { name: input.name } : {}) },
        `subscription:${input.source}`.slice(0, 120),
        { ...who, role: 'dpo' },
      )
      subject = { id: created.id, relationship: created.relationship, restricted: 0 }
    }

    const existing = await repo.findSubscription(trx, subject.id, input.channel, input.purpose)
    // A permission the person withdrew (e.g. in the privacy center) is not revived by a soft opt-in.
    if (existing?.status === 'withdrawn' && input.basis === 'soft_opt_in')
      throw new VernError(
        'suppressed',
        'This person withdrew this permission; only a new explicit opt-in can subscribe them again',
      )
    if (
      existing?.status === 'active' &&
      !(existing.basis === 'soft_opt_in' && input.basis === 'explicit_opt_in')
    )
      return { subscription: toSubscription(existing), created: false }
    const pending = input.basis === 'explicit_opt_in' && (!customer || suppressed)
    const status: SubscriptionStatus = pending ? 'pending' : 'active'
    const id = existing?.id ?? uuidv7()
    const key = await vault.keyFor(trx, subject.id, now)
    const row: repo.SubscriptionRow = {
      id,
      subject_id: subject.id,
      channel: input.channel,
      purpose: input.purpose,
      basis: input.basis,
      status,
      source: input.source,
      opt_out_offered: input.optOutOffered ? 1 : 0,
      evidence: input.evidence ? key.seal(`subscription|${id}|evidence`, input.evidence) : null,
      language,
      created_at: existing?.created_at ?? at,
      updated_at: at,
      confirmed_at: pending ? null : at,
      withdrawn_at: null,
    }
    if (existing) {
      const { id: _id, ...set } = row
      await repo.updateSubscription(trx, id, set)
    } else await repo.insertSubscription(trx, row)
    await this.#event(trx, row, who.actor)
    if (pending) await this.#sendConfirmation(trx, row, email, org.legalName ?? '', now)
    await this.#audit(trx, who.actor, 'subscription.create', id, who.requestId, {
      subject: subject.id,
      channel: row.channel,
      purpose: row.purpose,
      basis: row.basis,
      status,
      fields: ['email', ...(phone ? ['phone'] : []), ...(input.evidence ? ['evidence'] : [])],
    })
    if (!pending) await this.#emit(trx, 'subscription.activated', row)
    return { subscription: toSubscription(row), created: !existing }
  }

  /** Double opt-in: a valid, unused confirm token activates its permission and lifts its suppression. */
  async confirm(trx: Executor, token: string): Promise<{ language: Language } | null> {
    const now = this.deps.clock.now()
    const found = await findToken(trx, this.deps.vault, token, 'confirm', now)
    if (!found?.subscription_id || found.used_at) return null
    if (!(await repo.useToken(trx, found.hash, now.toISOString()))) return null
    const row = await repo.findSubscriptionById(trx, found.subscription_id)
    if (row?.status !== 'pending') return null
    const at = now.toISOString()
    const next = { ...row, status: 'active', confirmed_at: at, updated_at: at }
    await repo.updateSubscription(trx, row.id, { status: 'active', confirmed_at: at, updated_at: at })
    // The new explicit opt-in lifts the suppression for this channel only.
    await repo.unsuppress(trx, row.channel, await this.#personHashes(trx, row.subject_id))
    await this.#event(trx, next, { type: 'anonymous' })
    await this.#audit(trx, { type: 'anonymous' }, 'subscription.confirm', row.id, undefined, {
      subject: row.subject_id,
    })
    await this.#emit(trx, 'subscription.activated', next)
    return { language: found.language as Language }
  }

  /** The language of a valid token, for the public pages; null when it is unknown or expired. */
  async tokenLanguage(
    db: Executor,
    token: string,
    kind: 'confirm' | 'unsubscribe',
  ): Promise<Language | null> {
    const found = await findToken(db, this.deps.vault, token, kind, this.deps.clock.now())
    if (!found || (kind === 'confirm' && found.used_at)) return null
    return found.language as Language
  }

  /**
   * One-click unsubscribe (RFC 8058, P8, P14): withdraws every marketing permission of the person and of
   * anyone sharing their e-mail or phone, and suppresses those keyed hashes on every channel.
   */
  async unsubscribe(trx: Executor, token: string, method: 'one_click' | 'form'): Promise<Language | null> {
    const now = this.deps.clock.now()
    const found = await findToken(trx, this.deps.vault, token, 'unsubscribe', now)
    if (!found) return null
    await this.unsubscribeSubject(trx, found.subject_id, method, { type: 'anonymous' })
    return found.language as Language
  }

  /**
   * Unsubscribing without a token, for callers that have already identified the person (the privacy
   * center's link): every permission withdrawn and the keyed hashes suppressed, as above. Answers how
   * many permissions were withdrawn; a second call withdraws none and changes nothing.
   */
  async unsubscribeSubject(
    trx: Executor,
    subjectId: string,
    method: WithdrawalMethod,
    actor: Actor,
  ): Promise<number> {
    const hashes = await this.#personHashes(trx, subjectId)
    const people = new Set([subjectId])
    for (const h of await repo.lookupHashesOf(trx, subjectId))
      for (const s of await repo.subjectsWithHash(trx, h.kind, h.hash)) people.add(s.id)
    for (const id of people) if (id !== subjectId) hashes.push(...(await this.#personHashes(trx, id)))
    const withdrawn = await this.#withdrawEvery(
      trx,
      [...people],
      hashes,
      `unsubscribe:${method}`,
      'unsubscribed',
      actor,
    )
    await this.#audit(trx, actor, 'subscription.unsubscribe', subjectId, undefined, {
      subjects: [...people],
      withdrawn,
      method,
    })
    return withdrawn
  }

  /**
   * Withdraws one permission (P14) of one of the given people; false when it is not theirs or already
   * withdrawn, so a repeated request changes nothing. The channel stays open for other purposes.
   */
  async withdraw(
    trx: Executor,
    subscriptionId: string,
    ofPeople: readonly string[],
    method: WithdrawalMethod,
    actor: Actor,
  ): Promise<boolean> {
    const row = await repo.findSubscriptionById(trx, subscriptionId)
    if (!row || !ofPeople.includes(row.subject_id) || row.status === 'withdrawn') return false
    const at = this.deps.clock.now().toISOString()
    const next = { ...row, status: 'withdrawn', withdrawn_at: at, updated_at: at }
    await repo.updateSubscription(trx, row.id, { status: 'withdrawn', withdrawn_at: at, updated_at: at })
    await this.#event(trx, { ...next, source: `withdraw:${method}` }, actor)
    await this.#emit(trx, 'subscription.withdrawn', next)
    await this.#audit(trx, actor, 'subscription.withdraw', row.id, undefined, {
      subject: row.subject_id,
      channel: row.channel,
      purpose: row.purpose,
      method,
    })
    return true
  }

  /**
   * Withdraws every marketing permission of one person and suppresses their keyed hashes on every
   * channel (an objection to direct marketing, Art. 21(3), or an erasure); answers how many were
   * withdrawn. The caller audits the decision; each permission's history records `source`.
   */
  async withdrawAll(trx: Executor, subjectId: string, source: string, actor: Actor): Promise<number> {
    const hashes = await this.#personHashes(trx, subjectId)
    return this.#withdrawEvery(trx, [subjectId], hashes, source, source, actor)
  }

  /** Withdraws every permission of these people and suppresses the hashes on every channel. */
  async #withdrawEvery(
    trx: Executor,
    people: string[],
    hashes: string[],
    source: string,
    suppressedAs: string,
    actor: Actor,
  ): Promise<number> {
    const at = this.deps.clock.now().toISOString()
    let withdrawn = 0
    for (const row of await repo.subscriptionsOf(trx, people)) {
      if (row.status === 'withdrawn') continue
      const next = { ...row, status: 'withdrawn', withdrawn_at: at, updated_at: at }
      await repo.updateSubscription(trx, row.id, { status: 'withdrawn', withdrawn_at: at, updated_at: at })
      await this.#event(trx, { ...next, source }, actor)
      await this.#emit(trx, 'subscription.withdrawn', next)
      withdrawn++
    }
    const unique = [...new Set(hashes)]
    await repo.suppress(
      trx,
      CHANNELS.flatMap((channel) => unique.map((hash) => ({ channel, hash }))),
      suppressedAs,
      at,
    )
    return withdrawn
  }

  /** "May we send this to this person?": suppression first, then an active permission (P8). */
  async check(db: Executor, q: CheckQuery, who: Who): Promise<CheckAnswer> {
    const email = q.email.trim().toLowerCase()
    const emailHash = this.deps.vault.blindIndex('email', email)
    const people = await repo.subjectsWithHash(db, 'email', emailHash)
    const hashes = [emailHash]
    for (const p of people) hashes.push(...(await this.#personHashes(db, p.id)))
    const rows = await repo.subscriptionsOf(
      db,
      people.map((p) => p.id),
      { channel: q.channel, purpose: q.purpose },
    )
    const active = rows.find((r) => r.status === 'active')
    const answer: CheckAnswer = (await repo.suppressedAmong(db, q.channel, hashes))
      ? { maySend: false, basis: null, reason: 'suppressed' }
      : people.some((p) => p.restricted === 1)
        ? { maySend: false, basis: null, reason: 'restricted' }
        : active
          ? { maySend: true, basis: active.basis as Basis, reason: 'permission' }
          : rows.some((r) => r.status === 'pending')
            ? { maySend: false, basis: null, reason: 'pending_confirmation' }
            : { maySend: false, basis: null, reason: 'no_permission' }
    await this.#audit(db, who.actor, 'subscription.check', 'check', who.requestId, {
      subjects: people.map((p) => p.id),
      channel: q.channel,
      purpose: q.purpose,
      maySend: answer.maySend,
    })
    return answer
  }

  /** A person's permissions, oldest first; the read is audited. */
  async listForSubject(db: Executor, subjectId: string, who: Who): Promise<Subscription[]> {
    const rows = await repo.subscriptionsOf(db, [subjectId])
    await this.#audit(db, who.actor, 'subscription.read', subjectId, who.requestId, {
      subject: subjectId,
      count: rows.length,
    })
    return rows.map(toSubscription)
  }

  /** A fresh unsubscribe link for the person: opaque, no e-mail in it. */
  async unsubscribeUrl(trx: Executor, subjectId: string, language: Language): Promise<string> {
    const token = await issueToken(trx, this.deps.vault, {
      kind: 'unsubscribe',
      subjectId,
      language,
      now: this.deps.clock.now(),
    })
    return new URL(`/unsubscribe/${token}`, this.deps.publicUrl).href
  }

  /**
   * Queues a marketing e-mail for a person with an active e-mail permission for the purpose, with the
   * RFC 2369 / RFC 8058 headers and the link in the body; null (nothing queued) when it may not be sent.
   */
  async sendMarketingMail(
    trx: Executor,
    m: { subjectId: string; to: string; purpose: string; subject: string; paragraphs: string[] },
    who: Who,
  ): Promise<string | null> {
    const row = await repo.findSubscription(trx, m.subjectId, 'email', m.purpose)
    if (row?.status !== 'active') return null
    if (await repo.isRestricted(trx, m.subjectId)) return null
    if (await repo.suppressedAmong(trx, 'email', await this.#personHashes(trx, m.subjectId))) return null
    const language = row.language as Language
    const org = await this.deps.organisation.get(trx)
    const url = await this.unsubscribeUrl(trx, m.subjectId, language)
    const content = marketingMail(language, {
      org: org.legalName ?? '',
      subject: m.subject,
      paragraphs: m.paragraphs,
      unsubscribeUrl: url,
    })
    const mailto = org.contactEmail ? `, <mailto:${org.contactEmail}?subject=unsubscribe>` : ''
    const id = await this.deps.mail.enqueue(trx, {
      template: 'marketing',
      language,
      keyOwner: m.subjectId,
      message: {
        to: m.to,
        ...content,
        headers: {
          'List-Unsubscribe': `<${url}>${mailto}`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      },
    })
    await this.#audit(trx, who.actor, 'subscription.mail', row.id, who.requestId, {
      subject: m.subjectId,
      mail: id,
    })
    return id
  }

  async #sendConfirmation(
    trx: Executor,
    row: repo.SubscriptionRow,
    email: string,
    org: string,
    now: Date,
  ): Promise<void> {
    const language = row.language as Language
    const token = await issueToken(trx, this.deps.vault, {
      kind: 'confirm',
      subjectId: row.subject_id,
      subscriptionId: row.id,
      language,
      now,
      expiresAt: new Date(now.getTime() + CONFIRM_TTL_MS),
    })
    const link = new URL(`/subscriptions/confirm/${token}`, this.deps.publicUrl).href
    const content = confirmSubscriptionMail(language, { org, channel: row.channel as Channel, link })
    await this.deps.mail.enqueue(trx, {
      template: 'subscription-confirm',
      language,
      keyOwner: row.subject_id,
      message: { to: email, ...content },
    })
  }

  /** The person's keyed hashes the suppression list is kept over: e-mail, phone and the person itself. */
  async #personHashes(db: Executor, subjectId: string): Promise<string[]> {
    const found = await repo.lookupHashesOf(db, subjectId)
    return [...found.map((h) => h.hash), this.deps.vault.blindIndex('subject', subjectId)]
  }

  async #event(db: Executor, row: repo.SubscriptionRow, actor: Actor): Promise<void> {
    await repo.insertEvent(db, {
      id: uuidv7(),
      subscription_id: row.id,
      status: row.status,
      basis: row.basis,
      source: row.source,
      actor_type: actor.type,
      actor_id: actor.id ?? null,
      at: this.deps.clock.now().toISOString(),
    })
  }

  #emit(db: Executor, type: string, row: repo.SubscriptionRow): Promise<void> {
    return this.deps.events.emit(db, type, {
      subscriptionId: row.id,
      subjectId: row.subject_id,
      channel: row.channel,
      purpose: row.purpose,
      basis: row.basis,
      status: row.status,
    })
  }

  #audit(
    db: Executor,
    actor: Actor,
    action: string,
    id: string,
    requestId: string | undefined,
    details: AuditDetails,
  ): Promise<unknown> {
    return this.deps.audit.append(db, {
      actor,
      action,
      target: { type: 'subscription', id },
      details,
      requestId,
    })
  }
}

export function toSubscription(r: repo.SubscriptionRow): Subscription {
  return {
    id: r.id,
    subjectId: r.subject_id,
    channel: r.channel as Channel,
    purpose: r.purpose,
    basis: r.basis as Basis,
    status: r.status as SubscriptionStatus,
    source: r.source,
    optOutOffered: r.opt_out_offered === 1,
    language: r.language as Language,
    createdAt: iso(r.created_at),
    confirmedAt: r.confirmed_at ? iso(r.confirmed_at) : null,
    withdrawnAt: r.withdrawn_at ? iso(r.withdrawn_at) : null,
  }
}

function iso(value: string | Date): string {
  return new Date(value).toISOString()
}
