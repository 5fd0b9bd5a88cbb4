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

/** A validation error in the reader's language, labelled with the data map's own field names. */
export function describeFieldError(t: AdminText, error: VernError): { field: string; message: string } {
  const path = error.field ?? 'body'
  const field = path.split('.')[0] ?? path
  const label = t.dataMap.fields[field] ?? field
  const message = error.rule ? t.validation[error.rule](label, error.params ?? {}) : error.message
  return { field, message }
}

/** Runs a form's write; a validation error re-renders the form with the message at its field. */
export async function submitForm(
  request: FastifyRequest,
  reply: FastifyReply,
  o: {
    title: string
    write: () => Promise<string>
    render: (errors: Record<string, string>) => Promise<SafeHtml> | SafeHtml
  },
): Promise<FastifyReply> {
  try {
    return reply.redirect(await o.write(), 303)
  } catch (error) {
    if (!(error instanceof VernError) || error.code !== 'validation_failed') {
      if (error instanceof VernError && error.code === 'conflict') {
        return sendPage(request, reply, {
          title: o.title,
          status: 409,
          error: error.message,
          body: await o.render({}),
        })
      }
      throw error
    }
    const { t } = textsFor(request)
    const { field, message } = describeFieldError(t, error)
    return sendPage(request, reply, {
      title: o.title,
      status: 400,
      error: `${t.common.fixErrors} ${message}`,
      body: await o.render({ [field]: message }),
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
