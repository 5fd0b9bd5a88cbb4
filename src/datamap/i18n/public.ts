import type { Language } from '../../i18n/languages.js'

/** The public list of processors, in the five languages of data subjects. */
export const PUBLIC_TEXT = {
  en: {
    title: 'Processors and recipients',
    intro: (org: string) =>
      `${org} uses these companies and authorities to process personal data on its behalf, or discloses personal data to them.`,
    name: 'Name',
    role: 'Role',
    country: 'Country',
    description: 'What they do',
    transfer: 'Outside the EU/EEA',
    emptyTitle: 'No list published yet',
    empty: (org: string) =>
      `${org} has not published its list of processors yet. You are welcome to ask us for it.`,
    contact: 'Contact',
    language: 'Language',
    thisOrganisation: 'This business',
  },
  da: {
    title: 'Databehandlere og modtagere',
    intro: (org: string) =>
      `${org} bruger disse virksomheder og myndigheder til at behandle personoplysninger på sine vegne eller videregiver personoplysninger til dem.`,
    name: 'Navn',
    role: 'Rolle',
    country: 'Land',
    description: 'Hvad de gør',
    transfer: 'Uden for EU/EØS',
    emptyTitle: 'Der er endnu ikke offentliggjort en liste',
    empty: (org: string) =>
      `${org} har endnu ikke offentliggjort sin liste over databehandlere. Du er velkommen til at spørge os.`,
    contact: 'Kontakt',
    language: 'Sprog',
    thisOrganisation: 'Denne virksomhed',
  },
  nb: {
    title: 'Databehandlere og mottakere',
    intro: (org: string) =>
      `${org} bruker disse virksomhetene og myndighetene til å behandle personopplysninger på sine vegne, eller utleverer personopplysninger til dem.`,
    name: 'Navn',
    role: 'Rolle',
    country: 'Land',
    description: 'Hva de gjør',
    transfer: 'Utenfor EU/EØS',
    emptyTitle: 'Ingen liste er publisert ennå',
    empty: (org: string) =>
      `${org} har ikke publisert listen over databehandlere ennå. Du er velkommen til å spørre oss om den.`,
    contact: 'Kontakt',
    language: 'Språk',
    thisOrganisation: 'Denne virksomheten',
  },
  sv: {
    title: 'Personuppgiftsbiträden och mottagare',
    intro: (org: string) =>
      `${org} anlitar dessa företag och myndigheter för att behandla personuppgifter för sin räkning, eller lämnar ut personuppgifter till dem.`,
    name: 'Namn',
    role: 'Roll',
    country: 'Land',
    description: 'Vad de gör',
    transfer: 'Utanför EU/EES',
    emptyTitle: 'Ingen lista har publicerats ännu',
    empty: (org: string) =>
      `${org} har ännu inte publicerat sin lista över personuppgiftsbiträden. Du är välkommen att fråga oss om den.`,
    contact: 'Kontakt',
    language: 'Språk',
    thisOrganisation: 'Det här företaget',
  },
  fi: {
    title: 'Henkilötietojen käsittelijät ja vastaanottajat',
    intro: (org: string) =>
      `${org} käyttää näitä yrityksiä ja viranomaisia henkilötietojen käsittelyyn puolestaan tai luovuttaa henkilötietoja niille.`,
    name: 'Nimi',
    role: 'Rooli',
    country: 'Maa',
    description: 'Mitä ne tekevät',
    transfer: 'EU:n ja ETA:n ulkopuolella',
    emptyTitle: 'Luetteloa ei ole vielä julkaistu',
    empty: (org: string) =>
      `${org} ei ole vielä julkaissut luetteloa henkilötietojen käsittelijöistään. Voit kysyä sitä meiltä.`,
    contact: 'Yhteystiedot',
    language: 'Kieli',
    thisOrganisation: 'Tämä yritys',
  },
} satisfies Record<Language, Record<string, unknown>>

export type PublicText = (typeof PUBLIC_TEXT)['en']

/** Language names in their own language, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  da: 'Dansk',
  nb: 'Norsk bokmål',
  sv: 'Svenska',
  fi: 'Suomi',
  en: 'English',
}
