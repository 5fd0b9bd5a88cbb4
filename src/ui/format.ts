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
