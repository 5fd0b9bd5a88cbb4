import type { Language } from '../../i18n/languages.js'
import { da } from './i18n/da.js'
import { type AccessText, en } from './i18n/en.js'
import { fi } from './i18n/fi.js'
import { nb } from './i18n/nb.js'
import { sv } from './i18n/sv.js'

export type { AccessText }

/** The access package's words in each of the five languages; English is the shape. */
export const ACCESS_TEXT: Record<Language, AccessText> = { da, nb, sv, fi, en }

/** The locale each language formats dates and numbers in. */
export const LOCALES: Record<Language, string> = {
  da: 'da-DK',
  nb: 'nb-NO',
  sv: 'sv-SE',
  fi: 'fi-FI',
  en: 'en-GB',
}

const ZONES: Record<string, string> = {
  DK: 'Europe/Copenhagen',
  NO: 'Europe/Oslo',
  SE: 'Europe/Stockholm',
  FI: 'Europe/Helsinki',
}

/** How dates are written for the person: in their language, on the organisation's clock. */
export interface DateWords {
  /** A date as people write it, e.g. "7. december 2026". */
  long(at: string | Date): string
  /** A date and time, for records that happen several times a day. */
  time(at: string | Date): string
}

export function dateWords(language: Language, country: string | null): DateWords {
  const timeZone = (country && ZONES[country]) || 'UTC'
  const long = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone })
  const time = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  })
  return { long: (at) => long.format(new Date(at)), time: (at) => time.format(new Date(at)) }
}
