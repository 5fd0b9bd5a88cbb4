import type { AccessText } from './en.js'

/** Registerutdraget på svenska. */
export const sv: AccessText = {
  title: 'Dina personuppgifter',
  portabilityTitle: 'Dina uppgifter, redo att ta med dig',
  intro: (org, date) =>
    `Det här är svaret från ${org} på din begäran om att få se de personuppgifter vi har om dig. Det togs fram den ${date}.`,
  reference: 'Referens för din begäran',
  held: 'Ja, vi behandlar personuppgifter om dig. Nedan ser du vad vi har, varför, vem som tar emot uppgifterna, hur länge vi sparar dem, var de kommer ifrån och vilka rättigheter du har.',
  filesNote:
    'Alla uppgifter finns också i mappen data i det här paketet, som JSON- och CSV-filer som andra program kan läsa.',
  notHeld: 'Vi har sökt i vårt register och hittade inga personuppgifter om dig där.',
  notHeldOther:
    'Om vi har registrerat val om kakor eller marknadsföring under din e-postadress står de nedan.',
  erased:
    'Dina personuppgifter i vårt register har raderats. Vi sparar bara datumen för vår kundrelation och en anteckning om att uppgifterna har raderats.',
  systems: 'Uppgifter i våra andra system',
  systemsIntro: (folder) =>
    `Utöver vårt register har vi sökt efter uppgifter om dig i de andra system vi använder. Det vi hittade finns i mappen ${folder} i det här paketet, som en JSON-fil och en CSV-fil per system:`,
  systemsUnreachable:
    'Vi fick ingen kontakt med de här systemen när paketet skapades, så uppgifterna därifrån finns inte med. Kontakta oss så skickar vi dem till dig:',
  systemError: (system) =>
    `Vi fick ingen kontakt med ${system} när paketet skapades, så de uppgifter om dig som finns där är inte med här. Kontakta oss så skickar vi dem till dig.`,
  controller: 'Vem som ansvarar för dina uppgifter',
  controllerText: (org) =>
    `${org} är personuppgiftsansvarig: det är vi som bestämmer varför och hur dina personuppgifter behandlas.`,
  dpo: 'Dataskyddsombud',
  contact: 'Kontakt',
  address: 'Adress',
  data: 'Uppgifterna vi har om dig',
  relationship: 'Din relation till oss',
  relationships: { prospect: 'Möjlig kund', customer: 'Kund', former_customer: 'Tidigare kund' },
  firstContact: 'Första kontakt',
  lastContact: 'Senaste kontakt',
  relationshipEnded: 'Kundrelationen upphörde',
  restricted: 'Behandlingen är begränsad på din begäran',
  fields: {
    name: 'Namn',
    email: 'E-post',
    phone: 'Telefon',
    address: 'Adress',
    billingAddress: 'Fakturaadress',
    jobTitle: 'Befattning',
    workplace: 'Arbetsplats',
    nationalIds: 'Personnummer',
    externalIds: 'Kundnummer i våra system',
    companyNumber: 'Organisationsnummer',
    gln: 'GLN-platsnummer',
    cardLast4: 'De fyra sista siffrorna i ditt betalkort',
    cardExpiry: 'Giltighetstid för ditt betalkort',
    notes: 'Anteckningar från vår personal',
  },
  category: 'Typ av uppgift',
  value: 'Innehåll',
  interactions: 'Dina kontakter med oss',
  interactionsCount: (total) =>
    total === 1
      ? 'Vi har registrerat ett ärende, en beställning eller en annan kontakt med dig.'
      : `Vi har registrerat ${total} ärenden, beställningar och andra kontakter med dig.`,
  interactionsShown: (shown, total) =>
    `Här visas de ${shown} senaste av ${total}. Alla finns i data/interactions.csv och data/interactions.json.`,
  noInteractions: 'Vi har inte registrerat några ärenden, beställningar eller andra kontakter med dig.',
  interactionKinds: {
    inquiry: 'Förfrågan',
    complaint: 'Klagomål',
    offer: 'Offert',
    order: 'Beställning',
    invoice: 'Faktura',
    note: 'Anteckning',
  },
  date: 'Datum',
  kind: 'Typ',
  referenceColumn: 'Referens',
  summary: 'Kort beskrivning',
  amount: 'Belopp',
  purposes: 'Varför vi använder dina uppgifter och med vilken rättslig grund',
  purposesIntro:
    'För varje typ av uppgift vi har om dig: vad vi använder den till, den rättsliga grunden i dataskyddsförordningen, vem som tar emot den och hur länge vi sparar den.',
  noPurpose:
    'Vi har inte registrerat något ändamål med de här uppgifterna. Fråga oss om dem eller be oss radera dem.',
  purpose: 'Ändamål',
  dataUsed: 'Uppgifter',
  legalBasis: 'Rättslig grund',
  legitimateInterest: 'Vårt berättigade intresse',
  recipients: 'Vem som tar emot dina uppgifter',
  noRecipients: 'Ingen utanför vår organisation.',
  transfers: 'Överföring till länder utanför EU/EES',
  transfersIntro:
    'Vissa mottagare finns i länder utanför EU/EES. Då kräver dataskyddsförordningen en skyddsåtgärd, som anges här.',
  noTransfers: 'Dina uppgifter förs inte över till länder utanför EU/EES.',
  safeguard: 'Skyddsåtgärd',
  country: 'Land',
  recipient: 'Mottagare',
  retention: 'Hur länge vi sparar dem',
  source: 'Var uppgifterna kommer ifrån',
  fromYou: 'Från dig.',
  recordSources: {
    api: 'Från våra egna system.',
    admin: 'Inlagda av vår personal.',
    import: 'Inlästa från en av våra filer.',
  },
  recordSource: 'Så kom du med i vårt register',
  automated: 'Automatiserade beslut',
  noAutomated:
    'Vi fattar inga beslut om dig enbart genom automatiserad behandling, och vi profilerar dig inte.',
  rights: 'Dina rättigheter',
  rightsIntro: 'Det är dina uppgifter. Du har rätt att',
  rightList: {
    access: 'se de uppgifter vi har om dig och få en kopia av dem (den här rapporten),',
    rectification: 'få felaktiga eller ofullständiga uppgifter rättade,',
    erasure: 'få dina uppgifter raderade när vi inte längre har skäl att spara dem,',
    restriction:
      'få vår användning av dina uppgifter begränsad, till exempel medan vi kontrollerar om de stämmer,',
    objection:
      'invända mot vår användning av dina uppgifter när den grundar sig på vårt berättigade intresse, och alltid mot direktmarknadsföring,',
    portability:
      'få de uppgifter du själv har lämnat till oss i ett maskinläsbart format, eller få dem skickade till någon annan,',
    withdraw:
      'när som helst återkalla ditt samtycke. Det påverkar inte det vi gjorde innan du återkallade det.',
  },
  howTo: (url) =>
    `Du använder dina rättigheter på ${url} eller genom att skriva till oss. Det kostar ingenting.`,
  complaint: 'Om du vill klaga',
  complaintText: (authority) =>
    `Du kan klaga på hur vi behandlar dina personuppgifter hos ${authority}, som är tillsynsmyndighet. Vi vill gärna höra från dig först, så att vi kan rätta till det.`,
  noAuthority: 'tillsynsmyndigheten för dataskydd i det land där du bor eller arbetar',
  web: 'Webbplats',
  consents: 'Dina val om kakor',
  consentsIntro:
    'Varje gång du har gjort ett val i kakbannern på vår webbplats har vi registrerat det. Senaste först:',
  noConsents: 'Vi har inte registrerat några val från dig om kakor.',
  consentColumns: { at: 'När', method: 'Ditt val', categories: 'Kategorier', policy: 'Version av policyn' },
  methods: {
    accept_all: 'Godkände alla',
    reject_all: 'Avböjde alla',
    custom: 'Valde själv',
    gpc: 'Avböjt av din webbläsare (Global Privacy Control)',
    withdraw: 'Återkallade samtycket',
  },
  cookieCategories: {
    necessary: 'Nödvändiga',
    preferences: 'Inställningar',
    statistics: 'Statistik',
    marketing: 'Marknadsföring',
  },
  accepted: 'godkänt',
  refused: 'avböjt',
  marketing: 'Dina samtycken till marknadsföring',
  marketingIntro:
    'De tillstånd du har gett oss att skicka marknadsföring till dig, och om de fortfarande gäller:',
  noMarketing: 'Du har inte gett oss tillstånd att skicka marknadsföring till dig.',
  marketingColumns: {
    channel: 'Kanal',
    purpose: 'Om vad',
    basis: 'Grund',
    status: 'Status',
    given: 'Lämnat',
    withdrawn: 'Återkallat',
  },
  channels: { email: 'E-post', sms: 'Sms', post: 'Brev' },
  bases: {
    explicit_opt_in: 'Du sa ja',
    soft_opt_in: 'Som kund (du kunde säga nej när du handlade hos oss)',
  },
  statuses: { pending: 'Väntar på din bekräftelse', active: 'Gäller', withdrawn: 'Återkallat' },
  generated: (date) => `Framtagen den ${date}.`,
  page: (n) => `Sida ${n}`,
  download: {
    title: 'Dina uppgifter är klara',
    intro: (org) =>
      `${org} har samlat de uppgifter du bad om. Det är en ZIP-fil som de flesta datorer kan öppna.`,
    introPortability: (org) =>
      `${org} har samlat de uppgifter du själv har lämnat till oss, som JSON- och CSV-filer som du kan ta med dig till en annan tjänst.`,
    button: 'Ladda ner dina uppgifter',
    once: 'Länken fungerar en gång, så spara filen när du har laddat ner den.',
    expires: (date) => `Länken slutar gälla den ${date}.`,
    goneTitle: 'Länken fungerar inte längre',
    goneBody:
      'Länken kan redan ha använts, eller så har den slutat gälla. Om du fortfarande behöver dina uppgifter kan du göra en ny begäran på vår sida om integritet.',
  },
  readme: (org, date) =>
    [
      `Dina uppgifter från ${org}, framtagna den ${date}.`,
      '',
      'Paketet innehåller de personuppgifter du själv har lämnat till oss, i två vanliga format:',
      'JSON-filer för program och CSV-filer som du kan öppna i ett kalkylprogram.',
      'Du kan ge filerna till en annan tjänst eller spara dem själv.',
      '',
      'manifest.json listar alla filer och hur många poster varje fil innehåller.',
    ].join('\n'),
}
