// Which identifier a country uses for companies and people, and the VAT numbers built from them.
import type { Country, IdentifierKind } from './types.js'
import { validateIdentifier } from './validate.js'

const COMPANY_KINDS: Record<Country, IdentifierKind> = {
  DK: 'dk_cvr',
  NO: 'no_orgnr',
  SE: 'se_orgnr',
  FI: 'fi_ytunnus',
}

const PERSONAL_KINDS: Record<Country, IdentifierKind> = {
  DK: 'dk_cpr',
  NO: 'no_fnr',
  SE: 'se_pnr',
  FI: 'fi_hetu',
}

/** The company registration number kind of a country (DK CVR, NO orgnr, SE orgnr, FI Y-tunnus). */
export function companyNumberKind(country: Country): IdentifierKind {
  return COMPANY_KINDS[country]
}

/** The national personal identity number kind of a country (CPR, fødselsnummer, personnummer, hetu). */
export function personalNumberKind(country: Country): IdentifierKind {
  return PERSONAL_KINDS[country]
}

/**
 * The VAT number for a company number, per LEGAL.md: DK + CVR, orgnr + MVA, SE + orgnr + 01,
 * FI + the 8 Y-tunnus digits. Null for other kinds and for numbers that do not validate.
 */
export function vatNumber(kind: IdentifierKind, normalized: string): string | null {
  const result = validateIdentifier(kind, normalized)
  if (!result.valid) return null
  const n = result.normalized
  switch (kind) {
    case 'dk_cvr':
      return `DK${n}`
    case 'no_orgnr':
      return `${n}MVA`
    case 'se_orgnr':
      return `SE${n}01`
    case 'fi_ytunnus':
      return `FI${n}`
    default:
      return null
  }
}
