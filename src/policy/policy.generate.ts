import { CATEGORIES } from '../consent/consent.text.js'
import { countryName } from '../datamap/countries.js'
import type {
  LegalBasis,
  RecipientRole,
  Requirement,
  Safeguard,
  SpecialCondition,
} from '../datamap/datamap.schema.js'
import type { Language } from '../i18n/languages.js'
import { ADMIN_LANGUAGES } from '../i18n/languages.js'
import { PRIVACY_TEXT } from '../privacy/privacy.text.js'
import { PRESETS } from '../retention/retention.presets.js'
import { RETENTION_TEXT } from '../retention/retention.text.js'
import { type PolicyText, policyText, RIGHTS } from './i18n/index.js'
import type { Block, Inline, PolicyDocument, PolicySection, SectionKey } from './policy.document.js'
import {
  type ActivityFacts,
  labelIn,
  type PolicyFacts,
  type RuleFacts,
  thirdCountryRecipients,
} from './policy.facts.js'

/** Where the policy's links point: the public address of this Vern. */
export interface GenerateOptions {
  publicUrl: URL
}

/** Writes the privacy policy in one language from the facts. Pure: the same facts give the same words. */
export function generatePolicy(facts: PolicyFacts, language: Language, o: GenerateOptions): PolicyDocument {
  const t = policyText(language)
  const org = facts.organisation.legalName ?? t.controller.unnamed
  const url = (path: string) => new URL(path, o.publicUrl).href
  const w: Writer = { t, language, facts, url }
  const build: Record<SectionKey, () => Block[]> = {
    controller: () => controller(w, org),
    dpo: () => dpo(w),
    purposes: () => purposes(w),
    categories: () => categories(w),
    recipients: () => recipients(w),
    transfers: () => transfers(w),
    retention: () => retention(w),
    cookies: () => cookies(w),
    marketing: () => marketing(w),
    rights: () => rights(w),
    consent: () => consent(w),
    complaint: () => complaint(w),
    requirement: () => requirement(w),
    automated: () => automated(w),
    security: () => security(w),
    changes: () => changes(w),
  }
  const sections: PolicySection[] = (Object.keys(build) as SectionKey[]).map((key) => ({
    key,
    heading: t.sections[key],
    blocks: build[key](),
  }))
  return { language, title: t.title, intro: t.intro(org), sections }
}

interface Writer {
  t: PolicyText
  language: Language
  facts: PolicyFacts
  url: (path: string) => string
}

const p = (...content: Inline[]): Block => ({ type: 'p', content })
const list = (items: Inline[][]): Block => ({ type: 'list', items })
const term = (label: string, value: Inline | Inline[]): Inline[] => [
  `${label}: `,
  ...(Array.isArray(value) ? value : [value]),
]

function controller({ t, facts }: Writer, org: string): Block[] {
  const o = facts.organisation
  const address = [o.address.street, [o.address.postalCode, o.address.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ')
  const items: Inline[][] = []
  const numberName =
    o.country === 'DK' || o.country === 'NO' || o.country === 'SE' || o.country === 'FI'
      ? t.controller.registration[o.country]
      : t.controller.registration.other
  if (o.registrationNumber) items.push(term(numberName, o.registrationNumber))
  if (o.vatNumber) items.push(term(t.controller.vat, o.vatNumber))
  if (address) items.push(term(t.controller.address, address))
  if (o.email) items.push(term(t.controller.email, { text: o.email, href: `mailto:${o.email}` }))
  if (o.phone) items.push(term(t.controller.phone, o.phone))
  return [p(t.controller.is(org)), ...(items.length > 0 ? [list(items)] : [])]
}

function dpo({ t, facts }: Writer): Block[] {
  const d = facts.organisation.dpo
  if (!d) return [p(t.dpo.none)]
  const items: Inline[][] = [term(t.controller.email, { text: d.email, href: `mailto:${d.email}` })]
  if (d.phone) items.push(term(t.controller.phone, d.phone))
  return [p(t.dpo.designated(d.name)), list(items)]
}

function basisWords(t: PolicyText, a: ActivityFacts): string {
  return a.legalBasis in t.legalBases ? t.legalBases[a.legalBasis as LegalBasis] : t.missingBasis
}

function recipientNames(w: Writer, ids: string[]): string[] {
  return ids.flatMap((id) => {
    const r = w.facts.recipients.find((x) => x.id === id)
    return r ? [r.name] : []
  })
}

function purposes(w: Writer): Block[] {
  const { t, language, facts } = w
  if (facts.activities.length === 0) return [p(t.purposes.none)]
  const blocks: Block[] = [p(t.purposes.intro)]
  for (const a of facts.activities) {
    const items: Inline[][] = [
      term(t.purposes.why, `${labelIn(a.dataUse, language)}. ${a.purpose}`),
      term(t.purposes.basis, basisWords(t, a)),
    ]
    if (a.legalBasis === 'legitimate_interests' && a.legitimateInterest)
      items.push(term(t.purposes.interest, a.legitimateInterest))
    if (a.specialCategoryCondition)
      items.push(
        term(t.purposes.special, t.specialConditions[a.specialCategoryCondition as SpecialCondition]),
      )
    items.push(term(t.purposes.data, t.list(a.dataCategories.map((c) => labelIn(c, language)))))
    items.push(term(t.purposes.people, t.list(a.dataSubjects.map((s) => labelIn(s, language)))))
    const shared = recipientNames(w, a.recipientIds)
    if (shared.length > 0) items.push(term(t.purposes.sharedWith, t.list(shared)))
    blocks.push({ type: 'h3', text: a.name }, list(items))
  }
  return blocks
}

function unique<T extends { key: string }>(items: T[]): T[] {
  const seen = new Map<string, T>()
  for (const item of items) if (!seen.has(item.key)) seen.set(item.key, item)
  return [...seen.values()]
}

function categories({ t, language, facts }: Writer): Block[] {
  const data = unique(facts.activities.flatMap((a) => a.dataCategories))
  const people = unique(facts.activities.flatMap((a) => a.dataSubjects))
  if (data.length === 0) return [p(t.categories.none), p(t.categories.fromYou)]
  const blocks: Block[] = [
    p(t.categories.intro),
    list([
      term(t.categories.data, t.list(data.map((c) => labelIn(c, language)))),
      term(t.categories.people, t.list(people.map((s) => labelIn(s, language)))),
    ]),
    { type: 'h3', text: t.categories.sources },
    p(t.categories.fromYou),
  ]
  const elsewhere = facts.activities.filter((a) => a.source)
  if (elsewhere.length > 0)
    blocks.push(list(elsewhere.map((a) => [t.categories.fromElsewhere(a.name, a.source ?? '')])))
  return blocks
}

function place(code: string, language: Language): string {
  return code ? countryName(code, language) : '?'
}

function recipients(w: Writer): Block[] {
  const { t, language, facts } = w
  if (facts.recipients.length === 0) return [p(t.recipients.none)]
  const byId = new Map(facts.recipients.map((r) => [r.id, r]))
  return [
    p(t.recipients.intro),
    list(
      facts.recipients.map((r) => {
        const line = t.recipients.line(
          r.name,
          t.recipients.roles[r.role as RecipientRole] ?? r.role,
          place(r.country, language),
        )
        const parent = r.parentId ? byId.get(r.parentId) : undefined
        const description = r.description ? `. ${r.description}` : ''
        return [`${line}${parent ? ` (${t.recipients.subOf(parent.name)})` : ''}${description}`]
      }),
    ),
    p({ text: t.recipients.list, href: w.url(`/privacy/processors?lang=${language}`) }),
  ]
}

function transfers({ t, language, facts }: Writer): Block[] {
  const lines = new Map<string, string>()
  const name = (id: string) => facts.recipients.find((r) => r.id === id)?.name ?? '?'
  for (const r of thirdCountryRecipients(facts))
    lines.set(
      `${r.id}|${r.country}`,
      t.transfers.line(
        r.name,
        place(r.country, language),
        t.transfers.safeguards[(r.transferSafeguard ?? 'none') as Safeguard],
      ),
    )
  for (const a of facts.activities)
    for (const tr of a.transfers)
      lines.set(
        `${tr.recipientId}|${tr.country}`,
        t.transfers.line(
          name(tr.recipientId),
          place(tr.country, language),
          t.transfers.safeguards[tr.safeguard as Safeguard] ?? tr.safeguard,
        ),
      )
  if (lines.size === 0) return [p(t.transfers.none)]
  return [p(t.transfers.intro), list([...lines.values()].map((l) => [l])), p(t.transfers.copy)]
}

/** A preset's words in this language when the rule still says what the preset said (in any language). */
function ruleWords(rule: RuleFacts, language: Language): { name: string; ground: string } {
  const preset = rule.preset && rule.preset in PRESETS ? rule.preset : null
  if (!preset) return { name: rule.name, ground: rule.legalGround }
  const said = ADMIN_LANGUAGES.map((l) => RETENTION_TEXT[l].presets[preset])
  const here = RETENTION_TEXT[language].presets[preset]
  return {
    name: said.some((s) => s.name === rule.name) ? here.name : rule.name,
    ground: said.some((s) => s.legalGround === rule.legalGround) ? here.legalGround : rule.legalGround,
  }
}

function retention({ t, language, facts }: Writer): Block[] {
  const r = RETENTION_TEXT[language]
  const blocks: Block[] = [p(t.retention.intro), { type: 'h3', text: t.retention.rules }]
  if (facts.retentionRules.length === 0) blocks.push(p(t.retention.none))
  else
    blocks.push(
      list(
        facts.retentionRules.map((rule) => {
          const words = ruleWords(rule, language)
          // What the rule covers, without repeating its own name (a rule named after its activity).
          const scope = [
            ...rule.dataCategories.map((c) => labelIn(c, language)),
            ...rule.activityIds.flatMap((id) =>
              facts.activities.filter((a) => a.id === id).map((a) => a.name),
            ),
          ].filter((s) => s.toLocaleLowerCase(language) !== words.name.toLocaleLowerCase(language))
          const what = r.describe(
            rule.action,
            rule.period.value,
            rule.period.unit,
            rule.clockStart,
            rule.period.toCalendarYearEnd,
          )
          return [`${words.name}${scope.length > 0 ? ` (${t.list(scope)})` : ''}: ${what}. ${words.ground}`]
        }),
      ),
    )
  if (facts.activities.length > 0)
    blocks.push(
      { type: 'h3', text: t.retention.perActivity },
      list(
        facts.activities.map((a) => {
          const { period, trigger, description } = a.retention
          const when = period
            ? t.retention.activity(a.name, t.retention.period(period.value, period.unit), trigger)
            : t.retention.until(a.name, trigger)
          return [`${when}. ${description}`]
        }),
      ),
    )
  return blocks
}

function cookies({ t, language, facts }: Writer): Block[] {
  const site = facts.organisation.website ? new URL(facts.organisation.website).host : t.cookies.ourSite
  const texts = facts.cookies.categories[language]
  const blocks: Block[] = [p(t.cookies.intro(site))]
  for (const category of CATEGORIES) {
    const words = texts?.[category]
    const services = facts.cookies.services.filter((s) => s.category === category)
    blocks.push(
      {
        type: 'h3',
        text: `${words?.name ?? t.cookies.categories[category]}${category === 'necessary' ? ` (${t.cookies.alwaysOn})` : ''}`,
      },
      p(words?.description ?? ''),
      services.length > 0
        ? p(`${t.cookies.services}: ${t.list(services.map((s) => s.name))}`)
        : p(t.cookies.noServices),
    )
  }
  blocks.push(p(t.cookies.change))
  return blocks
}

function marketing(w: Writer): Block[] {
  const { t, language, facts } = w
  if (facts.marketing.channels.length === 0) return [p(t.marketing.none)]
  return [
    p(t.marketing.uses(t.list(facts.marketing.channels.map((c) => t.marketing.channels[c])))),
    list(t.marketing.practice.map((line) => [line])),
    p({ text: t.marketing.manage, href: w.url(`/privacy?lang=${language}#newsletter`) }),
  ]
}

function rights(w: Writer): Block[] {
  const { t, language } = w
  const kinds = PRIVACY_TEXT[language].rights.kinds
  return [
    p(t.rights.intro),
    list(
      RIGHTS.map((right) => [
        `${t.rights.items[right].name}: ${t.rights.items[right].text} `,
        { text: kinds[right].label, href: w.url(`/privacy/requests/new?kind=${right}&lang=${language}`) },
      ]),
    ),
    p(t.rights.free),
  ]
}

function consent(w: Writer): Block[] {
  const { t, language, facts } = w
  const used = facts.activities.some(
    (a) => a.legalBasis === 'consent' || a.specialCategoryCondition === 'explicit_consent',
  )
  return [
    p(used ? t.consent.used : t.consent.none),
    p({ text: t.consent.how, href: w.url(`/privacy/requests/new?kind=withdraw_consent&lang=${language}`) }),
  ]
}

function complaint({ t, language, facts }: Writer): Block[] {
  const a = facts.organisation.authority
  if (!a) return [p(t.complaint.noAuthority)]
  return [
    p(t.complaint.text(language === 'en' ? a.englishName : a.name)),
    list([
      term(t.complaint.address, a.address),
      term(t.complaint.web, { text: a.web.replace(/^https:\/\//, ''), href: a.web }),
      term(t.controller.email, { text: a.email, href: `mailto:${a.email}` }),
    ]),
    p(t.complaint.first),
  ]
}

function requirement({ t, facts }: Writer): Block[] {
  const stated = facts.activities.filter((a) => a.requirement)
  if (stated.length === 0) return [p(t.requirement.none)]
  return [
    p(t.requirement.intro),
    list(
      stated.map((a) => [
        `${a.name}: ${t.requirement.kinds[a.requirement as Requirement]}${a.requirementConsequence ? `. ${t.requirement.consequence}: ${a.requirementConsequence}` : ''}`,
      ]),
    ),
  ]
}

function automated({ t, facts }: Writer): Block[] {
  const used = facts.activities.filter((a) => a.automatedDecisions)
  if (used.length === 0) return [p(t.automated.none)]
  return [
    p(t.automated.used),
    list(used.map((a) => [`${a.name}: ${a.automatedDecisionsDescription ?? ''}`])),
    p(t.automated.rights),
  ]
}

function security(w: Writer): Block[] {
  const { t, language } = w
  return [
    p(t.security.measures),
    p(t.security.breaches),
    p(t.security.notify),
    p(t.security.report, ' ', {
      text: t.security.reportLink,
      href: w.url(`/security/report?lang=${language}`),
    }),
  ]
}

function changes(w: Writer): Block[] {
  const { t, language } = w
  return [
    p(t.changes.review),
    p(t.changes.material),
    p(t.changes.versions, ' ', {
      text: t.changes.versionsLink,
      href: w.url(`/privacy/policy/versions?lang=${language}`),
    }),
  ]
}
