// English explanations of why an identifier was rejected. They never include the input: the value may
// be a national identity number, and these sentences can end up in logs.
import type { IdentifierKind, InvalidReason } from './types.js'

const NAMES: Record<IdentifierKind, string> = {
  dk_cpr: 'CPR number',
  dk_cvr: 'CVR number',
  no_fnr: 'Norwegian national identity number',
  no_orgnr: 'Norwegian organisation number',
  se_pnr: 'Swedish personal identity number',
  se_orgnr: 'Swedish organisation number',
  fi_hetu: 'Finnish personal identity code',
  fi_ytunnus: 'Finnish business ID',
  gln: 'GLN (EAN location number)',
  iban: 'IBAN',
  payment_card: 'Card number',
}

const FORMATS: Record<IdentifierKind, string> = {
  dk_cpr: 'CPR number must be 10 digits, written DDMMYY-SSSS',
  dk_cvr: 'CVR number must be 8 digits, not starting with 0',
  no_fnr: 'Norwegian national identity number must be 11 digits',
  no_orgnr: 'Norwegian organisation number must be 9 digits',
  se_pnr: 'Swedish personal identity number must be 10 or 12 digits, written YYMMDD-NNNC',
  se_orgnr: 'Swedish organisation number must be 10 digits, written NNNNNN-NNNN',
  fi_hetu: 'Finnish personal identity code must be DDMMYY, a century sign, 3 digits and a check character',
  fi_ytunnus: 'Finnish business ID must be 7 digits, a dash and a check digit',
  gln: 'GLN must be 13 digits',
  iban: 'IBAN must be a country code, 2 check digits and the account number, with only letters and digits',
  payment_card: 'Card number must have the length its card scheme uses (12 to 19 digits)',
}

const RANGES: Partial<Record<IdentifierKind, string>> = {
  se_pnr: 'Birth number 000 is never issued',
  se_orgnr: 'Digits 3 and 4 of a Swedish organisation number must be 20 or more',
  fi_hetu: 'Individual number must be between 002 and 999',
  payment_card: 'Card number does not belong to a known card scheme',
}

/** A short English sentence explaining why `kind` was rejected for `reason`; never echoes the input. */
export function describeInvalid(kind: IdentifierKind, reason: InvalidReason): string {
  const name = NAMES[kind]
  switch (reason) {
    case 'empty':
      return `${name} is missing`
    case 'format':
      return FORMATS[kind]
    case 'checksum':
      return kind === 'fi_hetu' ? 'Check character does not match' : 'Check digit does not match'
    case 'date':
      return `${name} does not contain a valid birth date`
    case 'range':
      return RANGES[kind] ?? `${name} is outside the range in use`
    case 'country':
      return kind === 'iban'
        ? 'IBAN country code is unknown or the length does not match that country'
        : `${name} does not belong to the expected country`
  }
}
