import type { Language } from '../../i18n/languages.js'
import { AUTHORITIES } from '../../organisation/authorities.js'
import type { Organisation } from '../../organisation/organisation.schema.js'
import type { Breach, Phase } from './breach.schema.js'
import { localTime } from './breach.service.js'
import { DRAFT_TEXT } from './draft.text.js'

export type NoticeCountry = 'DK' | 'NO' | 'SE' | 'FI'

/** The authority's language for its form. */
export const AUTHORITY_LANGUAGE: Record<NoticeCountry, Language> = { DK: 'da', NO: 'nb', SE: 'sv', FI: 'fi' }

/**
 * Where each authority takes breach notifications (the pages that lead to the forms: virk.dk, Altinn,
 * IMY's e-service, the Turvalomake form), as the authorities published them in 2026.
 */
export const FILING_URLS: Record<NoticeCountry, string> = {
  DK: 'https://www.datatilsynet.dk/sikkerhedsbrud/anmeld-sikkerhedsbrud',
  NO: 'https://www.datatilsynet.no/rettigheter-og-plikter/virksomhetenes-plikter/avvikshandtering/meld-avvik-til-datatilsynet/',
  SE: 'https://e-tjanster.imy.se/sv/anmalan',
  FI: 'https://tietosuoja.fi/ilmoitus-tietoturvaloukkauksesta',
}

const TIME_ZONES: Record<NoticeCountry, string> = {
  DK: 'Europe/Copenhagen',
  NO: 'Europe/Oslo',
  SE: 'Europe/Stockholm',
  FI: 'Europe/Helsinki',
}

export interface DraftSection {
  key: string
  label: string
  value: string
}

export interface Draft {
  language: Language
  title: string
  sections: DraftSection[]
  text: string
}

/**
 * The notification as the authority's form asks for it (Art. 33(3)): the nature with categories and
 * approximate numbers of people and records, the contact point, the likely consequences and the
 * measures; with the timing, the phase and, when late, the reasons for the delay.
 */
export function composeDraft(
  breach: Breach,
  org: Organisation,
  country: NoticeCountry,
  language: Language,
  o: {
    phase: Phase
    categoryLabels: Map<string, string>
    systemNames: Map<string, string>
    peopleTold: boolean
  },
): Draft {
  const t = DRAFT_TEXT[language]
  const authority = AUTHORITIES[country]
  const tz = TIME_ZONES[country]
  const or = (v: string) => (v.trim() === '' ? t.none : v)
  const when = (v: string | null, missing: string) => (v ? localTime(new Date(v), tz) : missing)
  const num = (n: number | null) => (n === null ? t.unknown : t.approx(n))
  const address = [org.address.street, org.address.postalCode, org.address.city].filter(Boolean).join(', ')
  const dpo = org.dpo
    ? [org.dpo.name, org.dpo.email, org.dpo.phone].filter(Boolean).join(', ')
    : [org.contactEmail, org.contactPhone].filter(Boolean).join(', ')
  const sections: DraftSection[] = [
    {
      key: 'controller',
      label: t.controller,
      value: [org.legalName, org.registrationNumber, address].filter(Boolean).join(', '),
    },
    { key: 'reference', label: t.reference, value: breach.reference },
    { key: 'phase', label: t.phase, value: t.phases[o.phase] },
    { key: 'awareAt', label: t.awareAt, value: when(breach.awareAt, t.unknown) },
    { key: 'startedAt', label: t.startedAt, value: when(breach.startedAt, t.unknown) },
    { key: 'endedAt', label: t.endedAt, value: when(breach.endedAt, t.ongoing) },
    { key: 'nature', label: t.nature, value: or(breach.description) },
    {
      key: 'categories',
      label: t.categories,
      value: or(breach.dataCategories.map((c) => o.categoryLabels.get(c) ?? c).join(', ')),
    },
    { key: 'people', label: t.people, value: num(breach.peopleCount) },
    { key: 'records', label: t.records, value: num(breach.recordsCount) },
    {
      key: 'systems',
      label: t.systems,
      value: or(breach.systemIds.map((s) => o.systemNames.get(s) ?? s).join(', ')),
    },
    { key: 'contact', label: t.contact, value: or(dpo) },
    { key: 'consequences', label: t.consequences, value: or(breach.consequences) },
    { key: 'measuresTaken', label: t.measuresTaken, value: or(breach.measuresTaken) },
    { key: 'measuresProposed', label: t.measuresProposed, value: or(breach.measuresProposed) },
    ...(breach.advice.trim() ? [{ key: 'advice', label: t.advice, value: breach.advice }] : []),
    { key: 'risk', label: t.risk, value: `${t.risks[breach.risk]}. ${breach.riskReasoning}`.trim() },
    {
      key: 'informed',
      label: t.informed,
      value: o.peopleTold || breach.risk === 'high' ? t.informedYes : t.informedNo,
    },
  ]
  if (breach.clock.overdue || breach.lateReason)
    sections.push({ key: 'lateReason', label: t.lateReason, value: or(breach.lateReason ?? '') })
  const title = t.title(language === 'en' ? authority.englishName : authority.name)
  const text = [
    title,
    '',
    ...sections.flatMap((s) => [`${s.label}:`, s.value, '']),
    t.filing(FILING_URLS[country]),
  ].join('\n')
  return { language, title, sections, text }
}
