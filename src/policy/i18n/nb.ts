import type { PolicyText } from './en.js'

export const nb: PolicyText = {
  title: 'Personvernerklæring',
  intro: (org) =>
    `Her kan du lese hvilke personopplysninger ${org} samler inn om deg, hvorfor, hvor lenge vi lagrer dem, hvem vi deler dem med, og hvilke rettigheter du har. Vi har skrevet den for at den skal leses, ikke bare klikkes forbi.`,
  list: (items) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`,
  sections: {
    controller: 'Hvem som er ansvarlig for opplysningene dine',
    dpo: 'Personvernombud',
    purposes: 'Hva vi bruker opplysningene dine til, og hvilket grunnlag vi har',
    categories: 'Hvilke opplysninger vi behandler, og hvor de kommer fra',
    recipients: 'Hvem vi deler opplysningene dine med',
    transfers: 'Overføring til land utenfor EU/EØS',
    retention: 'Hvor lenge vi lagrer opplysningene dine',
    cookies: 'Informasjonskapsler på nettstedet vårt',
    marketing: 'Nyhetsbrev og markedsføring',
    rights: 'Rettighetene dine',
    consent: 'Trekk tilbake samtykket ditt',
    complaint: 'Klage til tilsynsmyndigheten',
    requirement: 'Må du gi oss opplysningene dine?',
    automated: 'Automatiserte avgjørelser og profilering',
    security: 'Sikkerhet, avvik og sårbarheter',
    changes: 'Endringer i erklæringen',
  },
  controller: {
    is: (org) =>
      `${org} er behandlingsansvarlig. Det betyr at vi bestemmer hvorfor og hvordan personopplysningene dine behandles, og at vi har ansvaret for det.`,
    registration: {
      DK: 'CVR-nummer',
      NO: 'Organisasjonsnummer',
      SE: 'Organisasjonsnummer',
      FI: 'Foretaks-ID (Y-tunnus)',
      other: 'Registreringsnummer',
    },
    vat: 'MVA-nummer',
    address: 'Adresse',
    email: 'E-post',
    phone: 'Telefon',
    unnamed: 'virksomheten bak dette nettstedet',
  },
  dpo: {
    designated: (name) =>
      `Vi har utnevnt et personvernombud, ${name}, som du kan kontakte om alt i denne erklæringen.`,
    contact: 'Kontakt personvernombudet',
    none: 'Vi har ikke plikt til å ha personvernombud og har ikke utnevnt noe. Skriv til oss på adressen over hvis du har spørsmål om opplysningene dine.',
  },
  purposes: {
    intro:
      'Vi bruker opplysningene dine bare til formålene nedenfor. For hvert formål forteller vi hvilket behandlingsgrunnlag i personvernforordningen vi bygger på. Forordningen gjelder som norsk lov gjennom personopplysningsloven.',
    none: 'Vi behandler for tiden ikke personopplysninger til annet enn å svare deg når du tar kontakt.',
    why: 'Formål',
    basis: 'Behandlingsgrunnlag',
    interest: 'Vår berettigede interesse',
    special: 'Vilkår for å behandle sensitive opplysninger',
    data: 'Opplysninger vi bruker',
    people: 'Hvem opplysningene gjelder',
    sharedWith: 'Deles med',
  },
  legalBases: {
    consent:
      'samtykket ditt (personvernforordningen art. 6 nr. 1 bokstav a), som du når som helst kan trekke tilbake',
    contract: 'det er nødvendig for å inngå eller oppfylle en avtale med deg (art. 6 nr. 1 bokstav b)',
    legal_obligation: 'vi har en rettslig plikt til det (art. 6 nr. 1 bokstav c)',
    vital_interests: 'det er nødvendig for å verne noens liv eller helse (art. 6 nr. 1 bokstav d)',
    public_task: 'det er nødvendig for en oppgave i allmennhetens interesse (art. 6 nr. 1 bokstav e)',
    legitimate_interests: 'vår berettigede interesse, veid opp mot dine interesser (art. 6 nr. 1 bokstav f)',
  },
  missingBasis: 'ikke oppgitt ennå',
  specialConditions: {
    explicit_consent: 'du har gitt uttrykkelig samtykke (art. 9 nr. 2 bokstav a)',
    employment_social_security:
      'det er nødvendig for å oppfylle plikter etter arbeidsretten, trygderetten eller sosialretten (art. 9 nr. 2 bokstav b)',
    vital_interests: 'det verner livet til noen som ikke selv kan samtykke (art. 9 nr. 2 bokstav c)',
    not_for_profit_body: 'vi er en ideell organisasjon og du er medlem (art. 9 nr. 2 bokstav d)',
    made_public: 'du har selv offentliggjort opplysningene (art. 9 nr. 2 bokstav e)',
    legal_claims:
      'det er nødvendig for å fastsette, gjøre gjeldende eller forsvare et rettskrav (art. 9 nr. 2 bokstav f)',
    substantial_public_interest:
      'det foreligger en viktig allmenn interesse fastsatt i lov (art. 9 nr. 2 bokstav g)',
    health_care: 'det er nødvendig av hensyn til helse eller sosial omsorg (art. 9 nr. 2 bokstav h)',
    public_health: 'det er nødvendig av hensyn til folkehelsen (art. 9 nr. 2 bokstav i)',
    archiving_research_statistics:
      'det tjener arkivformål, forskning eller statistikk (art. 9 nr. 2 bokstav j)',
  },
  categories: {
    intro: 'Her er en samlet oversikt over hvilke typer opplysninger vi behandler, og hvem de gjelder.',
    data: 'Typer opplysninger',
    people: 'Personer',
    sources: 'Hvor opplysningene kommer fra',
    fromYou: 'Hvis ikke annet står nedenfor, får vi opplysningene fra deg.',
    fromElsewhere: (activity, source) => `${activity}: ${source}`,
    none: 'Vi har ikke registrert noen typer opplysninger ennå.',
  },
  recipients: {
    intro:
      'Vi deler opplysninger bare med dem som trenger dem til formålene over. Databehandlere arbeider etter våre instrukser og under en databehandleravtale.',
    none: 'Vi deler ikke opplysningene dine med andre.',
    roles: {
      processor: 'databehandler som arbeider på våre vegne',
      sub_processor: 'underdatabehandler',
      independent_controller: 'selvstendig behandlingsansvarlig, som selv har ansvaret for sin behandling',
      public_authority: 'offentlig myndighet',
    },
    line: (name, role, country) => `${name}, ${role}, i ${country}`,
    subOf: (name) => `som ${name} bruker`,
    list: 'Hele listen over databehandlerne våre',
  },
  transfers: {
    none: 'Opplysningene dine blir værende innenfor EU/EØS.',
    intro: 'Noen av opplysningene dine sendes til land utenfor EU/EØS. Hver overføring er sikret slik:',
    line: (name, country, safeguard) => `${name} i ${country}: ${safeguard}`,
    safeguards: {
      adequacy: 'EU-kommisjonen har slått fast at landet har et tilstrekkelig beskyttelsesnivå',
      scc: 'EU-kommisjonens standardavtaler (standard personvernbestemmelser)',
      bcr: 'bindende virksomhetsregler godkjent av en tilsynsmyndighet',
      derogation: 'et særskilt unntak i forordningen art. 49, for eksempel ditt uttrykkelige samtykke',
      none: 'det er ikke etablert noe overføringsgrunnlag ennå',
    },
    copy: 'Du kan be oss om en kopi av garantiene.',
  },
  retention: {
    intro:
      'Vi lagrer opplysninger bare så lenge vi trenger dem. Når tiden er ute, sletter eller anonymiserer vi dem.',
    rules: 'Reglene våre',
    none: 'Vi har ennå ikke fastsatt regler for hvor lenge opplysningene lagres.',
    perActivity: 'For hvert formål',
    activity: (name, period, from) => `${name}: ${period}, regnet fra ${from}`,
    until: (name, trigger) => `${name}: inntil ${trigger}`,
    period: (value, unit) =>
      `${value} ${{ days: value === 1 ? 'dag' : 'dager', months: value === 1 ? 'måned' : 'måneder', years: 'år' }[unit]}`,
  },
  cookies: {
    intro: (site) =>
      `På ${site} spør vi deg før vi bruker informasjonskapsler som ikke er nødvendige. Du velger for hver kategori, og det er like enkelt å si nei som ja.`,
    ourSite: 'nettstedet vårt',
    services: 'Tjenester',
    noServices: 'Ingen tjenester i denne kategorien.',
    alwaysOn: 'alltid aktive',
    change:
      'Du kan når som helst endre eller trekke tilbake valget ditt med knappen for innstillinger for informasjonskapsler på nettstedet. Når erklæringen eller listen over tjenester endres, spør vi deg på nytt.',
    categories: {
      necessary: 'Nødvendige',
      preferences: 'Preferanser',
      statistics: 'Statistikk',
      marketing: 'Markedsføring',
    },
  },
  marketing: {
    none: 'Vi sender ikke nyhetsbrev eller annen markedsføring på e-post, SMS eller i posten.',
    uses: (channels) => `Vi sender markedsføring via ${channels}.`,
    channels: { email: 'e-post', sms: 'SMS', post: 'brev' },
    practice: [
      'Er du ikke kunde hos oss, sender vi deg markedsføring bare etter at du har sagt ja og bekreftet det i meldingen vi sender deg.',
      'Er du kunde, kan vi fortelle deg om produkter som ligner på dem du har kjøpt. Du får mulighet til å si nei når vi samler inn opplysningene dine, og i hver eneste melding.',
      'Alle meldinger har en lenke som melder deg av med en gang. Melder du deg av, stanser all markedsføring fra oss, og det gjelder også framover: Vi melder deg ikke på igjen med mindre du selv ber om det.',
    ],
    manage: 'Se eller trekk tilbake samtykker til markedsføring i personvernsenteret vårt',
  },
  rights: {
    intro:
      'Du har disse rettighetene når vi behandler opplysninger om deg. Bruk lenkene for å sende en forespørsel i personvernsenteret vårt. Vi bekrefter e-postadressen din, slik at ingen andre kan spørre i ditt navn.',
    items: {
      access: {
        name: 'Innsyn',
        text: 'Du kan få vite hvilke opplysninger vi har om deg og hvorfor, og få en kopi.',
      },
      rectification: { name: 'Retting', text: 'Du kan få uriktige eller ufullstendige opplysninger rettet.' },
      erasure: {
        name: 'Sletting',
        text: 'Du kan få opplysningene dine slettet. Det annen lovgivning pålegger oss å oppbevare, for eksempel regnskapsmateriale, holder vi atskilt og sletter når den perioden er over, og vi sier fra til deg.',
      },
      restriction: {
        name: 'Begrensning av behandlingen',
        text: 'Du kan be oss om bare å lagre opplysningene dine og ikke bruke dem, for eksempel mens vi sjekker om de stemmer.',
      },
      portability: {
        name: 'Dataportabilitet',
        text: 'Du kan få opplysningene du selv har gitt oss, i en strukturert, maskinlesbar fil (JSON og CSV) som du kan ta med deg videre.',
      },
      objection: {
        name: 'Protest',
        text: 'Du kan protestere mot behandling som bygger på vår berettigede interesse. Da stanser vi, med mindre vi har tungtveiende berettigede grunner til å fortsette.',
      },
      stop_marketing: {
        name: 'Protest mot direkte markedsføring',
        text: 'Du kan alltid si nei til markedsføring, og da stanser vi med en gang, uten å spørre hvorfor.',
      },
    },
    use: 'Send forespørselen',
    free: 'Det er gratis. Vi svarer innen én måned. Er forespørselen komplisert, kan vi bruke to måneder til, og da forklarer vi hvorfor innen den første måneden.',
  },
  consent: {
    used: 'Når vi bygger på samtykket ditt, kan du når som helst trekke det tilbake, like enkelt som du ga det. Det vi gjorde før du trakk samtykket tilbake, er fortsatt lovlig.',
    how: 'Trekk tilbake et samtykke',
    none: 'Vi bygger ikke på samtykket ditt for annet enn informasjonskapsler og markedsføring, og det kan du trekke tilbake slik det er beskrevet over.',
  },
  complaint: {
    text: (authority) =>
      `Mener du at vi behandler opplysningene dine feil, kan du klage til ${authority}. Vi setter pris på om du sier fra til oss først, så vi kan rette det opp.`,
    address: 'Adresse',
    web: 'Nettsted',
    noAuthority:
      'Mener du at vi behandler opplysningene dine feil, kan du klage til tilsynsmyndigheten i landet der du bor eller arbeider.',
    first: 'Du kan også klage til tilsynsmyndigheten i EU/EØS-landet der du bor eller arbeider.',
  },
  requirement: {
    intro: 'Om du må gi oss opplysninger, kommer an på formålet:',
    kinds: {
      statutory: 'loven krever det',
      contractual: 'avtalen vår med deg krever det',
      contract_prerequisite: 'vi trenger dem for å kunne inngå en avtale med deg',
      voluntary: 'det er frivillig',
    },
    consequence: 'Hvis du ikke gir oss opplysningene',
    none: 'Det er frivillig å gi oss opplysningene dine.',
  },
  automated: {
    none: 'Vi tar ikke avgjørelser om deg basert bare på automatisert behandling, og vi profilerer deg ikke på en måte som har rettsvirkning eller tilsvarende betydning for deg.',
    used: 'Vi tar noen avgjørelser automatisk. Slik foregår det, og dette betyr det for deg:',
    rights: 'Du kan be om at et menneske ser på avgjørelsen, legge fram ditt syn og bestride den.',
  },
  security: {
    measures:
      'Vi beskytter opplysningene dine med kryptering, tilgang bare for ansatte som trenger det, og logg over all tilgang.',
    breaches:
      'Skjer det et brudd på personopplysningssikkerheten som rammer opplysningene dine, vurderer vi det straks, begrenser skaden og registrerer avviket. Vi melder det til tilsynsmyndigheten innen 72 timer etter at vi ble kjent med det, med mindre det er lite sannsynlig at det innebærer en risiko for noen.',
    notify:
      'Innebærer bruddet sannsynligvis høy risiko for deg, gir vi deg beskjed direkte og i et klart språk: hva som har skjedd, de sannsynlige følgene, hva vi gjør med det, og hvem du kan kontakte.',
    report:
      'Har du funnet et sikkerhetshull? Du kan rapportere det til oss, også anonymt. Vi bekrefter mottak innen to virkedager og svarer innen to uker.',
    reportLink: 'Rapporter en sårbarhet',
  },
  changes: {
    review:
      'Vi går gjennom erklæringen minst én gang i året, og hver gang måten vi behandler opplysninger på endrer seg.',
    versions: 'Tidligere versjoner er fortsatt tilgjengelige, sammen med hva som er endret mellom dem.',
    versionsLink: 'Alle versjoner av erklæringen',
    material:
      'Har en endring betydning for deg, ber vi deg ta stilling til informasjonskapsler på nytt, og vi kan gi abonnenter beskjed på e-post.',
  },
}
