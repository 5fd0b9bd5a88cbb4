// The single entry point that dispatches to the per-country validators.
import { validateCard } from './card.js'
import { validateCpr, validateCvr } from './dk.js'
import { validateHetu, validateYtunnus } from './fi.js'
import { validateGln } from './gln.js'
import { validateIban } from './iban.js'
import { validateFnr, validateNoOrgnr } from './no.js'
import { validateSeOrgnr, validateSePnr } from './se.js'
import { type IdentifierKind, type IdentifierResult, invalid, type ValidateOptions } from './types.js'

// Real identifiers are short even with spaces; refusing long input early bounds the work on hostile values.
const MAX_INPUT_LENGTH = 64

const VALIDATORS: Record<IdentifierKind, (input: string, now: Date) => IdentifierResult> = {
  dk_cpr: validateCpr,
  dk_cvr: validateCvr,
  no_fnr: validateFnr,
  no_orgnr: validateNoOrgnr,
  se_pnr: validateSePnr,
  se_orgnr: validateSeOrgnr,
  fi_hetu: validateHetu,
  fi_ytunnus: validateYtunnus,
  gln: validateGln,
  iban: validateIban,
  payment_card: validateCard,
}

/** Validates `input` as `kind` and returns its canonical and display forms, or why it was rejected. */
export function validateIdentifier(
  kind: IdentifierKind,
  input: string,
  options: ValidateOptions = {},
): IdentifierResult {
  const validator = VALIDATORS[kind]
  // Only reachable from untyped callers; the kind is not personal data, so it may appear in the error.
  if (!validator) throw new TypeError(`Unknown identifier kind: ${String(kind)}`)
  if (typeof input !== 'string' || input.trim() === '') return invalid(kind, 'empty')
  if (input.length > MAX_INPUT_LENGTH) return invalid(kind, 'format')
  return validator(input, options.now ?? new Date())
}
