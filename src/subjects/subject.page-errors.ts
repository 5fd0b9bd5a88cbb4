import { VernError } from '../errors.js'
import type { AdminText } from '../i18n/admin/index.js'
import { formFieldOf } from './subject.form.js'

/**
 * A refused form submission as the form field it concerns and a message in the reader's language; null
 * for errors that are not about the input (they become the usual error page).
 */
export function formError(
  t: AdminText,
  error: unknown,
): { field: string; message: string; card: boolean } | null {
  if (!(error instanceof VernError)) return null
  if (error.code !== 'validation_failed' && error.code !== 'card_number_not_allowed') return null
  const field = formFieldOf(error.field)
  const label = t.register.fields[field] ?? field
  const message =
    error.code === 'card_number_not_allowed'
      ? t.register.cardRefused(label)
      : error.rule
        ? t.validation[error.rule](label, error.params ?? {})
        : error.message
  return { field, message, card: error.code === 'card_number_not_allowed' }
}

/** The submitted values to show again; a refused card number is not sent back to the browser. */
export function redisplay(
  values: Record<string, string>,
  refused: { field: string; card: boolean },
): Record<string, string> {
  return refused.card ? { ...values, [refused.field]: '' } : values
}
