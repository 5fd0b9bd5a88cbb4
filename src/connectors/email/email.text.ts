import type { Language } from '../../i18n/languages.js'

/** The reply page a processor reaches from our mail, in its language. English is the shape. */
const en = {
  reply: {
    title: 'Answer our request',
    intro: (org: string, system: string, ref: string) =>
      `${org} asked you to carry out a data protection request (ref. ${ref}) in ${system}. Please tell us how it went.`,
    outcome: 'Was the request carried out?',
    done: 'Yes, it has been carried out',
    failed: 'No, it could not be carried out',
    note: 'Note',
    optional: 'optional',
    noteHint:
      'For example what was done, or why it could not be done. Please include no more personal data than needed.',
    send: 'Send answer',
    chooseOutcome: 'Choose whether the request was carried out.',
    noteTooLong: 'The note can be at most 2,000 characters.',
  },
  thanks: {
    title: 'Thank you',
    body: (org: string) => `${org} has received your answer. You can close this page.`,
  },
  invalid: {
    title: 'This link no longer works',
    body: 'It has already been used, or it has expired. If you still need to answer, please reply to our e-mail.',
  },
}
export type ReplyText = typeof en

const da: ReplyText = {
  reply: {
    title: 'Besvar vores anmodning',
    intro: (org, system, ref) =>
      `${org} har bedt jer om at gennemføre en anmodning efter databeskyttelsesreglerne (ref. ${ref}) i ${system}. Fortæl os venligst, hvordan det gik.`,
    outcome: 'Er anmodningen gennemført?',
    done: 'Ja, den er gennemført',
    failed: 'Nej, den kunne ikke gennemføres',
    note: 'Bemærkning',
    optional: 'valgfri',
    noteHint:
      'For eksempel hvad der er gjort, eller hvorfor det ikke kunne lade sig gøre. Skriv ikke flere personoplysninger end nødvendigt.',
    send: 'Send svar',
    chooseOutcome: 'Vælg, om anmodningen er gennemført.',
    noteTooLong: 'Bemærkningen må højst være på 2.000 tegn.',
  },
  thanks: {
    title: 'Tak',
    body: (org) => `${org} har modtaget jeres svar. I kan lukke siden nu.`,
  },
  invalid: {
    title: 'Linket virker ikke længere',
    body: 'Det er allerede brugt, eller det er udløbet. Hvis I stadig skal svare, så besvar venligst vores e-mail.',
  },
}

const nb: ReplyText = {
  reply: {
    title: 'Svar på henvendelsen vår',
    intro: (org, system, ref) =>
      `${org} har bedt dere om å utføre en henvendelse etter personvernreglene (ref. ${ref}) i ${system}. Fortell oss hvordan det gikk.`,
    outcome: 'Er henvendelsen utført?',
    done: 'Ja, den er utført',
    failed: 'Nei, den kunne ikke utføres',
    note: 'Merknad',
    optional: 'valgfritt',
    noteHint:
      'For eksempel hva som ble gjort, eller hvorfor det ikke lot seg gjøre. Ikke ta med flere personopplysninger enn nødvendig.',
    send: 'Send svar',
    chooseOutcome: 'Velg om henvendelsen er utført.',
    noteTooLong: 'Merknaden kan være på høyst 2 000 tegn.',
  },
  thanks: {
    title: 'Takk',
    body: (org) => `${org} har mottatt svaret deres. Dere kan lukke siden nå.`,
  },
  invalid: {
    title: 'Lenken virker ikke lenger',
    body: 'Den er allerede brukt, eller den har utløpt. Hvis dere fortsatt skal svare, kan dere svare på e-posten vår.',
  },
}

const sv: ReplyText = {
  reply: {
    title: 'Svara på vår begäran',
    intro: (org, system, ref) =>
      `${org} har bett er att genomföra en begäran enligt dataskyddsreglerna (ref. ${ref}) i ${system}. Berätta gärna hur det gick.`,
    outcome: 'Har begäran genomförts?',
    done: 'Ja, den har genomförts',
    failed: 'Nej, den kunde inte genomföras',
    note: 'Kommentar',
    optional: 'frivilligt',
    noteHint:
      'Till exempel vad som gjordes eller varför det inte gick. Ta inte med fler personuppgifter än nödvändigt.',
    send: 'Skicka svar',
    chooseOutcome: 'Välj om begäran har genomförts.',
    noteTooLong: 'Kommentaren får vara högst 2 000 tecken.',
  },
  thanks: {
    title: 'Tack',
    body: (org) => `${org} har tagit emot ert svar. Ni kan stänga sidan nu.`,
  },
  invalid: {
    title: 'Länken fungerar inte längre',
    body: 'Den har redan använts eller har gått ut. Om ni fortfarande behöver svara kan ni svara på vårt mejl.',
  },
}

const fi: ReplyText = {
  reply: {
    title: 'Vastaa pyyntöömme',
    intro: (org, system, ref) =>
      `${org} on pyytänyt teitä hoitamaan tietosuojaa koskevan pyynnön (viite ${ref}) järjestelmässä ${system}. Kertokaa meille, miten se onnistui.`,
    outcome: 'Onko pyyntö hoidettu?',
    done: 'Kyllä, se on hoidettu',
    failed: 'Ei, sitä ei voitu hoitaa',
    note: 'Lisätieto',
    optional: 'vapaaehtoinen',
    noteHint:
      'Esimerkiksi mitä tehtiin tai miksi pyyntöä ei voitu hoitaa. Älkää kirjoittako henkilötietoja enempää kuin on tarpeen.',
    send: 'Lähetä vastaus',
    chooseOutcome: 'Valitkaa, onko pyyntö hoidettu.',
    noteTooLong: 'Lisätieto voi olla enintään 2 000 merkkiä.',
  },
  thanks: {
    title: 'Kiitos',
    body: (org) => `${org} on vastaanottanut vastauksenne. Voitte sulkea sivun.`,
  },
  invalid: {
    title: 'Linkki ei enää toimi',
    body: 'Se on jo käytetty tai vanhentunut. Jos teidän pitää vielä vastata, vastatkaa sähköpostiimme.',
  },
}

export const REPLY_TEXT: Record<Language, ReplyText> = { en, da, nb, sv, fi }
