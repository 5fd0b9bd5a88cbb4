import type { AdminLanguage } from '../i18n/languages.js'

/** Texts of /admin/discovery and the dashboard's card-number warning, in the five admin languages. */
export interface DiscoveryText {
  title: string
  intro: string
  cliHint: string
  noScans: string
  started: string
  source: string
  status: string
  statuses: Record<'running' | 'finished' | 'failed', string>
  tables: string
  proposals: string
  cardFindings: string
  open: string
  scanTitle: (source: string) => string
  progress: (done: number, total: number) => string
  failed: (code: string) => string
  summary: (tables: number, columns: number, proposals: number, sampleRows: number) => string
  column: string
  type: string
  category: string
  confidence: string
  basis: string
  bases: Record<'content' | 'name' | 'name+content', string>
  matches: string
  nothingFound: string
  cardWarning: (cells: number) => string
  cardWhere: string
  accept: string
  acceptHint: string
  accepted: string
  download: string
  startTitle: string
  system: string
  sampleRows: string
  start: string
  startedNotice: string
  dashboardTitle: string
  dashboardWarning: (cells: number, source: string) => string
  dashboardLink: string
}

const en: DiscoveryText = {
  title: 'Discovery',
  intro:
    'Discovery reads a sample of every table in a connected system and suggests which columns hold personal data, and of which kind. Only counts and labels are stored, never the values themselves. The suggestions are proposals: review them before you use them as the annotation of the system.',
  cliHint: 'You can also scan from the command line, e.g. npm run vern -- scan sqlite:/path/to/shop.db',
  noScans: 'No scans yet.',
  started: 'Started',
  source: 'Source',
  status: 'Status',
  statuses: { running: 'Running', finished: 'Finished', failed: 'Failed' },
  tables: 'Tables',
  proposals: 'Proposals',
  cardFindings: 'Card numbers',
  open: 'Open',
  scanTitle: (source) => `Discovery: ${source}`,
  progress: (done, total) => `${done} of ${total} tables scanned`,
  failed: (code) => `The scan stopped before it finished (${code}). Check the connection and try again.`,
  summary: (tables, columns, proposals, sampleRows) =>
    `${tables} tables and ${columns} columns, up to ${sampleRows} rows sampled per table. ${proposals} columns look like personal data.`,
  column: 'Column',
  type: 'Type',
  category: 'Proposed data category',
  confidence: 'Confidence',
  basis: 'Based on',
  bases: { content: 'content', name: 'column name', 'name+content': 'name and content' },
  matches: 'Matching values',
  nothingFound: 'No personal data recognised',
  cardWarning: (cells) =>
    `Full payment card numbers found: ${cells} sampled values. Card numbers must not be stored outside a PCI DSS certified payment provider. Delete or mask them in the system and ask your developer to stop them being saved.`,
  cardWhere: 'Where:',
  accept: 'Accept as annotation',
  acceptHint:
    'Adds the proposed categories to the annotation of the system; you can still change each column afterwards.',
  accepted: 'The proposals were added to the annotation.',
  download: 'Download as dataset (JSON)',
  startTitle: 'Scan a system',
  system: 'System',
  sampleRows: 'Rows to sample per table',
  start: 'Start scan',
  startedNotice: 'The scan has started. This page shows how far it has got; reload it to follow along.',
  dashboardTitle: 'Card numbers found',
  dashboardWarning: (cells, source) =>
    `Discovery found ${cells} full payment card numbers in ${source}. They must be deleted or masked.`,
  dashboardLink: 'See where',
}

const da: DiscoveryText = {
  title: 'Datasøgning',
  intro:
    'Datasøgningen læser et udsnit af hver tabel i et tilsluttet system og foreslår, hvilke kolonner der indeholder personoplysninger, og hvilken slags. Der gemmes kun antal og betegnelser, aldrig selve værdierne. Forslagene skal gennemgås, før du bruger dem som annotering af systemet.',
  cliHint: 'Du kan også scanne fra kommandolinjen, f.eks. npm run vern -- scan sqlite:/sti/til/shop.db',
  noScans: 'Der er endnu ikke kørt nogen scanninger.',
  started: 'Startet',
  source: 'Kilde',
  status: 'Status',
  statuses: { running: 'I gang', finished: 'Færdig', failed: 'Mislykkedes' },
  tables: 'Tabeller',
  proposals: 'Forslag',
  cardFindings: 'Kortnumre',
  open: 'Åbn',
  scanTitle: (source) => `Datasøgning: ${source}`,
  progress: (done, total) => `${done} af ${total} tabeller er scannet`,
  failed: (code) => `Scanningen stoppede, før den blev færdig (${code}). Tjek forbindelsen, og prøv igen.`,
  summary: (tables, columns, proposals, sampleRows) =>
    `${tables} tabeller og ${columns} kolonner, højst ${sampleRows} rækker læst pr. tabel. ${proposals} kolonner ser ud til at indeholde personoplysninger.`,
  column: 'Kolonne',
  type: 'Type',
  category: 'Foreslået datakategori',
  confidence: 'Sikkerhed',
  basis: 'Ud fra',
  bases: { content: 'indhold', name: 'kolonnenavn', 'name+content': 'navn og indhold' },
  matches: 'Værdier, der passer',
  nothingFound: 'Ingen personoplysninger genkendt',
  cardWarning: (cells) =>
    `Der er fundet fulde betalingskortnumre: ${cells} af de læste værdier. Kortnumre må ikke opbevares uden for en PCI DSS-certificeret betalingsudbyder. Slet eller maskér dem i systemet, og bed jeres udvikler sørge for, at de ikke bliver gemt igen.`,
  cardWhere: 'Hvor:',
  accept: 'Brug som annotering',
  acceptHint:
    'Føjer de foreslåede kategorier til systemets annotering; du kan stadig rette hver kolonne bagefter.',
  accepted: 'Forslagene er føjet til annoteringen.',
  download: 'Hent som datasæt (JSON)',
  startTitle: 'Scan et system',
  system: 'System',
  sampleRows: 'Antal rækker, der læses pr. tabel',
  start: 'Start scanning',
  startedNotice: 'Scanningen er i gang. Siden viser, hvor langt den er nået; genindlæs den for at følge med.',
  dashboardTitle: 'Kortnumre fundet',
  dashboardWarning: (cells, source) =>
    `Datasøgningen har fundet ${cells} fulde betalingskortnumre i ${source}. De skal slettes eller maskeres.`,
  dashboardLink: 'Se hvor',
}

const nb: DiscoveryText = {
  title: 'Datasøk',
  intro:
    'Datasøket leser et utvalg av hver tabell i et tilkoblet system og foreslår hvilke kolonner som inneholder personopplysninger, og hva slags. Bare antall og betegnelser lagres, aldri selve verdiene. Forslagene må gjennomgås før du bruker dem som annotering av systemet.',
  cliHint: 'Du kan også skanne fra kommandolinjen, f.eks. npm run vern -- scan sqlite:/sti/til/shop.db',
  noScans: 'Ingen skanninger ennå.',
  started: 'Startet',
  source: 'Kilde',
  status: 'Status',
  statuses: { running: 'Pågår', finished: 'Ferdig', failed: 'Mislyktes' },
  tables: 'Tabeller',
  proposals: 'Forslag',
  cardFindings: 'Kortnumre',
  open: 'Åpne',
  scanTitle: (source) => `Datasøk: ${source}`,
  progress: (done, total) => `${done} av ${total} tabeller er skannet`,
  failed: (code) => `Skanningen stoppet før den var ferdig (${code}). Sjekk tilkoblingen og prøv igjen.`,
  summary: (tables, columns, proposals, sampleRows) =>
    `${tables} tabeller og ${columns} kolonner, inntil ${sampleRows} rader lest per tabell. ${proposals} kolonner ser ut til å inneholde personopplysninger.`,
  column: 'Kolonne',
  type: 'Type',
  category: 'Foreslått datakategori',
  confidence: 'Sikkerhet',
  basis: 'Ut fra',
  bases: { content: 'innhold', name: 'kolonnenavn', 'name+content': 'navn og innhold' },
  matches: 'Verdier som passer',
  nothingFound: 'Ingen personopplysninger gjenkjent',
  cardWarning: (cells) =>
    `Fullstendige betalingskortnumre er funnet: ${cells} av verdiene som ble lest. Kortnumre skal ikke lagres utenfor en PCI DSS-sertifisert betalingsleverandør. Slett eller masker dem i systemet, og be utvikleren deres sørge for at de ikke lagres igjen.`,
  cardWhere: 'Hvor:',
  accept: 'Bruk som annotering',
  acceptHint:
    'Legger de foreslåtte kategoriene til annoteringen av systemet; du kan fortsatt endre hver kolonne etterpå.',
  accepted: 'Forslagene er lagt til annoteringen.',
  download: 'Last ned som datasett (JSON)',
  startTitle: 'Skann et system',
  system: 'System',
  sampleRows: 'Antall rader som leses per tabell',
  start: 'Start skanning',
  startedNotice:
    'Skanningen er i gang. Siden viser hvor langt den har kommet; last den inn på nytt for å følge med.',
  dashboardTitle: 'Kortnumre funnet',
  dashboardWarning: (cells, source) =>
    `Datasøket har funnet ${cells} fullstendige betalingskortnumre i ${source}. De må slettes eller maskeres.`,
  dashboardLink: 'Se hvor',
}

const sv: DiscoveryText = {
  title: 'Datasökning',
  intro:
    'Datasökningen läser ett urval ur varje tabell i ett anslutet system och föreslår vilka kolumner som innehåller personuppgifter och av vilket slag. Bara antal och beteckningar sparas, aldrig själva värdena. Förslagen behöver granskas innan du använder dem som annotering av systemet.',
  cliHint: 'Du kan också skanna från kommandoraden, t.ex. npm run vern -- scan sqlite:/sökväg/till/shop.db',
  noScans: 'Inga skanningar än.',
  started: 'Startad',
  source: 'Källa',
  status: 'Status',
  statuses: { running: 'Pågår', finished: 'Klar', failed: 'Misslyckades' },
  tables: 'Tabeller',
  proposals: 'Förslag',
  cardFindings: 'Kortnummer',
  open: 'Öppna',
  scanTitle: (source) => `Datasökning: ${source}`,
  progress: (done, total) => `${done} av ${total} tabeller har skannats`,
  failed: (code) =>
    `Skanningen avbröts innan den var klar (${code}). Kontrollera anslutningen och försök igen.`,
  summary: (tables, columns, proposals, sampleRows) =>
    `${tables} tabeller och ${columns} kolumner, högst ${sampleRows} rader lästa per tabell. ${proposals} kolumner ser ut att innehålla personuppgifter.`,
  column: 'Kolumn',
  type: 'Typ',
  category: 'Föreslagen datakategori',
  confidence: 'Säkerhet',
  basis: 'Utifrån',
  bases: { content: 'innehåll', name: 'kolumnnamn', 'name+content': 'namn och innehåll' },
  matches: 'Värden som stämmer',
  nothingFound: 'Inga personuppgifter hittades',
  cardWarning: (cells) =>
    `Fullständiga betalkortsnummer har hittats: ${cells} av de lästa värdena. Kortnummer får inte lagras utanför en PCI DSS-certifierad betaltjänstleverantör. Radera eller maskera dem i systemet och be er utvecklare se till att de inte sparas igen.`,
  cardWhere: 'Var:',
  accept: 'Använd som annotering',
  acceptHint:
    'Lägger till de föreslagna kategorierna i systemets annotering; du kan fortfarande ändra varje kolumn efteråt.',
  accepted: 'Förslagen har lagts till i annoteringen.',
  download: 'Ladda ned som dataset (JSON)',
  startTitle: 'Skanna ett system',
  system: 'System',
  sampleRows: 'Antal rader som läses per tabell',
  start: 'Starta skanning',
  startedNotice:
    'Skanningen har startat. Sidan visar hur långt den har kommit; ladda om den för att följa förloppet.',
  dashboardTitle: 'Kortnummer hittade',
  dashboardWarning: (cells, source) =>
    `Datasökningen har hittat ${cells} fullständiga betalkortsnummer i ${source}. De måste raderas eller maskeras.`,
  dashboardLink: 'Visa var',
}

const fi: DiscoveryText = {
  title: 'Tietojen haku',
  intro:
    'Tietojen haku lukee otoksen jokaisesta liitetyn järjestelmän taulusta ja ehdottaa, missä sarakkeissa on henkilötietoja ja millaisia. Vain määrät ja merkinnät tallennetaan, ei koskaan itse arvoja. Käy ehdotukset läpi ennen kuin käytät niitä järjestelmän annotaationa.',
  cliHint: 'Voit kartoittaa myös komentoriviltä, esim. npm run vern -- scan sqlite:/polku/kauppa.db',
  noScans: 'Kartoituksia ei ole vielä tehty.',
  started: 'Aloitettu',
  source: 'Lähde',
  status: 'Tila',
  statuses: { running: 'Käynnissä', finished: 'Valmis', failed: 'Epäonnistui' },
  tables: 'Taulut',
  proposals: 'Ehdotukset',
  cardFindings: 'Korttinumerot',
  open: 'Avaa',
  scanTitle: (source) => `Tietojen haku: ${source}`,
  progress: (done, total) => `${done}/${total} taulua kartoitettu`,
  failed: (code) =>
    `Kartoitus keskeytyi ennen kuin se valmistui (${code}). Tarkista yhteys ja yritä uudelleen.`,
  summary: (tables, columns, proposals, sampleRows) =>
    `${tables} taulua ja ${columns} saraketta, enintään ${sampleRows} riviä luettu taulua kohden. ${proposals} sarakkeessa näyttää olevan henkilötietoja.`,
  column: 'Sarake',
  type: 'Tyyppi',
  category: 'Ehdotettu tietoluokka',
  confidence: 'Varmuus',
  basis: 'Perusteena',
  bases: { content: 'sisältö', name: 'sarakkeen nimi', 'name+content': 'nimi ja sisältö' },
  matches: 'Osuvat arvot',
  nothingFound: 'Henkilötietoja ei tunnistettu',
  cardWarning: (cells) =>
    `Löytyi täydellisiä maksukorttien numeroita: ${cells} luetuista arvoista. Korttinumeroita ei saa säilyttää PCI DSS -sertifioidun maksupalvelun ulkopuolella. Poista tai peitä ne järjestelmästä ja pyydä kehittäjää estämään niiden tallentuminen jatkossa.`,
  cardWhere: 'Missä:',
  accept: 'Hyväksy annotaatioksi',
  acceptHint:
    'Lisää ehdotetut tietoluokat järjestelmän annotaatioon; voit yhä muuttaa jokaista saraketta jälkikäteen.',
  accepted: 'Ehdotukset lisättiin annotaatioon.',
  download: 'Lataa tietojoukkona (JSON)',
  startTitle: 'Kartoita järjestelmä',
  system: 'Järjestelmä',
  sampleRows: 'Luettavien rivien määrä taulua kohden',
  start: 'Aloita kartoitus',
  startedNotice:
    'Kartoitus on käynnissä. Sivu näyttää, miten pitkällä se on; päivitä sivu seurataksesi etenemistä.',
  dashboardTitle: 'Korttinumeroita löytyi',
  dashboardWarning: (cells, source) =>
    `Kartoitus löysi ${cells} täydellistä maksukortin numeroa järjestelmästä ${source}. Ne on poistettava tai peitettävä.`,
  dashboardLink: 'Katso missä',
}

export const DISCOVERY_TEXT: Record<AdminLanguage, DiscoveryText> = { en, da, nb, sv, fi }
