import type { Language } from '../../i18n/languages.js'
import { da } from './ropa.da.js'
import { en, type RopaText } from './ropa.en.js'
import { fi } from './ropa.fi.js'
import { nb } from './ropa.nb.js'
import { sv } from './ropa.sv.js'

export type { RopaText }

const TEXTS: Record<Language, RopaText> = { da, nb, sv, fi, en }

/** The Art. 30 record's words in one of the five languages. */
export function ropaText(language: Language): RopaText {
  return TEXTS[language]
}
