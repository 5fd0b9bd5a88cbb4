import { randomBytes } from 'node:crypto'
import type { Transaction } from 'kysely'
import type { Actor } from '../auth/principal.js'
import { dataMapOf } from '../datamap/services.js'
import type { DB } from '../db/schema.js'
import { conflict } from '../errors.js'
import type { AppContext } from '../http/context.js'
import { policyOf } from '../policy/index.js'
import { retentionServices } from '../retention/index.js'
import type { Who } from '../subjects/subject.access.js'
import { SubjectService } from '../subjects/subject.service.js'
import { planConsentHistory } from './consent.plan.js'
import { type ConsentCounts, DemoConsent } from './demo.consent.js'
import { type DataMapCounts, writeDataMap } from './demo.datamap.js'
import { DemoMarketing, type MarketingCounts } from './demo.marketing.js'
import { existingData, lockOrganisation } from './demo.repository.js'
import { PermissionPlanner, type PlannedPermission } from './marketing.plan.js'
import { DEMO_OWNER_EMAIL, NORDLYS_ORGANISATION } from './nordlys.organisation.js'
import { writeRetentionRules } from './nordlys.retention.js'
import { Random } from './random.js'
import { type PlannedPerson, planCompanies, planPeople } from './register.plan.js'

/** Who the audit log names for everything the demo writes: the system, as `demo`. */
export const DEMO_ACTOR: Actor = { type: 'system', id: 'demo' }

/** People written per transaction: large enough to be quick, small enough not to hold the lock long. */
const BATCH = 250
const PROGRESS_EVERY = 25

export interface DemoOptions {
  customers: number
  seed: number
  /** The owner account to create when there is none; default owner@nordlys.example. */
  ownerEmail?: string | undefined
  /** Called as people are written: how many so far, of how many. */
  progress?: (done: number, total: number) => void
}

export interface RegisterCounts {
  people: number
  customers: number
  prospects: number
  formerCustomers: number
  contacts: number
  companies: number
  interactions: number
}

export interface DemoResult {
  organisation: { name: string; kept: boolean }
  /** The owner account created, with its password (shown once), or the e-mail of the owner there was. */
  owner: { email: string; password: string | null }
  dataMap: DataMapCounts
  register: RegisterCounts
  consent: ConsentCounts
  marketing: MarketingCounts
  retentionRules: number
  /** The privacy policy published from it all, or, when a kept profile leaves gaps, how many. */
  policy: { version: number | null; gaps: number }
  ms: number
}

/** The banner history and the permissions draw from streams of their own, so the register stays as it was. */
const CONSENT_STREAM = 0x636f6e73
const MARKETING_STREAM = 0x6d61726b

/**
 * Fills an empty instance with Nordlys Webshop ApS: its profile, an owner account if there is none, its
 * data map, a register of synthetic customers drawn from `seed`, the cookie banner's services with 30 days
 * of choices in the consent ledger, newsletter permissions of some of the customers, retention rules for
 * every data category, and the first version of the privacy policy written from all that. Refuses (409,
 * nothing written) when the instance already has people, activities, systems, processors or consents.
 */
export async function runDemo(ctx: AppContext, o: DemoOptions): Promise<DemoResult> {
  const started = performance.now()
  const now = ctx.clock.now()
  // Dates are drawn back from today's start, so a rerun on the same day gives the same register.
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  const random = new Random(o.seed)
  const subjects = new SubjectService(ctx.audit, ctx.vault, ctx.clock, ctx.organisation)
  const who: Who = { actor: DEMO_ACTOR, role: 'owner' }
  const consent = new DemoConsent(ctx)
  const marketing = new DemoMarketing(ctx, subjects)
  const permissions = new PermissionPlanner(new Random((o.seed ^ MARKETING_STREAM) >>> 0), now)
  /** Webshop ids of the customers with a permission-eligible account: some banner choices are theirs. */
  const customerIds: string[] = []

  const setup = await ctx.db.transaction().execute(async (trx) => {
    await lockOrganisation(trx)
    const found = await existingData(trx)
    if (found.length > 0)
      throw conflict(
        `This instance is not empty (it has ${found.join(', ')}); vern demo only fills an empty one. Point DATABASE_URL at a new database, e.g. DATABASE_URL=sqlite:./data/demo.db`,
      )
    const organisation = await ensureOrganisation(ctx, trx)
    const owner = await ensureOwner(ctx, trx, o.ownerEmail ?? DEMO_OWNER_EMAIL)
    const dataMap = await writeDataMap(trx, dataMapOf(ctx), DEMO_ACTOR, today)
    const retentionRules = await writeRetentionRules(
      trx,
      retentionServices(ctx).rules,
      dataMap.activityIds,
      DEMO_ACTOR,
    )
    const bannerServices = await consent.setUpBanner(trx, dataMap.systemIds, DEMO_ACTOR, today)
    const companyIds: string[] = []
    for (const company of planCompanies(random, o.customers, today))
      companyIds.push((await subjects.create(trx, company, 'demo', who)).id)
    return { organisation, owner, dataMap: dataMap.counts, retentionRules, bannerServices, companyIds }
  })

  const register: RegisterCounts = {
    people: 0,
    customers: 0,
    prospects: 0,
    formerCustomers: 0,
    contacts: 0,
    companies: setup.companyIds.length,
    interactions: 0,
  }
  const write = async (batch: Planned[]) => {
    await subjects.write(ctx.db, who, null, async (trx) => {
      for (const [i, { person, permission }] of batch.entries()) {
        const id = await writePerson(subjects, trx, who, person, setup.companyIds)
        if (permission) await marketing.give(trx, id, permission, who)
        if ((i + 1) % PROGRESS_EVERY === 0) o.progress?.(register.people + i + 1, o.customers)
      }
    })
    for (const { person, permission } of batch) {
      count(register, person)
      if (permission) marketing.count(permission)
    }
    o.progress?.(register.people, o.customers)
  }
  let batch: Planned[] = []
  for (const person of planPeople(random, o.customers, setup.companyIds.length, today)) {
    batch.push({ person, permission: permissions.plan(person) })
    const webshopId = person.input.externalIds?.[0]?.id
    if (webshopId && PermissionPlanner.eligible(person)) customerIds.push(webshopId)
    if (batch.length === BATCH) {
      await write(batch)
      batch = []
    }
  }
  if (batch.length > 0) await write(batch)

  const origin = NORDLYS_ORGANISATION.bannerOrigins?.[0] ?? 'https://nordlys.example'
  const history = planConsentHistory(
    new Random((o.seed ^ CONSENT_STREAM) >>> 0),
    o.customers,
    customerIds,
    origin,
    now,
  )
  const choices = await consent.writeHistory(ctx.db, history)
  const policy = await publishPolicy(ctx, who)

  return {
    organisation: setup.organisation,
    owner: setup.owner,
    dataMap: setup.dataMap,
    register,
    consent: { ...choices, services: setup.bannerServices },
    marketing: marketing.counts,
    retentionRules: setup.retentionRules,
    policy,
    ms: Math.round(performance.now() - started),
  }
}

/** A person to write, with the newsletter permission they gave, if any. */
interface Planned {
  person: PlannedPerson
  permission: PlannedPermission | null
}

/**
 * Publishes the first privacy policy, written from everything above (the marketing section needs the
 * permissions, so it comes last), in force today and not a material change: the banner keeps its
 * revision. A profile the owner kept may leave gaps; then nothing is published and no gap overridden.
 */
async function publishPolicy(ctx: AppContext, who: Who): Promise<DemoResult['policy']> {
  const policy = policyOf(ctx)
  return ctx.db.transaction().execute(async (trx) => {
    const { gaps } = await policy.draft(trx)
    if (gaps.length > 0) return { version: null, gaps: gaps.length }
    const version = await policy.publish(
      trx,
      { material: false, note: 'Første version, skrevet af vern demo ud fra demodataene.' },
      who,
    )
    return { version: version.number, gaps: 0 }
  })
}

/** The Nordlys profile, unless the owner has already completed a profile of their own. */
async function ensureOrganisation(
  ctx: AppContext,
  trx: Transaction<DB>,
): Promise<DemoResult['organisation']> {
  const current = await ctx.organisation.get(trx)
  if (current.setupComplete) return { name: current.legalName ?? '', kept: true }
  const updated = await ctx.organisation.update(trx, NORDLYS_ORGANISATION, DEMO_ACTOR)
  return { name: updated.legalName ?? '', kept: false }
}

/** An active owner if there is one; otherwise a new owner with a random password, returned once. */
async function ensureOwner(
  ctx: AppContext,
  trx: Transaction<DB>,
  email: string,
): Promise<DemoResult['owner']> {
  const existing = (await ctx.users.list(trx)).find((u) => u.role === 'owner' && !u.disabled)
  if (existing) return { email: existing.email, password: null }
  const password = randomBytes(18).toString('base64url')
  const name = email.split('@')[0] || 'owner'
  const user = await ctx.users.create(trx, { email, name, role: 'owner', password }, DEMO_ACTOR)
  return { email: user.email, password }
}

/** One person through the register's service: created, their interactions, then the end of a relationship. */
async function writePerson(
  subjects: SubjectService,
  trx: Transaction<DB>,
  who: Who,
  person: PlannedPerson,
  companyIds: readonly string[],
): Promise<string> {
  const companyId = person.company === null ? null : (companyIds[person.company] ?? null)
  const input = companyId ? { ...person.input, companyId } : person.input
  const { id } = await subjects.create(trx, input, 'demo', who)
  for (const interaction of person.interactions) await subjects.addInteraction(trx, id, interaction, who)
  if (person.endedAt)
    await subjects.update(
      trx,
      id,
      { relationship: 'former_customer', relationshipEndedAt: person.endedAt },
      who,
    )
  return id
}

function count(c: RegisterCounts, person: PlannedPerson): void {
  c.people++
  c.interactions += person.interactions.length
  if (person.company !== null) c.contacts++
  const ordered = person.interactions.some((i) => i.kind === 'order' || i.kind === 'invoice')
  if (person.endedAt) c.formerCustomers++
  else if (person.input.relationship === 'customer' || ordered) c.customers++
  else c.prospects++
}
