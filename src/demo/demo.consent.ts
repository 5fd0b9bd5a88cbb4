import type { Kysely } from 'kysely'
import type { Actor } from '../auth/principal.js'
import { ManualClock } from '../clock.js'
import { ConsentConfigService } from '../consent/consent.config.js'
import { ConsentLedger } from '../consent/consent.ledger.js'
import { CONSENT_METHODS, type ConsentMethod } from '../consent/consent.schema.js'
import type { Executor } from '../db/database.js'
import type { DB } from '../db/schema.js'
import type { AppContext } from '../http/context.js'
import {
  BANNER_SERVICES,
  bannerLiveAt,
  chatAddedAt,
  type DemoBannerService,
  LATER_SERVICE,
  type PlannedChoice,
} from './consent.plan.js'
import type { SystemKey } from './nordlys.recipients.js'

export interface ConsentCounts {
  /** Banner services the demo added (none that were already configured under the same key). */
  services: number
  /** The banner revision the last choices were made on. */
  revision: number
  choices: number
  /** Calendar days with at least one choice. */
  days: number
  methods: Record<ConsentMethod, number>
  /** Choices made by signed-in customers, so linked to them by a keyed hash of their customer id. */
  signedIn: number
}

/**
 * The demo's banner and its history, written through the consent services themselves: the services
 * through the configuration service (each publishes a revision), every choice through the ledger (so
 * the chain verifies). Both run on a clock of their own that the demo sets to each synthetic moment;
 * the public endpoint and its clock are not involved.
 */
export class DemoConsent {
  readonly #clock = new ManualClock()
  readonly #config: ConsentConfigService
  readonly #ledger: ConsentLedger
  /** Which revision the banner showed from when, oldest first. */
  #revisions: Array<{ from: number; revision: number }> = []

  constructor(ctx: Pick<AppContext, 'keys' | 'vault' | 'audit'>) {
    this.#config = new ConsentConfigService(this.#clock, ctx.audit)
    this.#ledger = new ConsentLedger(ctx.keys, ctx.vault, this.#clock, this.#config)
  }

  /**
   * Statistics and the ads pixel from when the banner went live, the chat 12 days ago; a service whose
   * key is already configured is left as it is. Answers how many services it added.
   */
  async setUpBanner(
    trx: Executor,
    systemIds: ReadonlyMap<SystemKey, string>,
    actor: Actor,
    today: Date,
  ): Promise<number> {
    const existing = new Set((await this.#config.listServices(trx)).map((s) => s.key))
    const add = async (s: DemoBannerService) =>
      (
        await this.#config.addService(
          trx,
          { key: s.key, category: s.category, name: s.name, systemId: systemIds.get(s.system) ?? null },
          actor,
        )
      ).revision
    let added = 0
    this.#clock.set(bannerLiveAt(today))
    let revision = (await this.#config.current(trx)).revision
    for (const s of BANNER_SERVICES)
      if (!existing.has(s.key)) {
        revision = await add(s)
        added++
      }
    this.#revisions = [{ from: Number.NEGATIVE_INFINITY, revision }]
    if (!existing.has(LATER_SERVICE.key)) {
      const from = chatAddedAt(today).getTime()
      this.#clock.set(new Date(from))
      this.#revisions.push({ from, revision: await add(LATER_SERVICE) })
      added++
    }
    return added
  }

  /** Appends the planned choices (in time order) to the ledger, one transaction a day. */
  async writeHistory(db: Kysely<DB>, plan: readonly PlannedChoice[]): Promise<ConsentCounts> {
    // Published revisions are kept once read outside a transaction, so no choice reads one again.
    for (const r of this.#revisions) await this.#config.revision(db, r.revision)
    const counts: ConsentCounts = {
      services: 0,
      revision: this.#revisions.at(-1)?.revision ?? 1,
      choices: 0,
      days: 0,
      methods: Object.fromEntries(CONSENT_METHODS.map((m) => [m, 0])) as Record<ConsentMethod, number>,
      signedIn: 0,
    }
    let day: PlannedChoice[] = []
    const flush = async () => {
      if (day.length === 0) return
      const choices = day
      day = []
      await db.transaction().execute(async (trx) => {
        for (const c of choices) {
          this.#clock.set(c.at)
          await this.#ledger.record(trx, { ...c.post, revision: this.#revisionAt(c.at) }, c.facts)
        }
      })
      counts.days++
      for (const c of choices) {
        counts.choices++
        counts.methods[c.post.method]++
        if (c.post.person) counts.signedIn++
      }
    }
    for (const c of plan) {
      const first = day[0]
      if (first && first.at.toISOString().slice(0, 10) !== c.at.toISOString().slice(0, 10)) await flush()
      day.push(c)
    }
    await flush()
    return counts
  }

  #revisionAt(at: Date): number {
    let revision = this.#revisions[0]?.revision ?? 1
    for (const r of this.#revisions) if (r.from <= at.getTime()) revision = r.revision
    return revision
  }
}
