import type { AdminLanguage } from '../languages.js'
import { da } from './da.js'
import { en } from './en.js'
import { fi } from './fi.js'
import { nb } from './nb.js'
import { sv } from './sv.js'

/** The shape every admin dictionary has: a missing or misspelt key fails the type check. */
export type AdminText = typeof en

const DICTIONARIES: Record<AdminLanguage, AdminText> = { en, da, nb, sv, fi }

export function adminText(language: AdminLanguage): AdminText {
  return DICTIONARIES[language]
}
