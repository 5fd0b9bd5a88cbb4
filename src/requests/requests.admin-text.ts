import type { AdminLanguage } from '../i18n/languages.js'
import type {
  DeadlineRule,
  ExtensionReason,
  ObjectionScope,
  RejectionReason,
  RequestChannel,
  RequestKind,
  RequestState,
  VerificationMethod,
} from './request.schema.js'

/** Texts of /admin/requests in the five admin languages; English is the shape. */
export interface RequestAdminText {
  title: string
  intro: string
  kinds: Record<RequestKind, string>
  states: Record<RequestState, string>
  channels: Record<RequestChannel, string>
  methods: Record<VerificationMethod, string>
  rejections: Record<RejectionReason, string>
  extensions: Record<ExtensionReason, string>
  scopes: Record<ObjectionScope, string>
  events: Record<string, string>
  connected: {
    access: string
    erased: (rows: number, kept: number) => string
    preview: string
    previewIntro: string
    noPreview: string
    table: string
    column: string
    action: string
    rows: string
    kept: string
    wholeRow: string
    actions: Record<string, string>
  }
  rectify: {
    title: string
    hint: string
    name: string
    email: string
    phone: string
    street: string
    postalCode: string
    city: string
    apply: string
    nothing: string
  }
  deadlines: Record<DeadlineRule, string>
  columns: {
    reference: string
    kind: string
    state: string
    received: string
    due: string
    assignee: string
    channel: string
  }
  overdue: string
  extended: string
  nobody: string
  empty: string
  filter: { state: string; open: string; all: string; assignee: string; anyone: string; show: string }
  register: string
  registerIntro: string
  request: (ref: string) => string
  facts: {
    email: string
    details: string
    language: string
    person: string
    notInRegister: string
    originalDue: string
    verification: string
    scope: string
  }
  tasks: string
  tasksIntro: string
  noTasks: string
  taskOpen: string
  taskDone: string
  note: string
  markDone: string
  history: string
  when: string
  what: string
  by: string
  byPerson: string
  byApiKey: string
  actions: string
  verify: string
  method: string
  checkNote: string
  start: string
  assign: string
  assignTo: string
  extend: string
  extendHint: (latest: string) => string
  newDue: string
  reason: string
  explanation: string
  reject: string
  rejectHint: string
  complete: string
  completeNote: string
  completeHint: string
  closed: string
  saved: string
  created: string
  fields: { receivedOn: string; identity: string; notYet: string; optional: string }
  settings: string
  deadline: string
  reminderDays: string
  save: string
}

const en: RequestAdminText = {
  title: 'Requests',
  intro:
    'Requests from people about their data: access, correction, deletion and the rest. Open requests are listed with the soonest due first; overdue ones are marked.',
  kinds: {
    access: 'Access',
    portability: 'Portability',
    rectification: 'Rectification',
    erasure: 'Erasure',
    restriction: 'Restriction',
    objection: 'Objection',
    stop_marketing: 'Stop marketing',
    withdraw_consent: 'Withdraw consent',
  },
  states: {
    unconfirmed: 'Awaiting confirmation',
    received: 'Received',
    verified: 'Identity verified',
    in_progress: 'In progress',
    completed: 'Completed',
    rejected: 'Rejected',
  },
  channels: {
    web: 'Privacy center',
    email: 'E-mail',
    phone: 'Phone',
    letter: 'Letter',
    in_person: 'In person',
  },
  methods: {
    email_link: 'Confirmed the e-mailed link',
    known_email: 'Wrote from the e-mail in the register',
    id_document: 'Showed ID',
    phone_callback: 'Called back on the number in the register',
    in_person: 'Met in person',
    other: 'Other (see note)',
  },
  rejections: {
    identity_not_confirmed: 'Identity not confirmed',
    manifestly_unfounded: 'Manifestly unfounded',
    excessive: 'Excessive',
    other: 'Other',
  },
  extensions: { complex: 'Complex request', numerous: 'Many requests' },
  scopes: { direct_marketing: 'Direct marketing', other: 'Other processing' },
  connected: {
    access: 'Answered by Vern: the rows in this system go into the person’s package.',
    erased: (rows, kept) =>
      `Erased by Vern in this system: ${rows} ${rows === 1 ? 'row' : 'rows'} changed or deleted${kept > 0 ? `; ${kept} ${kept === 1 ? 'column' : 'columns'} kept under the bookkeeping rule` : ''}.`,
    preview: 'Preview the erasure in connected systems',
    previewIntro:
      'A dry run in each system connected by database whose task is open: what completing this request will change there. Nothing has been changed yet.',
    noPreview: 'No system connected by database has an open task for this request.',
    table: 'Table',
    column: 'Column',
    action: 'What happens',
    rows: 'Rows',
    kept: 'Kept under a retention rule',
    wholeRow: 'the whole row',
    actions: { delete_row: 'Deleted', set_null: 'Emptied', mask: 'Masked', hash: 'Replaced by a keyed hash' },
  },
  rectify: {
    title: 'Apply the correction',
    hint: 'Fill in only what changes; the rest stays. The change is written to the register and audited with this request.',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    street: 'Street and number',
    postalCode: 'Postal code',
    city: 'City',
    apply: 'Apply the correction',
    nothing: 'Fill in at least one field to correct.',
  },
  events: {
    received: 'Received',
    verified: 'Identity verified',
    started: 'Work started',
    assigned: 'Assigned',
    extended: 'Deadline extended',
    rejected: 'Rejected',
    completed: 'Completed',
    task_done: 'Task done',
    fulfilment_started: 'Erasure started',
    rectified: 'Correction applied',
  },
  deadlines: { month: 'One month from receipt (GDPR)', days30: '30 days from receipt' },
  columns: {
    reference: 'Reference',
    kind: 'Request',
    state: 'Status',
    received: 'Received',
    due: 'Due',
    assignee: 'Assigned to',
    channel: 'Channel',
  },
  overdue: 'Overdue',
  extended: 'Extended',
  nobody: 'No one',
  empty: 'No requests match.',
  filter: {
    state: 'Status',
    open: 'Open requests',
    all: 'All',
    assignee: 'Assigned to',
    anyone: 'Anyone',
    show: 'Show',
  },
  register: 'Register a request',
  registerIntro:
    'For requests that came by phone, letter, e-mail or in person. Requests from the privacy center arrive here by themselves once the person has confirmed their e-mail.',
  request: (ref) => `Request ${ref}`,
  facts: {
    email: 'E-mail',
    details: 'What the person wrote',
    language: 'Language',
    person: 'In the register',
    notInRegister: 'No one in the register has this e-mail',
    originalDue: 'First due date',
    verification: 'Identity check',
    scope: 'Objection to',
  },
  tasks: 'Systems outside Vern',
  tasksIntro: 'Do what the request asks in each of these systems, then tick it off with a note.',
  noTasks:
    'No tasks. They are made when the identity is verified, one for each system in the data map that holds the person’s data.',
  taskOpen: 'Open',
  taskDone: 'Done',
  note: 'Note',
  markDone: 'Mark as done',
  history: 'History',
  when: 'When',
  what: 'What',
  by: 'By',
  byPerson: 'The person',
  byApiKey: 'API key',
  actions: 'Actions',
  verify: 'Verify identity',
  method: 'How was the identity checked?',
  checkNote: 'What was checked',
  start: 'Start work',
  assign: 'Assign',
  assignTo: 'Assign to',
  extend: 'Extend the deadline',
  extendHint: (latest) =>
    `Only within the first month, to ${latest} at the latest. The person is sent the reason by e-mail.`,
  newDue: 'New due date',
  reason: 'Reason',
  explanation: 'Explanation for the person',
  reject: 'Reject',
  rejectHint:
    'The person is sent the reason and told of their right to complain to the supervisory authority.',
  complete: 'Complete',
  completeNote: 'What was done (kept in the history)',
  completeHint: 'The person is told by e-mail. Every task must be done first.',
  closed: 'This request is closed.',
  saved: 'Saved.',
  created: 'The request is registered, and the person has been sent a receipt.',
  fields: {
    receivedOn: 'Received on',
    identity: 'Identity check',
    notYet: 'Not checked yet',
    optional: 'optional',
  },
  settings: 'Settings',
  deadline: 'Deadline',
  reminderDays: 'Remind the assigned person this many days before the due date (0: never)',
  save: 'Save',
}

const da: RequestAdminText = {
  title: 'Anmodninger',
  intro:
    'Anmodninger fra personer om deres oplysninger: indsigt, rettelse, sletning og de øvrige rettigheder. Åbne anmodninger står med den korteste frist først, og overskredne er markeret.',
  kinds: {
    access: 'Indsigt',
    portability: 'Dataportabilitet',
    rectification: 'Berigtigelse',
    erasure: 'Sletning',
    restriction: 'Begrænsning',
    objection: 'Indsigelse',
    stop_marketing: 'Stop for markedsføring',
    withdraw_consent: 'Tilbagetrækning af samtykke',
  },
  states: {
    unconfirmed: 'Afventer bekræftelse',
    received: 'Modtaget',
    verified: 'Identitet bekræftet',
    in_progress: 'I gang',
    completed: 'Gennemført',
    rejected: 'Afvist',
  },
  channels: {
    web: 'Privatlivscenter',
    email: 'E-mail',
    phone: 'Telefon',
    letter: 'Brev',
    in_person: 'Personligt fremmøde',
  },
  methods: {
    email_link: 'Bekræftede linket i e-mailen',
    known_email: 'Skrev fra e-mailadressen i registret',
    id_document: 'Viste legitimation',
    phone_callback: 'Ringet op på nummeret i registret',
    in_person: 'Mødt personligt',
    other: 'Andet (se note)',
  },
  rejections: {
    identity_not_confirmed: 'Identitet ikke bekræftet',
    manifestly_unfounded: 'Åbenbart grundløs',
    excessive: 'Urimelig',
    other: 'Andet',
  },
  extensions: { complex: 'Kompliceret anmodning', numerous: 'Mange anmodninger' },
  scopes: { direct_marketing: 'Direkte markedsføring', other: 'Anden behandling' },
  connected: {
    access: 'Besvaret af Vern: rækkerne i dette system kommer med i personens pakke.',
    erased: (rows, kept) =>
      `Slettet af Vern i dette system: ${rows} ${rows === 1 ? 'række' : 'rækker'} ændret eller slettet${kept > 0 ? `; ${kept} ${kept === 1 ? 'kolonne' : 'kolonner'} bevaret efter bogføringsreglen` : ''}.`,
    preview: 'Se sletningen i forbundne systemer på forhånd',
    previewIntro:
      'En prøvekørsel i hvert system med databaseforbindelse, hvis opgave er åben: det, som gennemførelsen af anmodningen vil ændre der. Intet er ændret endnu.',
    noPreview: 'Intet system med databaseforbindelse har en åben opgave for denne anmodning.',
    table: 'Tabel',
    column: 'Kolonne',
    action: 'Hvad sker der',
    rows: 'Rækker',
    kept: 'Bevares efter en opbevaringsregel',
    wholeRow: 'hele rækken',
    actions: {
      delete_row: 'Slettes',
      set_null: 'Tømmes',
      mask: 'Maskeres',
      hash: 'Erstattes af en nøglet hashværdi',
    },
  },
  rectify: {
    title: 'Udfør rettelsen',
    hint: 'Udfyld kun det, der ændres; resten bliver stående. Ændringen skrives i registret og logføres med denne anmodning.',
    name: 'Navn',
    email: 'E-mail',
    phone: 'Telefon',
    street: 'Gade og nummer',
    postalCode: 'Postnummer',
    city: 'By',
    apply: 'Udfør rettelsen',
    nothing: 'Udfyld mindst ét felt, der skal rettes.',
  },
  events: {
    received: 'Modtaget',
    verified: 'Identitet bekræftet',
    started: 'Arbejdet startet',
    assigned: 'Tildelt',
    extended: 'Frist forlænget',
    rejected: 'Afvist',
    completed: 'Gennemført',
    task_done: 'Opgave udført',
    fulfilment_started: 'Sletning startet',
    rectified: 'Rettelse udført',
  },
  deadlines: { month: 'En måned fra modtagelsen (GDPR)', days30: '30 dage fra modtagelsen' },
  columns: {
    reference: 'Reference',
    kind: 'Anmodning',
    state: 'Status',
    received: 'Modtaget',
    due: 'Frist',
    assignee: 'Ansvarlig',
    channel: 'Kanal',
  },
  overdue: 'Overskredet',
  extended: 'Forlænget',
  nobody: 'Ingen',
  empty: 'Ingen anmodninger passer.',
  filter: {
    state: 'Status',
    open: 'Åbne anmodninger',
    all: 'Alle',
    assignee: 'Ansvarlig',
    anyone: 'Alle',
    show: 'Vis',
  },
  register: 'Registrér en anmodning',
  registerIntro:
    'Til anmodninger, der er kommet pr. telefon, brev, e-mail eller ved personligt fremmøde. Anmodninger fra privatlivscentret kommer selv herind, når personen har bekræftet sin e-mail.',
  request: (ref) => `Anmodning ${ref}`,
  facts: {
    email: 'E-mail',
    details: 'Hvad personen skrev',
    language: 'Sprog',
    person: 'I registret',
    notInRegister: 'Ingen i registret har denne e-mailadresse',
    originalDue: 'Oprindelig frist',
    verification: 'Identitetskontrol',
    scope: 'Indsigelse mod',
  },
  tasks: 'Systemer uden for Vern',
  tasksIntro:
    'Gør det, anmodningen går ud på, i hvert af disse systemer, og markér det derefter som udført med en note.',
  noTasks:
    'Ingen opgaver. De oprettes, når identiteten er bekræftet, én for hvert system i datakortet, der indeholder personens oplysninger.',
  taskOpen: 'Åben',
  taskDone: 'Udført',
  note: 'Note',
  markDone: 'Markér som udført',
  history: 'Historik',
  when: 'Hvornår',
  what: 'Hvad',
  by: 'Af',
  byPerson: 'Personen',
  byApiKey: 'API-nøgle',
  actions: 'Handlinger',
  verify: 'Bekræft identitet',
  method: 'Hvordan blev identiteten kontrolleret?',
  checkNote: 'Hvad blev kontrolleret',
  start: 'Start arbejdet',
  assign: 'Tildel',
  assignTo: 'Tildel til',
  extend: 'Forlæng fristen',
  extendHint: (latest) =>
    `Kun inden for den første måned og højst til den ${latest}. Personen får begrundelsen tilsendt på e-mail.`,
  newDue: 'Ny frist',
  reason: 'Begrundelse',
  explanation: 'Forklaring til personen',
  reject: 'Afvis',
  rejectHint: 'Personen får begrundelsen og besked om retten til at klage til tilsynsmyndigheden.',
  complete: 'Gennemfør',
  completeNote: 'Hvad der blev gjort (gemmes i historikken)',
  completeHint: 'Personen får besked på e-mail. Alle opgaver skal være udført først.',
  closed: 'Denne anmodning er afsluttet.',
  saved: 'Gemt.',
  created: 'Anmodningen er registreret, og personen har fået en kvittering.',
  fields: {
    receivedOn: 'Modtaget den',
    identity: 'Identitetskontrol',
    notYet: 'Ikke kontrolleret endnu',
    optional: 'valgfrit',
  },
  settings: 'Indstillinger',
  deadline: 'Frist',
  reminderDays: 'Påmind den ansvarlige så mange dage før fristen (0: aldrig)',
  save: 'Gem',
}

const nb: RequestAdminText = {
  title: 'Forespørsler',
  intro:
    'Forespørsler fra personer om opplysningene deres: innsyn, retting, sletting og de andre rettighetene. Åpne forespørsler står med korteste frist først, og de som har passert fristen, er merket.',
  kinds: {
    access: 'Innsyn',
    portability: 'Dataportabilitet',
    rectification: 'Retting',
    erasure: 'Sletting',
    restriction: 'Begrensning',
    objection: 'Protest',
    stop_marketing: 'Stans av markedsføring',
    withdraw_consent: 'Tilbaketrekking av samtykke',
  },
  states: {
    unconfirmed: 'Venter på bekreftelse',
    received: 'Mottatt',
    verified: 'Identitet bekreftet',
    in_progress: 'Under arbeid',
    completed: 'Fullført',
    rejected: 'Avvist',
  },
  channels: {
    web: 'Personvernsenter',
    email: 'E-post',
    phone: 'Telefon',
    letter: 'Brev',
    in_person: 'Personlig oppmøte',
  },
  methods: {
    email_link: 'Bekreftet lenken i e-posten',
    known_email: 'Skrev fra e-postadressen i registeret',
    id_document: 'Viste legitimasjon',
    phone_callback: 'Ringt tilbake på nummeret i registeret',
    in_person: 'Møtt personlig',
    other: 'Annet (se notat)',
  },
  rejections: {
    identity_not_confirmed: 'Identitet ikke bekreftet',
    manifestly_unfounded: 'Åpenbart ugrunnet',
    excessive: 'Urimelig',
    other: 'Annet',
  },
  extensions: { complex: 'Sammensatt forespørsel', numerous: 'Mange forespørsler' },
  scopes: { direct_marketing: 'Direkte markedsføring', other: 'Annen behandling' },
  connected: {
    access: 'Besvart av Vern: radene i dette systemet blir med i personens pakke.',
    erased: (rows, kept) =>
      `Slettet av Vern i dette systemet: ${rows} ${rows === 1 ? 'rad' : 'rader'} endret eller slettet${kept > 0 ? `; ${kept} ${kept === 1 ? 'kolonne' : 'kolonner'} beholdt etter bokføringsregelen` : ''}.`,
    preview: 'Se slettingen i tilkoblede systemer på forhånd',
    previewIntro:
      'En prøvekjøring i hvert system med databasetilkobling der oppgaven er åpen: det som fullføringen av forespørselen vil endre der. Ingenting er endret ennå.',
    noPreview: 'Ingen systemer med databasetilkobling har en åpen oppgave for denne forespørselen.',
    table: 'Tabell',
    column: 'Kolonne',
    action: 'Hva skjer',
    rows: 'Rader',
    kept: 'Beholdes etter en oppbevaringsregel',
    wholeRow: 'hele raden',
    actions: {
      delete_row: 'Slettes',
      set_null: 'Tømmes',
      mask: 'Maskeres',
      hash: 'Erstattes av en nøklet hashverdi',
    },
  },
  rectify: {
    title: 'Utfør rettingen',
    hint: 'Fyll bare ut det som endres; resten blir stående. Endringen skrives i registeret og logges med denne forespørselen.',
    name: 'Navn',
    email: 'E-post',
    phone: 'Telefon',
    street: 'Gate og nummer',
    postalCode: 'Postnummer',
    city: 'Poststed',
    apply: 'Utfør rettingen',
    nothing: 'Fyll ut minst ett felt som skal rettes.',
  },
  events: {
    received: 'Mottatt',
    verified: 'Identitet bekreftet',
    started: 'Arbeidet startet',
    assigned: 'Tildelt',
    extended: 'Frist forlenget',
    rejected: 'Avvist',
    completed: 'Fullført',
    task_done: 'Oppgave utført',
    fulfilment_started: 'Sletting startet',
    rectified: 'Retting utført',
  },
  deadlines: { month: 'Én måned fra mottak (GDPR)', days30: '30 dager fra mottak' },
  columns: {
    reference: 'Referanse',
    kind: 'Forespørsel',
    state: 'Status',
    received: 'Mottatt',
    due: 'Frist',
    assignee: 'Ansvarlig',
    channel: 'Kanal',
  },
  overdue: 'Fristen er passert',
  extended: 'Forlenget',
  nobody: 'Ingen',
  empty: 'Ingen forespørsler passer.',
  filter: {
    state: 'Status',
    open: 'Åpne forespørsler',
    all: 'Alle',
    assignee: 'Ansvarlig',
    anyone: 'Alle',
    show: 'Vis',
  },
  register: 'Registrer en forespørsel',
  registerIntro:
    'For forespørsler som har kommet på telefon, brev, e-post eller ved personlig oppmøte. Forespørsler fra personvernsenteret kommer hit av seg selv når personen har bekreftet e-postadressen sin.',
  request: (ref) => `Forespørsel ${ref}`,
  facts: {
    email: 'E-post',
    details: 'Hva personen skrev',
    language: 'Språk',
    person: 'I registeret',
    notInRegister: 'Ingen i registeret har denne e-postadressen',
    originalDue: 'Opprinnelig frist',
    verification: 'Identitetskontroll',
    scope: 'Protest mot',
  },
  tasks: 'Systemer utenfor Vern',
  tasksIntro:
    'Gjør det forespørselen ber om i hvert av disse systemene, og merk det deretter som utført med et notat.',
  noTasks:
    'Ingen oppgaver. De opprettes når identiteten er bekreftet, én for hvert system i datakartet som inneholder opplysninger om personen.',
  taskOpen: 'Åpen',
  taskDone: 'Utført',
  note: 'Notat',
  markDone: 'Merk som utført',
  history: 'Historikk',
  when: 'Når',
  what: 'Hva',
  by: 'Av',
  byPerson: 'Personen',
  byApiKey: 'API-nøkkel',
  actions: 'Handlinger',
  verify: 'Bekreft identitet',
  method: 'Hvordan ble identiteten kontrollert?',
  checkNote: 'Hva ble kontrollert',
  start: 'Start arbeidet',
  assign: 'Tildel',
  assignTo: 'Tildel til',
  extend: 'Forleng fristen',
  extendHint: (latest) =>
    `Bare innen den første måneden, og senest til ${latest}. Personen får begrunnelsen tilsendt på e-post.`,
  newDue: 'Ny frist',
  reason: 'Begrunnelse',
  explanation: 'Forklaring til personen',
  reject: 'Avvis',
  rejectHint: 'Personen får begrunnelsen og beskjed om retten til å klage til tilsynsmyndigheten.',
  complete: 'Fullfør',
  completeNote: 'Hva som ble gjort (lagres i historikken)',
  completeHint: 'Personen får beskjed på e-post. Alle oppgaver må være utført først.',
  closed: 'Denne forespørselen er avsluttet.',
  saved: 'Lagret.',
  created: 'Forespørselen er registrert, og personen har fått en kvittering.',
  fields: {
    receivedOn: 'Mottatt',
    identity: 'Identitetskontroll',
    notYet: 'Ikke kontrollert ennå',
    optional: 'valgfritt',
  },
  settings: 'Innstillinger',
  deadline: 'Frist',
  reminderDays: 'Påminn den ansvarlige så mange dager før fristen (0: aldri)',
  save: 'Lagre',
}

const sv: RequestAdminText = {
  title: 'Begäranden',
  intro:
    'Begäranden från personer om deras uppgifter: tillgång, rättelse, radering och de andra rättigheterna. Öppna begäranden visas med den närmaste tidsfristen först, och försenade är markerade.',
  kinds: {
    access: 'Tillgång (registerutdrag)',
    portability: 'Dataportabilitet',
    rectification: 'Rättelse',
    erasure: 'Radering',
    restriction: 'Begränsning',
    objection: 'Invändning',
    stop_marketing: 'Stopp för marknadsföring',
    withdraw_consent: 'Återkallat samtycke',
  },
  states: {
    unconfirmed: 'Väntar på bekräftelse',
    received: 'Mottagen',
    verified: 'Identitet bekräftad',
    in_progress: 'Pågår',
    completed: 'Genomförd',
    rejected: 'Avslagen',
  },
  channels: {
    web: 'Integritetscenter',
    email: 'E-post',
    phone: 'Telefon',
    letter: 'Brev',
    in_person: 'Personligt besök',
  },
  methods: {
    email_link: 'Bekräftade länken i mejlet',
    known_email: 'Skrev från e-postadressen i registret',
    id_document: 'Visade id-handling',
    phone_callback: 'Uppringd på numret i registret',
    in_person: 'Träffad personligen',
    other: 'Annat (se anteckning)',
  },
  rejections: {
    identity_not_confirmed: 'Identiteten inte bekräftad',
    manifestly_unfounded: 'Uppenbart ogrundad',
    excessive: 'Orimlig',
    other: 'Annat',
  },
  extensions: { complex: 'Komplicerad begäran', numerous: 'Många begäranden' },
  scopes: { direct_marketing: 'Direktmarknadsföring', other: 'Annan behandling' },
  connected: {
    access: 'Besvarad av Vern: raderna i det här systemet följer med i personens paket.',
    erased: (rows, kept) =>
      `Raderat av Vern i det här systemet: ${rows} ${rows === 1 ? 'rad' : 'rader'} ändrade eller raderade${kept > 0 ? `; ${kept} ${kept === 1 ? 'kolumn' : 'kolumner'} sparade enligt bokföringsregeln` : ''}.`,
    preview: 'Förhandsgranska raderingen i anslutna system',
    previewIntro:
      'En provkörning i varje system med databasanslutning vars uppgift är öppen: det som slutförandet av begäran kommer att ändra där. Ingenting har ändrats än.',
    noPreview: 'Inget system med databasanslutning har en öppen uppgift för den här begäran.',
    table: 'Tabell',
    column: 'Kolumn',
    action: 'Vad som händer',
    rows: 'Rader',
    kept: 'Sparas enligt en lagringsregel',
    wholeRow: 'hela raden',
    actions: {
      delete_row: 'Raderas',
      set_null: 'Töms',
      mask: 'Maskeras',
      hash: 'Ersätts med ett nyckelhashat värde',
    },
  },
  rectify: {
    title: 'Gör rättelsen',
    hint: 'Fyll bara i det som ändras; resten ligger kvar. Ändringen skrivs in i registret och loggas med den här begäran.',
    name: 'Namn',
    email: 'E-post',
    phone: 'Telefon',
    street: 'Gata och nummer',
    postalCode: 'Postnummer',
    city: 'Ort',
    apply: 'Gör rättelsen',
    nothing: 'Fyll i minst ett fält som ska rättas.',
  },
  events: {
    received: 'Mottagen',
    verified: 'Identitet bekräftad',
    started: 'Arbetet påbörjat',
    assigned: 'Tilldelad',
    extended: 'Tidsfristen förlängd',
    rejected: 'Avslagen',
    completed: 'Genomförd',
    task_done: 'Uppgift klar',
    fulfilment_started: 'Radering påbörjad',
    rectified: 'Rättelse gjord',
  },
  deadlines: { month: 'En månad från mottagandet (GDPR)', days30: '30 dagar från mottagandet' },
  columns: {
    reference: 'Referens',
    kind: 'Begäran',
    state: 'Status',
    received: 'Mottagen',
    due: 'Tidsfrist',
    assignee: 'Ansvarig',
    channel: 'Kanal',
  },
  overdue: 'Försenad',
  extended: 'Förlängd',
  nobody: 'Ingen',
  empty: 'Inga begäranden matchar.',
  filter: {
    state: 'Status',
    open: 'Öppna begäranden',
    all: 'Alla',
    assignee: 'Ansvarig',
    anyone: 'Alla',
    show: 'Visa',
  },
  register: 'Registrera en begäran',
  registerIntro:
    'För begäranden som kommit per telefon, brev, e-post eller vid ett personligt besök. Begäranden från integritetscentret hamnar här av sig själva när personen har bekräftat sin e-postadress.',
  request: (ref) => `Begäran ${ref}`,
  facts: {
    email: 'E-post',
    details: 'Vad personen skrev',
    language: 'Språk',
    person: 'I registret',
    notInRegister: 'Ingen i registret har den här e-postadressen',
    originalDue: 'Ursprunglig tidsfrist',
    verification: 'Identitetskontroll',
    scope: 'Invändning mot',
  },
  tasks: 'System utanför Vern',
  tasksIntro:
    'Gör det som begäran gäller i vart och ett av dessa system och markera det sedan som klart med en anteckning.',
  noTasks:
    'Inga uppgifter. De skapas när identiteten har bekräftats, en för varje system i datakartan som innehåller personens uppgifter.',
  taskOpen: 'Öppen',
  taskDone: 'Klar',
  note: 'Anteckning',
  markDone: 'Markera som klar',
  history: 'Historik',
  when: 'När',
  what: 'Vad',
  by: 'Av',
  byPerson: 'Personen',
  byApiKey: 'API-nyckel',
  actions: 'Åtgärder',
  verify: 'Bekräfta identitet',
  method: 'Hur kontrollerades identiteten?',
  checkNote: 'Vad som kontrollerades',
  start: 'Påbörja arbetet',
  assign: 'Tilldela',
  assignTo: 'Tilldela till',
  extend: 'Förläng tidsfristen',
  extendHint: (latest) =>
    `Bara under den första månaden, och längst till den ${latest}. Personen får skälet skickat till sig via e-post.`,
  newDue: 'Ny tidsfrist',
  reason: 'Skäl',
  explanation: 'Förklaring till personen',
  reject: 'Avslå',
  rejectHint: 'Personen får skälet och information om rätten att klaga hos tillsynsmyndigheten.',
  complete: 'Slutför',
  completeNote: 'Vad som gjordes (sparas i historiken)',
  completeHint: 'Personen får besked via e-post. Alla uppgifter måste vara klara först.',
  closed: 'Den här begäran är avslutad.',
  saved: 'Sparat.',
  created: 'Begäran är registrerad och personen har fått ett kvitto.',
  fields: {
    receivedOn: 'Mottagen den',
    identity: 'Identitetskontroll',
    notYet: 'Inte kontrollerad än',
    optional: 'frivilligt',
  },
  settings: 'Inställningar',
  deadline: 'Tidsfrist',
  reminderDays: 'Påminn den ansvarige så här många dagar före tidsfristen (0: aldrig)',
  save: 'Spara',
}

const fi: RequestAdminText = {
  title: 'Pyynnöt',
  intro:
    'Henkilöiden pyynnöt omista tiedoistaan: tarkastus, oikaisu, poisto ja muut oikeudet. Avoimet pyynnöt näkyvät lähimmän määräajan mukaan, ja myöhässä olevat on merkitty.',
  kinds: {
    access: 'Tarkastus',
    portability: 'Siirto',
    rectification: 'Oikaisu',
    erasure: 'Poisto',
    restriction: 'Käsittelyn rajoitus',
    objection: 'Vastustus',
    stop_marketing: 'Markkinoinnin lopetus',
    withdraw_consent: 'Suostumuksen peruutus',
  },
  states: {
    unconfirmed: 'Odottaa vahvistusta',
    received: 'Vastaanotettu',
    verified: 'Henkilöllisyys varmistettu',
    in_progress: 'Käsittelyssä',
    completed: 'Valmis',
    rejected: 'Hylätty',
  },
  channels: {
    web: 'Tietosuojasivu',
    email: 'Sähköposti',
    phone: 'Puhelin',
    letter: 'Kirje',
    in_person: 'Käynti paikan päällä',
  },
  methods: {
    email_link: 'Vahvisti sähköpostin linkin',
    known_email: 'Kirjoitti rekisterissä olevasta osoitteesta',
    id_document: 'Näytti henkilöllisyystodistuksen',
    phone_callback: 'Soitettiin takaisin rekisterissä olevaan numeroon',
    in_person: 'Tavattiin henkilökohtaisesti',
    other: 'Muu (ks. muistiinpano)',
  },
  rejections: {
    identity_not_confirmed: 'Henkilöllisyyttä ei varmistettu',
    manifestly_unfounded: 'Ilmeisen perusteeton',
    excessive: 'Kohtuuton',
    other: 'Muu',
  },
  extensions: { complex: 'Monimutkainen pyyntö', numerous: 'Paljon pyyntöjä' },
  scopes: { direct_marketing: 'Suoramarkkinointi', other: 'Muu käsittely' },
  connected: {
    access: 'Vern vastasi: tämän järjestelmän rivit tulevat henkilön pakettiin.',
    erased: (rows, kept) =>
      `Vern poisti tästä järjestelmästä: ${rows} ${rows === 1 ? 'rivi' : 'riviä'} muutettu tai poistettu${kept > 0 ? `; ${kept} ${kept === 1 ? 'sarake' : 'saraketta'} säilytetty kirjanpitosäännön mukaan` : ''}.`,
    preview: 'Esikatsele poistoa liitetyissä järjestelmissä',
    previewIntro:
      'Koeajo jokaisessa tietokantayhteydellä liitetyssä järjestelmässä, jonka tehtävä on avoinna: mitä pyynnön valmiiksi merkitseminen muuttaa siellä. Mitään ei ole vielä muutettu.',
    noPreview:
      'Millään tietokantayhteydellä liitetyllä järjestelmällä ei ole avointa tehtävää tälle pyynnölle.',
    table: 'Taulu',
    column: 'Sarake',
    action: 'Mitä tapahtuu',
    rows: 'Rivejä',
    kept: 'Säilytetään säilytyssäännön mukaan',
    wholeRow: 'koko rivi',
    actions: {
      delete_row: 'Poistetaan',
      set_null: 'Tyhjennetään',
      mask: 'Peitetään',
      hash: 'Korvataan avainnetulla tiivisteellä',
    },
  },
  rectify: {
    title: 'Tee korjaus',
    hint: 'Täytä vain muuttuvat tiedot; muut säilyvät ennallaan. Muutos kirjataan rekisteriin ja lokiin tämän pyynnön kanssa.',
    name: 'Nimi',
    email: 'Sähköposti',
    phone: 'Puhelin',
    street: 'Katuosoite',
    postalCode: 'Postinumero',
    city: 'Postitoimipaikka',
    apply: 'Tee korjaus',
    nothing: 'Täytä vähintään yksi korjattava kenttä.',
  },
  events: {
    received: 'Vastaanotettu',
    verified: 'Henkilöllisyys varmistettu',
    started: 'Käsittely aloitettu',
    assigned: 'Vastuuhenkilö määritetty',
    extended: 'Määräaikaa jatkettu',
    rejected: 'Hylätty',
    completed: 'Valmis',
    task_done: 'Tehtävä tehty',
    fulfilment_started: 'Poistaminen aloitettu',
    rectified: 'Korjaus tehty',
  },
  deadlines: { month: 'Kuukausi vastaanotosta (GDPR)', days30: '30 päivää vastaanotosta' },
  columns: {
    reference: 'Viite',
    kind: 'Pyyntö',
    state: 'Tila',
    received: 'Vastaanotettu',
    due: 'Määräaika',
    assignee: 'Vastuuhenkilö',
    channel: 'Kanava',
  },
  overdue: 'Myöhässä',
  extended: 'Jatkettu',
  nobody: 'Ei kukaan',
  empty: 'Ei pyyntöjä näillä ehdoilla.',
  filter: {
    state: 'Tila',
    open: 'Avoimet pyynnöt',
    all: 'Kaikki',
    assignee: 'Vastuuhenkilö',
    anyone: 'Kuka tahansa',
    show: 'Näytä',
  },
  register: 'Kirjaa pyyntö',
  registerIntro:
    'Puhelimitse, kirjeellä, sähköpostilla tai paikan päällä tulleille pyynnöille. Tietosuojasivun kautta tehdyt pyynnöt tulevat tänne itsestään, kun henkilö on vahvistanut sähköpostiosoitteensa.',
  request: (ref) => `Pyyntö ${ref}`,
  facts: {
    email: 'Sähköposti',
    details: 'Mitä henkilö kirjoitti',
    language: 'Kieli',
    person: 'Rekisterissä',
    notInRegister: 'Rekisterissä ei ole ketään tällä sähköpostiosoitteella',
    originalDue: 'Alkuperäinen määräaika',
    verification: 'Henkilöllisyyden tarkistus',
    scope: 'Vastustuksen kohde',
  },
  tasks: 'Vernin ulkopuoliset järjestelmät',
  tasksIntro:
    'Tee pyynnön edellyttämät toimet kussakin järjestelmässä ja merkitse tehtävä sitten tehdyksi muistiinpanon kanssa.',
  noTasks:
    'Ei tehtäviä. Ne luodaan, kun henkilöllisyys on varmistettu: yksi kutakin tietokartan järjestelmää kohden, jossa on henkilön tietoja.',
  taskOpen: 'Avoin',
  taskDone: 'Tehty',
  note: 'Muistiinpano',
  markDone: 'Merkitse tehdyksi',
  history: 'Historia',
  when: 'Milloin',
  what: 'Mitä',
  by: 'Tekijä',
  byPerson: 'Henkilö itse',
  byApiKey: 'API-avain',
  actions: 'Toiminnot',
  verify: 'Varmista henkilöllisyys',
  method: 'Miten henkilöllisyys tarkistettiin?',
  checkNote: 'Mitä tarkistettiin',
  start: 'Aloita käsittely',
  assign: 'Määritä vastuuhenkilö',
  assignTo: 'Vastuuhenkilö',
  extend: 'Jatka määräaikaa',
  extendHint: (latest) =>
    `Vain ensimmäisen kuukauden aikana ja enintään ${latest} asti. Henkilölle lähetetään syy sähköpostitse.`,
  newDue: 'Uusi määräaika',
  reason: 'Syy',
  explanation: 'Selitys henkilölle',
  reject: 'Hylkää',
  rejectHint: 'Henkilölle lähetetään syy ja tieto oikeudesta tehdä valitus valvontaviranomaiselle.',
  complete: 'Merkitse valmiiksi',
  completeNote: 'Mitä tehtiin (tallentuu historiaan)',
  completeHint: 'Henkilölle ilmoitetaan sähköpostitse. Kaikkien tehtävien on oltava tehty ensin.',
  closed: 'Tämä pyyntö on suljettu.',
  saved: 'Tallennettu.',
  created: 'Pyyntö on kirjattu, ja henkilölle on lähetetty vahvistus.',
  fields: {
    receivedOn: 'Vastaanotettu',
    identity: 'Henkilöllisyyden tarkistus',
    notYet: 'Ei vielä tarkistettu',
    optional: 'vapaaehtoinen',
  },
  settings: 'Asetukset',
  deadline: 'Määräaika',
  reminderDays: 'Muistuta vastuuhenkilöä näin monta päivää ennen määräaikaa (0: ei koskaan)',
  save: 'Tallenna',
}

const TEXTS: Record<AdminLanguage, RequestAdminText> = { en, da, nb, sv, fi }

export function requestAdminText(language: AdminLanguage): RequestAdminText {
  return TEXTS[language]
}
