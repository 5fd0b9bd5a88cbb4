import type { Language } from '../../i18n/languages.js'
import { da } from './da.js'
import { en, type PolicyText, RIGHTS, type Right } from './en.js'
import { fi } from './fi.js'
import { nb } from './nb.js'
import { sv } from './sv.js'

export { type PolicyText, RIGHTS, type Right }

const TEXTS: Record<Language, PolicyText> = { da, nb, sv, fi, en }

/** The policy's words in one of the five languages. */
export function policyText(language: Language): PolicyText {
  return TEXTS[language]
}
