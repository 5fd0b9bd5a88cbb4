import { describe, expect, it } from 'vitest'
import { ADMIN_LANGUAGES, isAdminLanguage, negotiate } from './languages.js'

describe('choosing the admin language from Accept-Language', () => {
  it.each([
    ['nb-NO,nb;q=0.9,en;q=0.5', 'nb'],
    ['no', 'nb'],
    ['nn-NO,en;q=0.3', 'nb'],
    ['sv-SE,sv;q=0.9', 'sv'],
    // A Finland-Swede asks for Swedish first.
    ['sv-FI,fi;q=0.8', 'sv'],
    ['fi-FI,fi;q=0.9,en-US;q=0.8', 'fi'],
    ['de-DE,de;q=0.9,fi;q=0.4,sv;q=0.3', 'fi'],
    ['da, en;q=0.5', 'da'],
    ['en-GB', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(negotiate(header, ADMIN_LANGUAGES)).toBe(expected)
  })

  it('finds nothing for languages the admin UI does not speak', () => {
    expect(negotiate('de-DE,fr;q=0.5', ADMIN_LANGUAGES)).toBeNull()
    expect(negotiate(undefined, ADMIN_LANGUAGES)).toBeNull()
  })

  it('knows the five admin languages and nothing else', () => {
    for (const language of ['en', 'da', 'nb', 'sv', 'fi']) expect(isAdminLanguage(language)).toBe(true)
    for (const other of ['no', 'nn', 'de', 'sv-SE', '']) expect(isAdminLanguage(other)).toBe(false)
  })
})
