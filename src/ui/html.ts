/** Markup that is already safe: produced by `html` or deliberately trusted with `trusted`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

export type Renderable = SafeHtml | string | number | boolean | null | undefined | readonly Renderable[]

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

function render(value: Renderable): string {
  if (value instanceof SafeHtml) return value.value
  if (value === null || value === undefined || value === false || value === true) return ''
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeHtml(String(value))
}

/**
 * The template tag for every page: each interpolated value is escaped unless it is itself SafeHtml,
 * so text from the database or the user can never become markup. `false`, null and undefined render
 * as nothing, which makes `${cond && html`…`}` work.
 */
export function html(strings: TemplateStringsArray, ...values: Renderable[]): SafeHtml {
  let out = strings[0] ?? ''
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '')
  return new SafeHtml(out)
}

/** Marks a string from a trusted source (never user input) as markup. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup)
}

/** Only http(s), mailto, tel and relative URLs may become links; anything else becomes '#'. */
export function safeUrl(url: string): string {
  return /^(https?:|mailto:|tel:|\/(?!\/)|#)/i.test(url.trim()) ? url.trim() : '#'
}
