import type { Kysely } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { Actor } from '../auth/principal.js'
import { consentOf } from '../consent/services.js'
import type { Executor } from '../db/database.js'
import type { DB } from '../db/schema.js'
import { invalid, notFound, VernError } from '../errors.js'
import type { AppContext } from '../http/context.js'
import { isAdminLanguage, LANGUAGES, type Language } from '../i18n/languages.js'
import { policyNoticeWords, policyReminderMail } from '../mail/templates/policy-mail.js'
import { COUNTRY_TIME_ZONES } from '../organisation/countries.js'
import { addMonths, localDay } from '../requests/request.deadlines.js'
import type { Who } from '../subjects/subject.access.js'
import { SubjectService } from '../subjects/subject.service.js'
import type { SubscriptionService } from '../subscriptions/subscription.service.js'
import { completenessCheck, type Gap } from './policy.check.js'
import { type Change, type DiffLine, lineDiff, summarizeChanges } from './policy.diff.js'
import { documentText, type PolicyDocument } from './policy.document.js'
import { gatherFacts, type PolicyFacts } from './policy.facts.js'
import { generatePolicy } from './policy.generate.js'
import * as repo from './policy.repository.js'

/** The policy as it would be written now from Vern's data, with what is missing. */
export interface Draft {
  facts: PolicyFacts
  documents: Record<Language, PolicyDocument>
  gaps: Gap[]
}

export interface VersionSummary {
  number: number
  effectiveFrom: string
  publishedAt: string
  material: boolean
  note: string | null
  gaps: Gap[]
  overrideReason: string | null
  bannerRevision: number | null
  notified: number
}

export interface Version extends VersionSummary {
  facts: PolicyFacts
  documents: Record<Language, PolicyDocument>
}

export interface PublishInput {
  effectiveFrom?: string | undefined
  material: boolean
  notifySubscribers?: boolean | undefined
  note?: string | null | undefined
  overrideReason?: string | null | undefined
}

export interface ReviewStatus {
  lastReviewedAt: string | null
  /** The calendar day of the last review in the organisation's time zone. */
  lastReviewedOn: string | null
  dueOn: string | null
  overdue: boolean
  published: boolean
}

/** Twelve months: the yearly review (P21). */
export const REVIEW_MONTHS = 12

/**
 * The privacy policy (P21): written from the data map, checked for completeness, published as
 * immutable versions with effective dates, compared, and reviewed every year.
 */
export class PolicyService {
  constructor(
    private readonly ctx: AppContext,
    private readonly subscriptions: () => SubscriptionService,
  ) {}

  /** The policy in all five languages from the data as it is now, and its gaps. */
  async draft(db: Executor): Promise<Draft> {
    const facts = await gatherFacts(this.ctx, db)
    return { facts, documents: this.#write(facts), gaps: completenessCheck(facts) }
  }

  #write(facts: PolicyFacts): Record<Language, PolicyDocument> {
    const out = {} as Record<Language, PolicyDocument>
    for (const lang of LANGUAGES)
      out[lang] = generatePolicy(facts, lang, { publicUrl: this.ctx.config.publicUrl })
    return out
  }

  /** Today in the organisation's time zone (effective dates are calendar days there). */
  async today(db: Executor): Promise<string> {
    return this.dayOf(db, this.ctx.clock.now())
  }

  /** The calendar day of a moment in the organisation's time zone. */
  async dayOf(db: Executor, at: Date): Promise<string> {
    const org = await this.ctx.organisation.get(db)
    return localDay(at, org.country ? COUNTRY_TIME_ZONES[org.country] : 'UTC')
  }

  /**
   * Publishes the draft as the next version. Refused (409 policy_incomplete) while gaps remain,
   * unless the owner overrides with a reason. A material change publishes a new banner revision, so
   * visitors are asked again, on the day it takes effect (today at once, a later day by the job, see
   * `publishDueRevisions`); subscribers can be told by e-mail at once. One transaction: all or nothing.
   */
  async publish(trx: Executor, input: PublishInput, who: Who): Promise<Version> {
    await repo.lockPublication(trx)
    const today = await this.today(trx)
    const effectiveFrom = input.effectiveFrom ?? today
    if (!isCalendarDay(effectiveFrom))
      throw invalid('effectiveFrom', 'effectiveFrom must be a day as YYYY-MM-DD', 'date')
    if (effectiveFrom < today) throw invalid('effectiveFrom', 'effectiveFrom cannot be in the past', 'range')
    const latest = await repo.latestVersion(trx)
    if (latest && effectiveFrom < latest.effective_from)
      throw invalid('effectiveFrom', 'effectiveFrom cannot be before that of the latest version', 'range')
    const draft = await this.draft(trx)
    const reason = input.overrideReason?.trim() || null
    if (draft.gaps.length > 0) {
      if (!reason)
        throw new VernError(
          'policy_incomplete',
          `The completeness check found ${draft.gaps.length} gap(s); fix them or, as the owner, override with a reason`,
        )
      if (who.role !== 'owner')
        throw new VernError('forbidden', 'Only the owner may publish a policy with gaps')
    }
    const number = (latest?.number ?? 0) + 1
    const now = this.ctx.clock.now().toISOString()
    let bannerRevision: number | null = null
    // Asked again before the new text is in force, visitors would consent to the old one.
    if (input.material && effectiveFrom <= today) {
      const snapshot = await consentOf(this.ctx).config.update(
        trx,
        { policyVersion: String(number) },
        who.actor,
        who.requestId,
      )
      bannerRevision = snapshot.revision
    }
    const notified = input.notifySubscribers ? await this.#notify(trx, number, effectiveFrom, who) : 0
    await repo.insertVersion(trx, {
      id: uuidv7(),
      number,
      effective_from: effectiveFrom,
      published_at: now,
      published_by_type: who.actor.type,
      published_by: who.actor.id ?? null,
      material: input.material ? 1 : 0,
      note: input.note?.trim() || null,
      facts: JSON.stringify(draft.facts),
      documents: JSON.stringify(draft.documents),
      gaps: JSON.stringify(draft.gaps),
      override_reason: draft.gaps.length > 0 ? reason : null,
      banner_revision: bannerRevision,
      notified,
    })
    await repo.insertReview(trx, {
      id: uuidv7(),
      reviewed_at: now,
      reviewed_by_type: who.actor.type,
      reviewed_by: who.actor.id ?? null,
      version_number: number,
      note: null,
      reminded_at: null,
    })
    await this.ctx.audit.append(trx, {
      actor: who.actor,
      action: 'policy.publish',
      target: { type: 'policy_version', id: String(number) },
      details: {
        effectiveFrom,
        material: input.material,
        bannerRevision,
        notified,
        gaps: draft.gaps.map((g) => g.kind),
        override: draft.gaps.length > 0,
      },
      requestId: who.requestId,
    })
    return this.version(trx, number)
  }

  /**
   * Publishes in a transaction of its own. An override the role may not make rolls back, and is then
   * recorded in the audit log as denied (like any refused right).
   */
  async publishAudited(db: Kysely<DB>, input: PublishInput, who: Who): Promise<Version> {
    try {
      return await db.transaction().execute((trx) => this.publish(trx, input, who))
    } catch (error) {
      if (error instanceof VernError && error.code === 'forbidden')
        await this.ctx.audit.append(db, {
          actor: who.actor,
          action: 'policy.override_denied',
          target: { type: 'policy', id: 'draft' },
          outcome: 'denied',
          details: { role: who.role },
          requestId: who.requestId,
        })
      throw error
    }
  }

  /**
   * Publishes the banner revision of material versions that took effect since they were published
   * (one revision for all that are due, naming the newest). Returns how many versions it covered.
   */
  async publishDueRevisions(db: Kysely<DB>): Promise<number> {
    return db.transaction().execute(async (trx) => {
      await repo.lockPublication(trx)
      const due = await repo.materialDue(trx, await this.today(trx))
      const newest = due.at(-1)
      if (newest === undefined) return 0
      const actor: Actor = { type: 'system', id: 'policy' }
      const snapshot = await consentOf(this.ctx).config.update(trx, { policyVersion: String(newest) }, actor)
      await repo.setBannerRevision(trx, due, snapshot.revision)
      await this.ctx.audit.append(trx, {
        actor,
        action: 'policy.banner_revision',
        target: { type: 'policy_version', id: String(newest) },
        details: { versions: due.map(String), bannerRevision: snapshot.revision },
      })
      return due.length
    })
  }

  /** Mails each person with an active e-mail permission, through the marketing send check (unsubscribe link included). */
  async #notify(trx: Executor, number: number, effectiveFrom: string, who: Who): Promise<number> {
    const subjects = new SubjectService(this.ctx.audit, this.ctx.vault, this.ctx.clock, this.ctx.organisation)
    const subscriptions = this.subscriptions()
    const org = await this.ctx.organisation.get(trx)
    let sent = 0
    for (const row of await repo.emailSubscribers(trx)) {
      const person = await subjects.get(trx, row.subject_id, who)
      if (!person.email) continue
      const language = (LANGUAGES as readonly string[]).includes(row.language)
        ? (row.language as Language)
        : org.defaultLanguage
      const words = policyNoticeWords(language, {
        org: org.legalName ?? this.ctx.config.publicUrl.hostname,
        effectiveFrom,
        url: new URL(`/privacy/policy/versions/${number}?lang=${language}`, this.ctx.config.publicUrl).href,
      })
      const id = await subscriptions.sendMarketingMail(
        trx,
        { subjectId: row.subject_id, to: person.email, purpose: row.purpose, ...words },
        who,
      )
      if (id) sent++
    }
    return sent
  }

  async versions(db: Executor): Promise<VersionSummary[]> {
    return (await repo.listVersions(db)).map(toSummary)
  }

  async version(db: Executor, number: number): Promise<Version> {
    const row = await repo.findVersion(db, number)
    if (!row) throw notFound('The policy version')
    return toVersion(row)
  }

  /** The version in force today, or null before the first one takes effect. */
  async current(db: Executor): Promise<Version | null> {
    const row = await repo.versionInForce(db, await this.today(db))
    return row ? toVersion(row) : null
  }

  /** What changed from one version to another (or to the draft, when `to` is null), in one language. */
  async diff(
    db: Executor,
    from: number,
    to: number | null,
    language: Language,
  ): Promise<{ from: number; to: number | null; changes: Change[]; lines: DiffLine[] }> {
    const before = await this.version(db, from)
    const after = to === null ? await this.draft(db) : await this.version(db, to)
    const a = { facts: before.facts, document: before.documents[language] }
    const b = { facts: after.facts, document: after.documents[language] }
    return {
      from,
      to,
      changes: summarizeChanges(a, b),
      lines: lineDiff(documentText(a.document), documentText(b.document)),
    }
  }

  /** Records a review that found nothing to change; the yearly clock starts again. */
  async review(trx: Executor, note: string | null, actor: Actor, requestId?: string): Promise<ReviewStatus> {
    const latest = await repo.latestVersion(trx)
    if (!latest) throw new VernError('conflict', 'Publish the policy before recording a review')
    const id = uuidv7()
    await repo.insertReview(trx, {
      id,
      reviewed_at: this.ctx.clock.now().toISOString(),
      reviewed_by_type: actor.type,
      reviewed_by: actor.id ?? null,
      version_number: latest.number,
      note: note?.trim() || null,
      reminded_at: null,
    })
    await this.ctx.audit.append(trx, {
      actor,
      action: 'policy.review',
      target: { type: 'policy_version', id: String(latest.number) },
      details: { review: id },
      requestId,
    })
    return this.reviewStatus(trx)
  }

  async reviewStatus(db: Executor): Promise<ReviewStatus> {
    const last = await repo.latestReview(db)
    if (!last)
      return { lastReviewedAt: null, lastReviewedOn: null, dueOn: null, overdue: false, published: false }
    // The day of the review where the organisation is: 23:30 UTC on 31 December is New Year's Day in Oslo.
    const lastReviewedOn = await this.dayOf(db, new Date(last.reviewed_at))
    const dueOn = addMonths(lastReviewedOn, REVIEW_MONTHS)
    return {
      lastReviewedAt: last.reviewed_at,
      lastReviewedOn,
      dueOn,
      overdue: (await this.today(db)) >= dueOn,
      published: true,
    }
  }

  /** The yearly reminder: mails the owners and DPOs once per review cycle when the review is due. */
  async remind(db: Kysely<DB>): Promise<number> {
    const last = await repo.latestReview(db)
    if (!last || last.reminded_at) return 0
    const status = await this.reviewStatus(db)
    if (!status.overdue || !status.dueOn) return 0
    const dueOn = status.dueOn
    const org = await this.ctx.organisation.get(db)
    const link = new URL('/admin/policy', this.ctx.config.publicUrl).href
    return db.transaction().execute(async (trx) => {
      if (!(await repo.markReminded(trx, last.id, this.ctx.clock.now().toISOString()))) return 0
      const people = await repo.reviewers(trx)
      for (const user of people) {
        const language = user.locale && isAdminLanguage(user.locale) ? user.locale : org.defaultLanguage
        await this.ctx.mail.enqueue(trx, {
          template: 'policy-review',
          language,
          message: {
            to: user.email,
            ...policyReminderMail(language, {
              org: org.legalName ?? this.ctx.config.publicUrl.hostname,
              lastReviewed: await this.dayOf(trx, new Date(last.reviewed_at)),
              link,
            }),
          },
        })
      }
      await this.ctx.audit.append(trx, {
        actor: { type: 'system', id: 'policy' },
        action: 'policy.review_reminder',
        target: { type: 'policy_review', id: last.id },
        details: { recipients: people.map((p) => p.id), dueOn },
      })
      return people.length
    })
  }
}

/** A real day of the calendar as YYYY-MM-DD: the admin form reaches here without the API's schema. */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

function toSummary(row: Omit<repo.VersionRow, 'facts' | 'documents'>): VersionSummary {
  return {
    number: row.number,
    effectiveFrom: row.effective_from,
    publishedAt: row.published_at,
    material: row.material === 1,
    note: row.note,
    gaps: JSON.parse(row.gaps) as Gap[],
    overrideReason: row.override_reason,
    bannerRevision: row.banner_revision,
    notified: row.notified,
  }
}

function toVersion(row: repo.VersionRow): Version {
  return {
    ...toSummary(row),
    facts: JSON.parse(row.facts) as PolicyFacts,
    documents: JSON.parse(row.documents) as Record<Language, PolicyDocument>,
  }
}
