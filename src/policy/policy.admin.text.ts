import type { AdminLanguage } from '../i18n/languages.js'
import type { Gap } from './policy.check.js'

/** Texts of /admin/policy and the dashboard card. */
export interface PolicyAdminText {
  title: string
  intro: string
  statusTitle: string
  noVersion: string
  current: (version: number, date: string) => string
  upcoming: (version: number, date: string) => string
  lastReview: (date: string) => string
  dueOn: (date: string) => string
  overdue: (date: string) => string
  checkTitle: string
  complete: string
  gapsIntro: (count: number) => string
  gap: (g: Gap) => string
  fix: string
  changesTitle: string
  firstPublication: string
  noChanges: string
  viewDiff: string
  previewTitle: string
  publishTitle: string
  effectiveFrom: string
  effectiveHint: string
  material: string
  materialHint: string
  notify: string
  notifyHint: string
  note: string
  overrideReason: string
  overrideHint: string
  publish: string
  published: (version: number) => string
  incomplete: string
  onlyOwner: string
  reviewTitle: string
  reviewIntro: string
  reviewNote: string
  recordReview: string
  reviewed: string
  versionsTitle: string
  version: string
  publishedAt: string
  yes: string
  no: string
  notified: string
  overridden: string
  compare: string
  diffTitle: (from: number, to: string) => string
  draft: string
  optional: string
  card: { title: string; none: string; current: (version: number) => string; open: string }
}

const en: PolicyAdminText = {
  title: 'Privacy policy',
  intro:
    'Vern writes the privacy policy from the data map, retention rules, cookie banner and marketing practice, in five languages. Check it, publish it, and review it once a year.',
  statusTitle: 'Status',
  noVersion: 'No version has been published yet: /privacy/policy says the policy is on its way.',
  current: (v, date) => `Version ${v} is in force since ${date}.`,
  upcoming: (v, date) => `Version ${v} takes effect on ${date}.`,
  lastReview: (date) => `Last reviewed on ${date}.`,
  dueOn: (date) => `Next yearly review by ${date}.`,
  overdue: (date) => `The yearly review was due on ${date}. Review the policy now.`,
  checkTitle: 'Completeness check',
  complete: 'Nothing is missing: every item GDPR Articles 13 and 14 require can be written from your data.',
  gapsIntro: (n) => `${n} ${n === 1 ? 'gap' : 'gaps'} to fix before publishing:`,
  gap: (g) => {
    const name = g.subject?.name ?? ''
    switch (g.kind) {
      case 'controller_incomplete':
        return `The organisation profile lacks a field: ${name}`
      case 'authority_missing':
        return 'No country is set, so the supervisory authority cannot be named'
      case 'dpo_missing':
        return 'Special categories of data or automated decisions are processed, but no data protection officer is named'
      case 'no_activities':
        return 'No processing activity has been recorded'
      case 'activity_legal_basis':
        return `The activity “${name}” has no legal basis`
      case 'activity_legitimate_interest':
        return `The activity “${name}” relies on legitimate interests without saying which`
      case 'activity_special_condition':
        return `The activity “${name}” uses special categories of data without an Art. 9(2) condition`
      case 'activity_requirement':
        return `The activity “${name}” does not say whether providing the data is required`
      case 'processor_country':
        return `The processor or recipient “${name}” has no country`
      case 'transfer_safeguard':
        return `“${name}” sends data outside the EU/EEA${g.country ? ` (${g.country})` : ''} without a safeguard`
      case 'category_retention':
        return `The data category “${name}” has no retention rule`
    }
  },
  fix: 'Fix',
  changesTitle: 'Changes since the latest version',
  firstPublication: 'Nothing has been published yet: the first version will be the draft below.',
  noChanges: 'The draft says the same as the latest version.',
  viewDiff: 'See the text, line by line',
  previewTitle: 'Draft',
  publishTitle: 'Publish',
  effectiveFrom: 'In force from',
  effectiveHint: 'Today or a later day (YYYY-MM-DD). Until then the previous version stays in force.',
  material: 'This is a material change',
  materialHint:
    'On the day the version takes effect, the cookie banner publishes a new revision and asks every visitor again.',
  notify: 'Tell subscribers by e-mail',
  notifyHint:
    'A short notice, with an unsubscribe link, to everyone with an active e-mail marketing permission.',
  note: 'Note for the staff (what changed and why)',
  overrideReason: 'Reason for publishing despite the gaps (owner only)',
  overrideHint: 'Recorded with the version and in the audit log.',
  publish: 'Publish the policy',
  published: (v) => `Version ${v} is published.`,
  incomplete:
    'The completeness check found gaps. Fix them, or give a reason for publishing anyway (owner only).',
  onlyOwner: 'Only the owner may publish a policy with gaps.',
  reviewTitle: 'Yearly review',
  reviewIntro:
    'Reviewed the policy and found nothing to change? Record it: the next review is then due in 12 months.',
  reviewNote: 'Note (optional)',
  recordReview: 'Record the review',
  reviewed: 'The review is recorded.',
  versionsTitle: 'Versions',
  version: 'Version',
  publishedAt: 'Published',
  yes: 'yes',
  no: 'no',
  notified: 'Subscribers told',
  overridden: 'Published with gaps',
  compare: 'Compare',
  diffTitle: (from, to) => `Version ${from} compared with ${to}`,
  draft: 'the draft',
  optional: 'optional',
  card: {
    title: 'Privacy policy',
    none: 'The privacy policy has not been published yet.',
    current: (v) => `Version ${v} is published.`,
    open: 'Open the policy',
  },
}

const da: PolicyAdminText = {
  title: 'Privatlivspolitik',
  intro:
    'Vern skriver privatlivspolitikken ud fra datakortlægningen, opbevaringsreglerne, cookiebanneret og jeres markedsføring – på fem sprog. Tjek den, offentliggør den, og gennemgå den én gang om året.',
  statusTitle: 'Status',
  noVersion:
    'Der er endnu ikke offentliggjort nogen version. På /privacy/policy står der, at politikken er på vej.',
  current: (v, date) => `Version ${v} har været gældende siden ${date}.`,
  upcoming: (v, date) => `Version ${v} træder i kraft den ${date}.`,
  lastReview: (date) => `Sidst gennemgået den ${date}.`,
  dueOn: (date) => `Næste årlige gennemgang senest den ${date}.`,
  overdue: (date) => `Den årlige gennemgang skulle have været lavet den ${date}. Gennemgå politikken nu.`,
  checkTitle: 'Tjek af fuldstændighed',
  complete:
    'Intet mangler: Alle de oplysninger, som databeskyttelsesforordningens artikel 13 og 14 kræver, kan skrives ud fra jeres data.',
  gapsIntro: (n) => `${n} ${n === 1 ? 'mangel' : 'mangler'}, der skal rettes før offentliggørelse:`,
  gap: (g) => {
    const name = g.subject?.name ?? ''
    switch (g.kind) {
      case 'controller_incomplete':
        return `Organisationsprofilen mangler et felt: ${name}`
      case 'authority_missing':
        return 'Der er ikke valgt et land, så tilsynsmyndigheden kan ikke angives'
      case 'dpo_missing':
        return 'Der behandles følsomme oplysninger eller træffes automatiske afgørelser, men der er ikke angivet en databeskyttelsesrådgiver'
      case 'no_activities':
        return 'Der er ikke registreret nogen behandlingsaktiviteter'
      case 'activity_legal_basis':
        return `Aktiviteten »${name}« har intet retsgrundlag`
      case 'activity_legitimate_interest':
        return `Aktiviteten »${name}« bygger på legitim interesse uden at sige hvilken`
      case 'activity_special_condition':
        return `Aktiviteten »${name}« bruger følsomme oplysninger uden en betingelse efter art. 9, stk. 2`
      case 'activity_requirement':
        return `Aktiviteten »${name}« oplyser ikke, om det er et krav at give oplysningerne`
      case 'processor_country':
        return `Databehandleren eller modtageren »${name}« har intet land`
      case 'transfer_safeguard':
        return `»${name}« sender oplysninger ud af EU/EØS${g.country ? ` (${g.country})` : ''} uden en garanti`
      case 'category_retention':
        return `Datakategorien »${name}« har ingen opbevaringsregel`
    }
  },
  fix: 'Ret',
  changesTitle: 'Ændringer siden seneste version',
  firstPublication: 'Der er endnu ikke offentliggjort noget: Den første version bliver udkastet nedenfor.',
  noChanges: 'Udkastet siger det samme som seneste version.',
  viewDiff: 'Se teksten linje for linje',
  previewTitle: 'Udkast',
  publishTitle: 'Offentliggør',
  effectiveFrom: 'Gældende fra',
  effectiveHint: 'I dag eller en senere dag (ÅÅÅÅ-MM-DD). Indtil da gælder den tidligere version.',
  material: 'Det er en væsentlig ændring',
  materialHint:
    'Den dag versionen træder i kraft, udgiver cookiebanneret en ny revision og spørger alle besøgende igen.',
  notify: 'Giv abonnenter besked på e-mail',
  notifyHint:
    'En kort besked med afmeldingslink til alle med en aktiv tilladelse til markedsføring på e-mail.',
  note: 'Note til medarbejderne (hvad er ændret og hvorfor)',
  overrideReason: 'Begrundelse for at offentliggøre trods manglerne (kun ejeren)',
  overrideHint: 'Gemmes sammen med versionen og i revisionsloggen.',
  publish: 'Offentliggør politikken',
  published: (v) => `Version ${v} er offentliggjort.`,
  incomplete:
    'Tjekket fandt mangler. Ret dem, eller giv en begrundelse for at offentliggøre alligevel (kun ejeren).',
  onlyOwner: 'Kun ejeren kan offentliggøre en politik med mangler.',
  reviewTitle: 'Årlig gennemgang',
  reviewIntro:
    'Har I gennemgået politikken uden at finde noget at ændre? Registrér det, så skal næste gennemgang ske om 12 måneder.',
  reviewNote: 'Note (valgfri)',
  recordReview: 'Registrér gennemgangen',
  reviewed: 'Gennemgangen er registreret.',
  versionsTitle: 'Versioner',
  version: 'Version',
  publishedAt: 'Offentliggjort',
  yes: 'ja',
  no: 'nej',
  notified: 'Abonnenter underrettet',
  overridden: 'Offentliggjort med mangler',
  compare: 'Sammenlign',
  diffTitle: (from, to) => `Version ${from} sammenlignet med ${to}`,
  draft: 'udkastet',
  optional: 'valgfri',
  card: {
    title: 'Privatlivspolitik',
    none: 'Privatlivspolitikken er endnu ikke offentliggjort.',
    current: (v) => `Version ${v} er offentliggjort.`,
    open: 'Åbn politikken',
  },
}

const nb: PolicyAdminText = {
  title: 'Personvernerklæring',
  intro:
    'Vern skriver personvernerklæringen ut fra kartleggingen, lagringsreglene, banneret for informasjonskapsler og markedsføringen deres, på fem språk. Sjekk den, publiser den og gå gjennom den én gang i året.',
  statusTitle: 'Status',
  noVersion: 'Ingen versjon er publisert ennå. På /privacy/policy står det at erklæringen er på vei.',
  current: (v, date) => `Versjon ${v} har gjeldt siden ${date}.`,
  upcoming: (v, date) => `Versjon ${v} trer i kraft ${date}.`,
  lastReview: (date) => `Sist gjennomgått ${date}.`,
  dueOn: (date) => `Neste årlige gjennomgang innen ${date}.`,
  overdue: (date) => `Den årlige gjennomgangen skulle vært gjort ${date}. Gå gjennom erklæringen nå.`,
  checkTitle: 'Kontroll av fullstendighet',
  complete:
    'Ingenting mangler: Alt personvernforordningen artikkel 13 og 14 krever, kan skrives ut fra dataene deres.',
  gapsIntro: (n) => `${n} ${n === 1 ? 'mangel' : 'mangler'} må rettes før publisering:`,
  gap: (g) => {
    const name = g.subject?.name ?? ''
    switch (g.kind) {
      case 'controller_incomplete':
        return `Organisasjonsprofilen mangler et felt: ${name}`
      case 'authority_missing':
        return 'Det er ikke valgt noe land, så tilsynsmyndigheten kan ikke oppgis'
      case 'dpo_missing':
        return 'Det behandles sensitive opplysninger eller tas automatiserte avgjørelser, men det er ikke oppgitt noe personvernombud'
      case 'no_activities':
        return 'Det er ikke registrert noen behandlingsaktiviteter'
      case 'activity_legal_basis':
        return `Aktiviteten «${name}» mangler behandlingsgrunnlag`
      case 'activity_legitimate_interest':
        return `Aktiviteten «${name}» bygger på berettiget interesse uten å si hvilken`
      case 'activity_special_condition':
        return `Aktiviteten «${name}» bruker sensitive opplysninger uten et vilkår etter art. 9 nr. 2`
      case 'activity_requirement':
        return `Aktiviteten «${name}» sier ikke om det er påkrevd å gi opplysningene`
      case 'processor_country':
        return `Databehandleren eller mottakeren «${name}» mangler land`
      case 'transfer_safeguard':
        return `«${name}» sender opplysninger ut av EU/EØS${g.country ? ` (${g.country})` : ''} uten overføringsgrunnlag`
      case 'category_retention':
        return `Datakategorien «${name}» har ingen lagringsregel`
    }
  },
  fix: 'Rett',
  changesTitle: 'Endringer siden siste versjon',
  firstPublication: 'Ingenting er publisert ennå: Den første versjonen blir utkastet nedenfor.',
  noChanges: 'Utkastet sier det samme som siste versjon.',
  viewDiff: 'Se teksten linje for linje',
  previewTitle: 'Utkast',
  publishTitle: 'Publiser',
  effectiveFrom: 'Gjelder fra',
  effectiveHint: 'I dag eller en senere dag (ÅÅÅÅ-MM-DD). Fram til da gjelder den forrige versjonen.',
  material: 'Dette er en vesentlig endring',
  materialHint:
    'Den dagen versjonen trer i kraft, publiserer banneret en ny revisjon og spør alle besøkende på nytt.',
  notify: 'Gi abonnenter beskjed på e-post',
  notifyHint:
    'En kort melding med avmeldingslenke til alle med et aktivt samtykke til markedsføring på e-post.',
  note: 'Notat til de ansatte (hva er endret og hvorfor)',
  overrideReason: 'Begrunnelse for å publisere til tross for manglene (bare eieren)',
  overrideHint: 'Lagres sammen med versjonen og i revisjonsloggen.',
  publish: 'Publiser erklæringen',
  published: (v) => `Versjon ${v} er publisert.`,
  incomplete:
    'Kontrollen fant mangler. Rett dem, eller gi en begrunnelse for å publisere likevel (bare eieren).',
  onlyOwner: 'Bare eieren kan publisere en erklæring med mangler.',
  reviewTitle: 'Årlig gjennomgang',
  reviewIntro:
    'Har dere gått gjennom erklæringen uten å finne noe å endre? Registrer det, så er neste gjennomgang om 12 måneder.',
  reviewNote: 'Notat (valgfritt)',
  recordReview: 'Registrer gjennomgangen',
  reviewed: 'Gjennomgangen er registrert.',
  versionsTitle: 'Versjoner',
  version: 'Versjon',
  publishedAt: 'Publisert',
  yes: 'ja',
  no: 'nei',
  notified: 'Abonnenter varslet',
  overridden: 'Publisert med mangler',
  compare: 'Sammenlign',
  diffTitle: (from, to) => `Versjon ${from} sammenlignet med ${to}`,
  draft: 'utkastet',
  optional: 'valgfritt',
  card: {
    title: 'Personvernerklæring',
    none: 'Personvernerklæringen er ikke publisert ennå.',
    current: (v) => `Versjon ${v} er publisert.`,
    open: 'Åpne erklæringen',
  },
}

const sv: PolicyAdminText = {
  title: 'Integritetspolicy',
  intro:
    'Vern skriver integritetspolicyn utifrån kartläggningen, gallringsreglerna, kakbannern och er marknadsföring, på fem språk. Kontrollera den, publicera den och gå igenom den en gång om året.',
  statusTitle: 'Status',
  noVersion: 'Ingen version har publicerats än. På /privacy/policy står det att policyn är på väg.',
  current: (v, date) => `Version ${v} gäller sedan ${date}.`,
  upcoming: (v, date) => `Version ${v} börjar gälla ${date}.`,
  lastReview: (date) => `Senast genomgången ${date}.`,
  dueOn: (date) => `Nästa årliga genomgång senast ${date}.`,
  overdue: (date) => `Den årliga genomgången skulle ha gjorts ${date}. Gå igenom policyn nu.`,
  checkTitle: 'Fullständighetskontroll',
  complete:
    'Inget saknas: allt som dataskyddsförordningens artiklar 13 och 14 kräver kan skrivas utifrån era uppgifter.',
  gapsIntro: (n) => `${n} ${n === 1 ? 'brist' : 'brister'} att åtgärda före publicering:`,
  gap: (g) => {
    const name = g.subject?.name ?? ''
    switch (g.kind) {
      case 'controller_incomplete':
        return `Organisationsprofilen saknar ett fält: ${name}`
      case 'authority_missing':
        return 'Inget land är valt, så tillsynsmyndigheten kan inte anges'
      case 'dpo_missing':
        return 'Känsliga uppgifter behandlas eller automatiserade beslut fattas, men inget dataskyddsombud är angivet'
      case 'no_activities':
        return 'Ingen behandling har registrerats'
      case 'activity_legal_basis':
        return `Behandlingen ”${name}” saknar rättslig grund`
      case 'activity_legitimate_interest':
        return `Behandlingen ”${name}” stöder sig på berättigat intresse utan att ange vilket`
      case 'activity_special_condition':
        return `Behandlingen ”${name}” använder känsliga uppgifter utan ett undantag enligt artikel 9.2`
      case 'activity_requirement':
        return `Behandlingen ”${name}” anger inte om det är ett krav att lämna uppgifterna`
      case 'processor_country':
        return `Biträdet eller mottagaren ”${name}” saknar land`
      case 'transfer_safeguard':
        return `”${name}” för över uppgifter utanför EU/EES${g.country ? ` (${g.country})` : ''} utan skyddsåtgärd`
      case 'category_retention':
        return `Uppgiftskategorin ”${name}” saknar gallringsregel`
    }
  },
  fix: 'Åtgärda',
  changesTitle: 'Ändringar sedan senaste versionen',
  firstPublication: 'Inget har publicerats än: den första versionen blir utkastet nedan.',
  noChanges: 'Utkastet säger samma sak som den senaste versionen.',
  viewDiff: 'Se texten rad för rad',
  previewTitle: 'Utkast',
  publishTitle: 'Publicera',
  effectiveFrom: 'Gäller från',
  effectiveHint: 'I dag eller en senare dag (ÅÅÅÅ-MM-DD). Fram till dess gäller den tidigare versionen.',
  material: 'Det här är en väsentlig ändring',
  materialHint:
    'Den dag versionen börjar gälla publicerar kakbannern en ny revision och frågar alla besökare igen.',
  notify: 'Meddela prenumeranter via e-post',
  notifyHint:
    'Ett kort meddelande med avregistreringslänk till alla med ett aktivt samtycke till marknadsföring via e-post.',
  note: 'Anteckning till personalen (vad har ändrats och varför)',
  overrideReason: 'Skäl att publicera trots bristerna (endast ägaren)',
  overrideHint: 'Sparas med versionen och i granskningsloggen.',
  publish: 'Publicera policyn',
  published: (v) => `Version ${v} är publicerad.`,
  incomplete:
    'Kontrollen hittade brister. Åtgärda dem, eller ange ett skäl att publicera ändå (endast ägaren).',
  onlyOwner: 'Endast ägaren får publicera en policy med brister.',
  reviewTitle: 'Årlig genomgång',
  reviewIntro:
    'Har ni gått igenom policyn utan att hitta något att ändra? Registrera det, så ska nästa genomgång göras om 12 månader.',
  reviewNote: 'Anteckning (valfri)',
  recordReview: 'Registrera genomgången',
  reviewed: 'Genomgången är registrerad.',
  versionsTitle: 'Versioner',
  version: 'Version',
  publishedAt: 'Publicerad',
  yes: 'ja',
  no: 'nej',
  notified: 'Prenumeranter meddelade',
  overridden: 'Publicerad med brister',
  compare: 'Jämför',
  diffTitle: (from, to) => `Version ${from} jämförd med ${to}`,
  draft: 'utkastet',
  optional: 'valfri',
  card: {
    title: 'Integritetspolicy',
    none: 'Integritetspolicyn har inte publicerats än.',
    current: (v) => `Version ${v} är publicerad.`,
    open: 'Öppna policyn',
  },
}

const fi: PolicyAdminText = {
  title: 'Tietosuojaseloste',
  intro:
    'Vern kirjoittaa tietosuojaselosteen tietokartoituksen, säilytyssääntöjen, evästebannerin ja markkinointikäytäntöjenne pohjalta viidellä kielellä. Tarkista se, julkaise se ja käy se läpi kerran vuodessa.',
  statusTitle: 'Tila',
  noVersion:
    'Yhtään versiota ei ole vielä julkaistu. Sivulla /privacy/policy kerrotaan, että seloste on tulossa.',
  current: (v, date) => `Versio ${v} on ollut voimassa ${date} alkaen.`,
  upcoming: (v, date) => `Versio ${v} tulee voimaan ${date}.`,
  lastReview: (date) => `Tarkistettu viimeksi ${date}.`,
  dueOn: (date) => `Seuraava vuosittainen tarkistus viimeistään ${date}.`,
  overdue: (date) => `Vuosittainen tarkistus olisi pitänyt tehdä ${date}. Tarkista seloste nyt.`,
  checkTitle: 'Täydellisyyden tarkistus',
  complete:
    'Mitään ei puutu: kaikki tietosuoja-asetuksen 13 ja 14 artiklan edellyttämät tiedot voidaan kirjoittaa tiedoistanne.',
  gapsIntro: (n) => `Korjattavia puutteita ennen julkaisua: ${n}`,
  gap: (g) => {
    const name = g.subject?.name ?? ''
    switch (g.kind) {
      case 'controller_incomplete':
        return `Organisaation tiedoista puuttuu kenttä: ${name}`
      case 'authority_missing':
        return 'Maata ei ole valittu, joten valvontaviranomaista ei voi nimetä'
      case 'dpo_missing':
        return 'Käsittelette arkaluonteisia tietoja tai teette automaattisia päätöksiä, mutta tietosuojavastaavaa ei ole nimetty'
      case 'no_activities':
        return 'Yhtään käsittelytoimea ei ole kirjattu'
      case 'activity_legal_basis':
        return `Käsittelytoimelta ”${name}” puuttuu käsittelyperuste`
      case 'activity_legitimate_interest':
        return `Käsittelytoimi ”${name}” perustuu oikeutettuun etuun kertomatta, mihin`
      case 'activity_special_condition':
        return `Käsittelytoimi ”${name}” käyttää arkaluonteisia tietoja ilman 9 artiklan 2 kohdan perustetta`
      case 'activity_requirement':
        return `Käsittelytoimesta ”${name}” ei kerrota, onko tietojen antaminen pakollista`
      case 'processor_country':
        return `Käsittelijältä tai vastaanottajalta ”${name}” puuttuu maa`
      case 'transfer_safeguard':
        return `”${name}” siirtää tietoja EU:n ja ETA:n ulkopuolelle${g.country ? ` (${g.country})` : ''} ilman suojatoimia`
      case 'category_retention':
        return `Tietoluokalla ”${name}” ei ole säilytyssääntöä`
    }
  },
  fix: 'Korjaa',
  changesTitle: 'Muutokset edelliseen versioon',
  firstPublication: 'Mitään ei ole vielä julkaistu: ensimmäinen versio on alla oleva luonnos.',
  noChanges: 'Luonnos on sisällöltään sama kuin uusin versio.',
  viewDiff: 'Näytä teksti riveittäin',
  previewTitle: 'Luonnos',
  publishTitle: 'Julkaise',
  effectiveFrom: 'Voimassa alkaen',
  effectiveHint: 'Tänään tai myöhemmin (VVVV-KK-PP). Siihen asti edellinen versio on voimassa.',
  material: 'Tämä on olennainen muutos',
  materialHint:
    'Kun versio tulee voimaan, evästebanneri julkaisee uuden version ja kysyy jokaiselta kävijältä uudelleen.',
  notify: 'Kerro tilaajille sähköpostitse',
  notifyHint:
    'Lyhyt ilmoitus peruutuslinkillä kaikille, joilla on voimassa oleva sähköpostimarkkinoinnin lupa.',
  note: 'Muistiinpano henkilöstölle (mikä muuttui ja miksi)',
  overrideReason: 'Syy julkaista puutteista huolimatta (vain omistaja)',
  overrideHint: 'Tallennetaan version yhteyteen ja tarkastuslokiin.',
  publish: 'Julkaise seloste',
  published: (v) => `Versio ${v} on julkaistu.`,
  incomplete: 'Tarkistus löysi puutteita. Korjaa ne tai kerro syy julkaista silti (vain omistaja).',
  onlyOwner: 'Vain omistaja voi julkaista selosteen, jossa on puutteita.',
  reviewTitle: 'Vuosittainen tarkistus',
  reviewIntro:
    'Kävittekö selosteen läpi löytämättä muutettavaa? Kirjaa se, niin seuraava tarkistus on 12 kuukauden päästä.',
  reviewNote: 'Muistiinpano (valinnainen)',
  recordReview: 'Kirjaa tarkistus',
  reviewed: 'Tarkistus on kirjattu.',
  versionsTitle: 'Versiot',
  version: 'Versio',
  publishedAt: 'Julkaistu',
  yes: 'kyllä',
  no: 'ei',
  notified: 'Ilmoitus tilaajille',
  overridden: 'Julkaistu puutteineen',
  compare: 'Vertaa',
  diffTitle: (from, to) => `Vertailu: versio ${from} ja ${to}`,
  draft: 'luonnos',
  optional: 'valinnainen',
  card: {
    title: 'Tietosuojaseloste',
    none: 'Tietosuojaselostetta ei ole vielä julkaistu.',
    current: (v) => `Versio ${v} on julkaistu.`,
    open: 'Avaa seloste',
  },
}

export const POLICY_ADMIN_TEXT: Record<AdminLanguage, PolicyAdminText> = { en, da, nb, sv, fi }
