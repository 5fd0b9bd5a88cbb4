// Shared types for the identifiers module. Kind strings are stored in the database: never rename one.

/** Every identifier kind Vern can validate. */
export type IdentifierKind =
  | 'dk_cpr'
  | 'dk_cvr'
  | 'no_fnr'
  | 'no_orgnr'
  | 'se_pnr'
  | 'se_orgnr'
  | 'fi_hetu'
  | 'fi_ytunnus'
  | 'gln'
  | 'iban'
  | 'payment_card'

/** Why an input was rejected; describeInvalid turns it into a sentence. */
export type InvalidReason = 'empty' | 'format' | 'checksum' | 'date' | 'range' | 'country'

/** Outcome of validateIdentifier; an invalid result never carries the input back. */
export type IdentifierResult =
  | {
      valid: true
      kind: IdentifierKind
      /** Canonical compact form, used for storage and hashing. */
      normalized: string
      /** Conventional human form; for cards a masked form. */
      display: string
      /** YYYY-MM-DD when the number encodes a birth date. */
      birthDate?: string
      /** Sub-type, e.g. 'd_nummer', 'samordningsnummer', 'visa'. */
      variant?: string
    }
  | { valid: false; kind: IdentifierKind; reason: InvalidReason }

export type ValidResult = Extract<IdentifierResult, { valid: true }>

/** The Nordic countries whose national numbers Vern knows. */
export type Country = 'DK' | 'NO' | 'SE' | 'FI'

/** Options for the rules that depend on today's date. */
export interface ValidateOptions {
  /** The clock: century resolution, future birth dates and the Norwegian 2032 rule use it. */
  now?: Date
}

/** Builds an invalid result. */
export function invalid(kind: IdentifierKind, reason: InvalidReason): IdentifierResult {
  return { valid: false, kind, reason }
}
