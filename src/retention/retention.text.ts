import type { AdminLanguage } from '../i18n/languages.js'
import type { ClockStart, PeriodUnit, RetentionAction } from './retention.dates.js'
import type { PresetKey } from './retention.presets.js'
import type { HoldScope } from './retention.schema.js'

/** Texts of /admin/retention and /admin/legal-holds, and the presets' names and legal grounds. */
export interface RetentionText {
  title: string
  intro: string
  empty: string
  name: string
  appliesTo: string
  dataCategories: string
  dataCategoriesHint: string
  dataSubjects: string
  dataSubjectsHint: string
  activities: string
  activitiesHint: string
  clockStart: string
  periodValue: string
  periodUnit: string
  toCalendarYearEnd: string
  action: string
  legalGround: string
  legalGroundHint: string
  rule: string
  everything: string
  add: string
  save: string
  edit: string
  remove: string
  cancel: string
  added: string
  saved: string
  removed: string
  presetsTitle: string
  presetsIntro: string
  yourCountry: string
  apply: string
  applied: string
  clocks: Record<ClockStart, string>
  units: Record<PeriodUnit, string>
  actions: Record<RetentionAction, string>
  /** The rule in words, e.g. "Delete 2 years after the last contact". */
  describe: (
    action: RetentionAction,
    value: number,
    unit: PeriodUnit,
    clock: ClockStart,
    toYearEnd: boolean,
  ) => string
  presets: Record<PresetKey, { name: string; legalGround: string }>
  holds: {
    title: string
    intro: string
    empty: string
    scope: string
    scopes: Record<HoldScope, string>
    target: string
    targetHint: string
    reason: string
    reasonHint: string
    endsAt: string
    endsAtHint: string
    noEnd: string
    set: string
    setDone: string
    release: string
    released: string
    active: string
    releasedOn: (date: string) => string
    since: string
    optional: string
  }
}

const en: RetentionText = {
  title: 'Retention rules',
  intro:
    'How long each kind of personal data is kept, and what happens when the time is up. The rules apply to data categories, processing activities or both; the legal ground you give here is the one the privacy policy shows.',
  empty: 'No rules yet. Start from one of the presets below, or add your own.',
  name: 'Name',
  appliesTo: 'Applies to',
  dataCategories: 'Data categories',
  dataCategoriesHint: 'Taxonomy keys, one per line, e.g. user.contact.email',
  dataSubjects: 'Kinds of data subject',
  dataSubjectsHint: 'Taxonomy keys, one per line, e.g. prospect or customer; leave empty for everyone',
  activities: 'Processing activities',
  activitiesHint: 'Tick the activities the rule covers.',
  clockStart: 'The clock starts',
  periodValue: 'Period',
  periodUnit: 'Unit',
  toCalendarYearEnd: 'Keep until the end of the calendar year in which the period ends',
  action: 'Then',
  legalGround: 'Legal ground',
  legalGroundHint: 'In plain words; it appears in the privacy policy.',
  rule: 'Rule',
  everything: 'all data',
  add: 'Add rule',
  save: 'Save',
  edit: 'Edit',
  remove: 'Remove',
  cancel: 'Cancel',
  added: 'The rule was added.',
  saved: 'The rule was saved.',
  removed: 'The rule was removed.',
  presetsTitle: 'Presets',
  presetsIntro:
    'Ready-made rules: the bookkeeping acts of the Nordic countries, counted from the end of your financial year, and three common rules. Each becomes an ordinary rule you can change afterwards.',
  yourCountry: 'your country',
  apply: 'Use',
  applied: 'The preset was added as a rule. Check it and adjust it to your business.',
  clocks: {
    collected: 'when the data was collected',
    last_contact: 'at the last contact',
    relationship_ended: 'when the customer relationship ended',
    financial_year_end: 'at the end of the financial year of the transaction',
    unsubscribed: 'when the person unsubscribed',
    request_completed: 'when the request was completed',
  },
  units: { days: 'days', months: 'months', years: 'years' },
  actions: { delete: 'Delete', anonymise: 'Anonymise', restrict: 'Restrict' },
  describe: (action, value, unit, clock, toYearEnd) => {
    const verb = en.actions[action]
    const after: Record<ClockStart, string> = {
      collected: 'after it was collected',
      last_contact: 'after the last contact',
      relationship_ended: 'after the customer relationship ended',
      financial_year_end: 'after the end of the financial year of the transaction',
      unsubscribed: 'after the person unsubscribed',
      request_completed: 'after the request was completed',
    }
    if (value === 0) return `${verb} ${en.clocks[clock]}`
    const n = value === 1 ? unit.slice(0, -1) : unit
    return `${verb} ${value} ${n} ${after[clock]}${toYearEnd ? ', at the end of that calendar year' : ''}`
  },
  presets: {
    bookkeeping_dk: {
      name: 'Bookkeeping, Denmark',
      legalGround:
        'The Danish Bookkeeping Act (bogføringsloven 2022) requires accounting material to be kept for 5 years from the end of the financial year it concerns.',
    },
    bookkeeping_no_primary: {
      name: 'Bookkeeping, Norway: primary documentation',
      legalGround:
        'The Norwegian Bookkeeping Act (bokføringsloven) requires primary documentation, such as invoices and orders, to be kept for 5 years after the end of the financial year.',
    },
    bookkeeping_no_secondary: {
      name: 'Bookkeeping, Norway: secondary documentation',
      legalGround:
        'The Norwegian Bookkeeping Act (bokføringsloven) requires secondary documentation to be kept for 3.5 years after the end of the financial year.',
    },
    bookkeeping_se: {
      name: 'Bookkeeping, Sweden',
      legalGround:
        'The Swedish Bookkeeping Act (bokföringslagen, chapter 7, section 2) requires accounting records to be kept until the end of the seventh year after the calendar year in which the financial year ended.',
    },
    bookkeeping_fi_books: {
      name: 'Bookkeeping, Finland: books and financial statements',
      legalGround:
        'The Finnish Accounting Act (kirjanpitolaki, chapter 2, section 10) requires the books and financial statements to be kept for 10 years from the end of the financial period.',
    },
    bookkeeping_fi_vouchers: {
      name: 'Bookkeeping, Finland: vouchers and correspondence',
      legalGround:
        'The Finnish Accounting Act (kirjanpitolaki, chapter 2, section 10) requires vouchers and business correspondence to be kept for 6 years from the end of the calendar year in which the financial period ended.',
    },
    leads: {
      name: 'Leads',
      legalGround:
        'Legitimate interest in following up an enquiry. If we have not heard from you for 2 years, we no longer need your details.',
    },
    former_customers: {
      name: 'Former customers',
      legalGround:
        'Legitimate interest in handling complaints and legal claims after the customer relationship has ended, within the limitation period.',
    },
    newsletter: {
      name: 'Newsletter',
      legalGround: 'Consent. When you unsubscribe, the address is removed from the mailing list.',
    },
  },
  holds: {
    title: 'Legal holds',
    intro:
      'A legal hold stops deletion of a person, a system or a data category, for example during a dispute or an investigation. It lasts until it is released or its end date passes.',
    empty: 'No legal holds.',
    scope: 'Applies to',
    scopes: { subject: 'A person', system: 'A system', data_category: 'A data category' },
    target: 'Which one',
    targetHint: "The person's or system's id from Vern, or the data category key (e.g. user.financial).",
    reason: 'Reason',
    reasonHint: 'Why the data must be kept, e.g. a case number. Keep personal details out of it.',
    endsAt: 'Ends',
    endsAtHint: 'Leave empty for a hold that lasts until someone releases it.',
    noEnd: 'until released',
    set: 'Set hold',
    setDone: 'The legal hold is in force.',
    release: 'Release',
    released: 'The legal hold was released.',
    active: 'In force',
    releasedOn: (date) => `Released ${date}`,
    since: 'Since',
    optional: 'optional',
  },
}

const da: RetentionText = {
  title: 'Opbevaringsregler',
  intro:
    'Hvor længe hver slags personoplysninger opbevares, og hvad der sker, når tiden er gået. Reglerne gælder for datakategorier, behandlingsaktiviteter eller begge dele; det retsgrundlag, du skriver her, er det, privatlivspolitikken viser.',
  empty: 'Ingen regler endnu. Begynd med en af skabelonerne nedenfor, eller tilføj din egen.',
  name: 'Navn',
  appliesTo: 'Gælder for',
  dataCategories: 'Datakategorier',
  dataCategoriesHint: 'Taksonominøgler, én pr. linje, fx user.contact.email',
  dataSubjects: 'Typer af registrerede',
  dataSubjectsHint: 'Taksonominøgler, én pr. linje, fx prospect eller customer; lad feltet stå tomt for alle',
  activities: 'Behandlingsaktiviteter',
  activitiesHint: 'Sæt flueben ved de aktiviteter, reglen omfatter.',
  clockStart: 'Fristen løber fra',
  periodValue: 'Periode',
  periodUnit: 'Enhed',
  toCalendarYearEnd: 'Opbevar til udgangen af det kalenderår, perioden slutter i',
  action: 'Derefter',
  legalGround: 'Retsgrundlag',
  legalGroundHint: 'Med almindelige ord; det vises i privatlivspolitikken.',
  rule: 'Regel',
  everything: 'alle data',
  add: 'Tilføj regel',
  save: 'Gem',
  edit: 'Redigér',
  remove: 'Fjern',
  cancel: 'Annullér',
  added: 'Reglen er tilføjet.',
  saved: 'Reglen er gemt.',
  removed: 'Reglen er fjernet.',
  presetsTitle: 'Skabeloner',
  presetsIntro:
    'Færdige regler: de nordiske landes bogføringslove, regnet fra udgangen af jeres regnskabsår, og tre almindelige regler. Hver bliver en helt almindelig regel, som du kan ændre bagefter.',
  yourCountry: 'jeres land',
  apply: 'Brug',
  applied: 'Skabelonen er tilføjet som regel. Gennemgå den, og tilpas den til jeres virksomhed.',
  clocks: {
    collected: 'da oplysningerne blev indsamlet',
    last_contact: 'ved seneste kontakt',
    relationship_ended: 'da kundeforholdet ophørte',
    financial_year_end: 'ved udgangen af transaktionens regnskabsår',
    unsubscribed: 'da personen afmeldte sig',
    request_completed: 'da anmodningen blev afsluttet',
  },
  units: { days: 'dage', months: 'måneder', years: 'år' },
  actions: { delete: 'Slet', anonymise: 'Anonymisér', restrict: 'Begræns' },
  describe: (action, value, unit, clock, toYearEnd) => {
    const verb = da.actions[action]
    const after: Record<ClockStart, string> = {
      collected: 'efter indsamlingen',
      last_contact: 'efter seneste kontakt',
      relationship_ended: 'efter kundeforholdets ophør',
      financial_year_end: 'efter udgangen af transaktionens regnskabsår',
      unsubscribed: 'efter afmeldingen',
      request_completed: 'efter at anmodningen blev afsluttet',
    }
    if (value === 0) return `${verb} ${da.clocks[clock]}`
    const n = value === 1 ? { days: 'dag', months: 'måned', years: 'år' }[unit] : da.units[unit]
    return `${verb} ${value} ${n} ${after[clock]}${toYearEnd ? ', ved udgangen af det kalenderår' : ''}`
  },
  presets: {
    bookkeeping_dk: {
      name: 'Bogføring, Danmark',
      legalGround:
        'Bogføringsloven (2022) kræver, at regnskabsmateriale opbevares i 5 år fra udgangen af det regnskabsår, materialet vedrører.',
    },
    bookkeeping_no_primary: {
      name: 'Bogføring, Norge: primærdokumentation',
      legalGround:
        'Den norske bokføringslov kræver, at primærdokumentation som fakturaer og ordrer opbevares i 5 år efter regnskabsårets udløb.',
    },
    bookkeeping_no_secondary: {
      name: 'Bogføring, Norge: sekundærdokumentation',
      legalGround:
        'Den norske bokføringslov kræver, at sekundærdokumentation opbevares i 3,5 år efter regnskabsårets udløb.',
    },
    bookkeeping_se: {
      name: 'Bogføring, Sverige',
      legalGround:
        'Den svenske bokföringslag (7. kap. 2 §) kræver, at regnskabsmateriale opbevares til udgangen af det syvende år efter det kalenderår, hvor regnskabsåret sluttede.',
    },
    bookkeeping_fi_books: {
      name: 'Bogføring, Finland: bøger og årsregnskab',
      legalGround:
        'Den finske kirjanpitolaki (2. kap. 10 §) kræver, at bøger og årsregnskaber opbevares i 10 år fra regnskabsperiodens udløb.',
    },
    bookkeeping_fi_vouchers: {
      name: 'Bogføring, Finland: bilag og korrespondance',
      legalGround:
        'Den finske kirjanpitolaki (2. kap. 10 §) kræver, at bilag og forretningskorrespondance opbevares i 6 år fra udgangen af det kalenderår, hvor regnskabsperioden sluttede.',
    },
    leads: {
      name: 'Leads',
      legalGround:
        'Legitim interesse i at følge op på en henvendelse. Har vi ikke hørt fra dig i 2 år, har vi ikke længere brug for dine oplysninger.',
    },
    former_customers: {
      name: 'Tidligere kunder',
      legalGround:
        'Legitim interesse i at kunne behandle reklamationer og retskrav, efter at kundeforholdet er ophørt, inden for forældelsesfristen.',
    },
    newsletter: {
      name: 'Nyhedsbrev',
      legalGround: 'Samtykke. Når du afmelder dig, fjernes adressen fra udsendelseslisten.',
    },
  },
  holds: {
    title: 'Retlige tilbageholdelser',
    intro:
      'En retlig tilbageholdelse forhindrer sletning af en person, et system eller en datakategori, fx under en tvist eller en undersøgelse. Den gælder, indtil den ophæves, eller slutdatoen er passeret.',
    empty: 'Ingen retlige tilbageholdelser.',
    scope: 'Gælder for',
    scopes: { subject: 'En person', system: 'Et system', data_category: 'En datakategori' },
    target: 'Hvilken',
    targetHint: 'Personens eller systemets id i Vern eller datakategoriens nøgle (fx user.financial).',
    reason: 'Begrundelse',
    reasonHint: 'Hvorfor oplysningerne skal bevares, fx et sagsnummer. Skriv ingen personoplysninger her.',
    endsAt: 'Slutter',
    endsAtHint: 'Lad feltet stå tomt, hvis tilbageholdelsen skal gælde, indtil nogen ophæver den.',
    noEnd: 'indtil den ophæves',
    set: 'Indfør tilbageholdelse',
    setDone: 'Den retlige tilbageholdelse gælder nu.',
    release: 'Ophæv',
    released: 'Den retlige tilbageholdelse er ophævet.',
    active: 'Gælder',
    releasedOn: (date) => `Ophævet ${date}`,
    since: 'Siden',
    optional: 'valgfrit',
  },
}

const nb: RetentionText = {
  title: 'Lagringsregler',
  intro:
    'Hvor lenge hver type personopplysninger lagres, og hva som skjer når tiden er ute. Reglene gjelder for datakategorier, behandlingsaktiviteter eller begge deler; rettsgrunnlaget du oppgir her, er det personvernerklæringen viser.',
  empty: 'Ingen regler ennå. Begynn med en av malene nedenfor, eller legg til din egen.',
  name: 'Navn',
  appliesTo: 'Gjelder for',
  dataCategories: 'Datakategorier',
  dataCategoriesHint: 'Taksonominøkler, én per linje, f.eks. user.contact.email',
  dataSubjects: 'Typer registrerte',
  dataSubjectsHint:
    'Taksonominøkler, én per linje, f.eks. prospect eller customer; la feltet stå tomt for alle',
  activities: 'Behandlingsaktiviteter',
  activitiesHint: 'Kryss av for aktivitetene regelen omfatter.',
  clockStart: 'Fristen løper fra',
  periodValue: 'Periode',
  periodUnit: 'Enhet',
  toCalendarYearEnd: 'Lagre til utgangen av kalenderåret perioden slutter i',
  action: 'Deretter',
  legalGround: 'Rettsgrunnlag',
  legalGroundHint: 'Med vanlige ord; det vises i personvernerklæringen.',
  rule: 'Regel',
  everything: 'alle data',
  add: 'Legg til regel',
  save: 'Lagre',
  edit: 'Endre',
  remove: 'Fjern',
  cancel: 'Avbryt',
  added: 'Regelen er lagt til.',
  saved: 'Regelen er lagret.',
  removed: 'Regelen er fjernet.',
  presetsTitle: 'Maler',
  presetsIntro:
    'Ferdige regler: bokføringsreglene i de nordiske landene, regnet fra utgangen av regnskapsåret deres, og tre vanlige regler. Hver blir en vanlig regel som du kan endre etterpå.',
  yourCountry: 'deres land',
  apply: 'Bruk',
  applied: 'Malen er lagt til som regel. Gå gjennom den og tilpass den til virksomheten.',
  clocks: {
    collected: 'da opplysningene ble samlet inn',
    last_contact: 'ved siste kontakt',
    relationship_ended: 'da kundeforholdet opphørte',
    financial_year_end: 'ved utgangen av regnskapsåret for transaksjonen',
    unsubscribed: 'da personen meldte seg av',
    request_completed: 'da henvendelsen ble avsluttet',
  },
  units: { days: 'dager', months: 'måneder', years: 'år' },
  actions: { delete: 'Slett', anonymise: 'Anonymiser', restrict: 'Begrens' },
  describe: (action, value, unit, clock, toYearEnd) => {
    const verb = nb.actions[action]
    const after: Record<ClockStart, string> = {
      collected: 'etter innsamlingen',
      last_contact: 'etter siste kontakt',
      relationship_ended: 'etter at kundeforholdet opphørte',
      financial_year_end: 'etter utgangen av regnskapsåret for transaksjonen',
      unsubscribed: 'etter avmeldingen',
      request_completed: 'etter at henvendelsen ble avsluttet',
    }
    if (value === 0) return `${verb} ${nb.clocks[clock]}`
    const n = value === 1 ? { days: 'dag', months: 'måned', years: 'år' }[unit] : nb.units[unit]
    return `${verb} ${value} ${n} ${after[clock]}${toYearEnd ? ', ved utgangen av det kalenderåret' : ''}`
  },
  presets: {
    bookkeeping_dk: {
      name: 'Bokføring, Danmark',
      legalGround:
        'Den danske bogføringsloven (2022) krever at regnskapsmateriale oppbevares i 5 år fra utgangen av regnskapsåret materialet gjelder.',
    },
    bookkeeping_no_primary: {
      name: 'Bokføring, Norge: primærdokumentasjon',
      legalGround:
        'Bokføringsloven krever at primærdokumentasjon, som fakturaer og ordrer, oppbevares i 5 år etter regnskapsårets slutt.',
    },
    bookkeeping_no_secondary: {
      name: 'Bokføring, Norge: sekundærdokumentasjon',
      legalGround:
        'Bokføringsloven krever at sekundærdokumentasjon oppbevares i 3,5 år etter regnskapsårets slutt.',
    },
    bookkeeping_se: {
      name: 'Bokføring, Sverige',
      legalGround:
        'Den svenske bokföringslagen (7. kap. 2 §) krever at regnskapsmateriale oppbevares til utgangen av det sjuende året etter kalenderåret da regnskapsåret ble avsluttet.',
    },
    bookkeeping_fi_books: {
      name: 'Bokføring, Finland: bøker og årsregnskap',
      legalGround:
        'Den finske kirjanpitolaki (2. kap. 10 §) krever at bøker og årsregnskap oppbevares i 10 år fra regnskapsperiodens slutt.',
    },
    bookkeeping_fi_vouchers: {
      name: 'Bokføring, Finland: bilag og korrespondanse',
      legalGround:
        'Den finske kirjanpitolaki (2. kap. 10 §) krever at bilag og forretningskorrespondanse oppbevares i 6 år fra utgangen av kalenderåret da regnskapsperioden ble avsluttet.',
    },
    leads: {
      name: 'Potensielle kunder',
      legalGround:
        'Berettiget interesse i å følge opp en henvendelse. Har vi ikke hørt fra deg på 2 år, trenger vi ikke lenger opplysningene dine.',
    },
    former_customers: {
      name: 'Tidligere kunder',
      legalGround:
        'Berettiget interesse i å kunne behandle reklamasjoner og rettskrav etter at kundeforholdet er avsluttet, innenfor foreldelsesfristen.',
    },
    newsletter: {
      name: 'Nyhetsbrev',
      legalGround: 'Samtykke. Når du melder deg av, fjernes adressen fra utsendelseslisten.',
    },
  },
  holds: {
    title: 'Rettslige tilbakeholdelser',
    intro:
      'En rettslig tilbakeholdelse stopper sletting av en person, et system eller en datakategori, for eksempel under en tvist eller en granskning. Den gjelder til den oppheves eller sluttdatoen er passert.',
    empty: 'Ingen rettslige tilbakeholdelser.',
    scope: 'Gjelder for',
    scopes: { subject: 'En person', system: 'Et system', data_category: 'En datakategori' },
    target: 'Hvilken',
    targetHint:
      'Personens eller systemets id i Vern, eller nøkkelen til datakategorien (f.eks. user.financial).',
    reason: 'Begrunnelse',
    reasonHint: 'Hvorfor opplysningene må bevares, f.eks. et saksnummer. Ikke skriv personopplysninger her.',
    endsAt: 'Slutter',
    endsAtHint: 'La feltet stå tomt hvis tilbakeholdelsen skal gjelde til noen opphever den.',
    noEnd: 'til den oppheves',
    set: 'Innfør tilbakeholdelse',
    setDone: 'Den rettslige tilbakeholdelsen gjelder nå.',
    release: 'Opphev',
    released: 'Den rettslige tilbakeholdelsen er opphevet.',
    active: 'Gjelder',
    releasedOn: (date) => `Opphevet ${date}`,
    since: 'Siden',
    optional: 'valgfritt',
  },
}

const sv: RetentionText = {
  title: 'Gallringsregler',
  intro:
    'Hur länge varje slags personuppgifter sparas och vad som händer när tiden har gått ut. Reglerna gäller för datakategorier, behandlingar eller båda; den rättsliga grund du anger här är den som integritetspolicyn visar.',
  empty: 'Inga regler ännu. Börja med en av mallarna nedan eller lägg till en egen.',
  name: 'Namn',
  appliesTo: 'Gäller för',
  dataCategories: 'Datakategorier',
  dataCategoriesHint: 'Taxonominycklar, en per rad, t.ex. user.contact.email',
  dataSubjects: 'Kategorier av registrerade',
  dataSubjectsHint: 'Taxonominycklar, en per rad, t.ex. prospect eller customer; lämna tomt för alla',
  activities: 'Behandlingar',
  activitiesHint: 'Kryssa i de behandlingar som regeln omfattar.',
  clockStart: 'Tiden räknas från',
  periodValue: 'Period',
  periodUnit: 'Enhet',
  toCalendarYearEnd: 'Spara till utgången av det kalenderår då perioden slutar',
  action: 'Därefter',
  legalGround: 'Rättslig grund',
  legalGroundHint: 'Med vanliga ord; den visas i integritetspolicyn.',
  rule: 'Regel',
  everything: 'alla uppgifter',
  add: 'Lägg till regel',
  save: 'Spara',
  edit: 'Ändra',
  remove: 'Ta bort',
  cancel: 'Avbryt',
  added: 'Regeln har lagts till.',
  saved: 'Regeln har sparats.',
  removed: 'Regeln har tagits bort.',
  presetsTitle: 'Mallar',
  presetsIntro:
    'Färdiga regler: de nordiska ländernas bokföringslagar, räknat från utgången av ert räkenskapsår, och tre vanliga regler. Varje mall blir en vanlig regel som du kan ändra efteråt.',
  yourCountry: 'ert land',
  apply: 'Använd',
  applied: 'Mallen har lagts till som regel. Gå igenom den och anpassa den till verksamheten.',
  clocks: {
    collected: 'när uppgifterna samlades in',
    last_contact: 'vid senaste kontakten',
    relationship_ended: 'när kundrelationen upphörde',
    financial_year_end: 'vid utgången av transaktionens räkenskapsår',
    unsubscribed: 'när personen avregistrerade sig',
    request_completed: 'när begäran avslutades',
  },
  units: { days: 'dagar', months: 'månader', years: 'år' },
  actions: { delete: 'Radera', anonymise: 'Anonymisera', restrict: 'Begränsa' },
  describe: (action, value, unit, clock, toYearEnd) => {
    const verb = sv.actions[action]
    const after: Record<ClockStart, string> = {
      collected: 'efter insamlingen',
      last_contact: 'efter senaste kontakten',
      relationship_ended: 'efter att kundrelationen upphörde',
      financial_year_end: 'efter utgången av transaktionens räkenskapsår',
      unsubscribed: 'efter avregistreringen',
      request_completed: 'efter att begäran avslutades',
    }
    if (value === 0) return `${verb} ${sv.clocks[clock]}`
    const n = value === 1 ? { days: 'dag', months: 'månad', years: 'år' }[unit] : sv.units[unit]
    return `${verb} ${value} ${n} ${after[clock]}${toYearEnd ? ', vid utgången av det kalenderåret' : ''}`
  },
  presets: {
    bookkeeping_dk: {
      name: 'Bokföring, Danmark',
      legalGround:
        'Den danska bogføringsloven (2022) kräver att räkenskapsinformation sparas i 5 år från utgången av det räkenskapsår som materialet avser.',
    },
    bookkeeping_no_primary: {
      name: 'Bokföring, Norge: primärdokumentation',
      legalGround:
        'Den norska bokføringsloven kräver att primärdokumentation, som fakturor och beställningar, sparas i 5 år efter räkenskapsårets utgång.',
    },
    bookkeeping_no_secondary: {
      name: 'Bokföring, Norge: sekundärdokumentation',
      legalGround:
        'Den norska bokføringsloven kräver att sekundärdokumentation sparas i 3,5 år efter räkenskapsårets utgång.',
    },
    bookkeeping_se: {
      name: 'Bokföring, Sverige',
      legalGround:
        'Bokföringslagen (7 kap. 2 §) kräver att räkenskapsinformation bevaras till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades.',
    },
    bookkeeping_fi_books: {
      name: 'Bokföring, Finland: böcker och bokslut',
      legalGround:
        'Den finska bokföringslagen (kirjanpitolaki, 2 kap. 10 §) kräver att böcker och bokslut sparas i 10 år från räkenskapsperiodens utgång.',
    },
    bookkeeping_fi_vouchers: {
      name: 'Bokföring, Finland: verifikationer och korrespondens',
      legalGround:
        'Den finska bokföringslagen (kirjanpitolaki, 2 kap. 10 §) kräver att verifikationer och affärskorrespondens sparas i 6 år från utgången av det kalenderår då räkenskapsperioden avslutades.',
    },
    leads: {
      name: 'Leads',
      legalGround:
        'Berättigat intresse av att följa upp en förfrågan. Har vi inte hört av dig på 2 år behöver vi inte längre dina uppgifter.',
    },
    former_customers: {
      name: 'Tidigare kunder',
      legalGround:
        'Berättigat intresse av att kunna hantera reklamationer och rättsliga anspråk efter att kundrelationen har upphört, inom preskriptionstiden.',
    },
    newsletter: {
      name: 'Nyhetsbrev',
      legalGround: 'Samtycke. När du avregistrerar dig tas adressen bort från utskickslistan.',
    },
  },
  holds: {
    title: 'Bevarandebeslut',
    intro:
      'Ett bevarandebeslut stoppar radering av en person, ett system eller en datakategori, till exempel under en tvist eller en utredning. Det gäller tills det hävs eller slutdatumet har passerat.',
    empty: 'Inga bevarandebeslut.',
    scope: 'Gäller för',
    scopes: { subject: 'En person', system: 'Ett system', data_category: 'En datakategori' },
    target: 'Vilken',
    targetHint: 'Personens eller systemets id i Vern, eller datakategorins nyckel (t.ex. user.financial).',
    reason: 'Skäl',
    reasonHint: 'Varför uppgifterna måste bevaras, t.ex. ett ärendenummer. Skriv inga personuppgifter här.',
    endsAt: 'Upphör',
    endsAtHint: 'Lämna tomt om beslutet ska gälla tills någon häver det.',
    noEnd: 'tills det hävs',
    set: 'Inför bevarandebeslut',
    setDone: 'Bevarandebeslutet gäller nu.',
    release: 'Häv',
    released: 'Bevarandebeslutet har hävts.',
    active: 'Gäller',
    releasedOn: (date) => `Hävt ${date}`,
    since: 'Sedan',
    optional: 'valfritt',
  },
}

const fi: RetentionText = {
  title: 'Säilytyssäännöt',
  intro:
    'Kuinka kauan kutakin henkilötietojen lajia säilytetään ja mitä tapahtuu, kun aika täyttyy. Säännöt koskevat tietoluokkia, käsittelytoimia tai molempia; tässä kirjoittamasi oikeusperuste näkyy tietosuojaselosteessa.',
  empty: 'Sääntöjä ei vielä ole. Aloita jostakin alla olevasta mallista tai lisää oma sääntö.',
  name: 'Nimi',
  appliesTo: 'Koskee',
  dataCategories: 'Tietoluokat',
  dataCategoriesHint: 'Taksonomian avaimet, yksi riville, esim. user.contact.email',
  dataSubjects: 'Rekisteröityjen ryhmät',
  dataSubjectsHint:
    'Taksonomian avaimet, yksi riville, esim. prospect tai customer; jätä tyhjäksi, jos sääntö koskee kaikkia',
  activities: 'Käsittelytoimet',
  activitiesHint: 'Valitse käsittelytoimet, joita sääntö koskee.',
  clockStart: 'Aika lasketaan',
  periodValue: 'Säilytysaika',
  periodUnit: 'Yksikkö',
  toCalendarYearEnd: 'Säilytä sen kalenterivuoden loppuun, jona säilytysaika päättyy',
  action: 'Sen jälkeen',
  legalGround: 'Oikeusperuste',
  legalGroundHint: 'Selkokielellä; se näkyy tietosuojaselosteessa.',
  rule: 'Sääntö',
  everything: 'kaikki tiedot',
  add: 'Lisää sääntö',
  save: 'Tallenna',
  edit: 'Muokkaa',
  remove: 'Poista',
  cancel: 'Peruuta',
  added: 'Sääntö on lisätty.',
  saved: 'Sääntö on tallennettu.',
  removed: 'Sääntö on poistettu.',
  presetsTitle: 'Mallit',
  presetsIntro:
    'Valmiit säännöt: Pohjoismaiden kirjanpitolakien säilytysajat tilikautenne päättymisestä laskettuina sekä kolme tavallista sääntöä. Jokaisesta tulee tavallinen sääntö, jota voit muokata jälkikäteen.',
  yourCountry: 'maanne',
  apply: 'Käytä',
  applied: 'Malli on lisätty säännöksi. Tarkista se ja sovita se yrityksenne tarpeisiin.',
  clocks: {
    collected: 'tietojen keräämisestä',
    last_contact: 'viimeisestä yhteydenotosta',
    relationship_ended: 'asiakassuhteen päättymisestä',
    financial_year_end: 'liiketapahtuman tilikauden päättymisestä',
    unsubscribed: 'tilauksen perumisesta',
    request_completed: 'pyynnön käsittelyn päättymisestä',
  },
  units: { days: 'päivää', months: 'kuukautta', years: 'vuotta' },
  actions: { delete: 'Poista', anonymise: 'Anonymisoi', restrict: 'Rajoita käsittelyä' },
  describe: (action, value, unit, clock, toYearEnd) => {
    const verb = fi.actions[action]
    if (value === 0) {
      const at: Record<ClockStart, string> = {
        collected: 'heti keräämisen jälkeen',
        last_contact: 'viimeisen yhteydenoton jälkeen',
        relationship_ended: 'kun asiakassuhde päättyy',
        financial_year_end: 'liiketapahtuman tilikauden päättyessä',
        unsubscribed: 'kun tilaus perutaan',
        request_completed: 'kun pyyntö on käsitelty',
      }
      return `${verb} ${at[clock]}`
    }
    const n = value === 1 ? { days: 'päivä', months: 'kuukausi', years: 'vuosi' }[unit] : fi.units[unit]
    return `${verb}, kun ${fi.clocks[clock]} on kulunut ${value} ${n}${toYearEnd ? ', sen kalenterivuoden lopussa' : ''}`
  },
  presets: {
    bookkeeping_dk: {
      name: 'Kirjanpito, Tanska',
      legalGround:
        'Tanskan kirjanpitolaki (bogføringsloven 2022) edellyttää, että kirjanpitoaineisto säilytetään 5 vuotta sen tilikauden päättymisestä, jota aineisto koskee.',
    },
    bookkeeping_no_primary: {
      name: 'Kirjanpito, Norja: perusdokumentaatio',
      legalGround:
        'Norjan kirjanpitolaki (bokføringsloven) edellyttää, että perusdokumentaatio, kuten laskut ja tilaukset, säilytetään 5 vuotta tilikauden päättymisestä.',
    },
    bookkeeping_no_secondary: {
      name: 'Kirjanpito, Norja: muu dokumentaatio',
      legalGround:
        'Norjan kirjanpitolaki (bokføringsloven) edellyttää, että muu kuin perusdokumentaatio säilytetään 3,5 vuotta tilikauden päättymisestä.',
    },
    bookkeeping_se: {
      name: 'Kirjanpito, Ruotsi',
      legalGround:
        'Ruotsin kirjanpitolaki (bokföringslagen, 7 luku 2 §) edellyttää, että kirjanpitoaineisto säilytetään sen seitsemännen vuoden loppuun, joka seuraa tilikauden päättymisvuotta.',
    },
    bookkeeping_fi_books: {
      name: 'Kirjanpito, Suomi: kirjanpito ja tilinpäätös',
      legalGround:
        'Kirjanpitolain 2 luvun 10 §:n mukaan kirjanpito ja tilinpäätös säilytetään 10 vuotta tilikauden päättymisestä.',
    },
    bookkeeping_fi_vouchers: {
      name: 'Kirjanpito, Suomi: tositteet ja liikekirjeenvaihto',
      legalGround:
        'Kirjanpitolain 2 luvun 10 §:n mukaan tositteet ja liikekirjeenvaihto säilytetään 6 vuotta sen vuoden lopusta, jonka aikana tilikausi on päättynyt.',
    },
    leads: {
      name: 'Liidit',
      legalGround:
        'Oikeutettu etu vastata yhteydenottoon. Jos emme ole kuulleet sinusta 2 vuoteen, emme enää tarvitse tietojasi.',
    },
    former_customers: {
      name: 'Entiset asiakkaat',
      legalGround:
        'Oikeutettu etu käsitellä reklamaatiot ja oikeudelliset vaatimukset asiakassuhteen päättymisen jälkeen vanhentumisajan kuluessa.',
    },
    newsletter: {
      name: 'Uutiskirje',
      legalGround: 'Suostumus. Kun perut tilauksen, osoitteesi poistetaan postituslistalta.',
    },
  },
  holds: {
    title: 'Säilytysvelvoitteet',
    intro:
      'Säilytysvelvoite estää henkilön, järjestelmän tai tietoluokan tietojen poistamisen esimerkiksi riidan tai tutkinnan ajaksi. Se on voimassa, kunnes se puretaan tai sen päättymispäivä on ohi.',
    empty: 'Ei säilytysvelvoitteita.',
    scope: 'Koskee',
    scopes: { subject: 'Henkilöä', system: 'Järjestelmää', data_category: 'Tietoluokkaa' },
    target: 'Mitä',
    targetHint: 'Henkilön tai järjestelmän tunniste Vernissä tai tietoluokan avain (esim. user.financial).',
    reason: 'Peruste',
    reasonHint: 'Miksi tiedot on säilytettävä, esim. asianumero. Älä kirjoita tähän henkilötietoja.',
    endsAt: 'Päättyy',
    endsAtHint: 'Jätä tyhjäksi, jos velvoite on voimassa, kunnes joku purkaa sen.',
    noEnd: 'kunnes puretaan',
    set: 'Aseta säilytysvelvoite',
    setDone: 'Säilytysvelvoite on voimassa.',
    release: 'Pura',
    released: 'Säilytysvelvoite on purettu.',
    active: 'Voimassa',
    releasedOn: (date) => `Purettu ${date}`,
    since: 'Alkaen',
    optional: 'valinnainen',
  },
}

export const RETENTION_TEXT: Record<AdminLanguage, RetentionText> = { en, da, nb, sv, fi }
