import type { Role } from '../auth/roles.js'
import type { DataKey } from '../crypto/vault.js'
import { type IdentifierKind, validateIdentifier, vatNumber } from '../identifiers/index.js'
import { readableFields, type StoredProfile } from './subject.access.js'
import type { InteractionRow, SubjectRow } from './subject.repository.js'
import type { Interaction, Subject } from './subject.view.js'

export const EMPTY_PROFILE: StoredProfile = {
  name: null,
  email: null,
  phone: null,
  address: null,
  billingAddress: null,
  jobTitle: null,
  workplace: null,
  nationalIds: [],
  externalIds: [],
  companyNumber: null,
  gln: null,
  cardLast4: null,
  cardExpiry: null,
  notes: null,
}

export function sealProfile(key: DataKey, profile: StoredProfile): Buffer {
  return key.seal('profile', JSON.stringify(profile))
}

/** The decrypted profile, or null when the person's key was destroyed (crypto-shredded). */
export function openProfile(key: DataKey | null, row: SubjectRow): StoredProfile | null {
  if (!key) return null
  return { ...EMPTY_PROFILE, ...(JSON.parse(key.open('profile', row.profile)) as Partial<StoredProfile>) }
}

const display = (kind: string, value: string): string => {
  const r = validateIdentifier(kind as IdentifierKind, value)
  return r.valid ? r.display : value
}

/** The domain view of a subject with only the fields `role` may see. */
export function toSubject(row: SubjectRow, profile: StoredProfile | null, role: Role): Subject {
  const subject: Subject = {
    id: row.id,
    kind: row.kind as Subject['kind'],
    companyId: row.company_id,
    relationship: row.relationship as Subject['relationship'],
    firstContactAt: row.first_contact_at,
    lastContactAt: row.last_contact_at,
    relationshipEndedAt: row.relationship_ended_at,
    source: row.source,
    restricted: row.restricted === 1,
    erased: profile === null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
  const p = profile ?? EMPTY_PROFILE
  const shown: Partial<Subject> = {
    name: p.name,
    email: p.email,
    phone: p.phone,
    address: p.address,
    billingAddress: p.billingAddress,
    jobTitle: p.jobTitle,
    workplace: p.workplace,
    nationalIds: p.nationalIds.map((n) => ({
      kind: n.kind as 'dk_cpr',
      value: display(n.kind, n.value),
    })),
    externalIds: p.externalIds,
    companyNumber: p.companyNumber && {
      kind: p.companyNumber.kind as 'dk_cvr',
      value: display(p.companyNumber.kind, p.companyNumber.value),
      vatNumber: vatNumber(p.companyNumber.kind as IdentifierKind, p.companyNumber.value),
    },
    gln: p.gln,
    cardLast4: p.cardLast4,
    cardExpiry: p.cardExpiry,
    notes: p.notes,
  }
  for (const field of readableFields(role)) Object.assign(subject, { [field]: shown[field] })
  return subject
}

export interface InteractionDetails {
  reference: string | null
  summary: string | null
  amount: number | null
  currency: string | null
}

/** Interaction details are bound to their row: a sealed blob moved to another row does not open. */
export function sealDetails(key: DataKey, id: string, details: InteractionDetails): Buffer {
  return key.seal(`interaction|${id}`, JSON.stringify(details))
}

export function toInteraction(row: InteractionRow, key: DataKey | null): Interaction {
  const details: InteractionDetails = key
    ? (JSON.parse(key.open(`interaction|${row.id}`, row.details)) as InteractionDetails)
    : { reference: null, summary: null, amount: null, currency: null }
  return {
    id: row.id,
    subjectId: row.subject_id,
    kind: row.kind as Interaction['kind'],
    occurredAt: row.occurred_at,
    ...details,
    createdAt: row.created_at,
  }
}
