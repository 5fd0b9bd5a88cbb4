import type { ProfileField } from './subject.access.js'

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
