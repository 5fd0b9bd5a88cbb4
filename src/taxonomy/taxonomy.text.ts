/** Admin UI texts of this capability. English is the shape; every other language must match it. */
export const en = {
  title: 'Categories and purposes',
  intro:
    'The building blocks of your data map: the kinds of personal data you hold (data categories), what you use them for (purposes) and whose data it is (data subjects). The keys follow fideslang, so your data map can move between tools; the names appear in your privacy policy and your record of processing.',
  kinds: {
    data_category: 'Data categories',
    data_use: 'Purposes (data uses)',
    data_subject: 'Data subjects',
  },
  count: (n: number) => `${n} ${n === 1 ? 'key' : 'keys'}`,
  standard: 'standard',
  custom: 'your own',
  disabled: 'disabled',
  disable: 'Disable',
  enable: 'Enable',
  disabledHint: 'A disabled key can no longer be chosen for activities; where it is already used, it stays.',
  readOnly: 'Your role can view the taxonomy but not change it.',
  addTitle: 'Add your own key',
  addIntro:
    'Add a key under an existing one, e.g. user.contact.work_phone under user.contact, or start a new tree of your own.',
  kind: 'Tree',
  key: 'Key',
  keyHint:
    'Lowercase letters, digits and _ in parts separated by dots. Everything before the last dot must exist already.',
  name: 'Name (English)',
  description: 'Description',
  labels: 'Names in the five languages (for the privacy policy)',
  add: 'Add key',
  added: 'The key was added.',
  saved: 'Saved.',
  errors: {
    keyFormat: 'Key: use lowercase letters, digits and _ in parts separated by dots.',
    parentMissing: 'Key: the part before the last dot is not an existing key of this tree.',
    keyMismatch: 'Key: it must start with the key it belongs under.',
    duplicate: 'Key: this key exists already.',
    importFailed: 'Nothing was imported. The first problem found:',
  },
  importTitle: 'Import fideslang YAML',
  exportIntro:
    'fideslang YAML is the format other privacy tools read; the export holds all three trees with the names in all five languages.',
  exportLink: 'Download as fideslang YAML',
  importLabel: 'fideslang YAML to import',
  importHint:
    'Paste a document with data_category, data_use or data_subject lists. New keys are added, existing keys updated, nothing is deleted. If anything is wrong, nothing is imported.',
  importButton: 'Import',
  imported: (created: number, updated: number, unchanged: number) =>
    `Imported: ${created} added, ${updated} changed, ${unchanged} unchanged.`,
}

export const da: typeof en = {
  title: 'Kategorier og formål',
  intro:
    'Byggestenene i jeres datakort: hvilke typer personoplysninger I behandler (kategorier af personoplysninger), hvad I bruger dem til (formål), og hvem oplysningerne handler om (kategorier af registrerede). Nøglerne følger fideslang, så datakortet kan flyttes mellem værktøjer; navnene bruges i jeres privatlivspolitik og i fortegnelsen over behandlingsaktiviteter.',
  kinds: {
    data_category: 'Kategorier af personoplysninger',
    data_use: 'Formål',
    data_subject: 'Kategorier af registrerede',
  },
  count: (n: number) => `${n} ${n === 1 ? 'nøgle' : 'nøgler'}`,
  standard: 'standard',
  custom: 'jeres egen',
  disabled: 'deaktiveret',
  disable: 'Deaktivér',
  enable: 'Aktivér',
  disabledHint:
    'En deaktiveret nøgle kan ikke længere vælges til behandlingsaktiviteter; hvor den allerede bruges, bliver den stående.',
  readOnly: 'Din rolle kan se kategorier og formål, men ikke ændre dem.',
  addTitle: 'Tilføj jeres egen nøgle',
  addIntro:
    'Tilføj en nøgle under en eksisterende, f.eks. user.contact.work_phone under user.contact, eller start jeres eget træ.',
  kind: 'Træ',
  key: 'Nøgle',
  keyHint:
    'Små bogstaver, tal og _ i dele adskilt af punktum. Alt før det sidste punktum skal findes i forvejen.',
  name: 'Navn (engelsk)',
  description: 'Beskrivelse',
  labels: 'Navne på de fem sprog (til privatlivspolitikken)',
  add: 'Tilføj nøgle',
  added: 'Nøglen er tilføjet.',
  saved: 'Gemt.',
  errors: {
    keyFormat: 'Nøgle: brug små bogstaver, tal og _ i dele adskilt af punktum.',
    parentMissing: 'Nøgle: delen før det sidste punktum er ikke en eksisterende nøgle i dette træ.',
    keyMismatch: 'Nøgle: den skal begynde med den nøgle, den hører under.',
    duplicate: 'Nøgle: nøglen findes allerede.',
    importFailed: 'Intet blev importeret. Det første problem:',
  },
  importTitle: 'Importér fideslang-YAML',
  exportIntro:
    'fideslang-YAML er det format, andre privacy-værktøjer læser; eksporten indeholder alle tre træer med navnene på alle fem sprog.',
  exportLink: 'Hent som fideslang-YAML',
  importLabel: 'fideslang-YAML, der skal importeres',
  importHint:
    'Indsæt et dokument med listerne data_category, data_use eller data_subject. Nye nøgler tilføjes, eksisterende opdateres, og intet slettes. Er noget galt, importeres intet.',
  importButton: 'Importér',
  imported: (created: number, updated: number, unchanged: number) =>
    `Importeret: ${created} tilføjet, ${updated} ændret, ${unchanged} uændret.`,
}

export const nb: typeof en = {
  title: 'Kategorier og formål',
  intro:
    'Byggesteinene i kartleggingen: hvilke typer personopplysninger dere har (kategorier av personopplysninger), hva dere bruker dem til (formål), og hvem opplysningene gjelder (kategorier av registrerte). Nøklene følger fideslang, slik at kartleggingen kan flyttes mellom verktøy. Navnene brukes i personvernerklæringen og i protokollen over behandlingsaktiviteter.',
  kinds: {
    data_category: 'Kategorier av personopplysninger',
    data_use: 'Formål',
    data_subject: 'Kategorier av registrerte',
  },
  count: (n: number) => `${n} ${n === 1 ? 'nøkkel' : 'nøkler'}`,
  standard: 'standard',
  custom: 'egendefinert',
  disabled: 'deaktivert',
  disable: 'Deaktiver',
  enable: 'Aktiver',
  disabledHint:
    'En deaktivert nøkkel kan ikke lenger velges for behandlingsaktiviteter. Der den allerede er i bruk, blir den stående.',
  readOnly: 'Rollen din kan se kategoriene og formålene, men ikke endre dem.',
  addTitle: 'Legg til en egen nøkkel',
  addIntro:
    'Legg til en nøkkel under en eksisterende, f.eks. user.contact.work_phone under user.contact, eller start et eget tre.',
  kind: 'Tre',
  key: 'Nøkkel',
  keyHint:
    'Små bokstaver, sifre og _ i deler skilt med punktum. Alt før det siste punktumet må finnes fra før.',
  name: 'Navn (engelsk)',
  description: 'Beskrivelse',
  labels: 'Navn på de fem språkene (til personvernerklæringen)',
  add: 'Legg til nøkkel',
  added: 'Nøkkelen er lagt til.',
  saved: 'Lagret.',
  errors: {
    keyFormat: 'Nøkkel: bruk små bokstaver, sifre og _ i deler skilt med punktum.',
    parentMissing: 'Nøkkel: delen før det siste punktumet er ikke en eksisterende nøkkel i dette treet.',
    keyMismatch: 'Nøkkel: den må begynne med nøkkelen den hører under.',
    duplicate: 'Nøkkel: denne nøkkelen finnes allerede.',
    importFailed: 'Ingenting ble importert. Det første problemet:',
  },
  importTitle: 'Importer fideslang-YAML',
  exportIntro:
    'fideslang-YAML er formatet andre personvernverktøy leser. Eksporten inneholder alle tre trærne, med navnene på alle fem språkene.',
  exportLink: 'Last ned som fideslang-YAML',
  importLabel: 'fideslang-YAML som skal importeres',
  importHint:
    'Lim inn et dokument med listene data_category, data_use eller data_subject. Nye nøkler legges til, eksisterende oppdateres, og ingenting slettes. Er noe feil, importeres ingenting.',
  importButton: 'Importer',
  imported: (created: number, updated: number, unchanged: number) =>
    `Importert: ${created} lagt til, ${updated} endret, ${unchanged} uendret.`,
}

export const sv: typeof en = {
  title: 'Kategorier och ändamål',
  intro:
    'Byggstenarna i er kartläggning: vilka slags personuppgifter ni har (kategorier av personuppgifter), vad ni använder dem till (ändamål) och vilka uppgifterna gäller (kategorier av registrerade). Nycklarna följer fideslang, så att kartläggningen kan flyttas mellan verktyg. Namnen används i er integritetspolicy och i registret över behandling.',
  kinds: {
    data_category: 'Kategorier av personuppgifter',
    data_use: 'Ändamål',
    data_subject: 'Kategorier av registrerade',
  },
  count: (n: number) => `${n} ${n === 1 ? 'nyckel' : 'nycklar'}`,
  standard: 'standard',
  custom: 'egen',
  disabled: 'inaktiverad',
  disable: 'Inaktivera',
  enable: 'Aktivera',
  disabledHint:
    'En inaktiverad nyckel kan inte längre väljas för behandlingar. Där den redan används står den kvar.',
  readOnly: 'Din roll kan se kategorierna och ändamålen men inte ändra dem.',
  addTitle: 'Lägg till en egen nyckel',
  addIntro:
    'Lägg till en nyckel under en befintlig, t.ex. user.contact.work_phone under user.contact, eller börja ett eget träd.',
  kind: 'Träd',
  key: 'Nyckel',
  keyHint:
    'Små bokstäver, siffror och _ i delar som skiljs åt av punkter. Allt före den sista punkten måste redan finnas.',
  name: 'Namn (engelska)',
  description: 'Beskrivning',
  labels: 'Namn på de fem språken (för integritetspolicyn)',
  add: 'Lägg till nyckel',
  added: 'Nyckeln har lagts till.',
  saved: 'Sparat.',
  errors: {
    keyFormat: 'Nyckel: använd små bokstäver, siffror och _ i delar som skiljs åt av punkter.',
    parentMissing: 'Nyckel: delen före den sista punkten är inte en befintlig nyckel i det här trädet.',
    keyMismatch: 'Nyckel: den måste börja med nyckeln som den hör till.',
    duplicate: 'Nyckel: nyckeln finns redan.',
    importFailed: 'Inget importerades. Det första problemet:',
  },
  importTitle: 'Importera fideslang-YAML',
  exportIntro:
    'fideslang-YAML är formatet som andra dataskyddsverktyg läser. Exporten innehåller alla tre träden med namnen på alla fem språken.',
  exportLink: 'Ladda ned som fideslang-YAML',
  importLabel: 'fideslang-YAML att importera',
  importHint:
    'Klistra in ett dokument med listorna data_category, data_use eller data_subject. Nya nycklar läggs till, befintliga uppdateras och inget raderas. Om något är fel importeras ingenting.',
  importButton: 'Importera',
  // Participles agree with the number: "1 tillagd", "2 tillagda".
  imported: (created: number, updated: number, unchanged: number) =>
    `Importerat: ${created} ${created === 1 ? 'tillagd' : 'tillagda'}, ${updated} ${updated === 1 ? 'ändrad' : 'ändrade'}, ${unchanged} ${unchanged === 1 ? 'oförändrad' : 'oförändrade'}.`,
}

export const fi: typeof en = {
  title: 'Tietoryhmät ja käyttötarkoitukset',
  intro:
    'Tietokartoituksen rakennuspalikat: millaisia henkilötietoja teillä on (henkilötietoryhmät), mihin käytätte niitä (käyttötarkoitukset) ja keitä tiedot koskevat (rekisteröityjen ryhmät). Avaimet noudattavat fideslang-mallia, joten kartoituksen voi siirtää työkalusta toiseen. Nimiä käytetään tietosuojaselosteessanne ja selosteessa käsittelytoimista.',
  kinds: {
    data_category: 'Henkilötietoryhmät',
    data_use: 'Käyttötarkoitukset',
    data_subject: 'Rekisteröityjen ryhmät',
  },
  count: (n: number) => `${n} ${n === 1 ? 'avain' : 'avainta'}`,
  standard: 'vakio',
  custom: 'oma',
  disabled: 'pois käytöstä',
  disable: 'Poista käytöstä',
  enable: 'Ota käyttöön',
  disabledHint:
    'Käytöstä poistettua avainta ei voi enää valita käsittelytoimiin. Niissä, joissa sitä jo käytetään, se säilyy.',
  readOnly: 'Roolisi voi katsoa tietoryhmiä ja käyttötarkoituksia mutta ei muuttaa niitä.',
  addTitle: 'Lisää oma avain',
  addIntro:
    'Lisää avain olemassa olevan avaimen alle, esim. user.contact.work_phone avaimen user.contact alle, tai aloita oma puu.',
  kind: 'Puu',
  key: 'Avain',
  keyHint:
    'Pieniä kirjaimia, numeroita ja _-merkkejä, osat pisteillä erotettuina. Kaiken viimeistä pistettä edeltävän on oltava jo olemassa.',
  name: 'Nimi (englanniksi)',
  description: 'Kuvaus',
  labels: 'Nimet viidellä kielellä (tietosuojaselostetta varten)',
  add: 'Lisää avain',
  added: 'Avain lisättiin.',
  saved: 'Tallennettu.',
  errors: {
    keyFormat: 'Avain: käytä pieniä kirjaimia, numeroita ja _-merkkiä, osat pisteillä erotettuina.',
    parentMissing: 'Avain: viimeistä pistettä edeltävä osa ei ole tämän puun olemassa oleva avain.',
    keyMismatch: 'Avain: sen on alettava sillä avaimella, jonka alle se kuuluu.',
    duplicate: 'Avain: tämä avain on jo olemassa.',
    importFailed: 'Mitään ei tuotu. Ensimmäinen löydetty ongelma:',
  },
  importTitle: 'Tuo fideslang-YAML',
  exportIntro:
    'fideslang-YAML on muoto, jota muut tietosuojatyökalut osaavat lukea. Vienti sisältää kaikki kolme puuta ja nimet kaikilla viidellä kielellä.',
  exportLink: 'Lataa fideslang-YAML-muodossa',
  importLabel: 'Tuotava fideslang-YAML',
  importHint:
    'Liitä asiakirja, jossa on data_category-, data_use- tai data_subject-luetteloita. Uudet avaimet lisätään ja olemassa olevat päivitetään, eikä mitään poisteta. Jos jokin on vialla, mitään ei tuoda.',
  importButton: 'Tuo',
  imported: (created: number, updated: number, unchanged: number) =>
    `Tuotu: lisätty ${created}, muutettu ${updated}, ennallaan ${unchanged}.`,
}
