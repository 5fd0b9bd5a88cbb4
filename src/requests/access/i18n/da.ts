import type { AccessText } from './en.js'

/** Indsigtspakken på dansk. */
export const da: AccessText = {
  title: 'Dine personoplysninger',
  portabilityTitle: 'Dine oplysninger, klar til at tage med',
  intro: (org, date) =>
    `Dette er svaret fra ${org} på din anmodning om at se de personoplysninger, vi har om dig. Det er lavet den ${date}.`,
  reference: 'Reference på din anmodning',
  held: 'Ja, vi behandler personoplysninger om dig. Herunder kan du se, hvad vi har, hvorfor, hvem der modtager det, hvor længe vi gemmer det, hvor det kommer fra, og hvilke rettigheder du har.',
  filesNote:
    'Alle oplysningerne ligger også i mappen data i denne pakke, som JSON- og CSV-filer, som andre programmer kan læse.',
  notHeld: 'Vi har søgt i vores register og har ikke fundet nogen personoplysninger om dig.',
  notHeldOther:
    'Hvis vi har registreret valg om cookies eller markedsføring under din e-mailadresse, står de nedenfor.',
  erased:
    'Dine personoplysninger i vores register er slettet. Vi gemmer kun datoerne for vores kundeforhold og en note om, at oplysningerne er slettet.',
  systems: 'Oplysninger i vores andre systemer',
  systemsIntro: (folder) =>
    `Ud over vores register har vi søgt efter oplysninger om dig i de andre systemer, vi bruger. Det, vi fandt, ligger i mappen ${folder} i denne pakke, som en JSON- og en CSV-fil for hvert system:`,
  systemsUnreachable:
    'Vi kunne ikke få forbindelse til disse systemer, da pakken blev lavet, så oplysningerne fra dem er ikke med. Kontakt os, så sender vi dem til dig:',
  systemError: (system) =>
    `Vi kunne ikke få forbindelse til ${system}, da pakken blev lavet, så de oplysninger, systemet har om dig, er ikke med her. Kontakt os, så sender vi dem til dig.`,
  controller: 'Hvem er ansvarlig for dine oplysninger',
  controllerText: (org) =>
    `${org} er dataansvarlig: Det er os, der bestemmer, hvorfor og hvordan dine personoplysninger behandles.`,
  dpo: 'Databeskyttelsesrådgiver',
  contact: 'Kontakt',
  address: 'Adresse',
  data: 'De oplysninger, vi har om dig',
  relationship: 'Dit forhold til os',
  relationships: { prospect: 'Mulig kunde', customer: 'Kunde', former_customer: 'Tidligere kunde' },
  firstContact: 'Første kontakt',
  lastContact: 'Seneste kontakt',
  relationshipEnded: 'Kundeforholdet sluttede',
  restricted: 'Behandlingen er begrænset efter dit ønske',
  fields: {
    name: 'Navn',
    email: 'E-mail',
    phone: 'Telefon',
    address: 'Adresse',
    billingAddress: 'Faktureringsadresse',
    jobTitle: 'Stilling',
    workplace: 'Arbejdsplads',
    nationalIds: 'Personnummer',
    externalIds: 'Kundenumre i vores systemer',
    companyNumber: 'CVR-nummer',
    gln: 'EAN-lokationsnummer (GLN)',
    cardLast4: 'De sidste fire cifre på dit betalingskort',
    cardExpiry: 'Udløbsdato for dit betalingskort',
    notes: 'Noter fra vores medarbejdere',
  },
  category: 'Type oplysning',
  value: 'Indhold',
  interactions: 'Din kontakt med os',
  interactionsCount: (total) =>
    total === 1
      ? 'Vi har registreret én henvendelse, ordre eller anden kontakt med dig.'
      : `Vi har registreret ${total} henvendelser, ordrer og andre kontakter med dig.`,
  interactionsShown: (shown, total) =>
    `Her ser du de ${shown} nyeste af ${total}. Alle står i data/interactions.csv og data/interactions.json.`,
  noInteractions: 'Vi har ikke registreret nogen henvendelser, ordrer eller anden kontakt med dig.',
  interactionKinds: {
    inquiry: 'Henvendelse',
    complaint: 'Klage',
    offer: 'Tilbud',
    order: 'Ordre',
    invoice: 'Faktura',
    note: 'Note',
  },
  date: 'Dato',
  kind: 'Type',
  referenceColumn: 'Reference',
  summary: 'Kort beskrivelse',
  amount: 'Beløb',
  purposes: 'Hvorfor vi bruger dine oplysninger, og med hvilken hjemmel',
  purposesIntro:
    'For hver type oplysning, vi har om dig: hvad vi bruger den til, hjemlen i databeskyttelsesforordningen, hvem der modtager den, og hvor længe vi gemmer den.',
  noPurpose:
    'Vi har ikke registreret et formål med disse oplysninger. Spørg os om dem, eller bed os slette dem.',
  purpose: 'Formål',
  dataUsed: 'Oplysninger',
  legalBasis: 'Hjemmel',
  legitimateInterest: 'Vores legitime interesse',
  recipients: 'Hvem modtager dine oplysninger',
  noRecipients: 'Ingen uden for vores virksomhed.',
  transfers: 'Overførsel til lande uden for EU/EØS',
  transfersIntro:
    'Nogle modtagere ligger i lande uden for EU/EØS. Så kræver databeskyttelsesforordningen en særlig garanti, som står her.',
  noTransfers: 'Dine oplysninger bliver ikke overført til lande uden for EU/EØS.',
  safeguard: 'Garanti',
  country: 'Land',
  recipient: 'Modtager',
  retention: 'Hvor længe vi gemmer dem',
  source: 'Hvor oplysningerne kommer fra',
  fromYou: 'Fra dig.',
  recordSources: {
    api: 'Fra vores egne systemer.',
    admin: 'Indtastet af vores medarbejdere.',
    import: 'Indlæst fra en af vores filer.',
  },
  recordSource: 'Sådan kom du ind i vores register',
  automated: 'Automatiske afgørelser',
  noAutomated:
    'Vi træffer ikke afgørelser om dig alene ved automatisk behandling, og vi laver ikke profilering af dig.',
  rights: 'Dine rettigheder',
  rightsIntro: 'Det er dine oplysninger. Du har ret til at:',
  rightList: {
    access: 'se de oplysninger, vi har om dig, og få en kopi af dem (denne rapport),',
    rectification: 'få forkerte eller ufuldstændige oplysninger rettet,',
    erasure: 'få dine oplysninger slettet, når vi ikke længere har grund til at gemme dem,',
    restriction: 'få begrænset vores brug af dine oplysninger, fx mens vi undersøger, om de er rigtige,',
    objection:
      'gøre indsigelse mod vores brug af dine oplysninger, når den bygger på vores legitime interesse, og altid mod direkte markedsføring,',
    portability:
      'få de oplysninger, du selv har givet os, i et maskinlæsbart format eller få dem sendt til en anden,',
    withdraw:
      'trække dit samtykke tilbage når som helst. Det påvirker ikke det, vi har gjort, før du trak det tilbage.',
  },
  howTo: (url) => `Du bruger dine rettigheder på ${url} eller ved at skrive til os. Det er gratis.`,
  complaint: 'Hvis du vil klage',
  complaintText: (authority) =>
    `Du kan klage over vores behandling af dine personoplysninger til ${authority}, som er tilsynsmyndighed. Vi vil dog gerne høre fra dig først, så vi kan rette op på det.`,
  noAuthority: 'tilsynsmyndigheden for databeskyttelse i det land, hvor du bor eller arbejder',
  web: 'Hjemmeside',
  consents: 'Dine valg om cookies',
  consentsIntro:
    'Hver gang du har truffet et valg i cookiebanneret på vores hjemmeside, har vi registreret det. Nyeste først:',
  noConsents: 'Vi har ikke registreret nogen valg fra dig om cookies.',
  consentColumns: {
    at: 'Hvornår',
    method: 'Dit valg',
    categories: 'Kategorier',
    policy: 'Version af politikken',
  },
  methods: {
    accept_all: 'Accepterede alle',
    reject_all: 'Afviste alle',
    custom: 'Valgte selv',
    gpc: 'Afvist af din browser (Global Privacy Control)',
    withdraw: 'Trak samtykket tilbage',
  },
  cookieCategories: {
    necessary: 'Nødvendige',
    preferences: 'Præferencer',
    statistics: 'Statistik',
    marketing: 'Markedsføring',
  },
  accepted: 'accepteret',
  refused: 'afvist',
  marketing: 'Dine tilladelser til markedsføring',
  marketingIntro: 'De tilladelser, du har givet os til at sende dig markedsføring, og om de stadig gælder:',
  noMarketing: 'Du har ikke givet os tilladelse til at sende dig markedsføring.',
  marketingColumns: {
    channel: 'Kanal',
    purpose: 'Om hvad',
    basis: 'Grundlag',
    status: 'Status',
    given: 'Givet',
    withdrawn: 'Trukket tilbage',
  },
  channels: { email: 'E-mail', sms: 'SMS', post: 'Brev' },
  bases: {
    explicit_opt_in: 'Du sagde ja',
    soft_opt_in: 'Som kunde (du kunne sige nej, da du købte hos os)',
  },
  statuses: { pending: 'Venter på din bekræftelse', active: 'Gælder', withdrawn: 'Trukket tilbage' },
  generated: (date) => `Lavet den ${date}.`,
  page: (n) => `Side ${n}`,
  download: {
    title: 'Dine oplysninger er klar',
    intro: (org) =>
      `${org} har samlet de oplysninger, du bad om. Det er en ZIP-fil, som de fleste computere kan åbne.`,
    introPortability: (org) =>
      `${org} har samlet de oplysninger, du selv har givet os, som JSON- og CSV-filer, du kan tage med til en anden tjeneste.`,
    button: 'Hent dine oplysninger',
    once: 'Linket virker én gang, så gem filen, når du har hentet den.',
    expires: (date) => `Linket udløber den ${date}.`,
    goneTitle: 'Linket virker ikke længere',
    goneBody:
      'Linket er måske allerede brugt, eller det er udløbet. Har du stadig brug for dine oplysninger, kan du lave en ny anmodning på vores side om privatliv.',
  },
  readme: (org, date) =>
    [
      `Dine oplysninger fra ${org}, lavet den ${date}.`,
      '',
      'Pakken indeholder de personoplysninger, du selv har givet os, i to almindelige formater:',
      'JSON-filer til programmer og CSV-filer, som du kan åbne i et regneark.',
      'Du kan give filerne til en anden tjeneste eller gemme dem selv.',
      '',
      'manifest.json viser alle filerne, og hvor mange poster hver fil indeholder.',
    ].join('\n'),
}
