import type { PolicyText } from './en.js'

export const da: PolicyText = {
  title: 'Privatlivspolitik',
  intro: (org) =>
    `Her kan du læse, hvilke personoplysninger ${org} indsamler om dig, hvorfor, hvor længe vi gemmer dem, hvem vi deler dem med, og hvilke rettigheder du har. Vi har skrevet den, så den kan læses – ikke bare klikkes væk.`,
  list: (items) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`,
  sections: {
    controller: 'Hvem er ansvarlig for dine oplysninger',
    dpo: 'Databeskyttelsesrådgiver',
    purposes: 'Hvad vi bruger dine oplysninger til, og med hvilken hjemmel',
    categories: 'Hvilke oplysninger vi behandler, og hvor de kommer fra',
    recipients: 'Hvem vi deler dine oplysninger med',
    transfers: 'Overførsel til lande uden for EU/EØS',
    retention: 'Hvor længe vi gemmer dine oplysninger',
    cookies: 'Cookies på vores hjemmeside',
    marketing: 'Nyhedsbreve og markedsføring',
    rights: 'Dine rettigheder',
    consent: 'Træk dit samtykke tilbage',
    complaint: 'Klag til tilsynsmyndigheden',
    requirement: 'Skal du give os dine oplysninger?',
    automated: 'Automatiske afgørelser og profilering',
    security: 'Sikkerhed, brud på persondatasikkerheden og sårbarheder',
    changes: 'Ændringer i politikken',
  },
  controller: {
    is: (org) =>
      `${org} er dataansvarlig. Det betyder, at vi bestemmer, hvorfor og hvordan dine personoplysninger behandles, og at vi står til ansvar for det.`,
    registration: {
      DK: 'CVR-nummer',
      NO: 'Organisationsnummer',
      SE: 'Organisationsnummer',
      FI: 'Virksomhedsnummer (Y-tunnus)',
      other: 'Registreringsnummer',
    },
    vat: 'Momsnummer',
    address: 'Adresse',
    email: 'E-mail',
    phone: 'Telefon',
    unnamed: 'virksomheden bag denne hjemmeside',
  },
  dpo: {
    designated: (name) =>
      `Vi har udpeget en databeskyttelsesrådgiver, ${name}, som du kan kontakte om alt i denne politik.`,
    contact: 'Kontakt databeskyttelsesrådgiveren',
    none: 'Vi er ikke forpligtet til at have en databeskyttelsesrådgiver og har ikke udpeget en. Skriv til os på adressen ovenfor, hvis du har spørgsmål om dine oplysninger.',
  },
  purposes: {
    intro:
      'Vi bruger kun dine oplysninger til de formål, der står nedenfor. For hvert formål oplyser vi, hvilket retsgrundlag vi bygger på.',
    none: 'Vi behandler i dag ikke personoplysninger til andet end at svare dig, når du kontakter os.',
    why: 'Formål',
    basis: 'Retsgrundlag',
    interest: 'Vores legitime interesse',
    special: 'Betingelse for at behandle følsomme oplysninger',
    data: 'Oplysninger vi bruger',
    people: 'Hvem oplysningerne handler om',
    sharedWith: 'Deles med',
  },
  legalBases: {
    consent:
      'dit samtykke (databeskyttelsesforordningens art. 6, stk. 1, litra a), som du altid kan trække tilbage',
    contract: 'det er nødvendigt for at indgå eller opfylde en aftale med dig (art. 6, stk. 1, litra b)',
    legal_obligation: 'vi har pligt til det efter loven (art. 6, stk. 1, litra c)',
    vital_interests: 'det er nødvendigt for at beskytte nogens liv eller helbred (art. 6, stk. 1, litra d)',
    public_task: 'det er nødvendigt for en opgave i samfundets interesse (art. 6, stk. 1, litra e)',
    legitimate_interests: 'vores legitime interesse, afvejet mod dine interesser (art. 6, stk. 1, litra f)',
  },
  missingBasis: 'endnu ikke angivet',
  specialConditions: {
    explicit_consent: 'du har givet dit udtrykkelige samtykke (art. 9, stk. 2, litra a)',
    employment_social_security:
      'det er nødvendigt for at overholde arbejds- eller socialretlige forpligtelser (art. 9, stk. 2, litra b)',
    vital_interests:
      'det beskytter livet for en person, der ikke selv kan give samtykke (art. 9, stk. 2, litra c)',
    not_for_profit_body:
      'vi er en forening eller et andet organ uden gevinst for øje, og du er medlem (art. 9, stk. 2, litra d)',
    made_public: 'du selv har offentliggjort oplysningerne (art. 9, stk. 2, litra e)',
    legal_claims:
      'det er nødvendigt, for at et retskrav kan fastlægges, gøres gældende eller forsvares (art. 9, stk. 2, litra f)',
    substantial_public_interest:
      'der er en væsentlig samfundsinteresse, som er fastsat ved lov (art. 9, stk. 2, litra g)',
    health_care: 'det er nødvendigt af hensyn til sundhed eller social omsorg (art. 9, stk. 2, litra h)',
    public_health: 'det er nødvendigt af hensyn til folkesundheden (art. 9, stk. 2, litra i)',
    archiving_research_statistics:
      'det tjener arkivformål, forskning eller statistik (art. 9, stk. 2, litra j)',
  },
  categories: {
    intro: 'Her er et samlet overblik over, hvilke typer oplysninger vi behandler, og hvem de handler om.',
    data: 'Typer af oplysninger',
    people: 'Personer',
    sources: 'Hvor oplysningerne kommer fra',
    fromYou: 'Medmindre andet står nedenfor, får vi oplysningerne fra dig selv.',
    fromElsewhere: (activity, source) => `${activity}: ${source}`,
    none: 'Vi har endnu ikke registreret nogen typer oplysninger.',
  },
  recipients: {
    intro:
      'Vi deler kun oplysninger med dem, der har brug for dem til formålene ovenfor. Databehandlere arbejder efter vores instruks og under en databehandleraftale.',
    none: 'Vi deler ikke dine oplysninger med andre.',
    roles: {
      processor: 'databehandler, der arbejder på vores vegne',
      sub_processor: 'underdatabehandler',
      independent_controller: 'selvstændig dataansvarlig, der selv står til ansvar for sin behandling',
      public_authority: 'offentlig myndighed',
    },
    line: (name, role, country) => `${name}, ${role}, i ${country}`,
    subOf: (name) => `som ${name} bruger`,
    list: 'Den fulde liste over vores databehandlere',
  },
  transfers: {
    none: 'Dine oplysninger bliver inden for EU/EØS.',
    intro:
      'Nogle af dine oplysninger sendes til lande uden for EU/EØS. Hver overførsel er beskyttet sådan her:',
    line: (name, country, safeguard) => `${name} i ${country}: ${safeguard}`,
    safeguards: {
      adequacy:
        'EU-Kommissionen har truffet afgørelse om, at landet har et tilstrækkeligt beskyttelsesniveau',
      scc: 'EU-Kommissionens standardkontraktbestemmelser',
      bcr: 'bindende virksomhedsregler, som en tilsynsmyndighed har godkendt',
      derogation: 'en særlig undtagelse i forordningens art. 49, fx dit udtrykkelige samtykke',
      none: 'der er endnu ikke etableret en garanti',
    },
    copy: 'Du kan bede os om en kopi af garantierne.',
  },
  retention: {
    intro:
      'Vi gemmer kun oplysninger, så længe vi har brug for dem. Når tiden er gået, sletter eller anonymiserer vi dem.',
    rules: 'Vores regler',
    none: 'Vi har endnu ikke fastlagt regler for, hvor længe oplysningerne gemmes.',
    perActivity: 'For hvert formål',
    activity: (name, period, from) => `${name}: ${period}, regnet fra ${from}`,
    until: (name, trigger) => `${name}: indtil ${trigger}`,
    period: (value, unit) =>
      `${value} ${{ days: value === 1 ? 'dag' : 'dage', months: value === 1 ? 'måned' : 'måneder', years: 'år' }[unit]}`,
  },
  cookies: {
    intro: (site) =>
      `På ${site} spørger vi dig, før vi sætter cookies, der ikke er nødvendige. Du vælger for hver kategori, og det er lige så nemt at sige nej som ja.`,
    ourSite: 'vores hjemmeside',
    services: 'Tjenester',
    noServices: 'Ingen tjenester i denne kategori.',
    alwaysOn: 'altid aktive',
    change:
      'Du kan altid ændre eller trække dit valg tilbage med knappen til cookieindstillinger på siden. Når politikken eller listen over tjenester ændres, spørger vi dig igen.',
    categories: {
      necessary: 'Nødvendige',
      preferences: 'Præferencer',
      statistics: 'Statistik',
      marketing: 'Markedsføring',
    },
  },
  marketing: {
    none: 'Vi sender ikke nyhedsbreve eller anden markedsføring på e-mail, sms eller med posten.',
    uses: (channels) => `Vi sender markedsføring via ${channels}.`,
    channels: { email: 'e-mail', sms: 'sms', post: 'brev' },
    practice: [
      'Er du ikke kunde hos os, sender vi kun markedsføring, når du har sagt ja og bekræftet det via den besked, vi sender dig.',
      'Er du kunde, kan vi fortælle dig om varer, der ligner dem, du har købt. Du kan sige nej tak, når vi indsamler dine oplysninger, og i hver eneste besked.',
      'Alle beskeder har et link, som afmelder dig med det samme. Afmelder du dig, stopper al vores markedsføring til dig, og det gælder fremover: Vi tilmelder dig ikke igen, medmindre du selv beder om det.',
    ],
    manage: 'Se eller træk dine tilladelser til markedsføring tilbage i vores privatlivscenter',
  },
  rights: {
    intro:
      'Du har disse rettigheder, når vi behandler oplysninger om dig. Brug linkene til at sende en anmodning via vores privatlivscenter. Vi bekræfter din e-mailadresse, så ingen andre kan spørge i dit navn.',
    items: {
      access: {
        name: 'Indsigt',
        text: 'Du kan få at vide, hvilke oplysninger vi har om dig og hvorfor, og få en kopi.',
      },
      rectification: {
        name: 'Berigtigelse',
        text: 'Du kan få forkerte eller ufuldstændige oplysninger rettet.',
      },
      erasure: {
        name: 'Sletning',
        text: 'Du kan få dine oplysninger slettet. Det, som anden lovgivning pålægger os at gemme, fx bogføringsmateriale, holder vi adskilt og sletter, når den periode udløber – og vi fortæller dig det.',
      },
      restriction: {
        name: 'Begrænsning af behandling',
        text: 'Du kan bede os om kun at opbevare dine oplysninger og ikke bruge dem, fx mens vi undersøger, om de er korrekte.',
      },
      portability: {
        name: 'Dataportabilitet',
        text: 'Du kan få de oplysninger, du selv har givet os, i en struktureret, maskinlæsbar fil (JSON og CSV), som du kan tage med andre steder hen.',
      },
      objection: {
        name: 'Indsigelse',
        text: 'Du kan gøre indsigelse mod behandling, der bygger på vores legitime interesse. Så stopper vi, medmindre vi har vægtige legitime grunde til at fortsætte.',
      },
      stop_marketing: {
        name: 'Indsigelse mod direkte markedsføring',
        text: 'Du kan altid sige nej til markedsføring, og så stopper vi med det samme – uden at spørge hvorfor.',
      },
    },
    use: 'Send anmodningen',
    free: 'Det er gratis. Vi svarer inden for en måned. Er anmodningen kompliceret, kan vi bruge to måneder mere, og så fortæller vi dig hvorfor inden for den første måned.',
  },
  consent: {
    used: 'Når vi bygger på dit samtykke, kan du til enhver tid trække det tilbage – lige så nemt, som du gav det. Det, vi har gjort, inden du trak samtykket tilbage, er stadig lovligt.',
    how: 'Træk et samtykke tilbage',
    none: 'Vi bygger ikke på dit samtykke til andet end cookies og markedsføring, og det kan du trække tilbage som beskrevet ovenfor.',
  },
  complaint: {
    text: (authority) =>
      `Mener du, at vi behandler dine oplysninger forkert, kan du klage til ${authority}. Vi hører dog gerne fra dig først, så vi kan rette op på det.`,
    address: 'Adresse',
    web: 'Hjemmeside',
    noAuthority:
      'Mener du, at vi behandler dine oplysninger forkert, kan du klage til tilsynsmyndigheden i det land, hvor du bor eller arbejder.',
    first: 'Du kan også klage til tilsynsmyndigheden i det EU/EØS-land, hvor du bor eller arbejder.',
  },
  requirement: {
    intro: 'Om du skal give os oplysninger, afhænger af formålet:',
    kinds: {
      statutory: 'loven kræver det',
      contractual: 'vores aftale med dig kræver det',
      contract_prerequisite: 'vi skal bruge dem for at kunne indgå en aftale med dig',
      voluntary: 'det er frivilligt',
    },
    consequence: 'Hvis du ikke giver os oplysningerne',
    none: 'Det er frivilligt at give os dine oplysninger.',
  },
  automated: {
    none: 'Vi træffer ikke afgørelser om dig alene ved automatisk behandling, og vi profilerer dig ikke på en måde, der har retsvirkning eller tilsvarende betydning for dig.',
    used: 'Vi træffer nogle afgørelser automatisk. Sådan foregår det, og det betyder det for dig:',
    rights: 'Du kan bede om, at et menneske ser på afgørelsen, give dit syn på sagen og anfægte den.',
  },
  security: {
    measures:
      'Vi beskytter dine oplysninger med kryptering, adgang kun for medarbejdere, der har brug for det, og en log over al adgang.',
    breaches:
      'Sker der et brud på persondatasikkerheden, som omfatter dine oplysninger, vurderer vi det straks, begrænser skaden og registrerer bruddet. Vi anmelder det til tilsynsmyndigheden inden for 72 timer, efter at vi er blevet opmærksomme på det, medmindre det er usandsynligt, at bruddet indebærer en risiko for nogen.',
    notify:
      'Indebærer bruddet sandsynligvis en høj risiko for dig, underretter vi dig direkte og i et klart sprog: hvad der er sket, de sandsynlige konsekvenser, hvad vi gør ved det, og hvem du kan kontakte.',
    report:
      'Har du fundet en sikkerhedsbrist? Du kan rapportere den til os, også anonymt. Vi bekræfter modtagelsen inden for to hverdage og svarer inden for to uger.',
    reportLink: 'Rapportér en sårbarhed',
  },
  changes: {
    review:
      'Vi gennemgår politikken mindst én gang om året, og hver gang vores måde at behandle oplysninger på ændrer sig.',
    versions: 'Tidligere versioner er fortsat tilgængelige, sammen med hvad der er ændret fra gang til gang.',
    versionsLink: 'Alle versioner af politikken',
    material:
      'Har en ændring betydning for dig, beder vi dig tage stilling til cookies igen, og vi kan give abonnenter besked på e-mail.',
  },
}
