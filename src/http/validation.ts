import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { FastifySchema, FastifySchemaCompiler } from 'fastify'
import { invalid, type RuleParams, type ValidationRule, type VernError } from '../errors.js'

// ajv-formats is CommonJS and also exports itself as `default`, which is what ESM sees as callable.
const addFormats = addFormatsModule.default

function makeAjv(coerceTypes: boolean | 'array'): Ajv {
  // removeAdditional stays off: unknown fields are rejected by additionalProperties:false, never dropped.
  const ajv = new Ajv({
    allErrors: false,
    coerceTypes,
    useDefaults: true,
    removeAdditional: false,
    strict: true,
  })
  addFormats(ajv, ['email', 'uri', 'date-time', 'date', 'uuid'])
  return ajv
}

/** Bodies are taken as typed; query strings and path parameters arrive as text and are coerced. */
const bodyAjv = makeAjv(false)
const textAjv = makeAjv('array')

export const validatorCompiler: FastifySchemaCompiler<FastifySchema> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : textAjv
  return ajv.compile(schema as object) as ValidateFunction
}

/** The dotted path of the field an ajv error is about, e.g. `address.city` or `origins.2`. */
export function fieldOf(error: ErrorObject): string {
  const path = error.instancePath.split('/').filter(Boolean)
  if (error.keyword === 'required') path.push(String(error.params.missingProperty))
  if (error.keyword === 'additionalProperties') path.push(String(error.params.additionalProperty))
  return path.join('.') || 'body'
}

/** The rule an ajv error stands for. */
export function ruleOf(error: ErrorObject): { rule: ValidationRule; params?: RuleParams } {
  const limit = typeof error.params.limit === 'number' ? error.params.limit : undefined
  switch (error.keyword) {
    case 'required':
      return { rule: 'required' }
    case 'additionalProperties':
      return { rule: 'unknown_field' }
    case 'maxLength':
      return { rule: 'too_long', params: { limit } }
    case 'minLength':
      return limit === 1 ? { rule: 'required' } : { rule: 'too_short', params: { limit } }
    case 'maxItems':
      return { rule: 'too_many', params: { limit } }
    case 'format':
      return { rule: error.params.format === 'email' ? 'email' : 'format' }
    case 'enum':
    case 'const':
    case 'anyOf':
      return { rule: 'one_of' }
    case 'type':
      return { rule: 'type' }
    case 'minimum':
    case 'maximum':
      return { rule: 'range', params: { limit } }
    default:
      return { rule: 'format' }
  }
}

/** A message that explains what is wrong without repeating the value that was sent. */
export function messageOf(error: ErrorObject): string {
  const field = fieldOf(error)
  switch (error.keyword) {
    case 'required':
      return `${field} is required`
    case 'additionalProperties':
      return `${field} is not a known field`
    case 'maxLength':
      return `${field} must be at most ${error.params.limit} characters`
    case 'minLength':
      return error.params.limit === 1
        ? `${field} must not be empty`
        : `${field} must be at least ${error.params.limit} characters`
    case 'maxItems':
      return `${field} must have at most ${error.params.limit} items`
    case 'format':
      return `${field} must be a valid ${error.params.format}`
    case 'enum':
      return `${field} must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`
    case 'type':
      return `${field} must be of type ${error.params.type}`
    default:
      return `${field} ${error.message ?? 'is invalid'}`
  }
}

/** An ajv error as Vern's validation error. */
export function toInvalid(error: ErrorObject): VernError {
  const { rule, params } = ruleOf(error)
  return invalid(fieldOf(error), messageOf(error), rule, params)
}

/**
 * A validator for HTML forms and other inputs checked outside Fastify's pipeline, built from the same
 * schema as the API route, so both paths accept and reject the same things.
 */
export function compileInput<T>(
  schema: object,
): (input: unknown) => { ok: true; value: T } | { ok: false; error: VernError } {
  const validate = bodyAjv.compile(schema)
  return (input) => {
    if (validate(input)) return { ok: true, value: input as T }
    const first = validate.errors?.[0]
    return {
      ok: false,
      error: first ? toInvalid(first) : invalid('body', 'is invalid'),
    }
  }
}
