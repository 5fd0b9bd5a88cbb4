import type { Language } from '../../i18n/languages.js'
import type { Retention } from '../activity.schema.js'
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

/** A retention rule in words: how long, counted from what, and the rule as written. */
export function retentionInWords(t: RopaText, retention: Retention): string {
  const length = retention.period ? t.period(retention.period.value, retention.period.unit) : t.noFixedPeriod
  return `${length}, ${t.countedFrom}: ${retention.trigger}. ${retention.description}`
}
