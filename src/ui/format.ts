import type { AdminLanguage } from '../i18n/languages.js'

const LOCALES: Record<AdminLanguage, string> = {
  en: 'en-GB',
  da: 'da-DK',
  nb: 'nb-NO',
  sv: 'sv-SE',
  fi: 'fi-FI',
}

/** A timestamp as people read it, in the organisation's time zone. */
export function formatTime(
  iso: string | null | undefined,
  language: AdminLanguage,
  timeZone = 'Europe/Copenhagen',
): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso))
}

/**
 * A text cell for a CSV file people open in a spreadsheet: a value that starts like a formula
 * (=, +, -, @, tab, carriage return) is prefixed with an apostrophe, so it is shown, never run.
 */
export function spreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}
