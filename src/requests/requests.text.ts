import type { Language } from '../i18n/languages.js'
import type { ObjectionScope, RequestKind } from './request.schema.js'

/** Texts the person reads: the intake pages and the names of what they asked for. */
export interface RequestText {
  /** What was asked for, as a label ("Deletion of your data"), for mails and receipts. */
  kinds: Record<RequestKind, string>
  /** The choices on the form, in the person's own voice ("Delete my data"). */
  choices: Record<RequestKind, string>
  form: {
    title: string
    intro: (org: string) => string
    kind: string
    scope: string
    scopes: Record<ObjectionScope, string>
    email: string
    emailHint: string
    details: string
    detailsHint: string
    optional: string
    submit: string
    problem: string
    errors: { kind: string; email: string; details: string }
  }
  sent: { title: string; body: string; code: string; email: string; confirm: string }
  confirm: { title: string; intro: (org: string) => string; button: string }
  confirmed: { title: string; body: (due: string) => string }
  invalid: { title: string; body: string; again: string }
}

const en: RequestText = {
  kinds: {
    access: 'Access to your data',
    portability: 'A copy of your data to take elsewhere',
    rectification: 'Correction of your data',
    erasure: 'Deletion of your data',
    restriction: 'Restriction of how your data is used',
    objection: 'Objection to how your data is used',
    stop_marketing: 'No more marketing',
    withdraw_consent: 'Withdrawal of your consent',
  },
  choices: {
    access: 'See the data you hold about me',
    portability: 'Get a copy of my data to take elsewhere',
    rectification: 'Correct my data',
    erasure: 'Delete my data',
    restriction: 'Restrict how my data is used',
    objection: 'Object to how my data is used',
    stop_marketing: 'Stop sending me marketing',
    withdraw_consent: 'Withdraw my consent',
  },
  form: {
    title: 'Make a request about your data',
    intro: (org) =>
      `Tell ${org} what you want done with your personal data. We answer without undue delay, and within the deadline the law sets.`,
    kind: 'What do you want?',
    scope: 'If you object: to what?',
    scopes: {
      direct_marketing: 'Marketing sent to me',
      other: 'Another use of my data (tell us which below)',
    },
    email: 'Your e-mail address',
    emailHint:
      'We send a link to this address so you can confirm it is yours. Use the address we know you by.',
    details: 'Anything we should know?',
    detailsHint: 'For example what should be corrected. Please do not send identity numbers or copies of ID.',
    optional: 'optional',
    submit: 'Send request',
    problem: 'Please check the form.',
    errors: {
      kind: 'Choose what you want.',
      email: 'Enter an e-mail address such as name@example.com.',
      details: 'Please keep it under 2,000 characters.',
    },
  },
  sent: {
    title: 'Check your e-mail',
    body: 'If the address is right, an e-mail with a link and a code is on its way. Follow the link, or type the code below, within 24 hours to send your request. Nothing happens until you do.',
    code: 'Code from the e-mail',
    email: 'Your e-mail address',
    confirm: 'Confirm',
  },
  confirm: {
    title: 'Confirm your request',
    intro: (org) => `Press the button to send your request to ${org}.`,
    button: 'Send my request',
  },
  confirmed: {
    title: 'Your request has been received',
    body: (due) => `We will answer by e-mail by ${due} at the latest. We have sent you a receipt.`,
  },
  invalid: {
    title: 'This link or code does not work',
    body: 'It may have been used already, been typed wrongly, or have expired (after 24 hours). You are welcome to send your request again.',
    again: 'Make a new request',
  },
}

const da: RequestText = {
  kinds: {
    access: 'Indsigt i dine oplysninger',
    portability: 'En kopi af dine oplysninger, som du kan tage med videre',
    rectification: 'Rettelse af dine oplysninger',
    erasure: 'Sletning af dine oplysninger',
    restriction: 'Begrænsning af brugen af dine oplysninger',
    objection: 'Indsigelse mod brugen af dine oplysninger',
    stop_marketing: 'Stop for markedsføring',
    withdraw_consent: 'Tilbagetrækning af dit samtykke',
  },
  choices: {
    access: 'Se de oplysninger, I har om mig',
    portability: 'Få en kopi af mine oplysninger, som jeg kan tage med videre',
    rectification: 'Rette mine oplysninger',
    erasure: 'Slette mine oplysninger',
    restriction: 'Begrænse brugen af mine oplysninger',
    objection: 'Gøre indsigelse mod brugen af mine oplysninger',
    stop_marketing: 'Ikke få markedsføring mere',
    withdraw_consent: 'Trække mit samtykke tilbage',
  },
  form: {
    title: 'Send en anmodning om dine oplysninger',
    intro: (org) =>
      `Fortæl ${org}, hvad du vil have gjort med dine personoplysninger. Vi svarer uden unødig forsinkelse og inden for den frist, loven giver.`,
    kind: 'Hvad vil du?',
    scope: 'Hvis du gør indsigelse: mod hvad?',
    scopes: {
      direct_marketing: 'Markedsføring til mig',
      other: 'En anden brug af mine oplysninger (skriv hvilken nedenfor)',
    },
    email: 'Din e-mailadresse',
    emailHint:
      'Vi sender et link til adressen, så du kan bekræfte, at den er din. Brug den adresse, vi kender dig under.',
    details: 'Er der noget, vi skal vide?',
    detailsHint: 'For eksempel hvad der skal rettes. Send ikke CPR-nummer eller kopi af legitimation.',
    optional: 'valgfrit',
    submit: 'Send anmodning',
    problem: 'Tjek venligst formularen.',
    errors: {
      kind: 'Vælg, hvad du vil.',
      email: 'Skriv en e-mailadresse, fx navn@eksempel.dk.',
      details: 'Skriv højst 2.000 tegn.',
    },
  },
  sent: {
    title: 'Tjek din e-mail',
    body: 'Hvis adressen er rigtig, er en e-mail med et link og en kode på vej. Følg linket, eller skriv koden herunder inden for 24 timer, så bliver din anmodning sendt. Der sker ikke noget, før du gør det.',
    code: 'Koden fra e-mailen',
    email: 'Din e-mailadresse',
    confirm: 'Bekræft',
  },
  confirm: {
    title: 'Bekræft din anmodning',
    intro: (org) => `Tryk på knappen for at sende din anmodning til ${org}.`,
    button: 'Send min anmodning',
  },
  confirmed: {
    title: 'Vi har modtaget din anmodning',
    body: (due) => `Vi svarer dig på e-mail senest den ${due}. Vi har sendt dig en kvittering.`,
  },
  invalid: {
    title: 'Linket eller koden virker ikke',
    body: 'Det kan være brugt i forvejen, være skrevet forkert eller være udløbet (efter 24 timer). Du er velkommen til at sende din anmodning igen.',
    again: 'Send en ny anmodning',
  },
}

const nb: RequestText = {
  kinds: {
    access: 'Innsyn i opplysningene dine',
    portability: 'En kopi av opplysningene dine som du kan ta med deg',
    rectification: 'Retting av opplysningene dine',
    erasure: 'Sletting av opplysningene dine',
    restriction: 'Begrensning av bruken av opplysningene dine',
    objection: 'Protest mot bruken av opplysningene dine',
    stop_marketing: 'Stans av markedsføring',
    withdraw_consent: 'Tilbaketrekking av samtykket ditt',
  },
  choices: {
    access: 'Se opplysningene dere har om meg',
    portability: 'Få en kopi av opplysningene mine som jeg kan ta med meg',
    rectification: 'Rette opplysningene mine',
    erasure: 'Slette opplysningene mine',
    restriction: 'Begrense bruken av opplysningene mine',
    objection: 'Protestere mot bruken av opplysningene mine',
    stop_marketing: 'Ikke få mer markedsføring',
    withdraw_consent: 'Trekke tilbake samtykket mitt',
  },
  form: {
    title: 'Send en forespørsel om opplysningene dine',
    intro: (org) =>
      `Fortell ${org} hva du vil at skal skje med personopplysningene dine. Vi svarer uten ugrunnet opphold og innen fristen loven setter.`,
    kind: 'Hva ønsker du?',
    scope: 'Hvis du protesterer: mot hva?',
    scopes: {
      direct_marketing: 'Markedsføring til meg',
      other: 'Annen bruk av opplysningene mine (skriv hvilken nedenfor)',
    },
    email: 'E-postadressen din',
    emailHint:
      'Vi sender en lenke til adressen slik at du kan bekrefte at den er din. Bruk adressen vi kjenner deg med.',
    details: 'Er det noe vi bør vite?',
    detailsHint: 'For eksempel hva som skal rettes. Ikke send fødselsnummer eller kopi av legitimasjon.',
    optional: 'valgfritt',
    submit: 'Send forespørsel',
    problem: 'Sjekk skjemaet.',
    errors: {
      kind: 'Velg hva du ønsker.',
      email: 'Skriv en e-postadresse, for eksempel navn@eksempel.no.',
      details: 'Skriv høyst 2000 tegn.',
    },
  },
  sent: {
    title: 'Sjekk e-posten din',
    body: 'Hvis adressen stemmer, er en e-post med en lenke og en kode på vei. Følg lenken, eller skriv inn koden nedenfor innen 24 timer, så blir forespørselen sendt. Ingenting skjer før du gjør det.',
    code: 'Koden fra e-posten',
    email: 'E-postadressen din',
    confirm: 'Bekreft',
  },
  confirm: {
    title: 'Bekreft forespørselen din',
    intro: (org) => `Trykk på knappen for å sende forespørselen din til ${org}.`,
    button: 'Send forespørselen',
  },
  confirmed: {
    title: 'Vi har mottatt forespørselen din',
    body: (due) => `Vi svarer deg på e-post senest ${due}. Vi har sendt deg en kvittering.`,
  },
  invalid: {
    title: 'Lenken eller koden virker ikke',
    body: 'Den kan allerede være brukt, være skrevet feil eller ha utløpt (etter 24 timer). Du kan gjerne sende forespørselen på nytt.',
    again: 'Send en ny forespørsel',
  },
}

const sv: RequestText = {
  kinds: {
    access: 'Tillgång till dina uppgifter (registerutdrag)',
    portability: 'En kopia av dina uppgifter som du kan ta med dig',
    rectification: 'Rättelse av dina uppgifter',
    erasure: 'Radering av dina uppgifter',
    restriction: 'Begränsning av hur dina uppgifter används',
    objection: 'Invändning mot hur dina uppgifter används',
    stop_marketing: 'Stopp för marknadsföring',
    withdraw_consent: 'Återkallelse av ditt samtycke',
  },
  choices: {
    access: 'Se vilka uppgifter ni har om mig',
    portability: 'Få en kopia av mina uppgifter som jag kan ta med mig',
    rectification: 'Rätta mina uppgifter',
    erasure: 'Radera mina uppgifter',
    restriction: 'Begränsa hur mina uppgifter används',
    objection: 'Invända mot hur mina uppgifter används',
    stop_marketing: 'Slippa marknadsföring',
    withdraw_consent: 'Återkalla mitt samtycke',
  },
  form: {
    title: 'Skicka en begäran om dina uppgifter',
    intro: (org) =>
      `Berätta för ${org} vad du vill ska hända med dina personuppgifter. Vi svarar utan onödigt dröjsmål och inom den tid som lagen anger.`,
    kind: 'Vad vill du?',
    scope: 'Om du invänder: mot vad?',
    scopes: {
      direct_marketing: 'Marknadsföring till mig',
      other: 'Någon annan användning av mina uppgifter (skriv vilken nedan)',
    },
    email: 'Din e-postadress',
    emailHint:
      'Vi skickar en länk till adressen så att du kan bekräfta att den är din. Använd den adress vi känner dig under.',
    details: 'Finns det något vi behöver veta?',
    detailsHint: 'Till exempel vad som ska rättas. Skicka inte personnummer eller kopia av id-handling.',
    optional: 'frivilligt',
    submit: 'Skicka begäran',
    problem: 'Kontrollera formuläret.',
    errors: {
      kind: 'Välj vad du vill.',
      email: 'Skriv en e-postadress, till exempel namn@exempel.se.',
      details: 'Skriv högst 2 000 tecken.',
    },
  },
  sent: {
    title: 'Kolla din e-post',
    body: 'Om adressen stämmer är ett mejl med en länk och en kod på väg. Följ länken eller skriv in koden nedan inom 24 timmar, så skickas din begäran. Inget händer förrän du gör det.',
    code: 'Koden från mejlet',
    email: 'Din e-postadress',
    confirm: 'Bekräfta',
  },
  confirm: {
    title: 'Bekräfta din begäran',
    intro: (org) => `Tryck på knappen för att skicka din begäran till ${org}.`,
    button: 'Skicka min begäran',
  },
  confirmed: {
    title: 'Vi har tagit emot din begäran',
    body: (due) => `Vi svarar dig via e-post senast den ${due}. Vi har skickat ett kvitto till dig.`,
  },
  invalid: {
    title: 'Länken eller koden fungerar inte',
    body: 'Den kan redan ha använts, ha skrivits fel eller ha slutat gälla (efter 24 timmar). Du kan gärna skicka din begäran igen.',
    again: 'Skicka en ny begäran',
  },
}

const fi: RequestText = {
  kinds: {
    access: 'Tietojesi tarkastaminen',
    portability: 'Tietojesi siirtäminen toiseen palveluun',
    rectification: 'Tietojesi oikaiseminen',
    erasure: 'Tietojesi poistaminen',
    restriction: 'Tietojesi käsittelyn rajoittaminen',
    objection: 'Tietojesi käsittelyn vastustaminen',
    stop_marketing: 'Markkinoinnin lopettaminen',
    withdraw_consent: 'Suostumuksesi peruuttaminen',
  },
  choices: {
    access: 'Nähdä, mitä tietoja minusta on tallennettu',
    portability: 'Saada tietoni itselleni siirrettävässä muodossa',
    rectification: 'Korjata tietoni',
    erasure: 'Poistaa tietoni',
    restriction: 'Rajoittaa tietojeni käyttöä',
    objection: 'Vastustaa tietojeni käsittelyä',
    stop_marketing: 'Lopettaa markkinoinnin minulle',
    withdraw_consent: 'Peruuttaa suostumukseni',
  },
  form: {
    title: 'Tee pyyntö tiedoistasi',
    intro: (org) =>
      `Kerro yritykselle ${org}, mitä haluat henkilötiedoillesi tehtävän. Vastaamme ilman aiheetonta viivytystä ja lain määräajassa.`,
    kind: 'Mitä haluat?',
    scope: 'Jos vastustat käsittelyä: mitä vastustat?',
    scopes: {
      direct_marketing: 'Minulle lähetettävää markkinointia',
      other: 'Muuta tietojeni käyttöä (kerro alla, mitä)',
    },
    email: 'Sähköpostiosoitteesi',
    emailHint:
      'Lähetämme osoitteeseen linkin, jolla vahvistat, että osoite on sinun. Käytä osoitetta, jonka olet antanut meille.',
    details: 'Onko jotain, mitä meidän pitäisi tietää?',
    detailsHint:
      'Esimerkiksi mitä pitäisi korjata. Älä lähetä henkilötunnusta tai kopiota henkilöllisyystodistuksesta.',
    optional: 'vapaaehtoinen',
    submit: 'Lähetä pyyntö',
    problem: 'Tarkista lomake.',
    errors: {
      kind: 'Valitse, mitä haluat.',
      email: 'Kirjoita sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.',
      details: 'Kirjoita enintään 2 000 merkkiä.',
    },
  },
  sent: {
    title: 'Tarkista sähköpostisi',
    body: 'Jos osoite on oikein, saat pian sähköpostin, jossa on linkki ja koodi. Avaa linkki tai kirjoita koodi alle 24 tunnin kuluessa, niin pyyntösi lähtee. Mitään ei tapahdu ennen sitä.',
    code: 'Sähköpostissa saamasi koodi',
    email: 'Sähköpostiosoitteesi',
    confirm: 'Vahvista',
  },
  confirm: {
    title: 'Vahvista pyyntösi',
    intro: (org) => `Lähetä pyyntösi yritykselle ${org} painamalla painiketta.`,
    button: 'Lähetä pyyntö',
  },
  confirmed: {
    title: 'Pyyntösi on vastaanotettu',
    body: (due) =>
      `Vastaamme sähköpostitse viimeistään ${due}. Lähetimme sinulle vahvistuksen vastaanotosta.`,
  },
  invalid: {
    title: 'Linkki tai koodi ei toimi',
    body: 'Se on ehkä jo käytetty, kirjoitettu väärin tai vanhentunut (24 tunnin jälkeen). Voit lähettää pyyntösi uudelleen.',
    again: 'Tee uusi pyyntö',
  },
}

export const REQUEST_TEXT: Record<Language, RequestText> = { en, da, nb, sv, fi }

const LOCALES: Record<Language, string> = { en: 'en-GB', da: 'da-DK', nb: 'nb-NO', sv: 'sv-SE', fi: 'fi-FI' }

/** A calendar day (YYYY-MM-DD) written out as people write dates in the language: "31. januar 2027". */
export function longDate(language: Language, day: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  )
}
