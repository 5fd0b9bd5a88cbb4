import type { Language } from '../i18n/languages.js'
import type { Change } from './policy.diff.js'

/** The words around the policy on its public pages, and the plain-words summary of a change. */
export interface PolicyPublicText {
  inForce: (version: number, date: string) => string
  upcoming: (version: number, date: string) => string
  versionTitle: (version: number) => string
  notYet: string
  notYetBody: string
  versionsTitle: string
  versionsIntro: string
  version: string
  effectiveFrom: string
  changes: string
  current: string
  future: string
  earlier: string
  read: string
  whatChanged: string
  whatChangedTitle: (from: number, to: number) => string
  firstVersion: string
  noChanges: string
  textDiff: string
  added: string
  removed: string
  allVersions: string
  back: string
  change: (c: Change) => string
}

const en: PolicyPublicText = {
  inForce: (v, date) => `Version ${v}, in force from ${date}.`,
  upcoming: (v, date) => `Version ${v} takes effect on ${date}.`,
  versionTitle: (v) => `Privacy policy, version ${v}`,
  notYet: 'The privacy policy is on its way',
  notYetBody:
    'No privacy policy has been published here yet. Until it is, you can contact us or use your rights in our privacy center.',
  versionsTitle: 'Versions of the privacy policy',
  versionsIntro: 'Every version we have published, with the day it took effect and what changed.',
  version: 'Version',
  effectiveFrom: 'In force from',
  changes: 'Changes',
  current: 'in force now',
  future: 'upcoming',
  earlier: 'earlier',
  read: 'Read',
  whatChanged: 'What changed',
  whatChangedTitle: (from, to) => `What changed from version ${from} to version ${to}`,
  firstVersion: 'The first version.',
  noChanges: 'Nothing changed in the text.',
  textDiff: 'The text, line by line',
  added: 'Added',
  removed: 'Removed',
  allVersions: 'All versions',
  back: 'Back to the privacy policy',
  change: (c) => {
    switch (c.kind) {
      case 'section_added':
        return `New section: ${c.heading}`
      case 'section_removed':
        return `Section removed: ${c.heading}`
      case 'section_changed':
        return `Changed section: ${c.heading}`
      case 'activity_added':
        return `New purpose: ${c.name}`
      case 'activity_removed':
        return `We no longer process data for: ${c.name}`
      case 'activity_changed':
        return `Changed purpose: ${c.name}`
      case 'recipient_added':
        return `New recipient or processor: ${c.name}`
      case 'recipient_removed':
        return `No longer a recipient or processor: ${c.name}`
      case 'recipient_changed':
        return `Changed recipient or processor: ${c.name}`
      case 'retention_added':
        return `New retention rule: ${c.name}`
      case 'retention_removed':
        return `Retention rule removed: ${c.name}`
      case 'retention_changed':
        return `Retention changed: ${c.name}`
      case 'cookie_service_added':
        return `New cookie service: ${c.name}`
      case 'cookie_service_removed':
        return `Cookie service removed: ${c.name}`
      case 'controller_changed':
        return 'Our company details changed'
      case 'dpo_changed':
        return 'The data protection officer changed'
      case 'authority_changed':
        return 'The details of the data protection authority changed'
      case 'marketing_changed':
        return 'How we send marketing changed'
    }
  },
}

const da: PolicyPublicText = {
  inForce: (v, date) => `Version ${v}, gældende fra ${date}.`,
  upcoming: (v, date) => `Version ${v} træder i kraft den ${date}.`,
  versionTitle: (v) => `Privatlivspolitik, version ${v}`,
  notYet: 'Privatlivspolitikken er på vej',
  notYetBody:
    'Der er endnu ikke offentliggjort en privatlivspolitik her. Indtil da kan du kontakte os eller bruge dine rettigheder i vores privatlivscenter.',
  versionsTitle: 'Versioner af privatlivspolitikken',
  versionsIntro:
    'Alle de versioner, vi har offentliggjort, med den dag de trådte i kraft, og hvad der blev ændret.',
  version: 'Version',
  effectiveFrom: 'Gældende fra',
  changes: 'Ændringer',
  current: 'gældende nu',
  future: 'kommende',
  earlier: 'tidligere',
  read: 'Læs',
  whatChanged: 'Hvad er ændret',
  whatChangedTitle: (from, to) => `Ændringer fra version ${from} til version ${to}`,
  firstVersion: 'Den første version.',
  noChanges: 'Teksten er ikke ændret.',
  textDiff: 'Teksten, linje for linje',
  added: 'Tilføjet',
  removed: 'Fjernet',
  allVersions: 'Alle versioner',
  back: 'Tilbage til privatlivspolitikken',
  change: (c) => {
    switch (c.kind) {
      case 'section_added':
        return `Nyt afsnit: ${c.heading}`
      case 'section_removed':
        return `Afsnit fjernet: ${c.heading}`
      case 'section_changed':
        return `Ændret afsnit: ${c.heading}`
      case 'activity_added':
        return `Nyt formål: ${c.name}`
      case 'activity_removed':
        return `Vi behandler ikke længere oplysninger til: ${c.name}`
      case 'activity_changed':
        return `Ændret formål: ${c.name}`
      case 'recipient_added':
        return `Ny modtager eller databehandler: ${c.name}`
      case 'recipient_removed':
        return `Ikke længere modtager eller databehandler: ${c.name}`
      case 'recipient_changed':
        return `Ændret modtager eller databehandler: ${c.name}`
      case 'retention_added':
        return `Ny opbevaringsregel: ${c.name}`
      case 'retention_removed':
        return `Opbevaringsregel fjernet: ${c.name}`
      case 'retention_changed':
        return `Ændret opbevaring: ${c.name}`
      case 'cookie_service_added':
        return `Ny cookietjeneste: ${c.name}`
      case 'cookie_service_removed':
        return `Cookietjeneste fjernet: ${c.name}`
      case 'controller_changed':
        return 'Vores virksomhedsoplysninger er ændret'
      case 'dpo_changed':
        return 'Databeskyttelsesrådgiveren er ændret'
      case 'authority_changed':
        return 'Oplysningerne om tilsynsmyndigheden er ændret'
      case 'marketing_changed':
        return 'Måden, vi sender markedsføring på, er ændret'
    }
  },
}

const nb: PolicyPublicText = {
  inForce: (v, date) => `Versjon ${v}, gjelder fra ${date}.`,
  upcoming: (v, date) => `Versjon ${v} trer i kraft ${date}.`,
  versionTitle: (v) => `Personvernerklæring, versjon ${v}`,
  notYet: 'Personvernerklæringen er på vei',
  notYetBody:
    'Det er ikke publisert noen personvernerklæring her ennå. Inntil videre kan du kontakte oss eller bruke rettighetene dine i personvernsenteret vårt.',
  versionsTitle: 'Versjoner av personvernerklæringen',
  versionsIntro: 'Alle versjonene vi har publisert, med dagen de trådte i kraft og hva som ble endret.',
  version: 'Versjon',
  effectiveFrom: 'Gjelder fra',
  changes: 'Endringer',
  current: 'gjelder nå',
  future: 'kommende',
  earlier: 'tidligere',
  read: 'Les',
  whatChanged: 'Hva er endret',
  whatChangedTitle: (from, to) => `Endringer fra versjon ${from} til versjon ${to}`,
  firstVersion: 'Den første versjonen.',
  noChanges: 'Teksten er ikke endret.',
  textDiff: 'Teksten, linje for linje',
  added: 'Lagt til',
  removed: 'Fjernet',
  allVersions: 'Alle versjoner',
  back: 'Tilbake til personvernerklæringen',
  change: (c) => {
    switch (c.kind) {
      case 'section_added':
        return `Nytt avsnitt: ${c.heading}`
      case 'section_removed':
        return `Avsnitt fjernet: ${c.heading}`
      case 'section_changed':
        return `Endret avsnitt: ${c.heading}`
      case 'activity_added':
        return `Nytt formål: ${c.name}`
      case 'activity_removed':
        return `Vi behandler ikke lenger opplysninger til: ${c.name}`
      case 'activity_changed':
        return `Endret formål: ${c.name}`
      case 'recipient_added':
        return `Ny mottaker eller databehandler: ${c.name}`
      case 'recipient_removed':
        return `Ikke lenger mottaker eller databehandler: ${c.name}`
      case 'recipient_changed':
        return `Endret mottaker eller databehandler: ${c.name}`
      case 'retention_added':
        return `Ny lagringsregel: ${c.name}`
      case 'retention_removed':
        return `Lagringsregel fjernet: ${c.name}`
      case 'retention_changed':
        return `Endret lagringstid: ${c.name}`
      case 'cookie_service_added':
        return `Ny tjeneste med informasjonskapsler: ${c.name}`
      case 'cookie_service_removed':
        return `Tjeneste med informasjonskapsler fjernet: ${c.name}`
      case 'controller_changed':
        return 'Opplysningene om virksomheten vår er endret'
      case 'dpo_changed':
        return 'Personvernombudet er endret'
      case 'authority_changed':
        return 'Opplysningene om tilsynsmyndigheten er endret'
      case 'marketing_changed':
        return 'Måten vi sender markedsføring på, er endret'
    }
  },
}

const sv: PolicyPublicText = {
  inForce: (v, date) => `Version ${v}, gäller från och med ${date}.`,
  upcoming: (v, date) => `Version ${v} börjar gälla ${date}.`,
  versionTitle: (v) => `Integritetspolicy, version ${v}`,
  notYet: 'Integritetspolicyn är på väg',
  notYetBody:
    'Någon integritetspolicy har ännu inte publicerats här. Till dess kan du kontakta oss eller använda dina rättigheter i vårt integritetscenter.',
  versionsTitle: 'Versioner av integritetspolicyn',
  versionsIntro: 'Alla versioner vi har publicerat, med dagen de började gälla och vad som ändrades.',
  version: 'Version',
  effectiveFrom: 'Gäller från',
  changes: 'Ändringar',
  current: 'gäller nu',
  future: 'kommande',
  earlier: 'tidigare',
  read: 'Läs',
  whatChanged: 'Vad har ändrats',
  whatChangedTitle: (from, to) => `Ändringar från version ${from} till version ${to}`,
  firstVersion: 'Den första versionen.',
  noChanges: 'Texten har inte ändrats.',
  textDiff: 'Texten, rad för rad',
  added: 'Tillagt',
  removed: 'Borttaget',
  allVersions: 'Alla versioner',
  back: 'Tillbaka till integritetspolicyn',
  change: (c) => {
    switch (c.kind) {
      case 'section_added':
        return `Nytt avsnitt: ${c.heading}`
      case 'section_removed':
        return `Avsnitt borttaget: ${c.heading}`
      case 'section_changed':
        return `Ändrat avsnitt: ${c.heading}`
      case 'activity_added':
        return `Nytt ändamål: ${c.name}`
      case 'activity_removed':
        return `Vi behandlar inte längre uppgifter för: ${c.name}`
      case 'activity_changed':
        return `Ändrat ändamål: ${c.name}`
      case 'recipient_added':
        return `Ny mottagare eller nytt personuppgiftsbiträde: ${c.name}`
      case 'recipient_removed':
        return `Inte längre mottagare eller personuppgiftsbiträde: ${c.name}`
      case 'recipient_changed':
        return `Ändrad mottagare eller ändrat personuppgiftsbiträde: ${c.name}`
      case 'retention_added':
        return `Ny gallringsregel: ${c.name}`
      case 'retention_removed':
        return `Gallringsregel borttagen: ${c.name}`
      case 'retention_changed':
        return `Ändrad lagringstid: ${c.name}`
      case 'cookie_service_added':
        return `Ny tjänst som använder kakor: ${c.name}`
      case 'cookie_service_removed':
        return `Tjänst som använder kakor borttagen: ${c.name}`
      case 'controller_changed':
        return 'Våra företagsuppgifter har ändrats'
      case 'dpo_changed':
        return 'Uppgifterna om dataskyddsombudet har ändrats'
      case 'authority_changed':
        return 'Uppgifterna om tillsynsmyndigheten har ändrats'
      case 'marketing_changed':
        return 'Sättet vi skickar marknadsföring på har ändrats'
    }
  },
}

const fi: PolicyPublicText = {
  inForce: (v, date) => `Versio ${v}, voimassa ${date} alkaen.`,
  upcoming: (v, date) => `Versio ${v} tulee voimaan ${date}.`,
  versionTitle: (v) => `Tietosuojaseloste, versio ${v}`,
  notYet: 'Tietosuojaseloste on tulossa',
  notYetBody:
    'Tietosuojaselostetta ei ole vielä julkaistu täällä. Sillä välin voit ottaa meihin yhteyttä tai käyttää oikeuksiasi tietosuojakeskuksessamme.',
  versionsTitle: 'Tietosuojaselosteen versiot',
  versionsIntro: 'Kaikki julkaisemamme versiot, niiden voimaantulopäivä ja muutokset.',
  version: 'Versio',
  effectiveFrom: 'Voimassa alkaen',
  changes: 'Muutokset',
  current: 'voimassa nyt',
  future: 'tuleva',
  earlier: 'aiempi',
  read: 'Lue',
  whatChanged: 'Mikä muuttui',
  whatChangedTitle: (from, to) => `Muutokset versiosta ${from} versioon ${to}`,
  firstVersion: 'Ensimmäinen versio.',
  noChanges: 'Teksti ei muuttunut.',
  textDiff: 'Teksti riveittäin',
  added: 'Lisätty',
  removed: 'Poistettu',
  allVersions: 'Kaikki versiot',
  back: 'Takaisin tietosuojaselosteeseen',
  change: (c) => {
    switch (c.kind) {
      case 'section_added':
        return `Uusi kohta: ${c.heading}`
      case 'section_removed':
        return `Poistettu kohta: ${c.heading}`
      case 'section_changed':
        return `Muutettu kohta: ${c.heading}`
      case 'activity_added':
        return `Uusi käyttötarkoitus: ${c.name}`
      case 'activity_removed':
        return `Emme enää käsittele tietoja tähän tarkoitukseen: ${c.name}`
      case 'activity_changed':
        return `Muutettu käyttötarkoitus: ${c.name}`
      case 'recipient_added':
        return `Uusi vastaanottaja tai käsittelijä: ${c.name}`
      case 'recipient_removed':
        return `Ei enää vastaanottaja tai käsittelijä: ${c.name}`
      case 'recipient_changed':
        return `Muuttunut vastaanottaja tai käsittelijä: ${c.name}`
      case 'retention_added':
        return `Uusi säilytyssääntö: ${c.name}`
      case 'retention_removed':
        return `Poistettu säilytyssääntö: ${c.name}`
      case 'retention_changed':
        return `Muuttunut säilytysaika: ${c.name}`
      case 'cookie_service_added':
        return `Uusi evästeitä käyttävä palvelu: ${c.name}`
      case 'cookie_service_removed':
        return `Poistettu evästeitä käyttävä palvelu: ${c.name}`
      case 'controller_changed':
        return 'Yrityksemme tiedot ovat muuttuneet'
      case 'dpo_changed':
        return 'Tietosuojavastaava on vaihtunut'
      case 'authority_changed':
        return 'Valvontaviranomaisen tiedot ovat muuttuneet'
      case 'marketing_changed':
        return 'Tapa, jolla lähetämme markkinointia, on muuttunut'
    }
  },
}

export const POLICY_PUBLIC_TEXT: Record<Language, PolicyPublicText> = { en, da, nb, sv, fi }
