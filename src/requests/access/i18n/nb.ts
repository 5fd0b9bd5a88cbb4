import type { AccessText } from './en.js'

/** Innsynspakken på norsk bokmål. */
export const nb: AccessText = {
  title: 'Dine personopplysninger',
  portabilityTitle: 'Dine opplysninger, klare til å ta med deg',
  intro: (org, date) =>
    `Dette er svaret fra ${org} på forespørselen din om innsyn i personopplysningene vi har om deg. Det ble laget ${date}.`,
  reference: 'Referanse for forespørselen din',
  held: 'Ja, vi behandler personopplysninger om deg. Nedenfor ser du hva vi har, hvorfor, hvem som mottar dem, hvor lenge vi lagrer dem, hvor de kommer fra, og hvilke rettigheter du har.',
  filesNote:
    'Alle opplysningene ligger også i mappen data i denne pakken, som JSON- og CSV-filer som andre programmer kan lese.',
  notHeld: 'Vi har søkt i registeret vårt og fant ingen personopplysninger om deg der.',
  notHeldOther:
    'Hvis vi har registrert valg om informasjonskapsler eller markedsføring under e-postadressen din, står de nedenfor.',
  erased:
    'Personopplysningene dine i registeret vårt er slettet. Vi tar bare vare på datoene for kundeforholdet og en merknad om at opplysningene er slettet.',
  systems: 'Opplysninger i de andre systemene våre',
  systemsIntro: (folder) =>
    `I tillegg til registeret vårt har vi søkt etter opplysninger om deg i de andre systemene vi bruker. Det vi fant, ligger i mappen ${folder} i denne pakken, som én JSON-fil og én CSV-fil per system:`,
  systemsUnreachable:
    'Vi fikk ikke kontakt med disse systemene da pakken ble laget, så opplysningene derfra er ikke med. Ta kontakt med oss, så sender vi dem til deg:',
  systemError: (system) =>
    `Vi fikk ikke kontakt med ${system} da pakken ble laget, så opplysningene systemet har om deg, er ikke med her. Ta kontakt med oss, så sender vi dem til deg.`,
  controller: 'Hvem som har ansvaret for opplysningene dine',
  controllerText: (org) =>
    `${org} er behandlingsansvarlig: Det er vi som bestemmer hvorfor og hvordan personopplysningene dine behandles.`,
  dpo: 'Personvernombud',
  contact: 'Kontakt',
  address: 'Adresse',
  data: 'Opplysningene vi har om deg',
  relationship: 'Forholdet ditt til oss',
  relationships: { prospect: 'Mulig kunde', customer: 'Kunde', former_customer: 'Tidligere kunde' },
  firstContact: 'Første kontakt',
  lastContact: 'Siste kontakt',
  relationshipEnded: 'Kundeforholdet ble avsluttet',
  restricted: 'Behandlingen er begrenset etter ønske fra deg',
  fields: {
    name: 'Navn',
    email: 'E-post',
    phone: 'Telefon',
    address: 'Adresse',
    billingAddress: 'Fakturaadresse',
    jobTitle: 'Stilling',
    workplace: 'Arbeidssted',
    nationalIds: 'Fødselsnummer',
    externalIds: 'Kundenumre i systemene våre',
    companyNumber: 'Organisasjonsnummer',
    gln: 'GLN-lokasjonsnummer',
    cardLast4: 'De fire siste sifrene på betalingskortet ditt',
    cardExpiry: 'Utløpsdato for betalingskortet ditt',
    notes: 'Notater fra våre ansatte',
  },
  category: 'Type opplysning',
  value: 'Innhold',
  interactions: 'Kontakten din med oss',
  interactionsCount: (total) =>
    total === 1
      ? 'Vi har registrert én henvendelse, ordre eller annen kontakt med deg.'
      : `Vi har registrert ${total} henvendelser, ordrer og andre kontakter med deg.`,
  interactionsShown: (shown, total) =>
    `Her ser du de ${shown} nyeste av ${total}. Alle står i data/interactions.csv og data/interactions.json.`,
  noInteractions: 'Vi har ikke registrert noen henvendelser, ordrer eller annen kontakt med deg.',
  interactionKinds: {
    inquiry: 'Henvendelse',
    complaint: 'Klage',
    offer: 'Tilbud',
    order: 'Ordre',
    invoice: 'Faktura',
    note: 'Notat',
  },
  date: 'Dato',
  kind: 'Type',
  referenceColumn: 'Referanse',
  summary: 'Kort beskrivelse',
  amount: 'Beløp',
  purposes: 'Hvorfor vi bruker opplysningene dine, og med hvilket rettslig grunnlag',
  purposesIntro:
    'For hver type opplysning vi har om deg: hva vi bruker den til, det rettslige grunnlaget i personvernforordningen, hvem som mottar den, og hvor lenge vi lagrer den.',
  noPurpose:
    'Vi har ikke registrert noe formål med disse opplysningene. Spør oss om dem, eller be oss slette dem.',
  purpose: 'Formål',
  dataUsed: 'Opplysninger',
  legalBasis: 'Rettslig grunnlag',
  legitimateInterest: 'Vår berettigede interesse',
  recipients: 'Hvem som mottar opplysningene dine',
  noRecipients: 'Ingen utenfor virksomheten vår.',
  transfers: 'Overføring til land utenfor EU/EØS',
  transfersIntro:
    'Noen mottakere holder til i land utenfor EU/EØS. Da krever personvernforordningen et særskilt overføringsgrunnlag, som står her.',
  noTransfers: 'Opplysningene dine blir ikke overført til land utenfor EU/EØS.',
  safeguard: 'Overføringsgrunnlag',
  country: 'Land',
  recipient: 'Mottaker',
  retention: 'Hvor lenge vi lagrer dem',
  source: 'Hvor opplysningene kommer fra',
  fromYou: 'Fra deg.',
  recordSources: {
    api: 'Fra våre egne systemer.',
    admin: 'Lagt inn av våre ansatte.',
    import: 'Lest inn fra en av filene våre.',
  },
  recordSource: 'Slik kom du inn i registeret vårt',
  automated: 'Automatiserte avgjørelser',
  noAutomated:
    'Vi tar ikke avgjørelser om deg utelukkende ved automatisert behandling, og vi profilerer deg ikke.',
  rights: 'Rettighetene dine',
  rightsIntro: 'Det er dine opplysninger. Du har rett til å',
  rightList: {
    access: 'se opplysningene vi har om deg og få en kopi av dem (denne rapporten),',
    rectification: 'få rettet opplysninger som er feil eller ufullstendige,',
    erasure: 'få opplysningene dine slettet når vi ikke lenger har grunn til å lagre dem,',
    restriction:
      'få begrenset bruken av opplysningene dine, for eksempel mens vi undersøker om de er riktige,',
    objection:
      'protestere mot bruken av opplysningene dine når den bygger på vår berettigede interesse, og alltid mot direkte markedsføring,',
    portability:
      'få opplysningene du selv har gitt oss i et maskinlesbart format, eller få dem sendt til noen andre,',
    withdraw:
      'trekke tilbake samtykket ditt når som helst. Det påvirker ikke det vi gjorde før du trakk det tilbake.',
  },
  howTo: (url) => `Du bruker rettighetene dine på ${url} eller ved å skrive til oss. Det er gratis.`,
  complaint: 'Hvis du vil klage',
  complaintText: (authority) =>
    `Du kan klage på hvordan vi behandler personopplysningene dine til ${authority}, som er tilsynsmyndighet. Vi vil likevel gjerne høre fra deg først, så vi kan rette opp feilen.`,
  noAuthority: 'tilsynsmyndigheten for personvern i landet der du bor eller arbeider',
  web: 'Nettsted',
  consents: 'Valgene dine om informasjonskapsler',
  consentsIntro:
    'Hver gang du har tatt et valg i banneret for informasjonskapsler på nettstedet vårt, har vi registrert det. Nyeste først:',
  noConsents: 'Vi har ikke registrert noen valg fra deg om informasjonskapsler.',
  consentColumns: {
    at: 'Når',
    method: 'Valget ditt',
    categories: 'Kategorier',
    policy: 'Versjon av erklæringen',
  },
  methods: {
    accept_all: 'Godtok alle',
    reject_all: 'Avviste alle',
    custom: 'Valgte selv',
    gpc: 'Avvist av nettleseren din (Global Privacy Control)',
    withdraw: 'Trakk tilbake samtykket',
  },
  cookieCategories: {
    necessary: 'Nødvendige',
    preferences: 'Innstillinger',
    statistics: 'Statistikk',
    marketing: 'Markedsføring',
  },
  accepted: 'godtatt',
  refused: 'avvist',
  marketing: 'Samtykkene dine til markedsføring',
  marketingIntro: 'Tillatelsene du har gitt oss til å sende deg markedsføring, og om de fortsatt gjelder:',
  noMarketing: 'Du har ikke gitt oss lov til å sende deg markedsføring.',
  marketingColumns: {
    channel: 'Kanal',
    purpose: 'Om hva',
    basis: 'Grunnlag',
    status: 'Status',
    given: 'Gitt',
    withdrawn: 'Trukket tilbake',
  },
  channels: { email: 'E-post', sms: 'SMS', post: 'Brev' },
  bases: {
    explicit_opt_in: 'Du sa ja',
    soft_opt_in: 'Som kunde (du kunne si nei da du handlet hos oss)',
  },
  statuses: { pending: 'Venter på bekreftelse fra deg', active: 'Gjelder', withdrawn: 'Trukket tilbake' },
  generated: (date) => `Laget ${date}.`,
  page: (n) => `Side ${n}`,
  download: {
    title: 'Opplysningene dine er klare',
    intro: (org) =>
      `${org} har samlet opplysningene du ba om. Det er en ZIP-fil som de fleste datamaskiner kan åpne.`,
    introPortability: (org) =>
      `${org} har samlet opplysningene du selv har gitt oss, som JSON- og CSV-filer du kan ta med deg til en annen tjeneste.`,
    button: 'Last ned opplysningene dine',
    once: 'Lenken virker én gang, så husk å lagre filen når du har lastet den ned.',
    expires: (date) => `Lenken utløper ${date}.`,
    goneTitle: 'Denne lenken virker ikke lenger',
    goneBody:
      'Lenken kan allerede være brukt, eller den har utløpt. Trenger du fortsatt opplysningene dine, kan du sende en ny forespørsel på personvernsiden vår.',
  },
  readme: (org, date) =>
    [
      `Opplysningene dine fra ${org}, laget ${date}.`,
      '',
      'Pakken inneholder personopplysningene du selv har gitt oss, i to vanlige formater:',
      'JSON-filer for programmer og CSV-filer som du kan åpne i et regneark.',
      'Du kan gi filene til en annen tjeneste eller ta vare på dem selv.',
      '',
      'manifest.json viser alle filene og hvor mange oppføringer hver fil inneholder.',
    ].join('\n'),
}
