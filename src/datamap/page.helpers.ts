import type { FastifyReply, FastifyRequest } from 'fastify'
import { can } from '../auth/roles.js'
import { VernError } from '../errors.js'
import type { AdminText } from '../i18n/admin/index.js'
import { adminText } from '../i18n/admin/index.js'
import { html, type SafeHtml } from '../ui/html.js'
import { pageLanguage, sendPage } from '../ui/page.js'
import { ropaText } from './i18n/ropa.js'

/** Whether the signed-in person may change the data map (forms are shown only then). */
export function mayWrite(request: FastifyRequest): boolean {
  return request.principal !== null && can(request.principal.role, 'datamap.write')
}

/** The admin texts and the record's words (enum labels) in the page's language. */
export function textsFor(request: FastifyRequest) {
  const lang = pageLanguage(request)
  return { t: adminText(lang), r: ropaText(lang), lang }
}

/** Every value a form sent under a name (check boxes and repeated fields), trimmed, blanks dropped. */
export function formList(body: unknown, name: string): string[] {
  const raw = (body as Record<string, unknown> | undefined)?.[name]
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  return list.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim())
}

/** Where a refused input path is entered on a form: the field's name and, when not its own, a label. */
export type FormFieldOf = (path: string) => { name: string; label?: string | undefined }

const firstSegment: FormFieldOf = (path) => ({ name: path.split('.')[0] ?? path })

/**
 * A refused input in the reader's language, labelled with the data map's own field names: a validation
 * error, or a full card number (worded as on the register's forms: one rule, one message).
 */
export function describeFieldError(
  t: AdminText,
  error: VernError,
  fieldOf: FormFieldOf = firstSegment,
): { field: string; message: string } {
  const { name, label = t.dataMap.fields[name] ?? name } = fieldOf(error.field ?? 'body')
  const message =
    error.code === 'card_number_not_allowed'
      ? t.register.cardRefused(label)
      : error.rule
        ? t.validation[error.rule](label, error.params ?? {})
        : error.message
  return { field: name, message }
}

/**
 * Runs a form's write; refused input re-renders the form with the message at its field. A refused card
 * number is not sent back to the browser: its field is shown empty.
 */
export async function submitForm(
  request: FastifyRequest,
  reply: FastifyReply,
  o: {
    title: string
    write: () => Promise<string>
    render: (errors: Record<string, string>, posted?: unknown) => Promise<SafeHtml> | SafeHtml
    fieldOf?: FormFieldOf
  },
): Promise<FastifyReply> {
  try {
    return reply.redirect(await o.write(), 303)
  } catch (error) {
    if (!(error instanceof VernError)) throw error
    if (error.code === 'conflict')
      return sendPage(request, reply, {
        title: o.title,
        status: 409,
        error: error.message,
        body: await o.render({}, request.body),
      })
    if (error.code !== 'validation_failed' && error.code !== 'card_number_not_allowed') throw error
    const { t } = textsFor(request)
    const { field, message } = describeFieldError(t, error, o.fieldOf)
    const posted =
      error.code === 'card_number_not_allowed'
        ? { ...(request.body as Record<string, unknown>), [field]: '' }
        : request.body
    return sendPage(request, reply, {
      title: o.title,
      status: 400,
      error: `${t.common.fixErrors} ${message}`,
      body: await o.render({ [field]: message }, posted),
    })
  }
}

/** A group of check boxes sharing one name, in a fieldset with a legend. */
export function checkboxes(
  legend: string,
  name: string,
  options: ReadonlyArray<{ value: string; label: string }>,
  chosen: readonly string[],
  error?: string,
): SafeHtml {
  return html`<fieldset class="${error ? 'invalid' : ''}"><legend>${legend}</legend>
${error && html`<p class="field-error">${error}</p>`}
${options.map(
  (
    o,
    i,
  ) => html`<div class="field check"><input id="f-${name}-${i}" name="${name}" type="checkbox" value="${o.value}"${chosen.includes(o.value) ? html` checked` : ''}>
<label for="f-${name}-${i}">${o.label}</label></div>`,
)}
</fieldset>`
}
