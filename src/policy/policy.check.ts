import { isIsoCountry, isThirdCountry } from '../datamap/countries.js'
import { LEGAL_BASES, REQUIREMENTS, SPECIAL_CONDITIONS } from '../datamap/datamap.schema.js'
import type { PolicyFacts } from './policy.facts.js'

/** The kinds of gap the completeness check finds; each one would make the policy untrue or incomplete. */
export const GAP_KINDS = [
  'controller_incomplete',
  'authority_missing',
  'dpo_missing',
  'no_activities',
  'activity_legal_basis',
  'activity_legitimate_interest',
  'activity_special_condition',
  'activity_requirement',
  'processor_country',
  'transfer_safeguard',
  'category_retention',
] as const
export type GapKind = (typeof GAP_KINDS)[number]

/** One gap: its kind, what it is about (ids and names of the data map, never personal data). */
export interface Gap {
  kind: GapKind
  /** The profile field, activity, processor or data category concerned. */
  subject?: { type: 'organisation' | 'activity' | 'processor' | 'data_category'; id: string; name: string }
  /** For a transfer: the country. */
  country?: string
}

const isOneOf = (values: readonly string[], value: string | null | undefined) =>
  value != null && values.includes(value)

/** A data category is covered by a rule on it or on one of its parents (a rule on `user.contact` covers `user.contact.email`). */
function covers(ruleKey: string, key: string): boolean {
  return key === ruleKey || key.startsWith(`${ruleKey}.`)
}

/**
 * Lists what is missing before the policy can be published as true and complete (GDPR Art. 13/14).
 * A DPO is taken as required when special categories are processed or decisions are automated
 * (Art. 37(1)(b)-(c) in the shape a small business meets them); the owner can override with a reason.
 */
export function completenessCheck(facts: PolicyFacts): Gap[] {
  const gaps: Gap[] = []
  const org = facts.organisation
  for (const field of org.missing)
    gaps.push({ kind: 'controller_incomplete', subject: { type: 'organisation', id: field, name: field } })
  if (!org.authority) gaps.push({ kind: 'authority_missing' })
  const dpoRequired = facts.activities.some(
    (a) => a.special || a.specialCategoryCondition || a.automatedDecisions,
  )
  if (dpoRequired && !org.dpo) gaps.push({ kind: 'dpo_missing' })
  if (facts.activities.length === 0) gaps.push({ kind: 'no_activities' })

  for (const a of facts.activities) {
    const subject = { type: 'activity' as const, id: a.id, name: a.name }
    if (!isOneOf(LEGAL_BASES, a.legalBasis)) gaps.push({ kind: 'activity_legal_basis', subject })
    else if (a.legalBasis === 'legitimate_interests' && !a.legitimateInterest?.trim())
      gaps.push({ kind: 'activity_legitimate_interest', subject })
    if (a.special && !isOneOf(SPECIAL_CONDITIONS, a.specialCategoryCondition))
      gaps.push({ kind: 'activity_special_condition', subject })
    if (!isOneOf(REQUIREMENTS, a.requirement)) gaps.push({ kind: 'activity_requirement', subject })
    for (const t of a.transfers)
      if (t.safeguard === 'none' || !t.safeguard)
        gaps.push({ kind: 'transfer_safeguard', subject, country: t.country })
  }

  for (const r of facts.recipients) {
    const subject = { type: 'processor' as const, id: r.id, name: r.name }
    if (!r.country || !isIsoCountry(r.country)) gaps.push({ kind: 'processor_country', subject })
    else if (isThirdCountry(r.country) && (!r.transferSafeguard || r.transferSafeguard === 'none'))
      gaps.push({ kind: 'transfer_safeguard', subject, country: r.country })
  }

  const ruled = facts.retentionRules.flatMap((r) => r.dataCategories.map((c) => c.key))
  const seen = new Set<string>()
  for (const a of facts.activities) {
    const byActivity = facts.retentionRules.some((r) => r.activityIds.includes(a.id))
    for (const c of a.dataCategories) {
      if (seen.has(c.key) || byActivity || ruled.some((k) => covers(k, c.key))) continue
      seen.add(c.key)
      gaps.push({ kind: 'category_retention', subject: { type: 'data_category', id: c.key, name: c.name } })
    }
  }
  return gaps
}
