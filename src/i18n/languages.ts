/** The languages Vern speaks to customers and data subjects. */
export const LANGUAGES = ['da', 'nb', 'sv', 'fi', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** The languages of the admin UI: English first, as the fallback. */
export const ADMIN_LANGUAGES = ['en', 'da', 'nb', 'sv', 'fi'] as const
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number]

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value)
}

export function isAdminLanguage(value: string): value is AdminLanguage {
  return (ADMIN_LANGUAGES as readonly string[]).includes(value)
}

/** Maps tags people and browsers use to ours: `no` and `nn` are read as Norwegian Bokmål. */
export function toLanguage(tag: string): Language | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? ''
  if (base === 'no' || base === 'nn') return 'nb'
  return isLanguage(base) ? base : null
}

/** The best of `supported` for an Accept-Language header, honouring q-values; null if none fits. */
export function negotiate<L extends Language>(header: string | undefined, supported: readonly L[]): L | null {
  if (!header) return null
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean)
      return { language: toLanguage(tag), q: q === undefined ? 1 : Number(q), index }
    })
    .filter((r) => r.language !== null && r.q > 0 && (supported as readonly string[]).includes(r.language))
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return (ranked[0]?.language as L | undefined) ?? null
}
