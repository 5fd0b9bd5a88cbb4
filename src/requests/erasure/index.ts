import type { Transaction } from 'kysely'
import type { Actor } from '../../auth/principal.js'
import type { Role } from '../../auth/roles.js'
import type { Executor } from '../../db/database.js'
import type { DB } from '../../db/schema.js'
import type { AppContext } from '../../http/context.js'
import { compileInput } from '../../http/validation.js'
import { normalizePhone, validateIdentifier } from '../../identifiers/index.js'
import type { StoredProfile } from '../../subjects/subject.access.js'
import { type LookupHash, profileHashes } from '../../subjects/subject.lookups.js'
import { NATIONAL_ID_KINDS, type SubjectPatch } from '../../subjects/subject.schema.js'
import { SubjectService } from '../../subjects/subject.service.js'
import { subscriptionServices } from '../../subscriptions/index.js'
import { ErasedIdentifiers, type ErasureReport } from './erasure.schema.js'
import { type ErasureListener, ErasureRunner } from './erasure.service.js'
import { anyErased } from './erasure-list.js'
import { SubjectRights } from './subject-rights.js'

const checkIdentifiers = compileInput<ErasedIdentifiers>(ErasedIdentifiers)

export { BOOKKEEPING_RULES, bookkeepingRule } from './bookkeeping.js'
export type { ErasedIdentifiers, ErasureReport } from './erasure.schema.js'
export type { ErasureListener } from './erasure.service.js'
export { renderErasureReport } from './erasure.text.js'
export { anyErased, refuseErased } from './erasure-list.js'

/**
 * Erasure with legal retention, restriction, rectification and objection to direct marketing
 * (issue 5). The request workflow calls these; each write is audited in the caller's transaction.
 */
export class ErasureService {
  readonly #runner: ErasureRunner
  readonly #rights: SubjectRights

  constructor(private readonly ctx: AppContext) {
    this.#runner = new ErasureRunner(ctx)
    const register = new SubjectService(ctx.audit, ctx.vault, ctx.clock, ctx.organisation)
    this.#rights = new SubjectRights(ctx, register, subscriptionServices(ctx).subscriptions)
  }

  /**
   * Erases the person for the request and answers what was deleted and kept. Idempotent: called again
   * for the same request (or after a crash) it carries on where it stopped, or answers the report.
   */
  async erase(input: { requestId: string; subjectId: string; actor: Actor }): Promise<ErasureReport> {
    return this.#runner.run(await this.#runner.start(input))
  }

  /** Records the erasure without running it; `resumePending` (or `erase`) carries it out. */
  plan(
    input: { requestId: string; subjectId: string; actor: Actor },
    within?: Transaction<DB>,
  ): Promise<string> {
    return this.#runner.start(input, within)
  }

  /** Finishes erasures cut off by a crash; called at start and by the scheduler. */
  resumePending(): Promise<number> {
    return this.#runner.resumePending()
  }

  /** The report of a finished erasure; null while it runs. */
  report(db: Executor, requestId: string): Promise<ErasureReport | null> {
    return this.#runner.report(db, requestId)
  }

  /** Adds work to the transaction that finishes an erasure (e.g. completing its request). */
  onFinished(listener: ErasureListener): void {
    this.#runner.onFinished(listener)
  }

  /** Restriction (Art. 18) on or off, with the reason; audited. */
  restrict(
    trx: Transaction<DB>,
    input: { subjectId: string; on: boolean; reason: string; actor: Actor; requestId?: string },
  ): Promise<void> {
    return this.#rights.restrict(trx, input)
  }

  /** Rectification (Art. 16) through the register, with the request id in the audit entry. */
  rectify(
    trx: Transaction<DB>,
    input: { subjectId: string; patch: SubjectPatch; requestId: string; actor: Actor; role?: Role },
  ): Promise<void> {
    return this.#rights.rectify(trx, input)
  }

  /** Objection to direct marketing (Art. 21(3)): honoured at once, every permission off and suppressed. */
  objectToMarketing(
    trx: Transaction<DB>,
    input: { subjectId: string | null; emailHash?: string; requestId: string; actor: Actor },
  ): Promise<void> {
    return this.#rights.objectToMarketing(trx, input)
  }

  /** Whether any of the identifiers belongs to an erased person. Unparseable ones match nothing. */
  async isOnErasureList(db: Executor, input: ErasedIdentifiers): Promise<boolean> {
    const checked = checkIdentifiers(input)
    if (!checked.ok) throw checked.error
    const identifiers = checked.value
    const country = (await this.ctx.organisation.get(db)).country
    const profile: Partial<StoredProfile> = { nationalIds: [], externalIds: [] }
    const hashes: LookupHash[] = []
    if (identifiers.email) profile.email = identifiers.email.trim().toLowerCase()
    if (identifiers.phone) {
      const phone = normalizePhone(identifiers.phone, country ?? undefined)
      if (phone.valid) profile.phone = phone.e164
    }
    const at = identifiers.customerId?.indexOf(':') ?? -1
    if (identifiers.customerId && at > 0)
      profile.externalIds?.push({
        system: identifiers.customerId.slice(0, at).toLowerCase(),
        id: identifiers.customerId.slice(at + 1).trim(),
      })
    if (identifiers.nationalId) {
      for (const kind of NATIONAL_ID_KINDS) {
        const r = validateIdentifier(kind, identifiers.nationalId, { now: this.ctx.clock.now() })
        if (r.valid) profile.nationalIds?.push({ kind, value: r.normalized })
      }
    }
    hashes.push(...profileHashes(this.ctx.vault, profile))
    return anyErased(db, hashes)
  }
}

/** The scheduler job that finishes erasures cut off by a crash (another instance's, or our own). */
export function registerErasureJobs(ctx: AppContext): void {
  const erasure = new ErasureService(ctx)
  ctx.scheduler.register({
    name: 'erasure.resume',
    schedule: '*/30 * * * * *',
    leaseMs: 60 * 60_000,
    run: async () => `finished ${await erasure.resumePending()}`,
  })
}

/** At start: finish what a crash cut off, without holding up the server; failures are logged. */
export function resumeErasuresAtStart(ctx: AppContext): void {
  new ErasureService(ctx)
    .resumePending()
    .then((n) => {
      if (n > 0) ctx.log.info({ erasures: n }, 'finished erasures cut off by a restart')
    })
    .catch((error: unknown) => ctx.log.error({ err: error }, 'could not resume erasures'))
}
