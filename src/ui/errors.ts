import type { VernError } from '../errors.js'
import type { AdminText } from '../i18n/admin/index.js'

/** The label people know a field by, e.g. 'bannerOrigins.2' → the label of the origins field. */
export function fieldLabel(t: AdminText, path: string | undefined): string {
  if (!path) return t.fields.body ?? ''
  const clean = path.replace(/\.\d+$/, '')
  return t.fields[clean] ?? t.fields[clean.split('.').at(-1) ?? ''] ?? clean
}

/** A validation error in the reader's language; other errors keep their (English) message. */
export function describeError(t: AdminText, error: VernError): string {
  if (error.code !== 'validation_failed' || !error.rule) return error.message
  return t.validation[error.rule](fieldLabel(t, error.field), error.params ?? {})
}
