/**
 * Every error code Vern answers with, its HTTP status and what it means. The single source for
 * docs/errors.md: a test keeps the two in step. Codes are stable; add new ones, never rename.
 */
export const ERROR_CODES = {
  validation_failed: {
    status: 400,
    description:
      'The input was malformed, had an unknown field, a wrong type, a value out of range, or was too large. `field` names the offending field.',
  },
  unauthenticated: { status: 401, description: 'No valid session or API key was presented.' },
  forbidden: {
    status: 403,
    description:
      'The role of the caller lacks the right for this action. The attempt is recorded in the audit log.',
  },
  csrf_failed: {
    status: 403,
    description: 'A form or cookie-authenticated request came without a valid CSRF token.',
  },
  two_factor_required: {
    status: 403,
    description: 'The account must complete or set up two-factor authentication first.',
  },
  origin_not_allowed: {
    status: 403,
    description:
      "A public consent endpoint was called from a site that is not among the organisation's configured banner origins.",
  },
  card_number_not_allowed: {
    status: 400,
    description:
      'A full payment card number was found in the input. Vern never stores one: keep at most the last 4 digits and the expiry date. The attempt is audited.',
  },
  not_found: { status: 404, description: 'No such route or record.' },
  conflict: {
    status: 409,
    description: 'The request conflicts with the current state, e.g. a duplicate e-mail or a finished setup.',
  },
  not_a_customer: {
    status: 409,
    description:
      'A soft opt-in was sent for someone who is not an existing customer in the register; only an explicit opt-in can subscribe them.',
  },
  suppressed: {
    status: 409,
    description:
      'The person unsubscribed and is on the suppression list, or withdrew this very permission; only a new explicit opt-in, confirmed by the person, subscribes them again.',
  },
  invalid_transition: {
    status: 409,
    description:
      'A data-subject request is not in a state that allows this action (e.g. completing one that was never verified, or acting on a closed one).',
  },
  tasks_open: {
    status: 409,
    description:
      'A data-subject request cannot be completed while a task for a system outside Vern is still open; tick each task off with a note first.',
  },
  extension_too_late: {
    status: 409,
    description:
      'A data-subject request can only be extended within the first month after it was received (GDPR Art. 12(3)).',
  },
  erased_person: {
    status: 409,
    description:
      'The identifiers belong to a person whose data was erased (they are on the erasure list); the person cannot be added, imported or subscribed again. The attempt is audited.',
  },
  subject_restricted: {
    status: 409,
    description:
      'The person’s data is restricted (GDPR Art. 18): it is only stored, so it cannot be changed or used until the restriction is lifted, except by a rectification or an erasure. The attempt is audited.',
  },
  connection_missing: {
    status: 409,
    description:
      'The system has no SQL connection yet (or no dataset annotation where one is needed); set it up under /api/v1/systems/{id}/connection first.',
  },
  write_credentials_missing: {
    status: 409,
    description:
      'Erasure in a connected database needs write credentials (for SQLite: a writable file); only read credentials are stored.',
  },
  dataset_invalid: {
    status: 422,
    description:
      'The dataset annotation does not fit the connected database or the taxonomy (an unknown table, column or data category, an unreachable table, an action that cannot apply). `field` is the path of the first problem; POST …/dataset/validate lists them all.',
  },
  connector_row_limit: {
    status: 409,
    description:
      'More rows were found for one person in a connected database than the walk allows; nothing was changed. Check the dataset annotation (a reference may lead to everyone).',
  },
  connection_failed: {
    status: 502,
    description:
      'The connected database could not be reached or refused the statement (unreachable, timed out, wrong user name or password, no such database). The message says which, without credentials or values.',
  },
  late_reason_required: {
    status: 409,
    description:
      'A breach notified to the authority more than 72 hours after the business became aware of it needs the reasons for the delay (GDPR Art. 33(1)); give `lateReason`.',
  },
  policy_incomplete: {
    status: 409,
    description:
      'The completeness check of the privacy policy found gaps (e.g. an activity without a legal basis, a processor without a country, a data category without a retention rule); fix them, or publish as the owner with `overrideReason`, which is audited.',
  },
  unsupported_media_type: {
    status: 415,
    description: 'The request body has a content type this endpoint does not accept.',
  },
  rate_limited: {
    status: 429,
    description: 'Too many requests from this client; retry after the time in `Retry-After`.',
  },
  internal_error: {
    status: 500,
    description:
      'An unexpected fault. Nothing was half-written; the request id in the response helps find the log line.',
  },
  unavailable: { status: 503, description: 'The server is shutting down or its database does not answer.' },
} as const satisfies Record<string, { status: number; description: string }>

export type ErrorCode = keyof typeof ERROR_CODES

/**
 * Which rule an invalid field broke, so the admin UI can say it in the reader's language and API
 * clients can react without parsing the message.
 */
export const VALIDATION_RULES = [
  'required',
  'too_long',
  'too_short',
  'too_many',
  'format',
  'email',
  'one_of',
  'type',
  'unknown_field',
  'check_digit',
  'date',
  'range',
  'country_mismatch',
  'phone',
  'origin',
  'mismatch',
  'weak_password',
  'wrong_code',
] as const
export type ValidationRule = (typeof VALIDATION_RULES)[number]
export interface RuleParams {
  limit?: number
}

/** An error with a stable machine code; mapped to HTTP in one place (http/error-handler.ts). */
export class VernError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly rule?: ValidationRule,
    readonly params?: RuleParams,
  ) {
    super(message)
    this.name = 'VernError'
  }
  get status(): number {
    return ERROR_CODES[this.code].status
  }
}

/** Bad input in a named field. The message explains why, without echoing the value. */
export function invalid(
  field: string,
  message: string,
  rule: ValidationRule = 'format',
  params?: RuleParams,
): VernError {
  return new VernError('validation_failed', message, field, rule, params)
}

export function notFound(what: string): VernError {
  return new VernError('not_found', `${what} was not found`)
}

export function conflict(message: string, field?: string): VernError {
  return new VernError('conflict', message, field)
}

export function forbidden(message = 'Your role does not allow this'): VernError {
  return new VernError('forbidden', message)
}
