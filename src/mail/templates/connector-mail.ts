import type { Language } from '../../i18n/languages.js'
import { longDate } from '../../requests/requests.text.js'
import { type MailContent, renderMail } from '../render.js'

/** The kinds of request a processor is asked to carry out; anything else reads as `other`. */
type Task = 'access' | 'portability' | 'rectification' | 'erasure' | 'restriction' | 'other'

interface ConnectorMailTexts {
  hello: string
  subject: (org: string, ref: string) => string
  reminderSubject: (org: string, ref: string) => string
  intro: (org: string, system: string) => string
  tasks: Record<Task, string>
  identifiedBy: string
  email: (value: string) => string
  customerIds: (values: string) => string
  due: (day: string) => string
  reminder: (sent: string) => string
  action: string
  howToAnswer: string
  confidential: string
  test: { subject: (org: string) => string; body: (org: string, system: string) => string[] }
}

const TEXTS: Record<Language, ConnectorMailTexts> = {
  en: {
    hello: 'Hello,',
    subject: (org, ref) => `Data protection request from ${org} (ref. ${ref})`,
    reminderSubject: (org, ref) => `Reminder: data protection request from ${org} (ref. ${ref})`,
    intro: (org, system) =>
      `You process personal data on behalf of ${org} in ${system}. Someone has made a data protection request to us, and we need your help to answer it.`,
    tasks: {
      access:
        'The person has asked to see their data. Please find all personal data about them that you process for us and send it to us securely.',
      portability:
        'The person has asked for a copy of their data to take elsewhere. Please send us the data they gave you, in a common machine-readable format, securely.',
      rectification:
        'The person has asked for incorrect data to be corrected. Please check the data you hold about them and correct it; get in touch if you need the details.',
      erasure:
        'The person has asked for their data to be erased. Please erase all personal data about them that you process for us, apart from what the law requires you to keep.',
      restriction:
        'The person has asked for the use of their data to be restricted. Please keep the data stored, but do not use it in any other way until we tell you.',
      other: 'Please handle the request as our data processing agreement sets out.',
    },
    identifiedBy: 'You can find the person by:',
    email: (v) => `E-mail address: ${v}`,
    customerIds: (v) => `Customer number: ${v}`,
    due: (day) => `Please answer by ${day}, so that we can reply to the person within the legal deadline.`,
    reminder: (sent) =>
      `This is a reminder: we wrote to you on ${sent} and have not had an answer yet. The link in our earlier e-mail no longer works; please use the one below.`,
    action: 'Tell us when it is done',
    howToAnswer:
      'The link opens a short form where you tell us whether the request was carried out or why it could not be. You do not need to log in, and the link works once.',
    confidential:
      'This e-mail contains personal data. Please do not forward it to anyone who does not need it.',
    test: {
      subject: (org) => `Test message from ${org}`,
      body: (org, system) => [
        `This is a test of the e-mail connection between ${org} and you for ${system}.`,
        `When someone asks ${org} to see, correct or erase their data, we will write to this address with what to do and a link to confirm it. There is nothing you need to do now.`,
      ],
    },
  },
  da: {
    hello: 'Hej',
    subject: (org, ref) => `Anmodning om persondata fra ${org} (ref. ${ref})`,
    reminderSubject: (org, ref) => `Påmindelse: anmodning om persondata fra ${org} (ref. ${ref})`,
    intro: (org, system) =>
      `I behandler personoplysninger for ${org} i ${system}. En person har sendt os en anmodning efter databeskyttelsesreglerne, og vi har brug for jeres hjælp til at besvare den.`,
    tasks: {
      access:
        'Personen har bedt om indsigt i sine oplysninger. Find venligst alle de personoplysninger om personen, som I behandler for os, og send dem sikkert til os.',
      portability:
        'Personen har bedt om en kopi af sine oplysninger til at tage med videre. Send os venligst de oplysninger, personen selv har givet, i et almindeligt maskinlæsbart format og på en sikker måde.',
      rectification:
        'Personen har bedt om at få forkerte oplysninger rettet. Gennemgå venligst de oplysninger, I har om personen, og ret dem. Kontakt os, hvis I har brug for detaljerne.',
      erasure:
        'Personen har bedt om at få sine oplysninger slettet. Slet venligst alle personoplysninger om personen, som I behandler for os, bortset fra det, I efter loven skal gemme.',
      restriction:
        'Personen har bedt om begrænsning af brugen af sine oplysninger. Opbevar venligst oplysningerne, men brug dem ikke til andet, før vi giver besked.',
      other: 'Behandl venligst anmodningen, som det er aftalt i vores databehandleraftale.',
    },
    identifiedBy: 'I kan finde personen ud fra:',
    email: (v) => `E-mailadresse: ${v}`,
    customerIds: (v) => `Kundenummer: ${v}`,
    due: (day) => `Svar venligst senest den ${day}, så vi kan svare personen inden for lovens frist.`,
    reminder: (sent) =>
      `Dette er en påmindelse: Vi skrev til jer den ${sent} og har endnu ikke fået svar. Linket i vores tidligere e-mail virker ikke længere, så brug venligst linket herunder.`,
    action: 'Giv os besked, når det er gjort',
    howToAnswer:
      'Linket åbner en kort formular, hvor I fortæller os, om anmodningen er gennemført, eller hvorfor det ikke kunne lade sig gøre. I skal ikke logge ind, og linket kan bruges én gang.',
    confidential:
      'Denne e-mail indeholder personoplysninger. Send den venligst ikke videre til nogen, der ikke har brug for den.',
    test: {
      subject: (org) => `Testbesked fra ${org}`,
      body: (org, system) => [
        `Dette er en test af e-mailforbindelsen mellem ${org} og jer for ${system}.`,
        `Når nogen beder ${org} om indsigt i, rettelse eller sletning af deres oplysninger, skriver vi til denne adresse med, hvad der skal gøres, og et link til at bekræfte det. I skal ikke gøre noget nu.`,
      ],
    },
  },
  nb: {
    hello: 'Hei,',
    subject: (org, ref) => `Henvendelse om personopplysninger fra ${org} (ref. ${ref})`,
    reminderSubject: (org, ref) => `Påminnelse: henvendelse om personopplysninger fra ${org} (ref. ${ref})`,
    intro: (org, system) =>
      `Dere behandler personopplysninger for ${org} i ${system}. En person har sendt oss en henvendelse etter personvernreglene, og vi trenger hjelp fra dere for å svare på den.`,
    tasks: {
      access:
        'Personen har bedt om innsyn i opplysningene sine. Finn alle personopplysninger om personen som dere behandler for oss, og send dem til oss på en sikker måte.',
      portability:
        'Personen har bedt om en kopi av opplysningene sine for å ta dem med seg. Send oss opplysningene personen selv har gitt, i et vanlig maskinlesbart format og på en sikker måte.',
      rectification:
        'Personen har bedt om å få uriktige opplysninger rettet. Gå gjennom opplysningene dere har om personen, og rett dem. Ta kontakt hvis dere trenger detaljene.',
      erasure:
        'Personen har bedt om å få opplysningene sine slettet. Slett alle personopplysninger om personen som dere behandler for oss, bortsett fra det dere er pålagt å oppbevare etter loven.',
      restriction:
        'Personen har bedt om at bruken av opplysningene begrenses. Oppbevar opplysningene, men ikke bruk dem til noe annet før vi gir beskjed.',
      other: 'Behandle henvendelsen slik databehandleravtalen vår beskriver.',
    },
    identifiedBy: 'Dere finner personen ut fra:',
    email: (v) => `E-postadresse: ${v}`,
    customerIds: (v) => `Kundenummer: ${v}`,
    due: (day) => `Svar innen ${day}, slik at vi kan svare personen innen lovens frist.`,
    reminder: (sent) =>
      `Dette er en påminnelse: Vi skrev til dere ${sent} og har ennå ikke fått svar. Lenken i den forrige e-posten virker ikke lenger, så bruk lenken nedenfor.`,
    action: 'Gi oss beskjed når det er gjort',
    howToAnswer:
      'Lenken åpner et kort skjema der dere forteller oss om henvendelsen er utført, eller hvorfor det ikke lot seg gjøre. Dere trenger ikke å logge inn, og lenken virker én gang.',
    confidential:
      'Denne e-posten inneholder personopplysninger. Ikke send den videre til noen som ikke trenger den.',
    test: {
      subject: (org) => `Testmelding fra ${org}`,
      body: (org, system) => [
        `Dette er en test av e-postforbindelsen mellom ${org} og dere for ${system}.`,
        `Når noen ber ${org} om innsyn i, retting eller sletting av opplysningene sine, skriver vi til denne adressen med hva som skal gjøres, og en lenke for å bekrefte det. Dere trenger ikke å gjøre noe nå.`,
      ],
    },
  },
  sv: {
    hello: 'Hej!',
    subject: (org, ref) => `Begäran om personuppgifter från ${org} (ref. ${ref})`,
    reminderSubject: (org, ref) => `Påminnelse: begäran om personuppgifter från ${org} (ref. ${ref})`,
    intro: (org, system) =>
      `Ni behandlar personuppgifter för ${org} i ${system}. En person har skickat en begäran till oss enligt dataskyddsreglerna, och vi behöver er hjälp för att kunna besvara den.`,
    tasks: {
      access:
        'Personen har begärt tillgång till sina uppgifter. Ta fram alla personuppgifter om personen som ni behandlar åt oss och skicka dem till oss på ett säkert sätt.',
      portability:
        'Personen har begärt en kopia av sina uppgifter för att kunna ta dem med sig. Skicka oss de uppgifter som personen själv har lämnat, i ett vanligt maskinläsbart format och på ett säkert sätt.',
      rectification:
        'Personen har begärt att felaktiga uppgifter ska rättas. Gå igenom de uppgifter ni har om personen och rätta dem. Hör av er om ni behöver detaljerna.',
      erasure:
        'Personen har begärt att få sina uppgifter raderade. Radera alla personuppgifter om personen som ni behandlar åt oss, utom det som ni enligt lag måste spara.',
      restriction:
        'Personen har begärt att behandlingen av uppgifterna begränsas. Spara uppgifterna, men använd dem inte till något annat förrän vi hör av oss.',
      other: 'Hantera begäran så som vårt personuppgiftsbiträdesavtal anger.',
    },
    identifiedBy: 'Ni hittar personen med hjälp av:',
    email: (v) => `E-postadress: ${v}`,
    customerIds: (v) => `Kundnummer: ${v}`,
    due: (day) => `Svara senast den ${day}, så att vi kan svara personen inom lagens tidsfrist.`,
    reminder: (sent) =>
      `Det här är en påminnelse: vi skrev till er den ${sent} och har ännu inte fått något svar. Länken i vårt tidigare mejl fungerar inte längre, så använd länken nedan.`,
    action: 'Meddela oss när det är klart',
    howToAnswer:
      'Länken öppnar ett kort formulär där ni berättar om begäran har genomförts eller varför det inte gick. Ni behöver inte logga in, och länken fungerar en gång.',
    confidential:
      'Det här mejlet innehåller personuppgifter. Skicka inte vidare det till någon som inte behöver det.',
    test: {
      subject: (org) => `Testmeddelande från ${org}`,
      body: (org, system) => [
        `Det här är ett test av e-postanslutningen mellan ${org} och er för ${system}.`,
        `När någon ber ${org} om tillgång till, rättelse eller radering av sina uppgifter skriver vi till den här adressen med vad som ska göras och en länk för att bekräfta det. Ni behöver inte göra något nu.`,
      ],
    },
  },
  fi: {
    hello: 'Hei,',
    subject: (org, ref) => `Henkilötietopyyntö: ${org} (viite ${ref})`,
    reminderSubject: (org, ref) => `Muistutus: henkilötietopyyntö, ${org} (viite ${ref})`,
    intro: (org, system) =>
      `Käsittelette henkilötietoja organisaation ${org} puolesta järjestelmässä ${system}. Meille on tullut tietosuojaa koskeva pyyntö, ja tarvitsemme apuanne siihen vastaamiseen.`,
    tasks: {
      access:
        'Henkilö on pyytänyt saada tietää, mitä tietoja hänestä käsitellään. Etsikää kaikki hänen henkilötietonsa, joita käsittelette puolestamme, ja lähettäkää ne meille turvallisesti.',
      portability:
        'Henkilö on pyytänyt kopion tiedoistaan siirtääkseen ne muualle. Lähettäkää meille turvallisesti hänen itse antamansa tiedot yleisesti käytetyssä koneluettavassa muodossa.',
      rectification:
        'Henkilö on pyytänyt virheellisten tietojen korjaamista. Tarkistakaa hänestä olevat tiedot ja korjatkaa ne. Ottakaa yhteyttä, jos tarvitsette tarkemmat tiedot korjauksesta.',
      erasure:
        'Henkilö on pyytänyt tietojensa poistamista. Poistakaa kaikki hänen henkilötietonsa, joita käsittelette puolestamme, lukuun ottamatta tietoja, jotka laki velvoittaa säilyttämään.',
      restriction:
        'Henkilö on pyytänyt tietojensa käsittelyn rajoittamista. Säilyttäkää tiedot, mutta älkää käyttäkö niitä muuhun ennen kuin ilmoitamme.',
      other: 'Käsitelkää pyyntö henkilötietojen käsittelysopimuksemme mukaisesti.',
    },
    identifiedBy: 'Henkilön tunnistaa seuraavista tiedoista:',
    email: (v) => `Sähköpostiosoite: ${v}`,
    customerIds: (v) => `Asiakasnumero: ${v}`,
    due: (day) => `Vastatkaa viimeistään ${day}, jotta voimme vastata henkilölle lain määräajassa.`,
    reminder: (sent) =>
      `Tämä on muistutus: kirjoitimme teille ${sent}, emmekä ole vielä saaneet vastausta. Aiemman viestin linkki ei enää toimi, joten käyttäkää alla olevaa linkkiä.`,
    action: 'Ilmoittakaa, kun pyyntö on hoidettu',
    howToAnswer:
      'Linkki avaa lyhyen lomakkeen, jolla kerrotte, onko pyyntö hoidettu tai miksi sitä ei voitu hoitaa. Kirjautumista ei tarvita, ja linkki toimii kerran.',
    confidential:
      'Tämä viesti sisältää henkilötietoja. Älkää välittäkö sitä kenellekään, joka ei sitä tarvitse.',
    test: {
      subject: (org) => `Testiviesti: ${org}`,
      body: (org, system) => [
        `Tämä on testi organisaation ${org} ja teidän välisestä sähköpostiyhteydestä järjestelmää ${system} varten.`,
        `Kun joku pyytää organisaatiolta ${org} tietojensa tarkastamista, korjaamista tai poistamista, kirjoitamme tähän osoitteeseen, mitä pitää tehdä, ja lähetämme linkin vahvistusta varten. Teidän ei tarvitse tehdä nyt mitään.`,
      ],
    },
  },
}

function taskOf(kind: string): Task {
  return kind === 'access' ||
    kind === 'portability' ||
    kind === 'rectification' ||
    kind === 'erasure' ||
    kind === 'restriction'
    ? kind
    : 'other'
}

/**
 * The request to a processor: what to do, the identifiers to find the person by, the deadline and a
 * single-use reply link. A reminder says when the first mail went and carries a new link.
 */
export function processorRequestMail(
  language: Language,
  p: {
    org: string
    system: string
    kind: string
    reference: string
    identifiers: { email?: string | undefined; customerIds?: string[] | undefined }
    dueOn: string | null
    replyUrl: string
    /** For a reminder: the day the first mail was sent (YYYY-MM-DD). */
    firstSentOn?: string | undefined
  },
): MailContent {
  const t = TEXTS[language]
  const ids = [
    ...(p.identifiers.email ? [t.email(p.identifiers.email)] : []),
    ...(p.identifiers.customerIds?.length ? [t.customerIds(p.identifiers.customerIds.join(', '))] : []),
  ]
  return renderMail({
    language,
    subject: p.firstSentOn ? t.reminderSubject(p.org, p.reference) : t.subject(p.org, p.reference),
    greeting: t.hello,
    paragraphs: [
      ...(p.firstSentOn ? [t.reminder(longDate(language, p.firstSentOn))] : []),
      t.intro(p.org, p.system),
      t.tasks[taskOf(p.kind)],
      ...(ids.length > 0 ? [`${t.identifiedBy} ${ids.join('; ')}`] : []),
      ...(p.dueOn ? [t.due(longDate(language, p.dueOn))] : []),
    ],
    action: { label: t.action, url: p.replyUrl },
    after: [t.howToAnswer, t.confidential],
    signature: p.org,
  })
}

/** The connection test: tells the processor what the address will be used for. */
export function processorTestMail(language: Language, p: { org: string; system: string }): MailContent {
  const t = TEXTS[language]
  return renderMail({
    language,
    subject: t.test.subject(p.org),
    greeting: t.hello,
    paragraphs: t.test.body(p.org, p.system),
    signature: p.org,
  })
}
