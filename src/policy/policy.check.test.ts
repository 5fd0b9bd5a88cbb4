import { describe, expect, it } from 'vitest'
import { completenessCheck, GAP_KINDS, type GapKind } from './policy.check.js'
import type { PolicyFacts } from './policy.facts.js'
import { fullFacts, minimalFacts } from './policy.testing.js'

const kinds = (facts: PolicyFacts) => completenessCheck(facts).map((g) => g.kind)

/** One way to break a fully described organisation for each kind of gap. */
const BREAK: Record<GapKind, (f: PolicyFacts) => void> = {
  controller_incomplete: (f) => {
    f.organisation.missing = ['contactEmail']
  },
  authority_missing: (f) => {
    f.organisation.authority = null
  },
  dpo_missing: (f) => {
    f.organisation.dpo = null
  },
  no_activities: (f) => {
    f.activities = []
    f.retentionRules = []
  },
  activity_legal_basis: (f) => {
    f.activities[0]!.legalBasis = ''
  },
  activity_legitimate_interest: (f) => {
    f.activities[1]!.legitimateInterest = '  '
  },
  activity_special_condition: (f) => {
    const a = f.activities[0]!
    a.special = true
    a.specialCategoryCondition = null
    f.organisation.dpo = { name: 'D', email: 'd@example.test', phone: null }
  },
  activity_requirement: (f) => {
    f.activities[2]!.requirement = null
  },
  processor_country: (f) => {
    f.recipients[0]!.country = ''
  },
  transfer_safeguard: (f) => {
    f.recipients[1]!.transferSafeguard = 'none'
  },
  category_retention: (f) => {
    f.retentionRules = f.retentionRules.filter((r) => r.id !== 'r-books')
  },
}

describe('the completeness check', () => {
  it('finds nothing missing in a fully described organisation', () => {
    expect(completenessCheck(fullFacts())).toEqual([])
  })

  for (const kind of GAP_KINDS)
    it(`finds ${kind}`, () => {
      const facts = fullFacts()
      BREAK[kind](facts)
      expect(kinds(facts)).toContain(kind)
    })

  it('names what each gap is about, by data-map id and name', () => {
    const facts = fullFacts()
    BREAK.activity_legal_basis(facts)
    BREAK.processor_country(facts)
    BREAK.category_retention(facts)
    expect(completenessCheck(facts)).toEqual(
      expect.arrayContaining([
        {
          kind: 'activity_legal_basis',
          subject: { type: 'activity', id: 'act-orders', name: 'Order handling' },
        },
        { kind: 'processor_country', subject: { type: 'processor', id: 'p-host', name: 'Nordhost A/S' } },
        {
          kind: 'category_retention',
          subject: { type: 'data_category', id: 'user.financial', name: 'Financial data' },
        },
      ]),
    )
  })

  it('counts a rule on a parent category, or on the activity, as covering a category', () => {
    const facts = fullFacts()
    // user.contact covers user.contact.address and user.contact.email.
    expect(kinds(facts)).not.toContain('category_retention')
    facts.retentionRules = facts.retentionRules.filter((r) => r.id !== 'r-books')
    facts.retentionRules.push({
      ...fullFacts().retentionRules[0]!,
      id: 'r-fraud',
      dataCategories: [],
      activityIds: ['act-fraud'],
    })
    expect(kinds(facts)).not.toContain('category_retention')
  })

  it('flags a transfer in an activity without a safeguard, with its country', () => {
    const facts = fullFacts()
    facts.activities[0]!.transfers = [{ country: 'US', safeguard: 'none', recipientId: 'p-mail' }]
    expect(completenessCheck(facts)).toContainEqual({
      kind: 'transfer_safeguard',
      subject: { type: 'activity', id: 'act-orders', name: 'Order handling' },
      country: 'US',
    })
  })

  it('asks a DPO only where one is required', () => {
    const facts = fullFacts()
    facts.organisation.dpo = null
    facts.activities = facts.activities.filter((a) => !a.automatedDecisions)
    expect(kinds(facts)).not.toContain('dpo_missing')
  })

  it('lists the gaps of a minimal organisation', () => {
    expect(new Set(kinds(minimalFacts()))).toEqual(
      new Set(['controller_incomplete', 'authority_missing', 'no_activities']),
    )
  })
})
