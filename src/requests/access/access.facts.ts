import type { Actor } from '../../auth/principal.js'
import { findRecordsOf } from '../../consent/consent.repository.js'
import type { ConsentRecord } from '../../consent/consent.schema.js'
import { consentOf } from '../../consent/services.js'
import { purposesByCategory } from '../../datamap/activity.coverage.js'
import type { RopaActivity } from '../../datamap/ropa.schema.js'
import { dataMapOf } from '../../datamap/services.js'
import type { Executor } from '../../db/database.js'
import { VernError } from '../../errors.js'
import type { AppContext } from '../../http/context.js'
import type { Language } from '../../i18n/languages.js'
import { PROFILE_FIELDS, type ProfileField, type Who } from '../../subjects/subject.access.js'
import {
  dataSubjectsOf,
  FIELD_CATEGORIES,
  INTERACTION_CATEGORIES,
} from '../../subjects/subject.categories.js'
import type { SubjectService } from '../../subjects/subject.service.js'
import type { Interaction, Subject } from '../../subjects/subject.view.js'
import type { Subscription } from '../../subscriptions/subscription.schema.js'
import type { SubscriptionService } from '../../subscriptions/subscription.service.js'
import { countInteractions, lastInteractionId, type PackageRow } from './access.repository.js'
import type { PackageSystem } from './access.systems.js'

export type PackageKind = 'access' | 'portability'

/**
 * The profile fields the person gave us themselves (Art. 20): not our staff's notes, not our own
 * customer numbers, not what a card processor derived from a payment.
 */
export const PROVIDED_FIELDS: readonly ProfileField[] = [
  'name',
  'email',
  'phone',
  'address',
  'billingAddress',
  'jobTitle',
  'workplace',
  'nationalIds',
  'companyNumber',
]

/** The newest interactions the report for people lists; the data files hold all of them. */
export const REPORT_INTERACTIONS = 200

/** One data category held about the person, with the fields in it. */
export interface HeldCategory {
  key: string
  label: string
  fields: Array<{ field: ProfileField; value: unknown }>
}

/** Everything a package is made of, read once when it is downloaded. Interactions are streamed separately. */
export interface PackageFacts {
  packageId: string
  requestId: string
  kind: PackageKind
  language: Language
  generatedAt: string
  organisation: {
    name: string
    country: string | null
    street: string | null
    postalCode: string | null
    city: string | null
    email: string | null
    phone: string | null
    registrationNumber: string | null
    dpo: { name: string; email: string; phone: string | null } | null
  }
  authority: { name: string; address: string; web: string; email: string } | null
  privacyUrl: string
  subject: Pick<
    Subject,
    | 'id'
    | 'relationship'
    | 'firstContactAt'
    | 'lastContactAt'
    | 'relationshipEndedAt'
    | 'source'
    | 'restricted'
    | 'erased'
  > | null
  categories: HeldCategory[]
  interactions: { total: number; byKind: Record<string, number>; upTo: string | null; recent: Interaction[] }
  purposes: Array<{ category: string; label: string; activities: RopaActivity[] }>
  consents: ConsentRecord[]
  subscriptions: Subscription[]
  /** Connected systems searched for an access package (filled in by the service, not here). */
  systems: PackageSystem[]
}

export interface FactSources {
  subjects: SubjectService
  subscriptions: SubscriptionService
}

/** Who reads the register for a package: Vern itself, with every field, each read audited. */
export const PACKAGE_READER: Actor = { type: 'system', id: 'access-package' }

/**
 * Reads what a package holds: the organisation and its authority, the person's profile (through the
 * register's service, audited), counts and the newest of their interactions, why each category is kept
 * (the data map), their consent choices and marketing permissions.
 */
export async function gatherFacts(
  ctx: AppContext,
  db: Executor,
  row: PackageRow,
  sources: FactSources,
  httpRequestId?: string,
): Promise<PackageFacts> {
  const language = row.language as Language
  const kind = row.kind as PackageKind
  const who: Who = { actor: PACKAGE_READER, role: 'owner', requestId: httpRequestId }
  const org = await ctx.organisation.get(db)
  const subject = row.subject_id ? await findSubject(sources.subjects, db, row.subject_id, who) : null
  const fields = kind === 'portability' ? PROVIDED_FIELDS : PROFILE_FIELDS
  const held = subject && !subject.erased ? fields.filter((f) => filled(subject[f])) : []
  const keys = [...new Set(held.map((f) => FIELD_CATEGORIES[f]))]

  const interactions: PackageFacts['interactions'] = { total: 0, byKind: {}, upTo: null, recent: [] }
  if (subject && !subject.erased && kind === 'access') {
    interactions.upTo = await lastInteractionId(db, subject.id)
    if (interactions.upTo) {
      const counts = await countInteractions(db, subject.id, interactions.upTo)
      interactions.byKind = Object.fromEntries(counts)
      interactions.total = [...counts.values()].reduce((a, b) => a + b, 0)
      interactions.recent = await sources.subjects.listInteractions(db, subject.id, who, REPORT_INTERACTIONS)
    }
  }
  const interactionKeys = Object.keys(interactions.byKind).map((k) => INTERACTION_CATEGORIES[k] ?? k)
  const allKeys = [...new Set([...keys, ...interactionKeys])]
  const labels = await ctx.taxonomy.lookup(db, 'data_category', allKeys)
  const label = (key: string) => {
    const item = labels.get(key)
    return item ? (item.labels[language] ?? item.labels.en ?? item.name) : key
  }

  return {
    packageId: row.id,
    requestId: row.request_id,
    kind,
    language,
    generatedAt: ctx.clock.now().toISOString(),
    organisation: {
      name: org.legalName ?? ctx.config.publicUrl.hostname,
      country: org.country,
      street: org.address.street,
      postalCode: org.address.postalCode,
      city: org.address.city,
      email: org.contactEmail,
      phone: org.contactPhone,
      registrationNumber: org.registrationNumber,
      dpo: org.dpo,
    },
    authority: org.supervisoryAuthority && {
      name: language === 'en' ? org.supervisoryAuthority.englishName : org.supervisoryAuthority.name,
      address: org.supervisoryAuthority.address,
      web: org.supervisoryAuthority.web,
      email: org.supervisoryAuthority.email,
    },
    privacyUrl: new URL('/privacy', ctx.config.publicUrl).toString(),
    subject: subject && {
      id: subject.id,
      relationship: subject.relationship,
      firstContactAt: subject.firstContactAt,
      lastContactAt: subject.lastContactAt,
      relationshipEndedAt: subject.relationshipEndedAt,
      source: subject.source,
      restricted: subject.restricted,
      erased: subject.erased,
    },
    categories: keys.map((key) => ({
      key,
      label: label(key),
      fields: held.filter((f) => FIELD_CATEGORIES[f] === key).map((f) => ({ field: f, value: subject?.[f] })),
    })),
    interactions,
    purposes:
      kind === 'access' && subject ? await purposesOf(ctx, db, language, subject, allKeys, label) : [],
    consents: await consentsOf(ctx, db, row, subject),
    subscriptions: subject ? await sources.subscriptions.listForSubject(db, subject.id, who) : [],
    systems: [],
  }
}

/** The person, or null when their record is gone from the register since the request was made. */
async function findSubject(
  subjects: SubjectService,
  db: Executor,
  id: string,
  who: Who,
): Promise<Subject | null> {
  try {
    return await subjects.get(db, id, who)
  } catch (error) {
    if (error instanceof VernError && error.code === 'not_found') return null
    throw error
  }
}

function filled(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false
  return !Array.isArray(value) || value.length > 0
}

/** The data map's activities covering each category for this kind of person, in the person's language. */
async function purposesOf(
  ctx: AppContext,
  db: Executor,
  language: Language,
  subject: Subject,
  categories: string[],
  label: (key: string) => string,
): Promise<PackageFacts['purposes']> {
  const map = dataMapOf(ctx)
  const [activities, ropa] = await Promise.all([map.activities.list(db), map.ropa.build(db, language)])
  const localised = new Map(ropa.activities.map((a) => [a.id, a]))
  return purposesByCategory(activities, categories, dataSubjectsOf(subject)).map((row) => ({
    category: row.category,
    label: label(row.category),
    activities: row.activities.flatMap((a) => {
      const found = localised.get(a.id)
      return found ? [found] : []
    }),
  }))
}

/**
 * The person's consent choices: found by the keyed hashes of their e-mail (the register's and the
 * request's) and of their customer numbers, as the banner recorded them. Newest first.
 */
async function consentsOf(
  ctx: AppContext,
  db: Executor,
  row: PackageRow,
  subject: Subject | null,
): Promise<ConsentRecord[]> {
  const refs = new Set<string>()
  if (row.email_hash) refs.add(row.email_hash)
  if (subject?.email) refs.add(ctx.vault.blindIndex('email', subject.email.trim().toLowerCase()))
  for (const e of subject?.externalIds ?? []) refs.add(ctx.vault.blindIndex('external_id', e.id))
  const ledger = consentOf(ctx).ledger
  const records: ConsentRecord[] = []
  for (const found of await findRecordsOf(db, [...refs], 500)) {
    const { record } = await ledger.proof(db, found.id)
    records.push({ ...record, at: new Date(record.at).toISOString() })
  }
  return records
}
