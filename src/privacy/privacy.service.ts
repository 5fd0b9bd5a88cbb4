import type { Logger } from 'pino'
import type { AuditLog } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import type { Vault } from '../crypto/vault.js'
import type { Database, Executor } from '../db/database.js'
import { isLanguage, type Language } from '../i18n/languages.js'
import type { MailService } from '../mail/mail.service.js'
import { manageSubscriptionsMail } from '../mail/templates/privacy-mail.js'
import type { OrganisationService } from '../organisation/organisation.service.js'
import type { Subscription } from '../subscriptions/subscription.schema.js'
import type { SubscriptionService } from '../subscriptions/subscription.service.js'
import * as repo from './privacy.repository.js'
import { findLink, issueLink } from './privacy.tokens.js'

/** The mailed link works for 24 hours. */
export const LINK_TTL_MS = 24 * 60 * 60 * 1000
/** At most this many links per person and hour, so the form cannot be used to flood someone's inbox. */
const LINKS_PER_HOUR = 3
/** The privacy center acts as the system, on behalf of whoever holds the link. */
const ACTOR: Actor = { type: 'system', id: 'privacy-center' }
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** What the mailed link opens: the permissions of the person (and anyone sharing the address). */
export interface ManagedPermissions {
  language: Language
  permissions: Subscription[]
}

export type Withdrawal = { language: Language; target: 'all' | 'one'; changed: boolean }

/**
 * The privacy center's marketing part (P8, P14): a person asks for a link by e-mail address and, from
 * the mail, sees and withdraws their marketing permissions. The answer to the request never shows
 * whether the address is known: the look-up and the mail happen after the answer is sent.
 */
export class PrivacyCenterService {
  readonly #pending = new Set<Promise<void>>()
  #queue: Promise<void> = Promise.resolve()

  constructor(
    private readonly deps: {
      database: Database
      vault: Vault
      clock: Clock
      audit: AuditLog
      mail: MailService
      organisation: OrganisationService
      subscriptions: SubscriptionService
      publicUrl: URL
      log: Logger
    },
  ) {}

  /** Whether the text looks like an e-mail address; the page says so before anything is looked up. */
  static plausibleEmail(email: string): boolean {
    return email.length <= 254 && EMAIL.test(email.trim())
  }

  /**
   * Sends the link when the address holds marketing permissions, after the caller has answered: the
   * same work is scheduled for every address, and the answer does not wait for it.
   */
  requestLink(email: string, requestId: string): void {
    // One at a time: the hourly limit per person then holds however fast the requests come.
    const work = this.#queue
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => this.#sendLink(email, requestId))
      .catch((error: unknown) => this.deps.log.error({ err: error, requestId }, 'privacy link failed'))
      .finally(() => this.#pending.delete(work))
    this.#queue = work
    this.#pending.add(work)
  }

  /** Resolves when every requested link has been handled (for shutdown and tests). */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending])
  }

  async #sendLink(email: string, requestId: string): Promise<void> {
    const { vault, clock, database } = this.deps
    const emailHash = vault.blindIndex('email', email.trim().toLowerCase())
    const sent = await database.db.transaction().execute(async (trx) => {
      const people = await repo.peopleWithEmail(trx, emailHash)
      const languages = await repo.heldPermissionLanguages(trx, people)
      const now = clock.now()
      const hourAgo = new Date(now.getTime() - 60 * 60 * 1000).toISOString()
      const [owner] = people
      if (!owner || languages.length === 0) return false
      if ((await repo.linksIssuedSince(trx, people, hourAgo)) >= LINKS_PER_HOUR) return false
      const language = languages.find(isLanguage) ?? (await this.deps.organisation.get(trx)).defaultLanguage
      const token = await issueLink(trx, vault, {
        subjectId: owner,
        language,
        now,
        expiresAt: new Date(now.getTime() + LINK_TTL_MS),
      })
      const link = new URL(`/privacy/subscriptions/${token}`, this.deps.publicUrl).href
      const org = await this.#orgName(trx)
      const mailId = await this.deps.mail.enqueue(trx, {
        template: 'privacy-manage-link',
        language,
        keyOwner: owner,
        message: { to: email.trim(), ...manageSubscriptionsMail(language, { org, link }) },
      })
      await this.deps.audit.append(trx, {
        actor: ACTOR,
        action: 'privacy.link_sent',
        target: { type: 'subject', id: owner },
        details: { subjects: people, mail: mailId },
        requestId,
      })
      return true
    })
    if (sent) this.deps.mail.kick()
  }

  /** The permissions a valid link opens, with the link's language; null for an unknown or expired link. */
  async open(db: Executor, token: string, requestId: string): Promise<ManagedPermissions | null> {
    const found = await findLink(db, this.deps.vault, token, this.deps.clock.now())
    if (!found) return null
    const permissions: Subscription[] = []
    for (const id of await repo.emailPeersOf(db, found.subject_id))
      permissions.push(
        ...(await this.deps.subscriptions.listForSubject(db, id, {
          actor: ACTOR,
          role: 'marketing',
          requestId,
        })),
      )
    permissions.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    return { language: found.language as Language, permissions }
  }

  /**
   * Withdraws one permission or all of them (all = unsubscribe: every permission off and the person's
   * addresses suppressed). Each action takes effect once; repeating it changes nothing. Null for an
   * unknown or expired link.
   */
  async withdraw(trx: Executor, token: string, target: string): Promise<Withdrawal | null> {
    const found = await findLink(trx, this.deps.vault, token, this.deps.clock.now())
    if (!found) return null
    const language = found.language as Language
    const { subscriptions } = this.deps
    if (target === 'all') {
      const withdrawn = await subscriptions.unsubscribeSubject(trx, found.subject_id, 'privacy_center', ACTOR)
      return { language, target: 'all', changed: withdrawn > 0 }
    }
    const people = await repo.emailPeersOf(trx, found.subject_id)
    const changed = await subscriptions.withdraw(trx, target, people, 'privacy_center', ACTOR)
    return { language, target: 'one', changed }
  }

  /** Deletes expired links (a scheduled job); answers how many. */
  async forgetExpired(): Promise<number> {
    return repo.deleteExpiredLinks(this.deps.database.db, this.deps.clock.now().toISOString())
  }

  async #orgName(db: Executor): Promise<string> {
    return (await this.deps.organisation.get(db)).legalName ?? this.deps.publicUrl.hostname
  }
}
