import type { ProfileField, StoredProfile } from '../../subjects/subject.access.js'
import { EMPTY_PROFILE } from '../../subjects/subject.codec.js'
import type { BookkeepingRuleKey } from './bookkeeping.js'

/**
 * The profile fields an invoice or order needs while the bookkeeping acts keep it: who it was for
 * (name, customer number in the shop, company number, GLN for public e-invoicing) and where it was
 * sent (the billing address, or the address when no billing address is held).
 */
export const INVOICE_FIELDS: readonly ProfileField[] = [
  'name',
  'billingAddress',
  'companyNumber',
  'externalIds',
  'gln',
]

/** What an erasure deletes and keeps, decided in its first step: names, kinds, counts and dates only. */
export interface ErasurePlan {
  /** The person's data key existed when the erasure was planned. */
  hadKey: boolean
  /** Profile fields that held a value. */
  fields: ProfileField[]
  /** Of those, the ones kept for the bookkeeping acts. */
  keptFields: ProfileField[]
  /** Interactions held when planned, by kind. */
  interactions: Record<string, number>
  /** Interactions kept, by kind, with the last day the latest of them is kept. */
  kept: Array<{ kind: string; count: number; until: string }>
  rule: BookkeepingRuleKey | null
  /** The last day anything is kept; null when nothing is. */
  keepUntil: string | null
  /** Progress, written by the later steps. */
  deletedInteractions: Record<string, number>
  marketingPermissions: number
  messages: number
}

/** Whether a profile field holds a value. */
export function holds(profile: StoredProfile, field: ProfileField): boolean {
  const value = profile[field]
  return Array.isArray(value) ? value.length > 0 : value !== null && value !== ''
}

/** The profile fields kept for the bookkeeping acts, of those the person has. */
export function keptFields(profile: StoredProfile): ProfileField[] {
  const fields = INVOICE_FIELDS.filter((f) => holds(profile, f))
  if (!holds(profile, 'billingAddress') && holds(profile, 'address')) fields.push('address')
  return fields
}

/** The profile with only the kept fields; every other field is emptied. */
export function keepOnly(profile: StoredProfile, fields: readonly ProfileField[]): StoredProfile {
  const next: StoredProfile = { ...EMPTY_PROFILE }
  for (const f of fields) Object.assign(next, { [f]: profile[f] })
  return next
}
