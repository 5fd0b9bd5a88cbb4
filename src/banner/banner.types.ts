/** Shared by the server (which writes the configuration into /banner.js) and the banner itself. */
export interface Texts {
  title: string
  body: string
  policyLink: string
  acceptAll: string
  rejectAll: string
  choose: string
  save: string
  gpcNotice: string
  reopen: string
  alwaysOn: string
  categories: Record<
    'necessary' | 'preferences' | 'statistics' | 'marketing',
    { name: string; description: string }
  >
}

export interface BannerConfig {
  base: string
  revision: number
  expiryMonths: number
  gpc: 'refuse' | 'ignore'
  css: string
  services: { key: string; category: string; name: string }[]
  texts: Record<'da' | 'nb' | 'sv' | 'fi' | 'en', Texts>
}

/** What the first-party cookie holds: consent id, method, choices, revision, time. */
export interface Choice {
  id: string | null
  m: 'accept_all' | 'reject_all' | 'custom' | 'gpc' | 'withdraw'
  c: { necessary: true; preferences: boolean; statistics: boolean; marketing: boolean }
  s: Record<string, boolean>
  r: number
  t: number
}
