import type { ProfileField } from './subject.access.js'
import type { RELATIONSHIPS } from './subject.schema.js'
import type { Subject } from './subject.view.js'

/**
 * The data category (a taxonomy key, fideslang with Vern's Nordic additions) each field belongs to, so
 * a person's page, an access answer and the data map speak of the same categories.
 */
export const FIELD_CATEGORIES: Record<ProfileField, string> = {
  name: 'user.name',
  email: 'user.contact.email',
  phone: 'user.contact.phone_number',
  address: 'user.contact.address',
  billingAddress: 'user.contact.address',
  jobTitle: 'user.professional_information.job_title',
  workplace: 'user.professional_information.workplace',
  companyNumber: 'user.professional_information.workplace.company_registration_number',
  gln: 'user.professional_information.workplace.gln',
  nationalIds: 'user.government_id.national_identification_number',
  externalIds: 'user.unique_id',
  cardLast4: 'user.financial.credit_card.last_four',
  cardExpiry: 'user.financial.credit_card.expiry',
  notes: 'user.correspondence',
}

/** The data category of each kind of interaction. */
export const INTERACTION_CATEGORIES: Record<string, string> = {
  inquiry: 'user.correspondence.inquiry',
  complaint: 'user.correspondence.complaint',
  offer: 'user.offer',
  order: 'user.behavior.purchase_history',
  invoice: 'user.financial.invoice_history',
  note: 'user.correspondence',
}

/**
 * The kind of data subject (a taxonomy data_subject key, as in fideslang) each relationship is. A former
 * customer is still a customer whose data is kept, e.g. for bookkeeping; fideslang has no key of its own.
 */
const RELATIONSHIP_SUBJECTS: Record<(typeof RELATIONSHIPS)[number], string> = {
  prospect: 'prospect',
  customer: 'customer',
  former_customer: 'customer',
}

/** The kinds of data subject a person is, for matching processing activities: a company's contact is a B2B one. */
export function dataSubjectsOf(s: Pick<Subject, 'kind' | 'companyId' | 'relationship'>): string[] {
  const kind = RELATIONSHIP_SUBJECTS[s.relationship]
  return [s.kind === 'person' && s.companyId ? `${kind}.b2b_contact` : kind]
}
