/** The Nordic countries Vern knows the law of. */
export const COUNTRIES = ['DK', 'NO', 'SE', 'FI'] as const
export type CountryCode = (typeof COUNTRIES)[number]

export function isCountry(value: string): value is CountryCode {
  return (COUNTRIES as readonly string[]).includes(value)
}

/** The IANA time zone of each country's capital, for deadlines that fall at local midnight. */
export const COUNTRY_TIME_ZONES: Record<CountryCode, string> = {
  DK: 'Europe/Copenhagen',
  NO: 'Europe/Oslo',
  SE: 'Europe/Stockholm',
  FI: 'Europe/Helsinki',
}
