// Sweden: personnummer / samordningsnummer and organisationsnummer.
import { luhnValid } from './checksums.js'
import { daysInMonth, isFuture, isoDate } from './dates.js'
import { isDigits, num, squash, strip } from './text.js'
import { type IdentifierResult, invalid, type ValidResult } from './types.js'

const PNR = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/

/**
 * Validates a personnummer or samordningsnummer (day + 60), 10 or 12 digits, with '-', '+' or no
 * separator. A 10-digit number gets its century from `now`: '-' means the person turns fewer than 100
 * this calendar year, '+' at least 100 (folkbokföringslagen 18 §: '+' from the year the person turns 100).
 */
export function validateSePnr(input: string, now: Date): IdentifierResult {
  const m = PNR.exec(squash(input))
  if (!m) return invalid('se_pnr', 'format')
  const ten = `${m[2]}${m[4]}`
  const yy = num(ten, 0, 2)
  const month = num(ten, 2, 4)
  const rawDay = num(ten, 4, 6)
  const coordination = rawDay >= 60
  const day = coordination ? rawDay - 60 : rawDay
  // Skatteverket issues samordningsnummer with month 00 and/or day 60 when the birth date is not fully
  // known; its published test numbers include such numbers. A personnummer always has a full date.
  if (!coordination && (month === 0 || day === 0)) return invalid('se_pnr', 'date')

  const thisYear = now.getUTCFullYear()
  let year: number
  if (m[1] !== undefined) {
    const century = Number(m[1])
    if (century < 18 || century > 20) return invalid('se_pnr', 'date')
    year = century * 100 + yy
  } else {
    year = thisYear - ((thisYear - yy) % 100)
    if (m[3] === '+') year -= 100
  }
  if (month > 12 || day > (month === 0 ? 31 : daysInMonth(year, month))) return invalid('se_pnr', 'date')
  if (isFuture(year, month || 1, day || 1, now)) return invalid('se_pnr', 'date')
  // Birth number 000 is never issued.
  if (num(ten, 6, 9) === 0) return invalid('se_pnr', 'range')
  if (!luhnValid(ten)) return invalid('se_pnr', 'checksum')

  const result: ValidResult = {
    valid: true,
    kind: 'se_pnr',
    normalized: `${year}${ten.slice(2)}`,
    display: `${ten.slice(0, 6)}${thisYear - year >= 100 ? '+' : '-'}${ten.slice(6)}`,
  }
  if (month !== 0 && day !== 0) result.birthDate = isoDate(year, month, day)
  if (coordination) result.variant = 'samordningsnummer'
  return result
}

/**
 * Validates an organisationsnummer: 10 digits, digits 3-4 at least 20 (that is what keeps it apart from
 * a personnummer), Luhn. Also accepts the 12-digit form prefixed 16 and the VAT form SE + number + 01.
 */
export function validateSeOrgnr(input: string): IdentifierResult {
  let s = strip(squash(input), '-').toUpperCase()
  if (s.length === 14 && s.startsWith('SE') && s.endsWith('01')) s = s.slice(2, 12)
  if (s.length === 12 && s.startsWith('16')) s = s.slice(2)
  if (s.length !== 10 || !isDigits(s)) return invalid('se_orgnr', 'format')
  if (num(s, 2, 4) < 20) return invalid('se_orgnr', 'range')
  if (!luhnValid(s)) return invalid('se_orgnr', 'checksum')
  return { valid: true, kind: 'se_orgnr', normalized: s, display: `${s.slice(0, 6)}-${s.slice(6)}` }
}
