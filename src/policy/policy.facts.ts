import type { Category } from '../consent/consent.text.js'
import { consentOf } from '../consent/services.js'
import { hasSpecialCategory } from '../datamap/activity.rules.js'
import type { Retention } from '../datamap/activity.schema.js'
import { isThirdCountry } from '../datamap/countries.js'
import { dataMapOf } from '../datamap/services.js'
import type { Executor } from '../db/database.js'
import type { AppContext } from '../http/context.js'
import type { Language } from '../i18n/languages.js'
import { retentionServices } from '../retention/index.js'
import type { ClockStart, PeriodUnit, RetentionAction } from '../retention/retention.dates.js'
import type { PresetKey } from '../retention/retention.presets.js'
import { countActive } from '../subscriptions/subscription.repository.js'
import type { Channel } from '../subscriptions/subscription.schema.js'
import type { TaxonomyKind } from '../taxonomy/taxonomy.service.js'

/** A taxonomy key with its names in the languages where known. */
export interface Label {
  key: string
  name: string
  labels: Partial<Record<Language, string>>
}

export interface ActivityFacts {
  id: string
  name: string
  purpose: string
  dataUse: Label
  /** '' when missing (data written before the data map validated it, or by hand). */
  legalBasis: string
  legitimateInterest: string | null
  specialCategoryCondition: string | null
  special: boolean
  dataCategories: Label[]
  dataSubjects: Label[]
  source: string | null
  requirement: string | null
  requirementConsequence: string | null
  automatedDecisions: boolean
  automatedDecisionsDescription: string | null
  recipientIds: string[]
  transfers: Array<{ country: string; safeguard: string; recipientId: string }>
  retention: Retention
}

export interface RecipientFacts {
  id: string
  name: string
  role: string
  /** '' when missing. */
  country: string
  description: string | null
  transferSafeguard: string | null
  parentId: string | null
}

export interface RuleFacts {
  id: string
  name: string
  dataCategories: Label[]
  activityIds: string[]
  clockStart: ClockStart
  period: { value: number; unit: PeriodUnit; toCalendarYearEnd: boolean }
  action: RetentionAction
  legalGround: string
  preset: PresetKey | null
}

/**
 * Everything the policy is written from, in no language: the organisation, the data map, retention,
 * the cookie banner and the marketing practice. Stored with each version, so the diff can say what
 * changed in the facts and not only in the words.
 */
export interface PolicyFacts {
  organisation: {
    legalName: string | null
    registrationNumber: string | null
    vatNumber: string | null
    country: string | null
    address: { street: string | null; postalCode: string | null; city: string | null }
    email: string | null
    phone: string | null
    dpo: { name: string; email: string; phone: string | null } | null
    authority: { name: string; englishName: string; address: string; web: string; email: string } | null
    /** Required profile fields that are empty (the organisation's own list). */
    missing: string[]
    website: string | null
  }
  activities: ActivityFacts[]
  recipients: RecipientFacts[]
  retentionRules: RuleFacts[]
  cookies: {
    bannerRevision: number
    services: Array<{ key: string; category: Category; name: string }>
    categories: Record<Language, Record<Category, { name: string; description: string }>>
  }
  marketing: { channels: Channel[] }
}

/** Reads the facts from Vern's own data (read only: nothing here writes, except the banner's defaults on first use). */
export async function gatherFacts(ctx: AppContext, db: Executor): Promise<PolicyFacts> {
  const map = dataMapOf(ctx)
  const org = await ctx.organisation.get(db)
  const activities = await map.activities.list(db)
  const processors = await map.processors.list(db)
  const rules = await retentionServices(ctx).rules.list(db)
  const banner = await consentOf(ctx).config.current(db)
  const active = await countActive(db)

  const labelsOf = async (kind: TaxonomyKind, keys: string[]) => {
    const found = await ctx.taxonomy.lookup(db, kind, [...new Set(keys)])
    return (key: string): Label => {
      const item = found.get(key)
      return { key, name: item?.name ?? key, labels: item?.labels ?? {} }
    }
  }
  const categoryKeys = [
    ...activities.flatMap((a) => a.dataCategories),
    ...rules.flatMap((r) => r.dataCategories),
  ]
  const category = await labelsOf('data_category', categoryKeys)
  const subject = await labelsOf(
    'data_subject',
    activities.flatMap((a) => a.dataSubjects),
  )
  const use = await labelsOf(
    'data_use',
    activities.map((a) => a.dataUse),
  )

  const categories = {} as PolicyFacts['cookies']['categories']
  for (const [lang, texts] of Object.entries(banner.texts) as Array<[Language, (typeof banner.texts)['en']]>)
    categories[lang] = texts.categories

  return {
    organisation: {
      legalName: org.legalName,
      registrationNumber: org.registrationNumber,
      vatNumber: org.vatNumber,
      country: org.country,
      address: { ...org.address },
      email: org.contactEmail,
      phone: org.contactPhone,
      dpo: org.dpo ? { ...org.dpo } : null,
      authority: org.supervisoryAuthority
        ? {
            name: org.supervisoryAuthority.name,
            englishName: org.supervisoryAuthority.englishName,
            address: org.supervisoryAuthority.address,
            web: org.supervisoryAuthority.web,
            email: org.supervisoryAuthority.email,
          }
        : null,
      missing: [...org.missing],
      website: org.bannerOrigins[0] ?? null,
    },
    activities: activities.map((a) => ({
      id: a.id,
      name: a.name,
      purpose: a.purpose,
      dataUse: use(a.dataUse),
      legalBasis: a.legalBasis ?? '',
      legitimateInterest: a.legitimateInterest,
      specialCategoryCondition: a.specialCategoryCondition,
      special: hasSpecialCategory(a.dataCategories),
      dataCategories: a.dataCategories.map(category),
      dataSubjects: a.dataSubjects.map(subject),
      source: a.source,
      requirement: a.requirement,
      requirementConsequence: a.requirementConsequence,
      automatedDecisions: a.automatedDecisions,
      automatedDecisionsDescription: a.automatedDecisionsDescription,
      recipientIds: a.recipientIds,
      transfers: a.transfers.map((t) => ({ ...t })),
      retention: a.retention,
    })),
    recipients: processors.map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      country: p.country ?? '',
      description: p.description,
      transferSafeguard: p.transferSafeguard,
      parentId: p.parentId,
    })),
    retentionRules: rules.map((r) => ({
      id: r.id,
      name: r.name,
      dataCategories: r.dataCategories.map(category),
      activityIds: r.activityIds,
      clockStart: r.clockStart,
      period: { ...r.period },
      action: r.action,
      legalGround: r.legalGround,
      preset: r.preset,
    })),
    cookies: {
      bannerRevision: banner.revision,
      services: banner.services.map((s) => ({ key: s.key, category: s.category, name: s.name })),
      categories,
    },
    marketing: {
      channels: [
        ...new Set(
          active.filter((r) => r.status === 'active' && r.count > 0).map((r) => r.channel as Channel),
        ),
      ],
    },
  }
}

/** The recipients that sit outside the EU/EEA (a transfer under chapter V). */
export function thirdCountryRecipients(facts: PolicyFacts): RecipientFacts[] {
  return facts.recipients.filter((r) => r.country !== '' && isThirdCountry(r.country))
}

/** The name of a taxonomy item in a language: its label there, else English, else its own name. */
export function labelIn(label: Label, language: Language): string {
  return label.labels[language] ?? label.labels.en ?? label.name
}
