import type { AdminLanguage } from '../i18n/languages.js'

/** Texts of /admin/systems/{id}/connection in the five admin languages. */
export interface ConnectorAdminText {
  title: (system: string) => string
  intro: string
  connection: string
  none: string
  kind: string
  kinds: Record<'postgres' | 'mysql' | 'sqlite', string>
  host: string
  port: string
  database: string
  file: string
  fileHint: string
  ssl: string
  readUser: string
  readPassword: string
  writeUser: string
  writePassword: string
  writeHint: string
  writable: string
  passwordKept: string
  credentials: (read: boolean, write: boolean) => string
  save: string
  saved: string
  test: string
  testOk: (tables: number, ms: number) => string
  remove: string
  removed: string
  dataset: string
  datasetIntro: string
  noDataset: string
  document: string
  validate: string
  saveDataset: string
  datasetSaved: string
  valid: string
  problems: (n: number) => string
  optional: string
}

const en: ConnectorAdminText = {
  title: (system) => `Database connection: ${system}`,
  intro:
    'Vern can answer access and erasure requests inside this system’s own database. It connects directly, reads with the read credentials and writes only when erasing, with the write credentials. Passwords are encrypted and never shown again.',
  connection: 'Connection',
  none: 'No connection is set up yet.',
  kind: 'Database',
  kinds: { postgres: 'PostgreSQL', mysql: 'MySQL or MariaDB', sqlite: 'SQLite file' },
  host: 'Host',
  port: 'Port',
  database: 'Database name',
  file: 'File',
  fileHint: 'SQLite only: the full path of the database file on this server.',
  ssl: 'Use TLS',
  readUser: 'User for reading',
  readPassword: 'Password for reading',
  writeUser: 'User for erasure',
  writePassword: 'Password for erasure',
  writeHint: 'Leave empty if Vern should only read. Erasure needs a user that may update and delete.',
  writable: 'Vern may write to the file (needed for erasure)',
  passwordKept: 'Leave a password empty to keep the one already stored.',
  credentials: (read, write) =>
    `Read credentials: ${read ? 'stored' : 'missing'}. Write credentials: ${write ? 'stored' : 'not set (erasure is not possible)'}.`,
  save: 'Save connection',
  saved: 'The connection is saved.',
  test: 'Test connection',
  testOk: (tables, ms) => `Connected: ${tables} tables visible (${ms} ms).`,
  remove: 'Remove connection',
  removed: 'The connection is removed.',
  dataset: 'Dataset annotation',
  datasetIntro:
    'Which column holds which data category, which columns identify the person, how the tables refer to each other, and what erasure does with each column. YAML or JSON, in the fideslang dataset format.',
  noDataset: 'No annotation is stored yet.',
  document: 'Annotation (YAML or JSON)',
  validate: 'Check',
  saveDataset: 'Save annotation',
  datasetSaved: 'The annotation is saved.',
  valid: 'The annotation fits the database.',
  problems: (n) => (n === 1 ? '1 problem must be fixed first:' : `${n} problems must be fixed first:`),
  optional: 'optional',
}

const da: ConnectorAdminText = {
  title: (system) => `Databaseforbindelse: ${system}`,
  intro:
    'Vern kan besvare anmodninger om indsigt og sletning direkte i systemets egen database. Vern læser med læsebrugeren og skriver kun ved sletning, med skrivebrugeren. Adgangskoder gemmes krypteret og vises aldrig igen.',
  connection: 'Forbindelse',
  none: 'Der er ikke sat nogen forbindelse op endnu.',
  kind: 'Database',
  kinds: { postgres: 'PostgreSQL', mysql: 'MySQL eller MariaDB', sqlite: 'SQLite-fil' },
  host: 'Vært',
  port: 'Port',
  database: 'Databasenavn',
  file: 'Fil',
  fileHint: 'Kun SQLite: den fulde sti til databasefilen på denne server.',
  ssl: 'Brug TLS',
  readUser: 'Bruger til læsning',
  readPassword: 'Adgangskode til læsning',
  writeUser: 'Bruger til sletning',
  writePassword: 'Adgangskode til sletning',
  writeHint:
    'Lad feltet stå tomt, hvis Vern kun skal læse. Sletning kræver en bruger, der må opdatere og slette.',
  writable: 'Vern må skrive i filen (kræves for sletning)',
  passwordKept: 'Lad en adgangskode stå tom for at beholde den, der allerede er gemt.',
  credentials: (read, write) =>
    `Læseadgang: ${read ? 'gemt' : 'mangler'}. Skriveadgang: ${write ? 'gemt' : 'ikke sat op (sletning er ikke mulig)'}.`,
  save: 'Gem forbindelse',
  saved: 'Forbindelsen er gemt.',
  test: 'Test forbindelsen',
  testOk: (tables, ms) => `Forbundet: ${tables} tabeller er synlige (${ms} ms).`,
  remove: 'Fjern forbindelsen',
  removed: 'Forbindelsen er fjernet.',
  dataset: 'Beskrivelse af data',
  datasetIntro:
    'Hvilken kolonne der rummer hvilken kategori af oplysninger, hvilke kolonner der identificerer personen, hvordan tabellerne henviser til hinanden, og hvad en sletning gør ved hver kolonne. YAML eller JSON i fideslangs datasætformat.',
  noDataset: 'Der er ikke gemt nogen beskrivelse endnu.',
  document: 'Beskrivelse (YAML eller JSON)',
  validate: 'Kontrollér',
  saveDataset: 'Gem beskrivelse',
  datasetSaved: 'Beskrivelsen er gemt.',
  valid: 'Beskrivelsen passer til databasen.',
  problems: (n) =>
    n === 1 ? 'Der er 1 fejl, som skal rettes først:' : `Der er ${n} fejl, som skal rettes først:`,
  optional: 'valgfrit',
}

const nb: ConnectorAdminText = {
  title: (system) => `Databasetilkobling: ${system}`,
  intro:
    'Vern kan besvare krav om innsyn og sletting direkte i systemets egen database. Vern leser med lesebrukeren og skriver bare ved sletting, med skrivebrukeren. Passord lagres kryptert og vises aldri igjen.',
  connection: 'Tilkobling',
  none: 'Ingen tilkobling er satt opp ennå.',
  kind: 'Database',
  kinds: { postgres: 'PostgreSQL', mysql: 'MySQL eller MariaDB', sqlite: 'SQLite-fil' },
  host: 'Vert',
  port: 'Port',
  database: 'Databasenavn',
  file: 'Fil',
  fileHint: 'Bare SQLite: den fullstendige stien til databasefilen på denne serveren.',
  ssl: 'Bruk TLS',
  readUser: 'Bruker for lesing',
  readPassword: 'Passord for lesing',
  writeUser: 'Bruker for sletting',
  writePassword: 'Passord for sletting',
  writeHint:
    'La feltet stå tomt hvis Vern bare skal lese. Sletting krever en bruker som kan oppdatere og slette.',
  writable: 'Vern kan skrive til filen (trengs for sletting)',
  passwordKept: 'La et passord stå tomt for å beholde det som allerede er lagret.',
  credentials: (read, write) =>
    `Lesetilgang: ${read ? 'lagret' : 'mangler'}. Skrivetilgang: ${write ? 'lagret' : 'ikke satt opp (sletting er ikke mulig)'}.`,
  save: 'Lagre tilkobling',
  saved: 'Tilkoblingen er lagret.',
  test: 'Test tilkoblingen',
  testOk: (tables, ms) => `Tilkoblet: ${tables} tabeller er synlige (${ms} ms).`,
  remove: 'Fjern tilkoblingen',
  removed: 'Tilkoblingen er fjernet.',
  dataset: 'Beskrivelse av dataene',
  datasetIntro:
    'Hvilken kolonne som inneholder hvilken kategori opplysninger, hvilke kolonner som identifiserer personen, hvordan tabellene viser til hverandre, og hva sletting gjør med hver kolonne. YAML eller JSON i fideslangs datasettformat.',
  noDataset: 'Ingen beskrivelse er lagret ennå.',
  document: 'Beskrivelse (YAML eller JSON)',
  validate: 'Kontroller',
  saveDataset: 'Lagre beskrivelsen',
  datasetSaved: 'Beskrivelsen er lagret.',
  valid: 'Beskrivelsen passer til databasen.',
  problems: (n) => (n === 1 ? 'Det er 1 feil som må rettes først:' : `Det er ${n} feil som må rettes først:`),
  optional: 'valgfritt',
}

const sv: ConnectorAdminText = {
  title: (system) => `Databasanslutning: ${system}`,
  intro:
    'Vern kan besvara begäranden om tillgång och radering direkt i systemets egen databas. Vern läser med läsanvändaren och skriver bara vid radering, med skrivanvändaren. Lösenord lagras krypterade och visas aldrig igen.',
  connection: 'Anslutning',
  none: 'Ingen anslutning är uppsatt än.',
  kind: 'Databas',
  kinds: { postgres: 'PostgreSQL', mysql: 'MySQL eller MariaDB', sqlite: 'SQLite-fil' },
  host: 'Värd',
  port: 'Port',
  database: 'Databasnamn',
  file: 'Fil',
  fileHint: 'Endast SQLite: den fullständiga sökvägen till databasfilen på den här servern.',
  ssl: 'Använd TLS',
  readUser: 'Användare för läsning',
  readPassword: 'Lösenord för läsning',
  writeUser: 'Användare för radering',
  writePassword: 'Lösenord för radering',
  writeHint: 'Lämna tomt om Vern bara ska läsa. Radering kräver en användare som får uppdatera och radera.',
  writable: 'Vern får skriva till filen (krävs för radering)',
  passwordKept: 'Lämna ett lösenord tomt för att behålla det som redan är sparat.',
  credentials: (read, write) =>
    `Läsbehörighet: ${read ? 'sparad' : 'saknas'}. Skrivbehörighet: ${write ? 'sparad' : 'inte uppsatt (radering går inte)'}.`,
  save: 'Spara anslutningen',
  saved: 'Anslutningen är sparad.',
  test: 'Testa anslutningen',
  testOk: (tables, ms) => `Ansluten: ${tables} tabeller syns (${ms} ms).`,
  remove: 'Ta bort anslutningen',
  removed: 'Anslutningen är borttagen.',
  dataset: 'Beskrivning av data',
  datasetIntro:
    'Vilken kolumn som innehåller vilken kategori av uppgifter, vilka kolumner som identifierar personen, hur tabellerna hänvisar till varandra och vad en radering gör med varje kolumn. YAML eller JSON i fideslangs datamängdsformat.',
  noDataset: 'Ingen beskrivning är sparad än.',
  document: 'Beskrivning (YAML eller JSON)',
  validate: 'Kontrollera',
  saveDataset: 'Spara beskrivningen',
  datasetSaved: 'Beskrivningen är sparad.',
  valid: 'Beskrivningen stämmer med databasen.',
  problems: (n) => (n === 1 ? '1 fel måste rättas först:' : `${n} fel måste rättas först:`),
  optional: 'valfritt',
}

const fi: ConnectorAdminText = {
  title: (system) => `Tietokantayhteys: ${system}`,
  intro:
    'Vern voi vastata tarkastus- ja poistopyyntöihin suoraan järjestelmän omassa tietokannassa. Vern lukee lukutunnuksilla ja kirjoittaa vain poistaessaan, kirjoitustunnuksilla. Salasanat tallennetaan salattuina, eikä niitä näytetä enää koskaan.',
  connection: 'Yhteys',
  none: 'Yhteyttä ei ole vielä määritetty.',
  kind: 'Tietokanta',
  kinds: { postgres: 'PostgreSQL', mysql: 'MySQL tai MariaDB', sqlite: 'SQLite-tiedosto' },
  host: 'Palvelin',
  port: 'Portti',
  database: 'Tietokannan nimi',
  file: 'Tiedosto',
  fileHint: 'Vain SQLite: tietokantatiedoston koko polku tällä palvelimella.',
  ssl: 'Käytä TLS-salausta',
  readUser: 'Lukemisen käyttäjätunnus',
  readPassword: 'Lukemisen salasana',
  writeUser: 'Poistamisen käyttäjätunnus',
  writePassword: 'Poistamisen salasana',
  writeHint:
    'Jätä tyhjäksi, jos Vernin pitää vain lukea. Poistaminen vaatii tunnuksen, jolla saa päivittää ja poistaa rivejä.',
  writable: 'Vern saa kirjoittaa tiedostoon (tarvitaan poistamiseen)',
  passwordKept: 'Jätä salasana tyhjäksi, jos haluat säilyttää jo tallennetun.',
  credentials: (read, write) =>
    `Lukutunnukset: ${read ? 'tallennettu' : 'puuttuvat'}. Kirjoitustunnukset: ${write ? 'tallennettu' : 'ei määritetty (poistaminen ei ole mahdollista)'}.`,
  save: 'Tallenna yhteys',
  saved: 'Yhteys on tallennettu.',
  test: 'Testaa yhteys',
  testOk: (tables, ms) => `Yhteys toimii: ${tables} taulua näkyvissä (${ms} ms).`,
  remove: 'Poista yhteys',
  removed: 'Yhteys on poistettu.',
  dataset: 'Tietojen kuvaus',
  datasetIntro:
    'Mikä sarake sisältää mitäkin tietoluokkaa, mitkä sarakkeet yksilöivät henkilön, miten taulut viittaavat toisiinsa ja mitä poisto tekee kullekin sarakkeelle. YAML- tai JSON-muodossa, fideslangin datasetin mukaisesti.',
  noDataset: 'Kuvausta ei ole vielä tallennettu.',
  document: 'Kuvaus (YAML tai JSON)',
  validate: 'Tarkista',
  saveDataset: 'Tallenna kuvaus',
  datasetSaved: 'Kuvaus on tallennettu.',
  valid: 'Kuvaus vastaa tietokantaa.',
  problems: (n) => (n === 1 ? 'Korjaa ensin 1 virhe:' : `Korjaa ensin ${n} virhettä:`),
  optional: 'valinnainen',
}

export const CONNECTOR_ADMIN_TEXT: Record<AdminLanguage, ConnectorAdminText> = { en, da, nb, sv, fi }
