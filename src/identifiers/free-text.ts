// Walks a structured input (a request body) and scans each of its strings for a full card number.
import { scanText } from './scan.js'
import type { ValidateOptions } from './types.js'

export interface FreeTextOptions extends ValidateOptions {
  /**
   * Field paths that are not free text (keys, enums, ids, dates, numbers checked by their own rule),
   * written without array positions, e.g. 'securityMeasures.measure'. A skipped path skips all below it.
   */
  skip?: ReadonlySet<string>
}

/**
 * The path of the first string in `input` that holds a full payment card number (issuer range, length
 * and Luhn), e.g. 'externalIds.0.id', or null. Only the path is returned, so a caller can name the
 * field in an error or an audit entry without ever handling the number.
 */
export function findCardNumber(input: unknown, options: FreeTextOptions = {}): string | null {
  const now = options.now ?? new Date()
  const skip = options.skip ?? new Set<string>()
  const walk = (value: unknown, path: string, shape: string): string | null => {
    if (shape !== '' && skip.has(shape)) return null
    if (typeof value === 'string')
      return scanText(value, { now }).some((f) => f.kind === 'payment_card') ? path : null
    if (value === null || typeof value !== 'object') return null
    const list = Array.isArray(value)
    for (const [key, child] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`
      const found = walk(child, at, list ? shape : shape === '' ? key : `${shape}.${key}`)
      if (found !== null) return found
    }
    return null
  }
  return walk(input, '', '')
}
