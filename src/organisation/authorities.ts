import type { CountryCode as Country } from './countries.js'

export interface SupervisoryAuthority {
  country: Country
  name: string
  /** The name in English, for the English texts. */
  englishName: string
  address: string
  web: string
  email: string
  /** Where a breach is notified (Art. 33), per LEGAL.md. */
  breachChannel: string
}

/**
 * The four Nordic data protection authorities. Postal addresses as the authorities publish them;
 * they change rarely, and the owner can override the postal address and the website in the
 * organisation profile (`authorityAddress`, `authorityWeb`): `supervisoryAuthority` of the profile
 * carries the override, so read the authority from there rather than from this table.
 */
export const AUTHORITIES: Record<Country, SupervisoryAuthority> = {
  DK: {
    country: 'DK',
    name: 'Datatilsynet',
    englishName: 'The Danish Data Protection Agency (Datatilsynet)',
    address: 'Carl Jacobsens Vej 35, 2500 Valby, Danmark',
    web: 'https://www.datatilsynet.dk',
    email: 'dt@datatilsynet.dk',
    breachChannel: 'Form on virk.dk (business login); without login, e-mail dt@datatilsynet.dk',
  },
  NO: {
    country: 'NO',
    name: 'Datatilsynet',
    englishName: 'The Norwegian Data Protection Authority (Datatilsynet)',
    address: 'Postboks 458 Sentrum, 0105 Oslo, Norge',
    web: 'https://www.datatilsynet.no',
    email: 'postkasse@datatilsynet.no',
    breachChannel: 'Altinn form; stepwise notification allowed',
  },
  SE: {
    country: 'SE',
    name: 'Integritetsskyddsmyndigheten (IMY)',
    englishName: 'The Swedish Authority for Privacy Protection (IMY)',
    address: 'Box 8114, 104 20 Stockholm, Sverige',
    web: 'https://www.imy.se',
    email: 'imy@imy.se',
    breachChannel: 'IMY e-service; notifications become public documents, keep them minimal',
  },
  FI: {
    country: 'FI',
    name: 'Tietosuojavaltuutetun toimisto',
    englishName: 'The Office of the Data Protection Ombudsman (Tietosuojavaltuutetun toimisto)',
    address: 'PL 800, 00531 Helsinki, Suomi',
    web: 'https://tietosuoja.fi',
    email: 'tietosuoja@om.fi',
    breachChannel: 'Secure form; sensitive details by secure message',
  },
}
