// The discovery classifier: which kinds of personal data a cell holds (labels as a bit mask). What a
// column holds as a whole is decided in proposals.ts.
//
// Speed comes from one pass over each cell that counts character classes; only the shapes that can
// still match go on to a regular expression or a check-digit validator (src/identifiers, reused).
import { isIPv6 } from 'node:net'
import { isCardGrouping, validateCard } from '../identifiers/card.js'
import { luhnValid } from '../identifiers/checksums.js'
import { validateCpr, validateCvr } from '../identifiers/dk.js'
import { validateHetu, validateYtunnus } from '../identifiers/fi.js'
import { validateGln } from '../identifiers/gln.js'
import { validateIban } from '../identifiers/iban.js'
import { validateFnr, validateNoOrgnr } from '../identifiers/no.js'
import { normalizePhone } from '../identifiers/phone.js'
import { scanText } from '../identifiers/scan.js'
import { validateSeOrgnr, validateSePnr } from '../identifiers/se.js'
import { FIRST_NAMES, LAST_NAMES } from './names.js'

/** Every label a cell can get. Stored in the database: never rename one. */
export const LABELS = [
  'email',
  'phone',
  'person_name',
  'street_address',
  'postal_city',
  'ip_address',
  'dk_cpr',
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
] as const
export type Label = (typeof LABELS)[number]

/** Bit of each label in a cell's mask. */
export const BIT: Readonly<Record<Label, number>> = Object.fromEntries(
  LABELS.map((l, i) => [l, 1 << i]),
) as Record<Label, number>

/** The taxonomy key (src/taxonomy) each label proposes for its column. */
export const CATEGORY: Readonly<Record<Label, string>> = {
  email: 'user.contact.email',
  phone: 'user.contact.phone_number',
  person_name: 'user.name',
  street_address: 'user.contact.address.street',
  postal_city: 'user.contact.address',
  ip_address: 'user.device.ip_address',
  dk_cpr: 'user.government_id.national_identification_number.dk_cpr',
  no_fnr: 'user.government_id.national_identification_number.no_fodselsnummer',
  se_pnr: 'user.government_id.national_identification_number.se_personnummer',
  fi_hetu: 'user.government_id.national_identification_number.fi_henkilotunnus',
  dk_cvr: 'user.professional_information.workplace.company_registration_number',
  no_orgnr: 'user.professional_information.workplace.company_registration_number',
  se_orgnr: 'user.professional_information.workplace.company_registration_number',
  fi_ytunnus: 'user.professional_information.workplace.company_registration_number',
  gln: 'user.professional_information.workplace.gln',
  iban: 'user.financial.bank_account',
  payment_card: 'user.financial.credit_card',
}

/** Set with the labels when they were found inside free text rather than as the whole value. */
export const IN_TEXT = 1 << 30

// Cells longer than this are free text: only identifiers and addresses inside the text are looked for.
const MAX_VALUE = 64
const EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/
const STREET =
  /^\p{L}[\p{L}.'-]*(?: \p{L}[\p{L}.'-]*){0,3} \d{1,4} ?[A-Za-z]?(?:,? ?(?:\d{1,2}\.? ?(?:th|tv|mf|sal|st)?\.?|lgh \d{4}|[A-Z] \d{1,3}))?(?:, .*)?$/u
const STREET_WORD =
  /(?:vej|vejen|gade|gaden|stræde|allé|alle|plads|torv|boulevard|vænge|vænget|have|park|bakke|gata|gatan|vägen|väg|gränd|torget|backe|stig|leden|vei|veien|vegen|veg|gate|gaten|plass|bakken|katu|tie|kuja|polku|väylä|raitti|tori|kaari|rinne|road|street|lane)(?!\p{L})/iu
const POSTAL_CITY =
  /(?:^|, ?)(?:(?:DK|NO|SE|FI|S|N)-)?(?:\d{4,5}|\d{3} \d{2}) \p{Lu}[\p{L}.-]+(?: \p{L}[\p{L}.-]*){0,3}$/u
const NAME_TOKEN = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$|^\p{Lu}\.$/u

/** Counts of character classes, filled by one pass over a cell. */
interface Shape {
  digits: number
  letters: number
  spaces: number
  at: number
  dots: number
  colons: number
  dashes: number
  plus: number
  other: number
}

function shapeOf(s: string): Shape {
  let digits = 0
  let letters = 0
  let spaces = 0
  let at = 0
  let dots = 0
  let colons = 0
  let dashes = 0
  let plus = 0
  let other = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 48 && c <= 57) digits++
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 192) letters++
    else if (c === 32) spaces++
    else if (c === 64) at++
    else if (c === 46) dots++
    else if (c === 58) colons++
    else if (c === 45) dashes++
    else if (c === 43) plus++
    else other++
  }
  return { digits, letters, spaces, at, dots, colons, dashes, plus, other }
}

/**
 * The labels of one cell as a bit mask (see BIT). `now` is the validators' clock (birth dates in the
 * future are refused). Never throws; any value that is not a string or a finite number gets 0.
 */
export function classifyCell(value: unknown, now: Date): number {
  let s: string
  if (typeof value === 'string') s = value
  else if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) s = String(value)
  else if (typeof value === 'bigint' && value > 0n) s = value.toString()
  else return 0
  if (s.length < 4) return 0
  if (s.length > MAX_VALUE) return freeText(s, now)
  if (s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32) s = s.trim()
  const k = shapeOf(s)

  if (k.at > 0) return k.at === 1 && k.spaces === 0 && EMAIL.test(s) ? BIT.email : 0
  if (k.colons >= 2) return k.letters <= 32 && k.spaces === 0 && isIPv6(s) ? BIT.ip_address : 0
  if (k.dots === 3 && k.digits + 3 === s.length) return IPV4.test(s) ? BIT.ip_address : 0
  if (k.digits >= 8 && k.letters <= 5 && k.other <= 2) return numeric(s, k, now)
  // A short sentence with a long number in it ("paid with card 4571 …").
  if (k.digits >= 10 && k.letters > 5) return freeText(s, now)
  if (k.letters > 0 && k.other <= 2) return words(s, k)
  return 0
}

// Values made mostly of digits: national, company and card numbers, GLN, IBAN and phone numbers.
function numeric(s: string, k: Shape, now: Date): number {
  let mask = 0
  if (k.letters >= 2) {
    const c0 = s.charCodeAt(0)
    if (c0 >= 65 && c0 <= 90 && k.digits >= 11 && validateIban(s).valid) return BIT.iban
  }
  // A henkilötunnus carries a century sign (and possibly a check letter), so it is tested on its shape.
  if (s.length === 11 && k.digits >= 9 && k.letters <= 2 && HETU_SIGNS.includes(s.charAt(6))) {
    if (validateHetu(s, now).valid) return BIT.fi_hetu
  }
  const separators = k.spaces + k.dashes + k.dots + k.plus + k.other
  const nd = k.digits
  if (k.letters === 0) {
    // Cheap checks on the bare digits first; the validators (which also normalise) only confirm.
    const d = separators === 0 ? s : digitsOf(s)
    if (nd === 8) {
      if (d.charCodeAt(0) !== 48 && validateCvr(s).valid) mask |= BIT.dk_cvr
      if (s.charCodeAt(s.length - 2) === 45 && validateYtunnus(s).valid) mask |= BIT.fi_ytunnus
    } else if (nd === 9) {
      if (validateNoOrgnr(s).valid) mask |= BIT.no_orgnr
    } else if (nd === 10) {
      if (separators <= 1) {
        const dd = num2(d, 0)
        const mm = num2(d, 2)
        if (dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12 && validateCpr(s, now).valid) mask |= BIT.dk_cpr
        if (luhnValid(d)) {
          if (validateSePnr(s, now).valid) mask |= BIT.se_pnr
          else if (validateSeOrgnr(s).valid) mask |= BIT.se_orgnr
        }
      }
    } else if (nd === 11) {
      if (separators <= 1 && validateFnr(s, now).valid) mask |= BIT.no_fnr
    } else if (nd === 12) {
      if (separators <= 1 && luhnValid(d.slice(2)) && validateSePnr(s, now).valid) mask |= BIT.se_pnr
    }
    if (nd === 13 && separators === 0 && validateGln(s).valid) mask |= BIT.gln
    if (nd >= 12 && nd <= 19 && k.plus === 0 && isCard(s)) mask |= BIT.payment_card
    if (isPhone(s, k)) mask |= BIT.phone
    return mask
  }
  // A few letters: VAT forms (DK12345678, SE556…01, FI…, NO … MVA).
  if (validateCvr(s).valid) return BIT.dk_cvr
  if (validateNoOrgnr(s).valid) return BIT.no_orgnr
  if (validateSeOrgnr(s).valid) return BIT.se_orgnr
  if (validateYtunnus(s).valid) return BIT.fi_ytunnus
  return 0
}

const HETU_SIGNS = '-+ABCDEFUVWXYabcdefuvwxy'

function digitsOf(s: string): string {
  let d = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 48 && c <= 57) d += s.charAt(i)
  }
  return d
}

function isDigitsOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

function num2(d: string, i: number): number {
  return (d.charCodeAt(i) - 48) * 10 + d.charCodeAt(i + 1) - 48
}

function isCard(s: string): boolean {
  // Every issuer range Vern knows starts with 2, 3, 4, 5 or 6 (src/identifiers/card.ts).
  const c0 = s.charCodeAt(0)
  if (c0 < 50 || c0 > 54) return false
  if (isDigitsOnly(s)) return s.length >= 13 && luhnValid(s) && validateCard(s).valid
  const lengths: number[] = []
  const separators: string[] = []
  let run = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 48 && c <= 57) run++
    else {
      if (run === 0) return false
      lengths.push(run)
      separators.push(s.charAt(i))
      run = 0
    }
  }
  lengths.push(run)
  return isCardGrouping(lengths, separators) && luhnValid(digitsOf(s)) && validateCard(s).valid
}

// Phone numbers: international with '+' or '00', or the domestic shapes of the four countries. The
// Nordic numbering plans are checked here on length and leading digit (libphonenumber takes ~100 times
// longer, and a column's share of matches decides anyway); other countries go to libphonenumber.
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$|^\d{2}[.-]\d{2}[.-]\d{4}$/

function isPhone(s: string, k: Shape): boolean {
  if (k.digits > 15 || k.dots > 0 || k.letters > 0 || k.other > 2 || DATE_LIKE.test(s)) return false
  let d = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 48 && c <= 57) d += s.charAt(i)
    else if (c !== 32 && c !== 45 && c !== 40 && c !== 41 && !(c === 43 && i === 0)) return false
  }
  const plus = s.charCodeAt(0) === 43
  if (plus || d.startsWith('00')) {
    const n = plus ? d : d.slice(2)
    return nordic(n) ?? normalizePhone(`+${n}`).valid
  }
  const c0 = d.charCodeAt(0)
  if (d.length === 8) return c0 >= 50 // DK and NO: eight digits, never a leading 0 or 1.
  // SE and FI: a trunk 0 and 7 to 10 more digits (070-123 45 67, 08-123 456 78, 040 123 4567).
  return c0 === 48 && d.length >= 8 && d.length <= 11 && d.charCodeAt(1) !== 48
}

/** True/false for a Nordic country code, undefined for any other. */
function nordic(n: string): boolean | undefined {
  const at = (i: number) => n.charCodeAt(i)
  if (n.startsWith('45') || n.startsWith('47')) return n.length === 10 && at(2) >= 50
  if (n.startsWith('46')) {
    const rest = at(2) === 48 ? n.slice(3) : n.slice(2)
    return rest.length >= 7 && rest.length <= 9 && rest.charCodeAt(0) !== 48
  }
  if (n.startsWith('358')) {
    const rest = at(3) === 48 ? n.slice(4) : n.slice(3)
    return rest.length >= 5 && rest.length <= 10 && rest.charCodeAt(0) !== 48
  }
  return undefined
}

// Values made mostly of letters: names and address lines.
function words(s: string, k: Shape): number {
  if (k.digits === 0) return k.spaces <= 3 && isPersonName(s) ? BIT.person_name : 0
  let mask = 0
  if (POSTAL_CITY.test(s)) mask |= BIT.postal_city
  const comma = s.indexOf(',')
  const street = comma > 0 && mask !== 0 ? s.slice(0, comma) : s
  if (STREET.test(street) && STREET_WORD.test(street)) mask |= BIT.street_address
  return mask
}

/** One to four capitalised words, the first a known first name or the last a known last name. */
export function isPersonName(s: string): boolean {
  const parts = s.split(' ')
  if (parts.length > 4) return false
  for (const p of parts) if (!NAME_TOKEN.test(p)) return false
  const first = (parts[0] as string).toLowerCase()
  const last = (parts[parts.length - 1] as string).toLowerCase()
  return FIRST_NAMES.has(first) || LAST_NAMES.has(last) || LAST_NAMES.has(last.split('-').pop() as string)
}

// Long text (order notes, comments): identifiers, e-mail addresses and card numbers written inside it.
function freeText(s: string, now: Date): number {
  const text = s.length > 4000 ? s.slice(0, 4000) : s
  let mask = 0
  for (const f of scanText(text, { now })) {
    if (f.kind in BIT) mask |= BIT[f.kind as Label]
  }
  if (text.includes('@') && EMAIL_IN_TEXT.test(text)) mask |= BIT.email
  return mask === 0 ? 0 : mask | IN_TEXT
}

/** The labels in a mask, in LABELS order. */
export function labelsOf(mask: number): Label[] {
  return LABELS.filter((l) => (mask & BIT[l]) !== 0)
}
