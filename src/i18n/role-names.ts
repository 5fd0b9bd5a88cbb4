import type { Role } from '../auth/roles.js'
import type { Language } from './languages.js'

/** What each role is called, in every language (mails go out in the recipient's language). */
export const ROLE_NAMES: Record<Language, Record<Role, string>> = {
  en: {
    owner: 'Owner',
    dpo: 'Data protection officer',
    support: 'Customer service',
    billing: 'Billing',
    marketing: 'Marketing',
    auditor: 'Auditor',
  },
  da: {
    owner: 'Ejer',
    dpo: 'Databeskyttelsesrådgiver',
    support: 'Kundeservice',
    billing: 'Bogholderi',
    marketing: 'Marketing',
    auditor: 'Revisor',
  },
  nb: {
    owner: 'Eier',
    dpo: 'Personvernombud',
    support: 'Kundeservice',
    billing: 'Fakturering',
    marketing: 'Markedsføring',
    auditor: 'Revisor',
  },
  sv: {
    owner: 'Ägare',
    dpo: 'Dataskyddsombud',
    support: 'Kundtjänst',
    billing: 'Fakturering',
    marketing: 'Marknadsföring',
    auditor: 'Granskare',
  },
  fi: {
    owner: 'Omistaja',
    dpo: 'Tietosuojavastaava',
    support: 'Asiakaspalvelu',
    billing: 'Laskutus',
    marketing: 'Markkinointi',
    auditor: 'Tarkastaja',
  },
}
