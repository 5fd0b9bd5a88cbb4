import type { OrganisationPatch } from '../organisation/organisation.schema.js'

/**
 * Nordlys Webshop ApS: the made-up Danish webshop `vern demo` sets up. The CVR number passes the mod-11
 * check; every address Vern could write to is on the reserved `.example` domain.
 */
export const NORDLYS_ORGANISATION: OrganisationPatch = {
  legalName: 'Nordlys Webshop ApS',
  country: 'DK',
  registrationNumber: '10150817',
  address: { street: 'Vesterbrogade 1', postalCode: '1620', city: 'København V' },
  contactEmail: 'privacy@nordlys.example',
  contactPhone: '+45 33 12 34 56',
  dpo: { name: 'Camilla Holm', email: 'dpo@nordlys.example' },
  bannerOrigins: ['https://nordlys.example'],
  defaultLanguage: 'da',
  financialYearEnd: '12-31',
}

/** The owner account the demo creates when there is none. */
export const DEMO_OWNER_EMAIL = 'owner@nordlys.example'
