/** Admin UI texts of this capability. English is the shape; Danish must match it. */
export const en = {
  title: 'Categories and purposes',
  intro:
    'The building blocks of your data map: the kinds of personal data you hold (data categories), what you use them for (purposes) and whose data it is (data subjects). The keys follow fideslang, so your data map can move between tools; the names appear in your privacy policy and your record of processing.',
  kinds: {
    data_category: 'Data categories',
    data_use: 'Purposes (data uses)',
    data_subject: 'Data subjects',
  },
  count: (n: number) => `${n} keys`,
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
  count: (n: number) => `${n} nøgler`,
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
