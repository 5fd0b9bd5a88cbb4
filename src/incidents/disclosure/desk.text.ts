import type { Language } from '../../i18n/languages.js'

export interface DeskText {
  title: string
  intro: (org: string) => string
  rulesTitle: string
  rules: string[]
  notReportTitle: string
  notReport: string[]
  what: string
  whatHint: string
  location: string
  locationHint: string
  howFound: string
  howFoundHint: string
  contactTitle: string
  contactHint: string
  name: string
  email: string
  screenshot: string
  screenshotHint: string
  optional: string
  submit: string
  problem: string
  errors: { required: string; tooLong: string; email: string; type: string; size: string }
  receivedTitle: string
  received: (ref: string, due: string) => string
  linkIntro: string
  linkKeep: string
  mailed: string
  caseTitle: (ref: string) => string
  statusLabel: string
  statuses: { received: string; triaged: string; answered: string; closed: string }
  answerBy: (due: string) => string
  messages: string
  you: string
  us: string
  reply: string
  send: string
  replied: string
  closed: string
  invalidTitle: string
  invalid: string
  caseHelp: string
  policyTitle: string
  noticesTitle: string
  noNotices: string
  adviceTitle: string
}

export const DESK_TEXT: Record<Language, DeskText> = {
  en: {
    title: 'Report a security vulnerability',
    intro: (org) =>
      `Have you found a weakness in the services of ${org}? Tell us here. You may stay anonymous.`,
    rulesTitle: 'Rules of engagement',
    rules: [
      'Do not exploit the vulnerability beyond what is needed to show it, and do not look at, change or delete other people’s data.',
      'Do not share the vulnerability with others until we have fixed it.',
      'Do not disrupt our services: no denial-of-service, spam or social engineering of our staff.',
    ],
    notReportTitle: 'Please do not report',
    notReport: [
      'Missing security headers or best practices without a demonstrated impact.',
      'Results of automated scanners that you have not checked.',
      'Problems in software of other companies; report them to the vendor.',
    ],
    what: 'What did you find?',
    whatHint: 'Describe the vulnerability and what an attacker could do with it.',
    location: 'Where is it?',
    locationHint: 'The address, page, app or system concerned.',
    howFound: 'How did you find it?',
    howFoundHint: 'The steps to see it again, and the tools you used.',
    contactTitle: 'How can we reach you?',
    contactHint:
      'Optional. Without an e-mail you follow the case through the private link shown after sending.',
    name: 'Name or alias',
    email: 'E-mail',
    screenshot: 'Screenshot',
    screenshotHint: 'Optional: one PNG, JPEG, GIF or WebP image of at most 2 MB.',
    optional: 'optional',
    submit: 'Send the report',
    problem: 'The report was not sent. Please correct the fields marked below.',
    errors: {
      required: 'Please fill in this field.',
      tooLong: 'This text is too long.',
      email: 'Enter an e-mail address like name@example.com, or leave the field empty.',
      type: 'The screenshot must be a PNG, JPEG, GIF or WebP image.',
      size: 'The screenshot may be at most 2 MB.',
    },
    receivedTitle: 'Thank you: your report is received',
    received: (ref, due) =>
      `Your report has the reference ${ref}. We will answer you by ${due} at the latest.`,
    linkIntro: 'Follow the case and reply through this private link:',
    linkKeep: 'Save the link now: it is shown only once, and anyone who has it can read the case.',
    mailed: 'We have also sent a receipt with the link to your e-mail.',
    caseTitle: (ref) => `Your report ${ref}`,
    statusLabel: 'Status',
    statuses: { received: 'Received', triaged: 'Being assessed', answered: 'Answered', closed: 'Closed' },
    answerBy: (due) => `We answer by ${due} at the latest.`,
    messages: 'Messages',
    you: 'You',
    us: 'Us',
    reply: 'Your reply',
    send: 'Send the reply',
    replied: 'Your reply has been sent.',
    closed: 'The case is closed. Send a new report if you have found something else.',
    invalidTitle: 'The link does not work',
    invalid: 'The link is not valid. Check that you copied all of it.',
    caseHelp:
      'Open the private link you were given when you sent the report, or the one in your receipt e-mail.',
    policyTitle: 'Our vulnerability disclosure policy',
    noticesTitle: 'Notices about security breaches',
    noNotices: 'There are no notices.',
    adviceTitle: 'What you can do',
  },
  da: {
    title: 'Rapportér en sårbarhed',
    intro: (org) =>
      `Har du fundet en svaghed i tjenesterne hos ${org}? Fortæl os om det her. Du må gerne være anonym.`,
    rulesTitle: 'Spilleregler',
    rules: [
      'Udnyt ikke sårbarheden mere end nødvendigt for at påvise den, og lad være med at se, ændre eller slette andres data.',
      'Del ikke sårbarheden med andre, før vi har rettet den.',
      'Forstyr ikke vores tjenester: ingen overbelastningsangreb, spam eller social manipulation af vores medarbejdere.',
    ],
    notReportTitle: 'Undlad at rapportere',
    notReport: [
      'Manglende sikkerheds-headers eller afvigelser fra god praksis uden påviste konsekvenser.',
      'Resultater fra automatiske scannere, som du ikke selv har efterprøvet.',
      'Fejl i andre virksomheders software; dem skal du rapportere til leverandøren.',
    ],
    what: 'Hvad har du fundet?',
    whatHint: 'Beskriv sårbarheden, og hvad en angriber kan gøre med den.',
    location: 'Hvor er den?',
    locationHint: 'Adressen, siden, appen eller systemet, det drejer sig om.',
    howFound: 'Hvordan fandt du den?',
    howFoundHint: 'Trinene, så vi kan genskabe den, og de værktøjer, du brugte.',
    contactTitle: 'Hvordan kan vi kontakte dig?',
    contactHint:
      'Valgfrit. Uden e-mail følger du sagen via det private link, som vises, når du har sendt rapporten.',
    name: 'Navn eller alias',
    email: 'E-mail',
    screenshot: 'Skærmbillede',
    screenshotHint: 'Valgfrit: ét PNG-, JPEG-, GIF- eller WebP-billede på højst 2 MB.',
    optional: 'valgfrit',
    submit: 'Send rapporten',
    problem: 'Rapporten blev ikke sendt. Ret de markerede felter herunder.',
    errors: {
      required: 'Udfyld venligst feltet.',
      tooLong: 'Teksten er for lang.',
      email: 'Skriv en e-mailadresse som navn@eksempel.dk, eller lad feltet stå tomt.',
      type: 'Skærmbilledet skal være et PNG-, JPEG-, GIF- eller WebP-billede.',
      size: 'Skærmbilledet må højst fylde 2 MB.',
    },
    receivedTitle: 'Tak, vi har modtaget din rapport',
    received: (ref, due) => `Din rapport har referencen ${ref}. Vi svarer dig senest ${due}.`,
    linkIntro: 'Følg sagen og svar via dette private link:',
    linkKeep: 'Gem linket nu: det vises kun denne ene gang, og alle, der har det, kan læse sagen.',
    mailed: 'Vi har også sendt en kvittering med linket til din e-mail.',
    caseTitle: (ref) => `Din rapport ${ref}`,
    statusLabel: 'Status',
    statuses: { received: 'Modtaget', triaged: 'Under vurdering', answered: 'Besvaret', closed: 'Lukket' },
    answerBy: (due) => `Vi svarer senest ${due}.`,
    messages: 'Beskeder',
    you: 'Du',
    us: 'Vi',
    reply: 'Dit svar',
    send: 'Send svaret',
    replied: 'Dit svar er sendt.',
    closed: 'Sagen er lukket. Send en ny rapport, hvis du har fundet noget andet.',
    invalidTitle: 'Linket virker ikke',
    invalid: 'Linket er ikke gyldigt. Tjek, at du har kopieret det hele.',
    caseHelp: 'Åbn det private link, du fik, da du sendte rapporten, eller linket i din kvittering.',
    policyTitle: 'Vores politik for rapportering af sårbarheder',
    noticesTitle: 'Meddelelser om brud på persondatasikkerheden',
    noNotices: 'Der er ingen meddelelser.',
    adviceTitle: 'Hvad du selv kan gøre',
  },
  nb: {
    title: 'Rapporter en sårbarhet',
    intro: (org) =>
      `Har du funnet en svakhet i tjenestene til ${org}? Fortell oss om det her. Du kan være anonym.`,
    rulesTitle: 'Spilleregler',
    rules: [
      'Ikke utnytt sårbarheten mer enn det som trengs for å påvise den, og ikke se på, endre eller slett andres data.',
      'Ikke del sårbarheten med andre før vi har rettet den.',
      'Ikke forstyrr tjenestene våre: ingen tjenestenektangrep, spam eller sosial manipulering av de ansatte våre.',
    ],
    notReportTitle: 'Ikke rapporter dette',
    notReport: [
      'Manglende sikkerhetsheadere eller avvik fra beste praksis uten påviste konsekvenser.',
      'Resultater fra automatiske skannere som du ikke har kontrollert selv.',
      'Feil i programvare fra andre selskaper; dem rapporterer du til leverandøren.',
    ],
    what: 'Hva har du funnet?',
    whatHint: 'Beskriv sårbarheten og hva en angriper kan gjøre med den.',
    location: 'Hvor er den?',
    locationHint: 'Adressen, siden, appen eller systemet det gjelder.',
    howFound: 'Hvordan fant du den?',
    howFoundHint: 'Stegene for å gjenskape den, og verktøyene du brukte.',
    contactTitle: 'Hvordan kan vi nå deg?',
    contactHint:
      'Valgfritt. Uten e-post følger du saken gjennom den private lenken som vises når du har sendt rapporten.',
    name: 'Navn eller alias',
    email: 'E-post',
    screenshot: 'Skjermbilde',
    screenshotHint: 'Valgfritt: ett PNG-, JPEG-, GIF- eller WebP-bilde på høyst 2 MB.',
    optional: 'valgfritt',
    submit: 'Send rapporten',
    problem: 'Rapporten ble ikke sendt. Rett feltene som er merket nedenfor.',
    errors: {
      required: 'Fyll ut dette feltet.',
      tooLong: 'Teksten er for lang.',
      email: 'Skriv en e-postadresse som navn@eksempel.no, eller la feltet stå tomt.',
      type: 'Skjermbildet må være et PNG-, JPEG-, GIF- eller WebP-bilde.',
      size: 'Skjermbildet kan ikke være større enn 2 MB.',
    },
    receivedTitle: 'Takk, vi har mottatt rapporten din',
    received: (ref, due) => `Rapporten din har referansen ${ref}. Vi svarer deg senest ${due}.`,
    linkIntro: 'Følg saken og svar gjennom denne private lenken:',
    linkKeep: 'Ta vare på lenken nå: den vises bare denne ene gangen, og alle som har den, kan lese saken.',
    mailed: 'Vi har også sendt en kvittering med lenken til e-posten din.',
    caseTitle: (ref) => `Rapporten din ${ref}`,
    statusLabel: 'Status',
    statuses: { received: 'Mottatt', triaged: 'Under vurdering', answered: 'Besvart', closed: 'Avsluttet' },
    answerBy: (due) => `Vi svarer senest ${due}.`,
    messages: 'Meldinger',
    you: 'Du',
    us: 'Vi',
    reply: 'Svaret ditt',
    send: 'Send svaret',
    replied: 'Svaret ditt er sendt.',
    closed: 'Saken er avsluttet. Send en ny rapport hvis du har funnet noe annet.',
    invalidTitle: 'Lenken virker ikke',
    invalid: 'Lenken er ikke gyldig. Sjekk at du har kopiert hele lenken.',
    caseHelp:
      'Åpne den private lenken du fikk da du sendte rapporten, eller lenken i kvitteringen på e-post.',
    policyTitle: 'Retningslinjene våre for rapportering av sårbarheter',
    noticesTitle: 'Kunngjøringer om brudd på personopplysningssikkerheten',
    noNotices: 'Det er ingen kunngjøringer.',
    adviceTitle: 'Hva du selv kan gjøre',
  },
  sv: {
    title: 'Rapportera en sårbarhet',
    intro: (org) =>
      `Har du hittat en svaghet i tjänsterna hos ${org}? Berätta för oss här. Du får vara anonym.`,
    rulesTitle: 'Spelregler',
    rules: [
      'Utnyttja inte sårbarheten mer än vad som behövs för att visa den, och titta inte på, ändra eller radera andras uppgifter.',
      'Berätta inte om sårbarheten för andra innan vi har åtgärdat den.',
      'Stör inte våra tjänster: inga överbelastningsattacker, spam eller social manipulation av vår personal.',
    ],
    notReportTitle: 'Rapportera inte',
    notReport: [
      'Saknade säkerhetsheaders eller avsteg från bästa praxis utan påvisade konsekvenser.',
      'Resultat från automatiska skannrar som du inte själv har kontrollerat.',
      'Fel i andra företags programvara; rapportera dem till leverantören.',
    ],
    what: 'Vad har du hittat?',
    whatHint: 'Beskriv sårbarheten och vad en angripare kan göra med den.',
    location: 'Var finns den?',
    locationHint: 'Adressen, sidan, appen eller systemet det gäller.',
    howFound: 'Hur hittade du den?',
    howFoundHint: 'Stegen för att återskapa den och verktygen du använde.',
    contactTitle: 'Hur når vi dig?',
    contactHint:
      'Frivilligt. Utan e-post följer du ärendet via den privata länk som visas när du har skickat rapporten.',
    name: 'Namn eller alias',
    email: 'E-post',
    screenshot: 'Skärmbild',
    screenshotHint: 'Frivilligt: en PNG-, JPEG-, GIF- eller WebP-bild på högst 2 MB.',
    optional: 'frivilligt',
    submit: 'Skicka rapporten',
    problem: 'Rapporten skickades inte. Rätta fälten som är markerade nedan.',
    errors: {
      required: 'Fyll i fältet.',
      tooLong: 'Texten är för lång.',
      email: 'Ange en e-postadress som namn@exempel.se, eller lämna fältet tomt.',
      type: 'Skärmbilden måste vara en PNG-, JPEG-, GIF- eller WebP-bild.',
      size: 'Skärmbilden får vara högst 2 MB.',
    },
    receivedTitle: 'Tack, vi har tagit emot din rapport',
    received: (ref, due) => `Din rapport har referensen ${ref}. Vi svarar dig senast ${due}.`,
    linkIntro: 'Följ ärendet och svara via den här privata länken:',
    linkKeep: 'Spara länken nu: den visas bara den här gången, och den som har den kan läsa ärendet.',
    mailed: 'Vi har också skickat en bekräftelse med länken till din e-post.',
    caseTitle: (ref) => `Din rapport ${ref}`,
    statusLabel: 'Status',
    statuses: { received: 'Mottagen', triaged: 'Bedöms', answered: 'Besvarad', closed: 'Avslutad' },
    answerBy: (due) => `Vi svarar senast ${due}.`,
    messages: 'Meddelanden',
    you: 'Du',
    us: 'Vi',
    reply: 'Ditt svar',
    send: 'Skicka svaret',
    replied: 'Ditt svar har skickats.',
    closed: 'Ärendet är avslutat. Skicka en ny rapport om du har hittat något annat.',
    invalidTitle: 'Länken fungerar inte',
    invalid: 'Länken är inte giltig. Kontrollera att du har kopierat hela länken.',
    caseHelp: 'Öppna den privata länk du fick när du skickade rapporten, eller länken i din bekräftelse.',
    policyTitle: 'Vår policy för rapportering av sårbarheter',
    noticesTitle: 'Meddelanden om personuppgiftsincidenter',
    noNotices: 'Det finns inga meddelanden.',
    adviceTitle: 'Vad du själv kan göra',
  },
  fi: {
    title: 'Ilmoita tietoturvahaavoittuvuudesta',
    intro: (org) =>
      `Oletko löytänyt heikkouden organisaation ${org} palveluista? Kerro siitä meille tässä. Voit ilmoittaa nimettömänä.`,
    rulesTitle: 'Pelisäännöt',
    rules: [
      'Älä hyödynnä haavoittuvuutta enempää kuin sen osoittamiseen tarvitaan, äläkä katso, muuta tai poista muiden tietoja.',
      'Älä kerro haavoittuvuudesta muille ennen kuin olemme korjanneet sen.',
      'Älä häiritse palvelujamme: ei palvelunestohyökkäyksiä, roskapostia eikä henkilöstömme manipulointia.',
    ],
    notReportTitle: 'Älä ilmoita',
    notReport: [
      'Puuttuvista tietoturvaotsakkeista tai hyvistä käytännöistä, joiden vaikutusta ei ole osoitettu.',
      'Automaattisten skannerien tuloksista, joita et ole itse tarkistanut.',
      'Muiden yritysten ohjelmistojen virheistä; ilmoita niistä valmistajalle.',
    ],
    what: 'Mitä löysit?',
    whatHint: 'Kuvaile haavoittuvuus ja mitä hyökkääjä voisi sillä tehdä.',
    location: 'Missä se on?',
    locationHint: 'Osoite, sivu, sovellus tai järjestelmä, jota se koskee.',
    howFound: 'Miten löysit sen?',
    howFoundHint: 'Vaiheet, joilla sen voi toistaa, ja käyttämäsi työkalut.',
    contactTitle: 'Miten tavoitamme sinut?',
    contactHint:
      'Vapaaehtoinen. Ilman sähköpostia seuraat asiaa yksityisen linkin kautta, joka näytetään lähettämisen jälkeen.',
    name: 'Nimi tai nimimerkki',
    email: 'Sähköposti',
    screenshot: 'Kuvakaappaus',
    screenshotHint: 'Vapaaehtoinen: yksi enintään 2 Mt:n PNG-, JPEG-, GIF- tai WebP-kuva.',
    optional: 'vapaaehtoinen',
    submit: 'Lähetä ilmoitus',
    problem: 'Ilmoitusta ei lähetetty. Korjaa alla merkityt kentät.',
    errors: {
      required: 'Täytä tämä kenttä.',
      tooLong: 'Teksti on liian pitkä.',
      email: 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi tai jätä kenttä tyhjäksi.',
      type: 'Kuvakaappauksen on oltava PNG-, JPEG-, GIF- tai WebP-kuva.',
      size: 'Kuvakaappaus saa olla enintään 2 Mt.',
    },
    receivedTitle: 'Kiitos, olemme vastaanottaneet ilmoituksesi',
    received: (ref, due) => `Ilmoituksesi viite on ${ref}. Vastaamme sinulle viimeistään ${due}.`,
    linkIntro: 'Seuraa asiaa ja vastaa tämän yksityisen linkin kautta:',
    linkKeep:
      'Tallenna linkki nyt: se näytetään vain tämän kerran, ja kuka tahansa, jolla se on, voi lukea asian.',
    mailed: 'Lähetimme kuittauksen ja linkin myös sähköpostiisi.',
    caseTitle: (ref) => `Ilmoituksesi ${ref}`,
    statusLabel: 'Tila',
    statuses: {
      received: 'Vastaanotettu',
      triaged: 'Arvioitavana',
      answered: 'Vastattu',
      closed: 'Suljettu',
    },
    answerBy: (due) => `Vastaamme viimeistään ${due}.`,
    messages: 'Viestit',
    you: 'Sinä',
    us: 'Me',
    reply: 'Vastauksesi',
    send: 'Lähetä vastaus',
    replied: 'Vastauksesi on lähetetty.',
    closed: 'Asia on suljettu. Lähetä uusi ilmoitus, jos olet löytänyt jotain muuta.',
    invalidTitle: 'Linkki ei toimi',
    invalid: 'Linkki ei ole voimassa. Tarkista, että kopioit koko linkin.',
    caseHelp:
      'Avaa yksityinen linkki, jonka sait ilmoitusta lähettäessäsi, tai kuittausviestissä oleva linkki.',
    policyTitle: 'Haavoittuvuuksien ilmoittamista koskevat periaatteemme',
    noticesTitle: 'Tiedotteet tietoturvaloukkauksista',
    noNotices: 'Tiedotteita ei ole.',
    adviceTitle: 'Mitä voit itse tehdä',
  },
}
