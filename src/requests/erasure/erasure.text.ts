import type { Language } from '../../i18n/languages.js'
import type { ProfileField } from '../../subjects/subject.access.js'
import type { ErasureReport } from './erasure.schema.js'

type Kind = ErasureReport['deleted']['interactions'][number]['kind']

/** What the person is told after an erasure, in their language (Art. 12, P12). English is the shape. */
export interface ErasureText {
  deleted: string
  nothingDeleted: string
  details: (fields: string) => string
  fields: Record<ProfileField, string>
  kinds: Record<Kind, (n: number) => string>
  marketing: (n: number) => string
  messages: (n: number) => string
  kept: string
  bookkeeping: (law: string) => string
  until: (date: string) => string
  keyDestroyed: string
  erasureList: string
  cannotRestore: string
}

const plural = (one: string, many: string) => (n: number) => (n === 1 ? `1 ${one}` : `${n} ${many}`)

const en: ErasureText = {
  deleted: 'We have deleted this personal data about you:',
  nothingDeleted: 'We held no other personal data about you.',
  details: (fields) => `your details (${fields})`,
  fields: {
    name: 'name',
    email: 'e-mail address',
    phone: 'phone number',
    address: 'address',
    billingAddress: 'billing address',
    jobTitle: 'job title',
    workplace: 'workplace',
    nationalIds: 'national identity number',
    externalIds: 'customer number',
    companyNumber: 'company registration number',
    gln: 'GLN number',
    cardLast4: 'the last four digits of your payment card',
    cardExpiry: 'the card’s expiry date',
    notes: 'notes',
  },
  kinds: {
    inquiry: plural('inquiry', 'inquiries'),
    complaint: plural('complaint', 'complaints'),
    offer: plural('offer', 'offers'),
    order: plural('order', 'orders'),
    invoice: plural('invoice', 'invoices'),
    note: plural('note', 'notes'),
  },
  marketing: (n) =>
    n === 1 ? 'your permission to send you marketing' : `your ${n} permissions to send you marketing`,
  messages: (n) => (n === 1 ? '1 e-mail to you in our outbox' : `${n} e-mails to you in our outbox`),
  kept: 'Some of it we must keep for a while longer:',
  bookkeeping: (law) =>
    `The bookkeeping rules require us to keep invoices and orders and the details they must show (${law}).`,
  until: (date) =>
    `We keep them up to and including ${date} and delete them after that. Until then they are only stored: we use them for nothing else unless they are needed to establish, exercise or defend a legal claim.`,
  keyDestroyed:
    'The key that protected your data has been destroyed, so the data cannot be read again, not even from our backups.',
  erasureList:
    'So that you are not added again by mistake, we keep your e-mail address, phone number and customer numbers only as a one-way code that cannot be turned back into them.',
  cannotRestore: 'Deleted data cannot be restored.',
}

const da: ErasureText = {
  deleted: 'Vi har slettet disse personoplysninger om dig:',
  nothingDeleted: 'Vi havde ikke andre personoplysninger om dig.',
  details: (fields) => `dine oplysninger (${fields})`,
  fields: {
    name: 'navn',
    email: 'e-mailadresse',
    phone: 'telefonnummer',
    address: 'adresse',
    billingAddress: 'faktureringsadresse',
    jobTitle: 'stillingsbetegnelse',
    workplace: 'arbejdsplads',
    nationalIds: 'CPR-nummer',
    externalIds: 'kundenummer',
    companyNumber: 'CVR-nummer',
    gln: 'EAN-nummer',
    cardLast4: 'de sidste fire cifre i dit betalingskort',
    cardExpiry: 'kortets udløbsdato',
    notes: 'noter',
  },
  kinds: {
    inquiry: plural('henvendelse', 'henvendelser'),
    complaint: plural('klage', 'klager'),
    offer: plural('tilbud', 'tilbud'),
    order: plural('ordre', 'ordrer'),
    invoice: plural('faktura', 'fakturaer'),
    note: plural('note', 'noter'),
  },
  marketing: (n) => (n === 1 ? 'dit samtykke til markedsføring' : `dine ${n} samtykker til markedsføring`),
  messages: (n) => (n === 1 ? '1 e-mail til dig i vores udbakke' : `${n} e-mails til dig i vores udbakke`),
  kept: 'Noget af det skal vi gemme lidt endnu:',
  bookkeeping: (law) =>
    `Bogføringsreglerne kræver, at vi gemmer fakturaer og ordrer og de oplysninger, der skal stå på dem (${law}).`,
  until: (date) =>
    `Vi gemmer dem til og med ${date} og sletter dem derefter. Indtil da bliver de kun opbevaret: Vi bruger dem ikke til andet, medmindre vi får brug for dem til at fastlægge, gøre gældende eller forsvare et retskrav.`,
  keyDestroyed:
    'Nøglen, der beskyttede dine oplysninger, er destrueret, så oplysningerne ikke kan læses igen – heller ikke fra vores sikkerhedskopier.',
  erasureList:
    'For at du ikke bliver oprettet igen ved en fejl, gemmer vi kun din e-mailadresse, dit telefonnummer og dine kundenumre som en envejskode, der ikke kan omsættes til oplysningerne igen.',
  cannotRestore: 'Slettede oplysninger kan ikke gendannes.',
}

const nb: ErasureText = {
  deleted: 'Vi har slettet disse personopplysningene om deg:',
  nothingDeleted: 'Vi hadde ingen andre personopplysninger om deg.',
  details: (fields) => `opplysningene dine (${fields})`,
  fields: {
    name: 'navn',
    email: 'e-postadresse',
    phone: 'telefonnummer',
    address: 'adresse',
    billingAddress: 'fakturaadresse',
    jobTitle: 'stillingstittel',
    workplace: 'arbeidssted',
    nationalIds: 'fødselsnummer',
    externalIds: 'kundenummer',
    companyNumber: 'organisasjonsnummer',
    gln: 'GLN-nummer',
    cardLast4: 'de fire siste sifrene i betalingskortet ditt',
    cardExpiry: 'kortets utløpsdato',
    notes: 'notater',
  },
  kinds: {
    inquiry: plural('henvendelse', 'henvendelser'),
    complaint: plural('klage', 'klager'),
    offer: plural('tilbud', 'tilbud'),
    order: plural('bestilling', 'bestillinger'),
    invoice: plural('faktura', 'fakturaer'),
    note: plural('notat', 'notater'),
  },
  marketing: (n) =>
    n === 1 ? 'samtykket ditt til markedsføring' : `de ${n} samtykkene dine til markedsføring`,
  messages: (n) => (n === 1 ? '1 e-post til deg i utboksen vår' : `${n} e-poster til deg i utboksen vår`),
  kept: 'Noe av det må vi ta vare på en stund til:',
  bookkeeping: (law) =>
    `Bokføringsreglene krever at vi oppbevarer fakturaer og bestillinger og opplysningene som må stå på dem (${law}).`,
  until: (date) =>
    `Vi oppbevarer dem til og med ${date} og sletter dem deretter. Fram til da blir de bare lagret: Vi bruker dem ikke til noe annet, med mindre de trengs for å fastsette, gjøre gjeldende eller forsvare et rettskrav.`,
  keyDestroyed:
    'Nøkkelen som beskyttet opplysningene dine, er ødelagt, så opplysningene kan ikke leses igjen – heller ikke fra sikkerhetskopiene våre.',
  erasureList:
    'For at du ikke skal bli registrert på nytt ved en feil, tar vi vare på e-postadressen, telefonnummeret og kundenumrene dine bare som en enveiskode som ikke kan gjøres om til opplysningene igjen.',
  cannotRestore: 'Slettede opplysninger kan ikke gjenopprettes.',
}

const sv: ErasureText = {
  deleted: 'Vi har raderat de här personuppgifterna om dig:',
  nothingDeleted: 'Vi hade inga andra personuppgifter om dig.',
  details: (fields) => `dina uppgifter (${fields})`,
  fields: {
    name: 'namn',
    email: 'e-postadress',
    phone: 'telefonnummer',
    address: 'adress',
    billingAddress: 'fakturaadress',
    jobTitle: 'titel',
    workplace: 'arbetsplats',
    nationalIds: 'personnummer',
    externalIds: 'kundnummer',
    companyNumber: 'organisationsnummer',
    gln: 'GLN-nummer',
    cardLast4: 'de fyra sista siffrorna i ditt betalkort',
    cardExpiry: 'kortets giltighetstid',
    notes: 'anteckningar',
  },
  kinds: {
    inquiry: plural('förfrågan', 'förfrågningar'),
    complaint: plural('klagomål', 'klagomål'),
    offer: plural('offert', 'offerter'),
    order: plural('beställning', 'beställningar'),
    invoice: plural('faktura', 'fakturor'),
    note: plural('anteckning', 'anteckningar'),
  },
  marketing: (n) =>
    n === 1 ? 'ditt samtycke till marknadsföring' : `dina ${n} samtycken till marknadsföring`,
  messages: (n) =>
    n === 1 ? '1 e-postmeddelande till dig i vår utkorg' : `${n} e-postmeddelanden till dig i vår utkorg`,
  kept: 'En del av det måste vi spara ett tag till:',
  bookkeeping: (law) =>
    `Bokföringsreglerna kräver att vi sparar fakturor och beställningar och de uppgifter som ska stå på dem (${law}).`,
  until: (date) =>
    `Vi sparar dem till och med ${date} och raderar dem sedan. Fram till dess lagras de bara: vi använder dem inte till något annat, om de inte behövs för att fastställa, göra gällande eller försvara rättsliga anspråk.`,
  keyDestroyed:
    'Nyckeln som skyddade dina uppgifter har förstörts, så uppgifterna kan inte läsas igen – inte heller från våra säkerhetskopior.',
  erasureList:
    'För att du inte ska läggas in igen av misstag sparar vi din e-postadress, ditt telefonnummer och dina kundnummer bara som en envägskod som inte kan omvandlas tillbaka till uppgifterna.',
  cannotRestore: 'Raderade uppgifter kan inte återställas.',
}

const fi: ErasureText = {
  deleted: 'Olemme poistaneet sinusta nämä henkilötiedot:',
  nothingDeleted: 'Meillä ei ollut sinusta muita henkilötietoja.',
  details: (fields) => `tietosi (${fields})`,
  fields: {
    name: 'nimi',
    email: 'sähköpostiosoite',
    phone: 'puhelinnumero',
    address: 'osoite',
    billingAddress: 'laskutusosoite',
    jobTitle: 'tehtävänimike',
    workplace: 'työpaikka',
    nationalIds: 'henkilötunnus',
    externalIds: 'asiakasnumero',
    companyNumber: 'Y-tunnus',
    gln: 'GLN-tunnus',
    cardLast4: 'maksukorttisi neljä viimeistä numeroa',
    cardExpiry: 'kortin voimassaoloaika',
    notes: 'muistiinpanot',
  },
  kinds: {
    inquiry: plural('yhteydenotto', 'yhteydenottoa'),
    complaint: plural('reklamaatio', 'reklamaatiota'),
    offer: plural('tarjous', 'tarjousta'),
    order: plural('tilaus', 'tilausta'),
    invoice: plural('lasku', 'laskua'),
    note: plural('muistiinpano', 'muistiinpanoa'),
  },
  marketing: (n) => (n === 1 ? 'markkinointilupasi' : `${n} markkinointilupaasi`),
  messages: (n) =>
    n === 1
      ? '1 sinulle osoitettu sähköposti lähtevien viestien jonossa'
      : `${n} sinulle osoitettua sähköpostia lähtevien viestien jonossa`,
  kept: 'Osa tiedoista on säilytettävä vielä jonkin aikaa:',
  bookkeeping: (law) =>
    `Kirjanpitolainsäädäntö velvoittaa meidät säilyttämään laskut ja tilaukset sekä tiedot, joiden on näyttävä niissä (${law}).`,
  until: (date) =>
    `Säilytämme niitä ${date} asti ja poistamme ne sen jälkeen. Siihen asti niitä vain säilytetään: emme käytä niitä mihinkään muuhun, ellei niitä tarvita oikeudellisen vaatimuksen laatimiseen, esittämiseen tai puolustamiseen.`,
  keyDestroyed:
    'Tietojasi suojannut salausavain on tuhottu, joten tietoja ei voi enää lukea – ei myöskään varmuuskopioistamme.',
  erasureList:
    'Jotta sinua ei lisättäisi vahingossa uudelleen, säilytämme sähköpostiosoitteesi, puhelinnumerosi ja asiakasnumerosi vain yksisuuntaisena tunnisteena, josta niitä ei voi palauttaa.',
  cannotRestore: 'Poistettuja tietoja ei voi palauttaa.',
}

export const ERASURE_TEXTS: Record<Language, ErasureText> = { en, da, nb, sv, fi }

const LOCALES: Record<Language, string> = { en: 'en-GB', da: 'da-DK', nb: 'nb-NO', sv: 'sv-SE', fi: 'fi-FI' }

/** A day (YYYY-MM-DD) as people write it in the language, e.g. "31. december 2031". */
export function longDate(day: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  )
}

function joined(items: string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { type: 'conjunction' }).format(items)
}

/**
 * The report in the person's words, as paragraphs for the completion mail: what was deleted, what is
 * kept, why, under which law and until when, and that the deletion cannot be undone.
 */
export function renderErasureReport(report: ErasureReport, language: Language): string[] {
  const t = ERASURE_TEXTS[language]
  const fieldList = (fields: readonly ProfileField[]) =>
    joined(
      fields.map((f) => t.fields[f]),
      language,
    )
  const deleted = [
    ...(report.deleted.fields.length > 0 ? [t.details(fieldList(report.deleted.fields))] : []),
    ...report.deleted.interactions.map((i) => t.kinds[i.kind](i.count)),
    ...(report.deleted.marketingPermissions > 0 ? [t.marketing(report.deleted.marketingPermissions)] : []),
    ...(report.deleted.messages > 0 ? [t.messages(report.deleted.messages)] : []),
  ]
  const out = [deleted.length > 0 ? `${t.deleted} ${joined(deleted, language)}.` : t.nothingDeleted]
  if (report.kept) {
    const kept = [
      ...(report.kept.fields.length > 0 ? [t.details(fieldList(report.kept.fields))] : []),
      ...report.kept.interactions.map((i) => t.kinds[i.kind](i.count)),
    ]
    out.push(
      `${t.kept} ${joined(kept, language)}. ${t.bookkeeping(report.kept.law)} ${t.until(longDate(report.kept.until, language))}`,
    )
  }
  if (report.keyDestroyed) out.push(t.keyDestroyed)
  out.push(t.erasureList, t.cannotRestore)
  return out
}
