import { describe, expect, it } from 'vitest'
import { ADMIN_LANGUAGES, type AdminLanguage } from '../languages.js'
import { adminText } from './index.js'

interface Leaf {
  path: string
  value: unknown
}

/** Every string and function in a dictionary, with its dotted path. */
function leaves(node: unknown, path = ''): Leaf[] {
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key))
  }
  return [{ path, value: node }]
}

/** Arguments to call each text function with: singular, plural and every branch of the switches. */
function samples(path: string): unknown[][] {
  if (path.startsWith('validation.'))
    return [
      ['Name', { limit: 1 }],
      ['Name', { limit: 200 }],
    ]
  if (path === 'errors.title') return [[404], [403], [429], [500]]
  if (path === 'audit.broken')
    return [
      [7, 'changed'],
      [7, 'missing'],
      [7, 'reordered'],
      [7, 'truncated'],
    ]
  return [
    [0, 0, 0],
    [1, 1, 1],
    [3, 3, 3],
  ]
}

/** Each text as people read it: strings as they are, functions called with every sample. */
function texts(language: AdminLanguage): Map<string, string> {
  const out = new Map<string, string>()
  for (const { path, value } of leaves(adminText(language))) {
    if (typeof value === 'function') {
      samples(path).forEach((args, i) => {
        out.set(`${path}(${i})`, value(...args))
      })
    } else {
      out.set(path, value as string)
    }
  }
  return out
}

/**
 * Texts that may rightly read as in English: names, codes and loan words the language uses as they
 * are. Anything else identical to English is an untranslated string.
 */
const SAME_AS_ENGLISH: Record<'all' | Exclude<AdminLanguage, 'en'>, readonly string[]> = {
  all: ['audit.system', 'dataMap.none', 'dataMap.dpaHash', 'dataMap.kinds.vern'],
  da: [
    'meta.menu',
    'nav.dashboard',
    'nav.adminSection',
    'nav.organisation',
    'common.status',
    'common.email',
    'common.download',
    'login.email',
    'password.send',
    'dashboard.title',
    'organisation.title',
    'jobs.job',
    'fields.email',
    'taxonomy.standard',
    'dataMap.editSystem',
    'dataMap.kinds.webshop',
    'dataMap.kinds.crm',
    'dataMap.kinds.hosting',
    'register.by.email',
    'register.columns.kind',
    'register.kinds.person',
    'register.fields.kind',
    'register.fields.email',
    'register.fields.reference',
    'register.interactionKinds.note',
    'register.identifierKinds.fi_hetu',
    'register.identifierKinds.fi_ytunnus',
    'roles.marketing',
    'countries.FI',
  ],
  nb: [
    'common.status',
    'taxonomy.standard',
    'dataMap.editSystem',
    'dataMap.kinds.hosting',
    'register.columns.kind',
    'register.kinds.person',
    'register.fields.kind',
    'register.identifierKinds.fi_hetu',
    'register.identifierKinds.fi_ytunnus',
    'countries.FI',
  ],
  sv: [
    'nav.adminSection',
    'nav.organisation',
    'common.status',
    'organisation.title',
    'taxonomy.standard',
    'dataMap.editSystem',
    'dataMap.kinds.hosting',
    'register.kinds.person',
    'countries.FI',
  ],
  fi: [],
}

describe('admin dictionaries', () => {
  const english = texts('en')

  it('speaks five languages, English first as the fallback', () => {
    expect(ADMIN_LANGUAGES).toEqual(['en', 'da', 'nb', 'sv', 'fi'])
  })

  // The type check cannot see the keys of the sections typed `Record<string, string>` (form fields,
  // job names, outcomes, …), so the shape is compared here too.
  it.each(ADMIN_LANGUAGES)('%s has exactly the keys of English', (language) => {
    expect([...texts(language).keys()].sort()).toEqual([...english.keys()].sort())
  })

  it.each(ADMIN_LANGUAGES)('%s has no empty text', (language) => {
    const empty = [...texts(language)].filter(([, text]) => typeof text !== 'string' || text.trim() === '')
    expect(empty.map(([path]) => path)).toEqual([])
  })

  it.each(ADMIN_LANGUAGES.filter((l) => l !== 'en'))('%s leaves nothing in English', (language) => {
    const allowed = new Set([...SAME_AS_ENGLISH.all, ...SAME_AS_ENGLISH[language]])
    const same = [...texts(language)]
      .filter(([path, text]) => text === english.get(path) && !allowed.has(path.replace(/\(\d+\)$/, '')))
      .map(([path, text]) => `${path}: ${text}`)
    expect(same).toEqual([])
    // An allow-listed path that is now translated should leave the list.
    const stale = SAME_AS_ENGLISH[language].filter((path) => texts(language).get(path) !== english.get(path))
    expect(stale).toEqual([])
  })

  it.each(['nb', 'sv', 'fi'] as const)('%s uses typographic quotes, dashes and ellipses', (language) => {
    const plain = [...texts(language)]
      .filter(([, text]) => /["']|\.\.\.| - /.test(text))
      .map(([path, text]) => `${path}: ${text}`)
    expect(plain).toEqual([])
  })

  it('counts grammatically in Norwegian, Swedish and Finnish', () => {
    const nb = adminText('nb')
    const sv = adminText('sv')
    const fi = adminText('fi')
    expect(nb.taxonomy.count(1)).toBe('1 nøkkel')
    expect(nb.taxonomy.count(12)).toBe('12 nøkler')
    expect(nb.dashboard.mailOutbox(1)).toMatch(/^1 e-post venter/)
    expect(nb.dashboard.mailOutbox(2)).toMatch(/^2 e-poster venter/)
    expect(nb.account.recoveryLeft(1)).toBe('Du har 1 gjenopprettingskode igjen.')
    expect(sv.register.results(1)).toBe('1 träff')
    expect(sv.register.results(4)).toBe('4 träffar')
    expect(sv.taxonomy.imported(1, 2, 0)).toBe('Importerat: 1 tillagd, 2 ändrade, 0 oförändrade.')
    expect(sv.audit.verified(1)).toBe('Kedjan är intakt: 1 post kontrollerad.')
    // Finnish: the nominative after 1, the partitive singular after other numbers.
    expect(fi.dashboard.mailOutbox(1)).toMatch(/^1 viesti odottaa/)
    expect(fi.dashboard.mailOutbox(5)).toMatch(/^5 viestiä odottaa/)
    expect(fi.register.results(1)).toBe('1 osuma')
    expect(fi.register.results(7)).toBe('7 osumaa')
    expect(fi.taxonomy.count(1)).toBe('1 avain')
    expect(fi.taxonomy.count(30)).toBe('30 avainta')
    expect(fi.validation.too_long('Nimi', { limit: 200 })).toBe('Nimi: enintään 200 merkkiä.')
    expect(fi.account.recoveryLeft(1)).toBe('Jäljellä 1 varakoodi.')
    expect(fi.account.recoveryLeft(8)).toBe('Jäljellä 8 varakoodia.')
  })

  it('names the audit chain problem in the reader’s language', () => {
    expect(adminText('nb').audit.broken(7, 'changed')).toBe('Kjeden er brutt ved oppføring 7 (endret).')
    expect(adminText('sv').audit.broken(7, 'missing')).toBe('Kedjan är bruten vid post 7 (saknas).')
    expect(adminText('fi').audit.broken(7, 'truncated')).toBe(
      'Ketju on katkennut merkinnän 7 kohdalla (katkaistu).',
    )
  })
})
