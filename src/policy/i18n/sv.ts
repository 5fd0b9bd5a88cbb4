import type { PolicyText } from './en.js'

export const sv: PolicyText = {
  title: 'Integritetspolicy',
  intro: (org) =>
    `Här kan du läsa vilka personuppgifter ${org} samlar in om dig, varför, hur länge vi sparar dem, vilka vi delar dem med och vilka rättigheter du har. Vi har skrivit den för att den ska läsas, inte bara klickas bort.`,
  list: (items) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`,
  sections: {
    controller: 'Vem som ansvarar för dina uppgifter',
    dpo: 'Dataskyddsombud',
    purposes: 'Vad vi använder dina uppgifter till och med vilken rättslig grund',
    categories: 'Vilka uppgifter vi behandlar och var de kommer ifrån',
    recipients: 'Vilka vi delar dina uppgifter med',
    transfers: 'Överföring till länder utanför EU/EES',
    retention: 'Hur länge vi sparar dina uppgifter',
    cookies: 'Kakor på vår webbplats',
    marketing: 'Nyhetsbrev och marknadsföring',
    rights: 'Dina rättigheter',
    consent: 'Återkalla ditt samtycke',
    complaint: 'Klaga till tillsynsmyndigheten',
    requirement: 'Måste du lämna dina uppgifter till oss?',
    automated: 'Automatiserade beslut och profilering',
    security: 'Säkerhet, personuppgiftsincidenter och sårbarheter',
    changes: 'Ändringar i policyn',
  },
  controller: {
    is: (org) =>
      `${org} är personuppgiftsansvarig. Det betyder att vi bestämmer varför och hur dina personuppgifter behandlas och att vi ansvarar för det.`,
    registration: {
      DK: 'CVR-nummer',
      NO: 'Organisationsnummer',
      SE: 'Organisationsnummer',
      FI: 'FO-nummer (Y-tunnus)',
      other: 'Registreringsnummer',
    },
    vat: 'Momsregistreringsnummer',
    address: 'Adress',
    email: 'E-post',
    phone: 'Telefon',
    unnamed: 'företaget bakom den här webbplatsen',
  },
  dpo: {
    designated: (name) =>
      `Vi har utsett ett dataskyddsombud, ${name}, som du kan kontakta om allt i den här policyn.`,
    contact: 'Kontakta dataskyddsombudet',
    none: 'Vi är inte skyldiga att ha ett dataskyddsombud och har inte utsett något. Skriv till oss på adressen ovan om du har frågor om dina uppgifter.',
  },
  purposes: {
    intro:
      'Vi använder dina uppgifter bara för de ändamål som står nedan. För varje ändamål anger vi vilken rättslig grund vi stöder oss på.',
    none: 'Vi behandlar i dag inte personuppgifter för något annat än att svara dig när du kontaktar oss.',
    why: 'Ändamål',
    basis: 'Rättslig grund',
    interest: 'Vårt berättigade intresse',
    special: 'Undantag som tillåter behandling av känsliga uppgifter',
    data: 'Uppgifter vi använder',
    people: 'Vems uppgifter',
    sharedWith: 'Delas med',
  },
  legalBases: {
    consent: 'ditt samtycke (dataskyddsförordningen artikel 6.1 a), som du när som helst kan återkalla',
    contract: 'det behövs för att ingå eller fullgöra ett avtal med dig (artikel 6.1 b)',
    legal_obligation: 'vi är skyldiga enligt lag (artikel 6.1 c)',
    vital_interests: 'det behövs för att skydda någons liv eller hälsa (artikel 6.1 d)',
    public_task: 'det behövs för en uppgift av allmänt intresse (artikel 6.1 e)',
    legitimate_interests: 'vårt berättigade intresse, avvägt mot dina intressen (artikel 6.1 f)',
  },
  missingBasis: 'ännu inte angiven',
  specialConditions: {
    explicit_consent: 'du har lämnat ditt uttryckliga samtycke (artikel 9.2 a)',
    employment_social_security: 'arbetsrätten eller socialförsäkringsrätten kräver det (artikel 9.2 b)',
    vital_interests: 'det skyddar livet för någon som inte själv kan samtycka (artikel 9.2 c)',
    not_for_profit_body: 'vi är en ideell organisation och du är medlem (artikel 9.2 d)',
    made_public: 'du själv har offentliggjort uppgifterna (artikel 9.2 e)',
    legal_claims: 'det behövs för att fastställa eller försvara rättsliga anspråk (artikel 9.2 f)',
    substantial_public_interest: 'det finns ett viktigt allmänintresse som följer av lag (artikel 9.2 g)',
    health_care: 'det behövs för hälso- och sjukvård eller social omsorg (artikel 9.2 h)',
    public_health: 'det behövs av hänsyn till folkhälsan (artikel 9.2 i)',
    archiving_research_statistics: 'det tjänar arkivändamål, forskning eller statistik (artikel 9.2 j)',
  },
  categories: {
    intro: 'Här är en samlad översikt över vilka typer av uppgifter vi behandlar och vilka de gäller.',
    data: 'Typer av uppgifter',
    people: 'Personer',
    sources: 'Var uppgifterna kommer ifrån',
    fromYou: 'Om inget annat står nedan får vi uppgifterna från dig.',
    fromElsewhere: (activity, source) => `${activity}: ${source}`,
    none: 'Vi har ännu inte registrerat några typer av uppgifter.',
  },
  recipients: {
    intro:
      'Vi delar uppgifter bara med dem som behöver dem för ändamålen ovan. Personuppgiftsbiträden arbetar enligt våra instruktioner och under ett personuppgiftsbiträdesavtal.',
    none: 'Vi delar inte dina uppgifter med någon annan.',
    roles: {
      processor: 'personuppgiftsbiträde som arbetar för vår räkning',
      sub_processor: 'underbiträde',
      independent_controller: 'självständigt personuppgiftsansvarig, som själv ansvarar för sin behandling',
      public_authority: 'myndighet',
    },
    line: (name, role, country) => `${name}, ${role}, i ${country}`,
    subOf: (name) => `anlitat av ${name}`,
    list: 'Hela listan över våra personuppgiftsbiträden',
  },
  transfers: {
    none: 'Dina uppgifter stannar inom EU/EES.',
    intro: 'En del av dina uppgifter skickas till länder utanför EU/EES. Varje överföring skyddas så här:',
    line: (name, country, safeguard) => `${name} i ${country}: ${safeguard}`,
    safeguards: {
      adequacy: 'EU-kommissionen har beslutat att landet har en adekvat skyddsnivå',
      scc: 'EU-kommissionens standardavtalsklausuler',
      bcr: 'bindande företagsbestämmelser som en dataskyddsmyndighet har godkänt',
      derogation: 'ett särskilt undantag i förordningens artikel 49, till exempel ditt uttryckliga samtycke',
      none: 'någon skyddsåtgärd har ännu inte införts',
    },
    copy: 'Du kan be oss om en kopia av skyddsåtgärderna.',
  },
  retention: {
    intro:
      'Vi sparar uppgifter bara så länge vi behöver dem. När tiden har gått ut raderar eller anonymiserar vi dem.',
    rules: 'Våra regler',
    none: 'Vi har ännu inte bestämt regler för hur länge uppgifterna sparas.',
    perActivity: 'Per ändamål',
    activity: (name, period, from) => `${name}: ${period}, räknat från ${from}`,
    until: (name, trigger) => `${name}: fram till ${trigger}`,
    period: (value, unit) =>
      `${value} ${{ days: value === 1 ? 'dag' : 'dagar', months: value === 1 ? 'månad' : 'månader', years: 'år' }[unit]}`,
  },
  cookies: {
    intro: (site) =>
      `På ${site} frågar vi dig innan vi använder kakor som inte är nödvändiga. Du väljer för varje kategori, och det är lika enkelt att tacka nej som ja.`,
    ourSite: 'vår webbplats',
    services: 'Tjänster',
    noServices: 'Inga tjänster i den här kategorin.',
    alwaysOn: 'alltid aktiva',
    change:
      'Du kan när som helst ändra eller återkalla ditt val med knappen för kakinställningar på webbplatsen. När policyn eller listan över tjänster ändras frågar vi dig igen.',
    categories: {
      necessary: 'Nödvändiga',
      preferences: 'Inställningar',
      statistics: 'Statistik',
      marketing: 'Marknadsföring',
    },
  },
  marketing: {
    none: 'Vi skickar inte nyhetsbrev eller annan marknadsföring via e-post, sms eller post.',
    uses: (channels) => `Vi skickar marknadsföring via ${channels}.`,
    channels: { email: 'e-post', sms: 'sms', post: 'post' },
    practice: [
      'Är du inte kund hos oss skickar vi marknadsföring först när du har tackat ja och bekräftat det i meddelandet vi skickar dig.',
      'Är du kund kan vi berätta om produkter som liknar dem du har köpt. Du får möjlighet att tacka nej när vi samlar in dina uppgifter och i varje utskick.',
      'Varje utskick har en länk som avregistrerar dig direkt. Avregistrerar du dig upphör all vår marknadsföring till dig, och det gäller framöver: vi registrerar dig inte igen om du inte själv ber om det.',
    ],
    manage: 'Se eller återkalla dina samtycken till marknadsföring i vårt integritetscenter',
  },
  rights: {
    intro:
      'Du har de här rättigheterna när vi behandlar uppgifter om dig. Använd länkarna för att göra en begäran i vårt integritetscenter. Vi bekräftar din e-postadress, så att ingen annan kan fråga i ditt namn.',
    items: {
      access: {
        name: 'Tillgång (registerutdrag)',
        text: 'Du kan få veta vilka uppgifter vi har om dig och varför, och få en kopia.',
      },
      rectification: { name: 'Rättelse', text: 'Du kan få felaktiga eller ofullständiga uppgifter rättade.' },
      erasure: {
        name: 'Radering',
        text: 'Du kan få dina uppgifter raderade. Det som annan lag kräver att vi sparar, till exempel bokföringsmaterial, håller vi åtskilt och raderar när den tiden har gått ut, och vi talar om det för dig.',
      },
      restriction: {
        name: 'Begränsning av behandlingen',
        text: 'Du kan be oss att bara lagra dina uppgifter och inte använda dem, till exempel medan vi kontrollerar om de stämmer.',
      },
      portability: {
        name: 'Dataportabilitet',
        text: 'Du kan få de uppgifter du själv har lämnat till oss i en strukturerad, maskinläsbar fil (JSON och CSV) som du kan ta med dig.',
      },
      objection: {
        name: 'Invändning',
        text: 'Du kan invända mot behandling som grundar sig på vårt berättigade intresse. Då slutar vi, om vi inte har tvingande berättigade skäl att fortsätta.',
      },
      stop_marketing: {
        name: 'Invändning mot direktmarknadsföring',
        text: 'Du kan alltid säga nej till marknadsföring, och då slutar vi direkt, utan att fråga varför.',
      },
    },
    use: 'Gör en begäran',
    free: 'Det kostar ingenting. Vi svarar inom en månad. Är begäran komplicerad kan vi behöva två månader till, och då förklarar vi varför inom den första månaden.',
  },
  consent: {
    used: 'När vi stöder oss på ditt samtycke kan du när som helst återkalla det, lika enkelt som du gav det. Det vi gjorde innan du återkallade samtycket är fortfarande lagligt.',
    how: 'Återkalla ett samtycke',
    none: 'Vi stöder oss inte på ditt samtycke för något annat än kakor och marknadsföring, och det kan du återkalla så som beskrivs ovan.',
  },
  complaint: {
    text: (authority) =>
      `Anser du att vi behandlar dina uppgifter felaktigt kan du klaga till ${authority}. Vi är tacksamma om du hör av dig till oss först, så att vi kan rätta till det.`,
    address: 'Adress',
    web: 'Webbplats',
    noAuthority:
      'Anser du att vi behandlar dina uppgifter felaktigt kan du klaga till tillsynsmyndigheten i det land där du bor eller arbetar.',
    first: 'Du kan också klaga till tillsynsmyndigheten i det EU/EES-land där du bor eller arbetar.',
  },
  requirement: {
    intro: 'Om du måste lämna uppgifter till oss beror på ändamålet:',
    kinds: {
      statutory: 'lagen kräver det',
      contractual: 'vårt avtal med dig kräver det',
      contract_prerequisite: 'vi behöver dem för att kunna ingå ett avtal med dig',
      voluntary: 'det är frivilligt',
    },
    consequence: 'Om du inte lämnar uppgifterna',
    none: 'Det är frivilligt att lämna dina uppgifter till oss.',
  },
  automated: {
    none: 'Vi fattar inga beslut om dig som enbart grundar sig på automatiserad behandling, och vi profilerar dig inte på ett sätt som har rättsliga följder eller på liknande sätt påverkar dig i betydande grad.',
    used: 'Vi fattar vissa beslut automatiskt. Så här går det till och det här betyder det för dig:',
    rights: 'Du kan begära att en människa granskar beslutet, framföra din synpunkt och bestrida det.',
  },
  security: {
    measures:
      'Vi skyddar dina uppgifter med kryptering, behörighet bara för medarbetare som behöver den och en logg över all åtkomst.',
    breaches:
      'Om en personuppgiftsincident drabbar dina uppgifter bedömer vi den genast, begränsar skadan och dokumenterar incidenten. Vi anmäler den till tillsynsmyndigheten inom 72 timmar från att vi fick kännedom om den, om det inte är osannolikt att den innebär en risk för någon.',
    notify:
      'Om incidenten sannolikt innebär en hög risk för dig informerar vi dig direkt och på ett tydligt språk: vad som har hänt, de troliga följderna, vad vi gör åt det och vem du kan kontakta.',
    report:
      'Har du hittat en säkerhetsbrist? Du kan rapportera den till oss, även anonymt. Vi bekräftar att vi har fått den inom två arbetsdagar och svarar inom två veckor.',
    reportLink: 'Rapportera en sårbarhet',
  },
  changes: {
    review:
      'Vi går igenom policyn minst en gång om året och varje gång vårt sätt att behandla uppgifter ändras.',
    versions: 'Tidigare versioner finns kvar, tillsammans med vad som har ändrats mellan dem.',
    versionsLink: 'Alla versioner av policyn',
    material:
      'Om en ändring har betydelse för dig ber vi dig att ta ställning till kakor igen, och vi kan meddela prenumeranter via e-post.',
  },
}
