import type { AdminLanguage } from '../i18n/languages.js'
import type { RetentionAction } from './retention.dates.js'
import type { SweepTarget } from './sweep.plan.js'

/** Texts of the sweep's pages: the preview, the runs with their reports, and the manual tasks. */
export interface SweepText {
  previewTitle: string
  previewIntro: string
  runsTitle: string
  runsIntro: string
  runTitle: (day: string) => string
  tasksTitle: string
  tasksIntro: string
  links: { preview: string; runs: string; tasks: string }
  runNow: string
  started: string
  noRuns: string
  noSteps: string
  rule: string
  records: string
  action: string
  cutoff: string
  evaluated: string
  wouldAct: string
  acted: string
  held: string
  restricted: string
  kept: string
  tasksOpened: string
  sample: string
  sampleId: string
  sampleKind: string
  sampleDate: string
  startedAt: string
  finishedAt: string
  trigger: string
  status: { running: string; finished: string }
  targets: Record<SweepTarget, string>
  actions: Record<RetentionAction, string>
  retainedRule: string
  nothingDue: string
  holdLabel: (count: number) => string
  erasedIn: (count: number) => string
  failed: (count: number) => string
  system: string
  dueOnOrBefore: string
  openedAt: string
  markDone: string
  taskDone: string
  noTasks: string
  done: string
  open: string
}

const en: SweepText = {
  previewTitle: 'Retention preview',
  previewIntro:
    'What the sweep would do if it ran now: per rule, how many records it looks at and how many it would delete, anonymise or restrict, with a sample. Nothing is changed.',
  runsTitle: 'Retention sweeps',
  runsIntro:
    'The sweep runs every day. Each run keeps a report as evidence: per rule, what was deleted, anonymised or restricted, and which legal holds stopped what.',
  runTitle: (day) => `Retention sweep of ${day}`,
  tasksTitle: 'Deletion tasks in other systems',
  tasksIntro:
    'Systems outside Vern that hold data covered by a rule. Delete the records due in each system, then mark the task done; it opens again when more records fall due.',
  links: { preview: 'Preview', runs: 'Sweep reports', tasks: 'Tasks in other systems' },
  runNow: 'Run the sweep now',
  started: 'The sweep has started. Its report fills in as it works.',
  noRuns: 'No sweep has run yet.',
  noSteps: 'No rule covers any records yet. Add retention rules first.',
  rule: 'Rule',
  records: 'Records',
  action: 'Action',
  cutoff: 'Clock started on or before',
  evaluated: 'Looked at',
  wouldAct: 'Would be handled',
  acted: 'Handled',
  held: 'Stopped by legal holds',
  restricted: 'Left alone (restricted)',
  kept: 'Kept (still needed)',
  tasksOpened: 'Tasks opened',
  sample: 'Sample',
  sampleId: 'Record',
  sampleKind: 'Kind',
  sampleDate: 'Date',
  startedAt: 'Started',
  finishedAt: 'Finished',
  trigger: 'Started by',
  status: { running: 'Running', finished: 'Finished' },
  targets: {
    interactions: 'Orders, invoices and other interactions',
    subscriptions: 'Withdrawn marketing permissions',
    people: 'People in the register',
    retained: 'Kept after an erasure',
    tasks: 'Systems outside Vern',
  },
  actions: { delete: 'Delete', anonymise: 'Anonymise', restrict: 'Restrict' },
  retainedRule: 'Bookkeeping period after an erasure',
  nothingDue: 'Nothing is due.',
  holdLabel: (count) => `${count} under a hold`,
  erasedIn: (count) => `${count} erased in connected systems first`,
  failed: (count) => `${count} kept: the erasure in a connected system failed, tried again next time`,
  system: 'System',
  dueOnOrBefore: 'Delete records whose clock started on or before',
  openedAt: 'Opened',
  markDone: 'Mark done',
  taskDone: 'The task is marked done.',
  noTasks: 'No tasks.',
  done: 'Done',
  open: 'Open',
}

const da: SweepText = {
  previewTitle: 'Forhåndsvisning af sletning',
  previewIntro:
    'Det, oprydningen ville gøre, hvis den kørte nu: for hver regel hvor mange poster den gennemgår, og hvor mange den ville slette, anonymisere eller begrænse, med et udsnit. Intet bliver ændret.',
  runsTitle: 'Oprydninger',
  runsIntro:
    'Oprydningen kører hver dag. Hver kørsel gemmer en rapport som dokumentation: for hver regel hvad der blev slettet, anonymiseret eller begrænset, og hvilke retlige tilbageholdelser der stoppede hvad.',
  runTitle: (day) => `Oprydning ${day}`,
  tasksTitle: 'Sletteopgaver i andre systemer',
  tasksIntro:
    'Systemer uden for Vern med data, som en regel dækker. Slet de poster, der er forfaldne i hvert system, og markér opgaven som udført; den åbner igen, når flere poster forfalder.',
  links: { preview: 'Forhåndsvisning', runs: 'Rapporter', tasks: 'Opgaver i andre systemer' },
  runNow: 'Kør oprydningen nu',
  started: 'Oprydningen er startet. Rapporten udfyldes, mens den arbejder.',
  noRuns: 'Der har ikke kørt nogen oprydning endnu.',
  noSteps: 'Ingen regel dækker endnu nogen poster. Tilføj først opbevaringsregler.',
  rule: 'Regel',
  records: 'Poster',
  action: 'Handling',
  cutoff: 'Fristen startede senest',
  evaluated: 'Gennemgået',
  wouldAct: 'Ville blive behandlet',
  acted: 'Behandlet',
  held: 'Stoppet af retlige tilbageholdelser',
  restricted: 'Urørt (begrænset behandling)',
  kept: 'Beholdt (bruges stadig)',
  tasksOpened: 'Opgaver oprettet',
  sample: 'Udsnit',
  sampleId: 'Post',
  sampleKind: 'Type',
  sampleDate: 'Dato',
  startedAt: 'Startet',
  finishedAt: 'Afsluttet',
  trigger: 'Startet af',
  status: { running: 'Kører', finished: 'Afsluttet' },
  targets: {
    interactions: 'Ordrer, fakturaer og andre henvendelser',
    subscriptions: 'Tilbagekaldte markedsføringstilladelser',
    people: 'Personer i registret',
    retained: 'Gemt efter en sletning',
    tasks: 'Systemer uden for Vern',
  },
  actions: { delete: 'Slet', anonymise: 'Anonymisér', restrict: 'Begræns' },
  retainedRule: 'Bogføringsperiode efter en sletning',
  nothingDue: 'Intet er forfaldent.',
  holdLabel: (count) => `${count} under tilbageholdelse`,
  erasedIn: (count) => `${count} slettet i tilsluttede systemer først`,
  failed: (count) =>
    `${count} beholdt: sletningen i et tilsluttet system mislykkedes og prøves igen næste gang`,
  system: 'System',
  dueOnOrBefore: 'Slet poster, hvis frist startede senest',
  openedAt: 'Oprettet',
  markDone: 'Markér som udført',
  taskDone: 'Opgaven er markeret som udført.',
  noTasks: 'Ingen opgaver.',
  done: 'Udført',
  open: 'Åben',
}

const nb: SweepText = {
  previewTitle: 'Forhåndsvisning av sletting',
  previewIntro:
    'Det oppryddingen ville gjort hvis den kjørte nå: for hver regel hvor mange poster den går gjennom, og hvor mange den ville slette, anonymisere eller begrense, med et utvalg. Ingenting blir endret.',
  runsTitle: 'Opprydninger',
  runsIntro:
    'Oppryddingen kjører hver dag. Hver kjøring lagrer en rapport som dokumentasjon: for hver regel hva som ble slettet, anonymisert eller begrenset, og hvilke rettslige tilbakeholdelser som stoppet hva.',
  runTitle: (day) => `Opprydning ${day}`,
  tasksTitle: 'Sletteoppgaver i andre systemer',
  tasksIntro:
    'Systemer utenfor Vern med data som en regel omfatter. Slett postene som har forfalt i hvert system, og merk oppgaven som utført; den åpnes igjen når flere poster forfaller.',
  links: { preview: 'Forhåndsvisning', runs: 'Rapporter', tasks: 'Oppgaver i andre systemer' },
  runNow: 'Kjør oppryddingen nå',
  started: 'Oppryddingen har startet. Rapporten fylles ut mens den arbeider.',
  noRuns: 'Ingen opprydning har kjørt ennå.',
  noSteps: 'Ingen regel omfatter noen poster ennå. Legg til lagringsregler først.',
  rule: 'Regel',
  records: 'Poster',
  action: 'Handling',
  cutoff: 'Fristen startet senest',
  evaluated: 'Gjennomgått',
  wouldAct: 'Ville blitt behandlet',
  acted: 'Behandlet',
  held: 'Stoppet av rettslige tilbakeholdelser',
  restricted: 'Urørt (begrenset behandling)',
  kept: 'Beholdt (trengs fortsatt)',
  tasksOpened: 'Oppgaver opprettet',
  sample: 'Utvalg',
  sampleId: 'Post',
  sampleKind: 'Type',
  sampleDate: 'Dato',
  startedAt: 'Startet',
  finishedAt: 'Fullført',
  trigger: 'Startet av',
  status: { running: 'Kjører', finished: 'Fullført' },
  targets: {
    interactions: 'Ordrer, fakturaer og andre henvendelser',
    subscriptions: 'Tilbakekalte markedsføringssamtykker',
    people: 'Personer i registeret',
    retained: 'Beholdt etter en sletting',
    tasks: 'Systemer utenfor Vern',
  },
  actions: { delete: 'Slett', anonymise: 'Anonymiser', restrict: 'Begrens' },
  retainedRule: 'Oppbevaringstid etter bokføringsloven etter en sletting',
  nothingDue: 'Ingenting har forfalt.',
  holdLabel: (count) => `${count} under tilbakeholdelse`,
  erasedIn: (count) => `${count} slettet i tilkoblede systemer først`,
  failed: (count) =>
    `${count} beholdt: slettingen i et tilkoblet system mislyktes og prøves igjen neste gang`,
  system: 'System',
  dueOnOrBefore: 'Slett poster der fristen startet senest',
  openedAt: 'Opprettet',
  markDone: 'Merk som utført',
  taskDone: 'Oppgaven er merket som utført.',
  noTasks: 'Ingen oppgaver.',
  done: 'Utført',
  open: 'Åpen',
}

const sv: SweepText = {
  previewTitle: 'Förhandsvisning av gallring',
  previewIntro:
    'Det gallringen skulle göra om den kördes nu: för varje regel hur många poster den går igenom och hur många den skulle radera, anonymisera eller begränsa, med ett urval. Ingenting ändras.',
  runsTitle: 'Gallringar',
  runsIntro:
    'Gallringen körs varje dag. Varje körning sparar en rapport som underlag: för varje regel vad som raderades, anonymiserades eller begränsades, och vilka bevarandebeslut som stoppade vad.',
  runTitle: (day) => `Gallring ${day}`,
  tasksTitle: 'Raderingsuppgifter i andra system',
  tasksIntro:
    'System utanför Vern med uppgifter som en regel omfattar. Radera de poster som har förfallit i varje system och markera uppgiften som klar; den öppnas igen när fler poster förfaller.',
  links: { preview: 'Förhandsvisning', runs: 'Rapporter', tasks: 'Uppgifter i andra system' },
  runNow: 'Kör gallringen nu',
  started: 'Gallringen har startat. Rapporten fylls i medan den arbetar.',
  noRuns: 'Ingen gallring har körts ännu.',
  noSteps: 'Ingen regel omfattar några poster ännu. Lägg först till gallringsregler.',
  rule: 'Regel',
  records: 'Poster',
  action: 'Åtgärd',
  cutoff: 'Fristen började senast',
  evaluated: 'Genomgångna',
  wouldAct: 'Skulle hanteras',
  acted: 'Hanterade',
  held: 'Stoppade av bevarandebeslut',
  restricted: 'Orörda (begränsad behandling)',
  kept: 'Sparade (behövs fortfarande)',
  tasksOpened: 'Uppgifter skapade',
  sample: 'Urval',
  sampleId: 'Post',
  sampleKind: 'Typ',
  sampleDate: 'Datum',
  startedAt: 'Startad',
  finishedAt: 'Klar',
  trigger: 'Startad av',
  status: { running: 'Pågår', finished: 'Klar' },
  targets: {
    interactions: 'Ordrar, fakturor och andra kontakter',
    subscriptions: 'Återkallade marknadsföringssamtycken',
    people: 'Personer i registret',
    retained: 'Sparat efter en radering',
    tasks: 'System utanför Vern',
  },
  actions: { delete: 'Radera', anonymise: 'Anonymisera', restrict: 'Begränsa' },
  retainedRule: 'Arkiveringstid enligt bokföringslagen efter en radering',
  nothingDue: 'Ingenting har förfallit.',
  holdLabel: (count) => `${count} under bevarandebeslut`,
  erasedIn: (count) => `${count} raderade i anslutna system först`,
  failed: (count) => `${count} sparade: raderingen i ett anslutet system misslyckades och görs om nästa gång`,
  system: 'System',
  dueOnOrBefore: 'Radera poster vars frist började senast',
  openedAt: 'Skapad',
  markDone: 'Markera som klar',
  taskDone: 'Uppgiften är markerad som klar.',
  noTasks: 'Inga uppgifter.',
  done: 'Klar',
  open: 'Öppen',
}

const fi: SweepText = {
  previewTitle: 'Poistojen esikatselu',
  previewIntro:
    'Mitä siivous tekisi, jos se ajettaisiin nyt: kunkin säännön osalta kuinka monta tietuetta se käy läpi ja kuinka monta se poistaisi, anonymisoisi tai rajoittaisi, sekä otos. Mitään ei muuteta.',
  runsTitle: 'Siivousajot',
  runsIntro:
    'Siivous ajetaan joka päivä. Jokaisesta ajosta jää raportti todisteeksi: kunkin säännön osalta mitä poistettiin, anonymisoitiin tai rajoitettiin ja mitkä säilytysvelvoitteet estivät mitäkin.',
  runTitle: (day) => `Siivousajo ${day}`,
  tasksTitle: 'Poistotehtävät muissa järjestelmissä',
  tasksIntro:
    'Vernin ulkopuoliset järjestelmät, joissa on säännön kattamia tietoja. Poista kunkin järjestelmän erääntyneet tietueet ja merkitse tehtävä tehdyksi; se avautuu uudelleen, kun tietueita erääntyy lisää.',
  links: { preview: 'Esikatselu', runs: 'Raportit', tasks: 'Tehtävät muissa järjestelmissä' },
  runNow: 'Aja siivous nyt',
  started: 'Siivous on käynnistynyt. Raportti täydentyy ajon edetessä.',
  noRuns: 'Siivousta ei ole vielä ajettu.',
  noSteps: 'Mikään sääntö ei vielä kata tietueita. Lisää ensin säilytyssääntöjä.',
  rule: 'Sääntö',
  records: 'Tietueet',
  action: 'Toimenpide',
  cutoff: 'Määräaika alkoi viimeistään',
  evaluated: 'Läpikäytyjä',
  wouldAct: 'Käsiteltäisiin',
  acted: 'Käsitelty',
  held: 'Säilytysvelvoitteiden estämät',
  restricted: 'Koskematta (käsittelyä rajoitettu)',
  kept: 'Säilytetty (tarvitaan yhä)',
  tasksOpened: 'Avattuja tehtäviä',
  sample: 'Otos',
  sampleId: 'Tietue',
  sampleKind: 'Laji',
  sampleDate: 'Päivä',
  startedAt: 'Alkoi',
  finishedAt: 'Päättyi',
  trigger: 'Käynnistäjä',
  status: { running: 'Käynnissä', finished: 'Valmis' },
  targets: {
    interactions: 'Tilaukset, laskut ja muut yhteydenotot',
    subscriptions: 'Perutut markkinointiluvat',
    people: 'Rekisterin henkilöt',
    retained: 'Poiston jälkeen säilytetyt',
    tasks: 'Vernin ulkopuoliset järjestelmät',
  },
  actions: { delete: 'Poista', anonymise: 'Anonymisoi', restrict: 'Rajoita' },
  retainedRule: 'Kirjanpitolain säilytysaika poiston jälkeen',
  nothingDue: 'Mitään ei ole erääntynyt.',
  holdLabel: (count) => `${count} säilytysvelvoitteen alaisena`,
  erasedIn: (count) => `${count} poistettu ensin liitetyistä järjestelmistä`,
  failed: (count) =>
    `${count} säilytetty: poisto liitetystä järjestelmästä epäonnistui, ja sitä yritetään uudelleen seuraavalla kerralla`,
  system: 'Järjestelmä',
  dueOnOrBefore: 'Poista tietueet, joiden määräaika alkoi viimeistään',
  openedAt: 'Avattu',
  markDone: 'Merkitse tehdyksi',
  taskDone: 'Tehtävä on merkitty tehdyksi.',
  noTasks: 'Ei tehtäviä.',
  done: 'Tehty',
  open: 'Avoin',
}

export const SWEEP_TEXT: Record<AdminLanguage, SweepText> = { en, da, nb, sv, fi }
