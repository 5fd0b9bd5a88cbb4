// Column proposals: which data category a column most likely holds, from its name and the share of
// its sampled values that carry each label (classifier.ts labels the cells).
import { BIT, CATEGORY, classifyCell, IN_TEXT, LABELS, type Label } from './classifier.js'

/** Labels whose match is a check digit or a strict syntax: a high share is convincing on its own. */
const STRONG = new Set<Label>([
  'email',
  'ip_address',
  'no_fnr',
  'se_pnr',
  'fi_hetu',
  'dk_cvr',
  'no_orgnr',
  'se_orgnr',
  'fi_ytunnus',
  'gln',
  'iban',
  'payment_card',
])

// What a column's name says. Names are lower-cased and split on '_', '-', '.', spaces and camelCase.
const NAME_HINTS: ReadonlyArray<readonly [Label, RegExp]> = [
  ['email', /e_?mail|^mail$|_mail$|sahkoposti|epost/],
  ['phone', /phone|(^|_)tel(efon|ephone)?($|_)|mobil|puhelin|gsm|msisdn|(^|_)tlf($|_)/],
  [
    'person_name',
    /((^|_)(first|last|full|given|family|sur|fore|middle|customer|contact|billing|shipping)_?name$)|^name$|fornavn|efternavn|etternavn|förnamn|fornamn|efternamn|etunimi|sukunimi|^nimi$|^navn$|^namn$/,
  ],
  ['street_address', /address|adresse|adress|osoite|street|gade|gata|(^|_)vej($|_)|katu/],
  [
    'postal_city',
    /(^|_)(city|town|postal|zip|postnr|postcode|postnummer|postinumero|post_?code|by|ort|kaupunki)($|_)/,
  ],
  ['ip_address', /(^|_)ip($|_)|ip_?addr|remote_?addr|client_?ip|(^|_)ipv[46]($|_)/],
  ['dk_cpr', /cpr/],
  ['no_fnr', /fnr|fodsels|fødsels|d_?nummer/],
  ['se_pnr', /personnummer|(^|_)pnr($|_)|personnr|samordning/],
  ['fi_hetu', /hetu|henkilotunnus|henkilötunnus|(^|_)sotu($|_)/],
  ['dk_cvr', /cvr/],
  ['no_orgnr', /org_?nr|orgnum|organisasjon/],
  ['se_orgnr', /org_?nr|orgnum|organisation/],
  ['fi_ytunnus', /y_?tunnus|business_?id/],
  ['gln', /(^|_)(gln|ean)(_?(nr|no|number|nummer))?($|_)/],
  ['iban', /iban|bank_?account|konto|tilinumero/],
  ['payment_card', /card_?(no|num|number)|(^|_)pan($|_)|cc_?num|kortnummer|credit_?card/],
]
// A national number may be stored under a generic name.
const NATIONAL_HINT = /(^|_)(ssn|national_?id|personal_?id|person_?id_?number|id_?number|nin)($|_)/
// Names that say the values are dates, money or product and order data, whatever their digits look like.
const NEGATIVE_HINT =
  /(^|_)(date|dato|datum|time|timestamp|ts|created|updated|modified|deleted|at|on|price|amount|total|sum|qty|quantity|sku|order|ordre|invoice|faktura|tilaus|tracking|barcode|gtin|upc|product|vare|item|article|hash|token|checksum|version|uuid|guid)($|_)/
const PRODUCT_TABLE = /product|item|article|vare|tuote|sku|inventory|stock|catalog/

/** Splits a column name into lower-case words joined by '_' (camelCase and separators alike). */
export function normaliseName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9æøåäöü]+/g, '_')
    .replace(/^_+|_+$/g, '')
}

/** The labels a column's name suggests. */
export function nameHints(column: string): Set<Label> {
  const n = normaliseName(column)
  const out = new Set<Label>()
  for (const [label, re] of NAME_HINTS) if (re.test(n)) out.add(label)
  if (NATIONAL_HINT.test(n)) for (const l of ['dk_cpr', 'no_fnr', 'se_pnr', 'fi_hetu'] as const) out.add(l)
  return out
}

/** The running tally of one column while a table is sampled. */
export interface ColumnTally {
  /** Rows sampled. */
  sampled: number
  /** Cells that were neither null nor empty. */
  nonEmpty: number
  counts: Partial<Record<Label, number>>
  /** Cells of free text with a full card number written inside. */
  cardsInText: number
  /** CPR matches whose last two digits are below 60, as the minutes of a compact timestamp are. */
  cprTailBelow60: number
}

export function emptyTally(): ColumnTally {
  return { sampled: 0, nonEmpty: 0, counts: {}, cardsInText: 0, cprTailBelow60: 0 }
}

/** Classifies one cell into the tally. */
export function tallyCell(tally: ColumnTally, value: unknown, now: Date): void {
  tally.sampled++
  if (value === null || value === undefined || value === '') return
  tally.nonEmpty++
  const mask = classifyCell(value, now)
  if (mask === 0) return
  if ((mask & IN_TEXT) !== 0 && (mask & BIT.payment_card) !== 0) tally.cardsInText++
  if ((mask & BIT.dk_cpr) !== 0 && (mask & IN_TEXT) === 0) {
    const s = String(value).trim()
    if (Number(s.slice(-2)) < 60) tally.cprTailBelow60++
  }
  for (let i = 0; i < LABELS.length; i++) {
    if ((mask & (1 << i)) !== 0) {
      const l = LABELS[i] as Label
      tally.counts[l] = (tally.counts[l] ?? 0) + 1
    }
  }
}

export interface Proposal {
  label: Label
  category: string
  /** 0..1. */
  confidence: number
  /** Why: 'content', 'name' or 'name+content'. */
  basis: 'content' | 'name' | 'name+content'
}

/**
 * The data category a column most likely holds, or null. Content decides: the share of sampled values
 * that match a label. A matching column name lowers the share needed and raises the confidence; a name
 * that says dates, amounts or order numbers raises the share needed for identifiers without a check
 * digit; with no values sampled, the name alone gives a low-confidence proposal.
 */
export function proposeColumn(table: string, column: string, tally: ColumnTally): Proposal | null {
  const hints = nameHints(column)
  const n = normaliseName(column)
  const negative = NEGATIVE_HINT.test(n)
  const productTable = PRODUCT_TABLE.test(normaliseName(table))
  let best: Proposal | null = null
  for (const label of LABELS) {
    const count = tally.counts[label] ?? 0
    const share = tally.nonEmpty === 0 ? 0 : count / tally.nonEmpty
    const hinted = hints.has(label)
    let confidence = 0
    let basis: Proposal['basis'] = 'content'
    if (count > 0) {
      const strong = STRONG.has(label)
      // Bare eight-digit numbers are as often parcel or customer numbers as phone numbers.
      let needed = hinted ? 0.2 : strong ? 0.5 : label === 'phone' ? 0.9 : 0.7
      if (negative && !hinted) needed = strong ? 0.9 : 1.01
      // Product barcodes are EAN-13 too: in a product table only a column named GLN holds one.
      if (label === 'gln' && productTable && !/gln/.test(n)) needed = 1.01
      // Compact timestamps (DDMMYYHHMM) are valid CPR numbers; CPR numbers end in 00-99, minutes in 00-59.
      if (label === 'dk_cpr' && !hinted && count >= 20 && tally.cprTailBelow60 === count) needed = 1.01
      if (share < needed) continue
      confidence = Math.min(0.99, share * (strong ? 0.85 : 0.75) + (hinted ? 0.2 : 0))
      if (hinted) basis = 'name+content'
    } else if (hinted && tally.nonEmpty === 0) {
      confidence = 0.3
      basis = 'name'
    } else continue
    if (!best || confidence > best.confidence) {
      best = { label, category: CATEGORY[label], confidence: Math.round(confidence * 100) / 100, basis }
    }
  }
  if (best?.label === 'person_name') {
    if (/first|given|fore|fornavn|förnamn|fornamn|etunimi/.test(n)) best.category = 'user.name.first'
    else if (/last|family|sur|efternavn|etternavn|efternamn|sukunimi/.test(n))
      best.category = 'user.name.last'
  }
  if (best && (best.label === 'street_address' || best.label === 'postal_city')) {
    const street = tally.counts.street_address ?? 0
    const postal = tally.counts.postal_city ?? 0
    if (street > 0 && postal > 0 && Math.min(street, postal) >= 0.5 * tally.nonEmpty)
      best.category = 'user.contact.address.mailing_address'
  }
  return best
}

/**
 * Cells of the column holding a full card number that count as a finding: any in free text, or all of
 * them when the column is mostly card numbers. A stray 16-digit value in a numeric column of other
 * numbers is not reported (one in ten random numbers passes Luhn).
 */
export function cardFindings(tally: ColumnTally, proposal: Proposal | null): number {
  const cards = tally.counts.payment_card ?? 0
  if (cards === 0) return 0
  if (proposal?.label === 'payment_card') return cards
  const bare = cards - tally.cardsInText
  return tally.cardsInText + (bare / Math.max(1, tally.nonEmpty) >= 0.05 ? bare : 0)
}
