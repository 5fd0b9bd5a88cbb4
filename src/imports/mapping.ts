/** The fields an import of people can fill; the register maps them onto a person. */
export const IMPORT_FIELDS = [
  'externalId',
  'firstName',
  'lastName',
  'fullName',
  'email',
  'phone',
  'street',
  'postalCode',
  'city',
  'country',
  'companyName',
  'companyNumber',
  'jobTitle',
  'firstContactAt',
  'lastContactAt',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** Which CSV column (by its header) fills which field. */
export type ColumnMapping = Partial<Record<ImportField, string>>

/**
 * Header names seen in customer exports (WooCommerce, Shopify, Magento, Dandomain, Shopware, Excel
 * sheets in the Nordic languages), compared after lower-casing and dropping everything but letters
 * and digits. The first field whose synonyms match a header wins.
 */
const SYNONYMS: Record<ImportField, string[]> = {
  externalId: [
    'customerid',
    'customer',
    'id',
    'kundenummer',
    'kundenr',
    'kundnummer',
    'kundnr',
    'asiakasnumero',
    'userid',
    'customerno',
  ],
  firstName: ['firstname', 'billingfirstname', 'fornavn', 'förnamn', 'fornamn', 'etunimi', 'givenname'],
  lastName: [
    'lastname',
    'billinglastname',
    'efternavn',
    'etternavn',
    'efternamn',
    'sukunimi',
    'surname',
    'familyname',
  ],
  fullName: ['name', 'fullname', 'navn', 'namn', 'nimi', 'customername', 'kundenavn'],
  email: [
    'email',
    'emailaddress',
    'billingemail',
    'epost',
    'epostadresse',
    'epostadress',
    'mail',
    'sähköposti',
    'sahkoposti',
    'emailadresse',
  ],
  phone: [
    'phone',
    'billingphone',
    'telephone',
    'telefon',
    'telefonnummer',
    'mobil',
    'mobile',
    'puhelin',
    'puhelinnumero',
    'tlf',
  ],
  street: [
    'address',
    'address1',
    'billingaddress1',
    'billingaddress',
    'street',
    'adresse',
    'adress',
    'gadenavn',
    'gatuadress',
    'katuosoite',
    'osoite',
  ],
  postalCode: [
    'postcode',
    'billingpostcode',
    'zip',
    'zipcode',
    'postalcode',
    'postnummer',
    'postnr',
    'postinumero',
  ],
  city: ['city', 'billingcity', 'by', 'poststed', 'ort', 'postort', 'kaupunki', 'postitoimipaikka', 'town'],
  country: ['country', 'billingcountry', 'countrycode', 'land', 'maa'],
  companyName: [
    'company',
    'companyname',
    'billingcompany',
    'firma',
    'firmanavn',
    'virksomhed',
    'företag',
    'foretag',
    'yritys',
    'organisation',
  ],
  companyNumber: [
    'cvr',
    'cvrnummer',
    'cvrnr',
    'orgnr',
    'organisasjonsnummer',
    'organisationsnummer',
    'ytunnus',
    'vatnumber',
    'companynumber',
    'registrationnumber',
  ],
  jobTitle: ['jobtitle', 'title', 'stilling', 'titel', 'befattning', 'tehtävä', 'tehtava'],
  firstContactAt: [
    'dateregistered',
    'datecreated',
    'createdat',
    'created',
    'registered',
    'oprettet',
    'opprettet',
    'skapad',
    'luotu',
    'customersince',
  ],
  lastContactAt: [
    'lastorderdate',
    'lastorder',
    'lastactivity',
    'lastcontact',
    'updatedat',
    'sidsteordre',
    'sisteordre',
    'senasteorder',
    'viimeisintilaus',
  ],
}

function fold(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]/gu, '')
}

/** A first guess at the mapping from the headers alone; people confirm or correct it. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  const taken = new Set<string>()
  for (const field of IMPORT_FIELDS) {
    const header = headers.find((h) => !taken.has(h) && SYNONYMS[field].includes(fold(h)))
    if (header !== undefined) {
      mapping[field] = header
      taken.add(header)
    }
  }
  return mapping
}
