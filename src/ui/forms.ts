import type { FastifyRequest } from 'fastify'
import { html, type Renderable, type SafeHtml } from './html.js'

export interface FieldOptions {
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'number' | 'search' | 'url'
  value?: string | null | undefined
  required?: boolean
  hint?: string
  /** The error for this field, if the last submission was refused because of it. */
  error?: string | null | undefined
  autocomplete?: string
  inputmode?: 'numeric' | 'email' | 'tel' | 'text'
  maxlength?: number
  pattern?: string
  autofocus?: boolean
  /** The word for "optional" in the page's language, shown after the label of an optional field. */
  optional?: string
}

/** Id for a form control, stable and safe in an attribute. */
function idFor(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`
}

function described(name: string, hint?: string, error?: string | null): string | undefined {
  const ids = [hint && `${idFor(name)}-hint`, error && `${idFor(name)}-error`].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

function extras(name: string, hint?: string, error?: string | null): SafeHtml {
  return html`${hint && html`<p class="hint" id="${idFor(name)}-hint">${hint}</p>`}${error && html`<p class="field-error" id="${idFor(name)}-error">${error}</p>`}`
}

/** A labelled input with its hint and error, wired for screen readers. */
export function field(label: string, name: string, o: FieldOptions = {}): SafeHtml {
  const describedBy = described(name, o.hint, o.error)
  return html`<div class="field${o.error ? ' invalid' : ''}">
<label for="${idFor(name)}">${label}${o.optional ? html` <span class="optional">(${o.optional})</span>` : ''}</label>
<input id="${idFor(name)}" name="${name}" type="${o.type ?? 'text'}"${o.value != null && o.type !== 'password' ? html` value="${o.value}"` : ''}${o.required ? html` required` : ''}${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}${o.inputmode ? html` inputmode="${o.inputmode}"` : ''}${o.maxlength ? html` maxlength="${o.maxlength}"` : ''}${o.pattern ? html` pattern="${o.pattern}"` : ''}${o.autofocus ? html` autofocus` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${o.error ? html` aria-invalid="true"` : ''}>
${extras(name, o.hint, o.error)}
</div>`
}

export function textarea(
  label: string,
  name: string,
  o: Omit<FieldOptions, 'type'> & { rows?: number } = {},
): SafeHtml {
  const describedBy = described(name, o.hint, o.error)
  return html`<div class="field${o.error ? ' invalid' : ''}">
<label for="${idFor(name)}">${label}${o.optional ? html` <span class="optional">(${o.optional})</span>` : ''}</label>
<textarea id="${idFor(name)}" name="${name}" rows="${o.rows ?? 4}"${o.required ? html` required` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${o.error ? html` aria-invalid="true"` : ''}>${o.value ?? ''}</textarea>
${extras(name, o.hint, o.error)}
</div>`
}

export function select(
  label: string,
  name: string,
  options: ReadonlyArray<{ value: string; label: string }>,
  o: { value?: string | null; hint?: string; error?: string | null; required?: boolean } = {},
): SafeHtml {
  const describedBy = described(name, o.hint, o.error)
  return html`<div class="field${o.error ? ' invalid' : ''}">
<label for="${idFor(name)}">${label}</label>
<select id="${idFor(name)}" name="${name}"${o.required ? html` required` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${o.error ? html` aria-invalid="true"` : ''}>
${options.map((opt) => html`<option value="${opt.value}"${opt.value === o.value ? html` selected` : ''}>${opt.label}</option>`)}
</select>
${extras(name, o.hint, o.error)}
</div>`
}

export function checkbox(label: string, name: string, checked: boolean, hint?: string): SafeHtml {
  return html`<div class="field check">
<input id="${idFor(name)}" name="${name}" type="checkbox" value="on"${checked ? html` checked` : ''}${hint ? html` aria-describedby="${idFor(name)}-hint"` : ''}>
<label for="${idFor(name)}">${label}</label>
${hint && html`<p class="hint" id="${idFor(name)}-hint">${hint}</p>`}
</div>`
}

/** A POST form with the request's CSRF token. */
export function postForm(
  request: FastifyRequest,
  action: string,
  content: Renderable,
  o: { className?: string; label?: string } = {},
): SafeHtml {
  return html`<form method="post" action="${action}"${o.className ? html` class="${o.className}"` : ''}${o.label ? html` aria-label="${o.label}"` : ''} novalidate>
<input type="hidden" name="_csrf" value="${request.csrfToken()}">
${content}
</form>`
}

/** A one-button form, for actions such as revoke or disable. */
export function actionButton(
  request: FastifyRequest,
  action: string,
  label: string,
  o: { danger?: boolean; hidden?: Record<string, string> } = {},
): SafeHtml {
  return html`<form method="post" action="${action}" class="inline">
<input type="hidden" name="_csrf" value="${request.csrfToken()}">
${Object.entries(o.hidden ?? {}).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
<button type="submit" class="${o.danger ? 'danger' : 'secondary'}">${label}</button>
</form>`
}

/** Reads a urlencoded form body as plain strings (repeated names become the last value). */
export function formFields(body: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
      if (typeof v === 'string') out[k] = v
      else if (Array.isArray(v) && typeof v.at(-1) === 'string') out[k] = v.at(-1) as string
    }
  }
  return out
}

/** Empty form fields mean "not given". */
export function blankToNull(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim()
}
