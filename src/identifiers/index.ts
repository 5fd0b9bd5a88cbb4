// Public API of the identifiers module: validate, normalise and detect Nordic identifiers.
// Pure functions, no I/O; the only dependency is libphonenumber-js for phone numbers.
export { maskPan } from './card.js'
export { companyNumberKind, personalNumberKind, vatNumber } from './country.js'
export { describeInvalid } from './describe.js'
export { type FreeTextOptions, findCardNumber } from './free-text.js'
export { normalizePhone, type PhoneResult } from './phone.js'
export { type Finding, scanText } from './scan.js'
export type {
  Country,
  IdentifierKind,
  IdentifierResult,
  InvalidReason,
  ValidateOptions,
  ValidResult,
} from './types.js'
export { validateIdentifier } from './validate.js'
