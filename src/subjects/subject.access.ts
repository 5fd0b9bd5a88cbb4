import { RefusedWrite } from '../audit/refused-write.js'
import type { Actor, Principal } from '../auth/principal.js'
import { can, type Permission, type Role } from '../auth/roles.js'
import { VernError } from '../errors.js'
import type { Address } from './subject.view.js'

/** A person's personal values as stored (sealed): identifiers in their normalised form. */
export interface StoredProfile {
  name: string | null
  email: string | null
  phone: string | null
  address: Address | null
  billingAddress: Address | null
  jobTitle: string | null
  workplace: string | null
  nationalIds: Array<{ kind: string; value: string }>
  externalIds: Array<{ system: string; id: string }>
  companyNumber: { kind: string; value: string } | null
  gln: string | null
  cardLast4: string | null
  cardExpiry: string | null
  notes: string | null
}
export type ProfileField = keyof StoredProfile

/** Who is asking: the audit actor and the role that decides what they may see (P17). */
export interface Who {
  actor: Actor
  role: Role
  requestId?: string | undefined
}

export function whoOf(principal: Principal | null, requestId?: string): Who {
  if (!principal) throw new VernError('unauthenticated', 'Sign in or send an API key')
  return { actor: { type: principal.type, id: principal.id }, role: principal.role, requestId }
}

const SUPPORT = { read: ['subjects.read'], write: ['subjects.write'] } as const
const BILLING = { read: ['subjects.billing.read'], write: ['subjects.billing.write'] } as const
const SHARED = {
  read: ['subjects.read', 'subjects.billing.read'],
  write: ['subjects.write', 'subjects.billing.write'],
} as const
export type Rights = { read: readonly Permission[]; write: readonly Permission[] }

/**
 * Need-to-know by field (P17): customer service sees contact, identity and B2B data; billing sees who
 * the person is (name, e-mail, ids in other systems), the billing address, card last 4 and expiry and
 * the company number; owner and DPO have both rights and so see everything.
 */
export const FIELD_RIGHTS: Record<ProfileField, Rights> = {
  name: SHARED,
  email: SHARED,
  externalIds: SHARED,
  companyNumber: SHARED,
  gln: SHARED,
  phone: SUPPORT,
  address: SUPPORT,
  jobTitle: SUPPORT,
  workplace: SUPPORT,
  nationalIds: SUPPORT,
  notes: SUPPORT,
  billingAddress: BILLING,
  cardLast4: BILLING,
  cardExpiry: BILLING,
}
export const PROFILE_FIELDS = Object.keys(FIELD_RIGHTS) as ProfileField[]

/** Relationship state, dates and the company link: both jobs need them. */
export const META_RIGHTS: Rights = SHARED

const BILLING_KINDS = new Set(['order', 'invoice'])
export function interactionRights(kind: string): Rights {
  return BILLING_KINDS.has(kind) ? BILLING : SUPPORT
}

export function mayRead(role: Role, rights: Rights): boolean {
  return rights.read.some((p) => can(role, p))
}
export function mayWrite(role: Role, rights: Rights): boolean {
  return rights.write.some((p) => can(role, p))
}

export function readableFields(role: Role): ProfileField[] {
  return PROFILE_FIELDS.filter((f) => mayRead(role, FIELD_RIGHTS[f]))
}

// Re-exported: the register's callers (the CSV import) catch it from here.
export { RefusedWrite }

/** Throws 403 naming the fields when the role may not write one of them. */
export function assertWritable(role: Role, fields: ReadonlyArray<[string, Rights]>): void {
  const denied = fields.filter(([, rights]) => !mayWrite(role, rights)).map(([name]) => name)
  if (denied.length > 0)
    throw new RefusedWrite(
      'forbidden',
      `Your role may not change: ${denied.join(', ')}`,
      'subject.write_denied',
      denied,
    )
}
