import type { Language } from '../../i18n/languages.js'

/** The labels of a notification draft: Art. 33(3) (a)-(d), the timing and the delay, per language. */
export interface DraftText {
  title: (authority: string) => string
  controller: string
  reference: string
  phase: string
  phases: { initial: string; follow_up: string; final: string }
  awareAt: string
  startedAt: string
  endedAt: string
  ongoing: string
  unknown: string
  nature: string
  categories: string
  people: string
  records: string
  approx: (n: number) => string
  systems: string
  contact: string
  consequences: string
  measuresTaken: string
  measuresProposed: string
  advice: string
  risk: string
  risks: { unassessed: string; none: string; risk: string; high: string }
  informed: string
  informedYes: string
  informedNo: string
  lateReason: string
  filing: (url: string) => string
  none: string
}

export const DRAFT_TEXT: Record<Language, DraftText> = {
  en: {
    title: (a) => `Notification of a personal data breach to ${a}`,
    controller: 'Controller',
    reference: 'Our reference',
    phase: 'Notification',
    phases: {
      initial: 'Initial notification',
      follow_up: 'Follow-up (further information)',
      final: 'Final notification',
    },
    awareAt: 'Became aware of the breach',
    startedAt: 'The breach started',
    endedAt: 'The breach ended',
    ongoing: 'not yet ended',
    unknown: 'not known yet',
    nature: 'Nature of the breach (what happened)',
    categories: 'Categories of personal data concerned',
    people: 'Approximate number of people concerned',
    records: 'Approximate number of personal data records concerned',
    approx: (n) => `about ${n}`,
    systems: 'Systems concerned',
    contact: 'Contact point for more information (data protection officer)',
    consequences: 'Likely consequences of the breach',
    measuresTaken: 'Measures taken to address the breach',
    measuresProposed: 'Measures proposed, incl. to mitigate possible adverse effects',
    advice: 'Advice given to the people concerned (what they can do to protect themselves)',
    risk: 'Our risk assessment',
    risks: {
      unassessed: 'not yet assessed',
      none: 'unlikely to result in a risk',
      risk: 'a risk to people',
      high: 'a high risk to people',
    },
    informed: 'The people concerned',
    informedYes: 'are being told directly (Art. 34)',
    informedNo: 'have not been told directly',
    lateReason: 'Reasons for notifying after 72 hours',
    filing: (url) => `File at: ${url}`,
    none: '(none given)',
  },
  da: {
    title: (a) => `Anmeldelse af brud på persondatasikkerheden til ${a}`,
    controller: 'Dataansvarlig',
    reference: 'Vores reference',
    phase: 'Anmeldelse',
    phases: {
      initial: 'Første anmeldelse',
      follow_up: 'Supplerende anmeldelse',
      final: 'Endelig anmeldelse',
    },
    awareAt: 'Tidspunkt, hvor vi fik kendskab til bruddet',
    startedAt: 'Bruddet begyndte',
    endedAt: 'Bruddet ophørte',
    ongoing: 'ikke ophørt endnu',
    unknown: 'endnu ukendt',
    nature: 'Bruddets karakter (hvad er der sket)',
    categories: 'Kategorier af berørte personoplysninger',
    people: 'Omtrentligt antal berørte registrerede',
    records: 'Omtrentligt antal berørte registreringer af personoplysninger',
    approx: (n) => `ca. ${n}`,
    systems: 'Berørte systemer',
    contact: 'Kontaktpunkt for yderligere oplysninger (databeskyttelsesrådgiver)',
    consequences: 'Sandsynlige konsekvenser af bruddet',
    measuresTaken: 'Foranstaltninger, der er truffet for at håndtere bruddet',
    measuresProposed: 'Foreslåede foranstaltninger, herunder for at begrænse mulige skadevirkninger',
    advice: 'Råd til de registrerede om, hvad de selv kan gøre for at beskytte sig',
    risk: 'Vores risikovurdering',
    risks: {
      unassessed: 'endnu ikke vurderet',
      none: 'usandsynligt, at bruddet medfører en risiko',
      risk: 'en risiko for de registrerede',
      high: 'en høj risiko for de registrerede',
    },
    informed: 'De registrerede',
    informedYes: 'underrettes direkte (art. 34)',
    informedNo: 'er ikke underrettet direkte',
    lateReason: 'Begrundelse for anmeldelse efter 72 timer',
    filing: (url) => `Anmeldes via: ${url}`,
    none: '(ikke angivet)',
  },
  nb: {
    title: (a) => `Melding om brudd på personopplysningssikkerheten til ${a}`,
    controller: 'Behandlingsansvarlig',
    reference: 'Vår referanse',
    phase: 'Melding',
    phases: { initial: 'Første melding', follow_up: 'Oppfølgingsmelding', final: 'Avsluttende melding' },
    awareAt: 'Når virksomheten ble kjent med avviket',
    startedAt: 'Avviket startet',
    endedAt: 'Avviket opphørte',
    ongoing: 'ikke opphørt ennå',
    unknown: 'ennå ukjent',
    nature: 'Beskrivelse av avviket (hva som har skjedd)',
    categories: 'Kategorier av personopplysninger som er berørt',
    people: 'Omtrentlig antall berørte personer',
    records: 'Omtrentlig antall berørte registreringer av personopplysninger',
    approx: (n) => `ca. ${n}`,
    systems: 'Berørte systemer',
    contact: 'Kontaktpunkt for mer informasjon (personvernombud)',
    consequences: 'Sannsynlige konsekvenser av avviket',
    measuresTaken: 'Tiltak som er iverksatt for å håndtere avviket',
    measuresProposed: 'Foreslåtte tiltak, også for å redusere mulige skadevirkninger',
    advice: 'Råd til de berørte om hva de selv kan gjøre for å beskytte seg',
    risk: 'Vår risikovurdering',
    risks: {
      unassessed: 'ikke vurdert ennå',
      none: 'lite sannsynlig at avviket medfører en risiko',
      risk: 'en risiko for de registrerte',
      high: 'en høy risiko for de registrerte',
    },
    informed: 'De berørte',
    informedYes: 'blir varslet direkte (art. 34)',
    informedNo: 'er ikke varslet direkte',
    lateReason: 'Begrunnelse for melding etter 72 timer',
    filing: (url) => `Meldes via: ${url}`,
    none: '(ikke oppgitt)',
  },
  sv: {
    title: (a) => `Anmälan av personuppgiftsincident till ${a}`,
    controller: 'Personuppgiftsansvarig',
    reference: 'Vår referens',
    phase: 'Anmälan',
    phases: { initial: 'Första anmälan', follow_up: 'Komplettering', final: 'Slutlig anmälan' },
    awareAt: 'När incidenten upptäcktes',
    startedAt: 'När incidenten började',
    endedAt: 'När incidenten upphörde',
    ongoing: 'har inte upphört',
    unknown: 'ännu okänt',
    nature: 'Vad som har hänt (incidentens art)',
    categories: 'Kategorier av personuppgifter som berörs',
    people: 'Ungefärligt antal registrerade som berörs',
    records: 'Ungefärligt antal personuppgiftsposter som berörs',
    approx: (n) => `cirka ${n}`,
    systems: 'Berörda system',
    contact: 'Kontaktpunkt för mer information (dataskyddsombud)',
    consequences: 'Sannolika konsekvenser av incidenten',
    measuresTaken: 'Åtgärder som har vidtagits med anledning av incidenten',
    measuresProposed: 'Åtgärder som föreslås, även för att mildra möjliga negativa effekter',
    advice: 'Råd till de registrerade om vad de själva kan göra för att skydda sig',
    risk: 'Vår riskbedömning',
    risks: {
      unassessed: 'ännu inte bedömd',
      none: 'osannolikt att incidenten medför en risk',
      risk: 'en risk för de registrerade',
      high: 'en hög risk för de registrerade',
    },
    informed: 'De registrerade',
    informedYes: 'informeras direkt (artikel 34)',
    informedNo: 'har inte informerats direkt',
    lateReason: 'Skäl till att anmälan görs efter 72 timmar',
    filing: (url) => `Anmäls via: ${url}`,
    none: '(inte angivet)',
  },
  fi: {
    title: (a) => `Ilmoitus henkilötietojen tietoturvaloukkauksesta – vastaanottaja: ${a}`,
    controller: 'Rekisterinpitäjä',
    reference: 'Viitteemme',
    phase: 'Ilmoitus',
    phases: { initial: 'Alustava ilmoitus', follow_up: 'Täydentävä ilmoitus', final: 'Lopullinen ilmoitus' },
    awareAt: 'Ajankohta, jolloin loukkaus tuli tietoomme',
    startedAt: 'Tietoturvaloukkaus alkoi',
    endedAt: 'Tietoturvaloukkaus päättyi',
    ongoing: 'ei ole vielä päättynyt',
    unknown: 'ei vielä tiedossa',
    nature: 'Tietoturvaloukkauksen luonne (mitä tapahtui)',
    categories: 'Loukkauksen kohteena olevien henkilötietojen ryhmät',
    people: 'Loukkauksen kohteena olevien rekisteröityjen arvioitu määrä',
    records: 'Loukkauksen kohteena olevien henkilötietotietueiden arvioitu määrä',
    approx: (n) => `noin ${n}`,
    systems: 'Järjestelmät, joita loukkaus koskee',
    contact: 'Yhteyspiste lisätietoja varten (tietosuojavastaava)',
    consequences: 'Tietoturvaloukkauksen todennäköiset seuraukset',
    measuresTaken: 'Toimenpiteet, joihin on ryhdytty loukkauksen johdosta',
    measuresProposed: 'Ehdotetut toimenpiteet, myös mahdollisten haittavaikutusten lieventämiseksi',
    advice: 'Ohjeet rekisteröidyille: mitä he voivat itse tehdä suojautuakseen',
    risk: 'Riskiarviomme',
    risks: {
      unassessed: 'ei vielä arvioitu',
      none: 'loukkauksesta ei todennäköisesti aiheudu riskiä',
      risk: 'riski rekisteröidyille',
      high: 'korkea riski rekisteröidyille',
    },
    informed: 'Ilmoitus rekisteröidyille',
    informedYes: 'ilmoitetaan suoraan (34 artikla)',
    informedNo: 'ei ole ilmoitettu suoraan',
    lateReason: 'Syyt ilmoittamiseen yli 72 tunnin kuluttua',
    filing: (url) => `Ilmoitus tehdään osoitteessa: ${url}`,
    none: '(ei ilmoitettu)',
  },
}
