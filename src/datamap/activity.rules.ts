import { invalid } from '../errors.js'
import type { ActivityRow } from './activity.repository.js'
import type { ActivityPatch } from './activity.schema.js'

/**
 * Segments of data-category keys that mark a special category under Art. 9(1) (fideslang names and
 * Nordic additions alike), so an activity touching them must name an Art. 9(2) condition.
 */
const SPECIAL_SEGMENTS = new Set([
  'health_and_medical',
  'health',
  'biometric',
  'genetic',
  'race_ethnicity',
  'religious_belief',
  'religious_beliefs',
  'sexual_orientation',
  'sex_life',
  'political_opinion',
  'philosophical_belief',
  'trade_union_membership',
  'union_membership',
])

/** Whether any of the keys is a special category of personal data. */
export function hasSpecialCategory(keys: readonly string[]): boolean {
  return keys.some((key) => key.split('.').some((segment) => SPECIAL_SEGMENTS.has(segment)))
}

/** The merged state an activity would have after a patch, as the cross-field rules see it. */
export interface ActivityState {
  legalBasis: string
  legitimateInterest: string | null
  specialCategoryCondition: string | null
  dataCategories: string[]
  requirement: string | null
  requirementConsequence: string | null
  automatedDecisions: boolean
  automatedDecisionsDescription: string | null
}

export function mergeState(current: ActivityRow | null, patch: ActivityPatch): ActivityState {
  const pick = <T>(next: T | undefined, stored: T): T => (next !== undefined ? next : stored)
  return {
    legalBasis: pick(patch.legalBasis, current?.legal_basis ?? ''),
    legitimateInterest: pick(patch.legitimateInterest, current?.legitimate_interest ?? null)?.trim() || null,
    specialCategoryCondition: pick(
      patch.specialCategoryCondition,
      current?.special_category_condition ?? null,
    ),
    dataCategories:
      patch.dataCategories ?? (current ? (JSON.parse(current.data_categories) as string[]) : []),
    requirement: pick(patch.requirement, current?.requirement ?? null),
    requirementConsequence:
      pick(patch.requirementConsequence, current?.requirement_consequence ?? null)?.trim() || null,
    automatedDecisions: pick(patch.automatedDecisions, current ? current.automated_decisions === 1 : false),
    automatedDecisionsDescription:
      pick(patch.automatedDecisionsDescription, current?.automated_description ?? null)?.trim() || null,
  }
}

/** The rules between fields (Art. 6(1)(f), Art. 9, Art. 13(2)(e) and (f)); 400 naming the field. */
export function checkState(s: ActivityState): ActivityState {
  if (s.legalBasis === 'legitimate_interests' && !s.legitimateInterest)
    throw invalid(
      'legitimateInterest',
      'legitimateInterest is required when the legal basis is legitimate_interests',
      'required',
    )
  if (s.automatedDecisions && !s.automatedDecisionsDescription)
    throw invalid(
      'automatedDecisionsDescription',
      'automatedDecisionsDescription is required when automated decisions are made',
      'required',
    )
  if (hasSpecialCategory(s.dataCategories) && !s.specialCategoryCondition)
    throw invalid(
      'specialCategoryCondition',
      'specialCategoryCondition (an Art. 9(2) condition) is required for special categories of data',
      'required',
    )
  if (s.requirement && s.requirement !== 'voluntary' && !s.requirementConsequence)
    throw invalid(
      'requirementConsequence',
      'requirementConsequence is required when providing the data is required',
      'required',
    )
  return {
    ...s,
    // A stated interest only belongs to Art. 6(1)(f); a description only to decisions that are made.
    legitimateInterest: s.legalBasis === 'legitimate_interests' ? s.legitimateInterest : null,
    automatedDecisionsDescription: s.automatedDecisions ? s.automatedDecisionsDescription : null,
  }
}
