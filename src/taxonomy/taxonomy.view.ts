import type { FastifyRequest } from 'fastify'
import type { AdminText } from '../i18n/admin/index.js'
import { type AdminLanguage, LANGUAGES } from '../i18n/languages.js'
import { actionButton, field, postForm, select, textarea } from '../ui/forms.js'
import { html, type SafeHtml } from '../ui/html.js'
import { KINDS, type TaxonomyKind } from './taxonomy.keys.js'
import type { TaxonomyItem } from './taxonomy.service.js'

export interface ViewState {
  canWrite: boolean
  values: Record<string, string>
  errors: Record<string, string>
  importError?: string | null
}

/** The taxonomy page: the add and import forms for writers, then the three trees. */
export function taxonomyBody(
  request: FastifyRequest,
  t: AdminText,
  lang: AdminLanguage,
  items: readonly TaxonomyItem[],
  state: ViewState,
): SafeHtml {
  const x = t.taxonomy
  // The trees are long, so the forms come first, folded; a refused submission opens its form again.
  const addOpen = Object.keys(state.errors).length > 0
  return html`<p>${x.intro}</p>
<p class="hint">${x.disabledHint}</p>
${state.canWrite ? html`<details${addOpen ? html` open` : ''}><summary>${x.addTitle}</summary>${addForm(request, t, state)}</details>` : html`<p class="hint">${x.readOnly}</p>`}
<p>${x.exportIntro} <a href="/api/v1/taxonomy/export" download>${x.exportLink}</a></p>
${state.canWrite && html`<details${state.importError ? html` open` : ''}><summary>${x.importTitle}</summary>${importForm(request, t, state)}</details>`}
${KINDS.map((kind) =>
  tree(
    request,
    t,
    lang,
    kind,
    items.filter((i) => i.kind === kind),
    state.canWrite,
  ),
)}`
}

/** One tree as nested lists, so the depth shows without any styling of our own. */
function tree(
  request: FastifyRequest,
  t: AdminText,
  lang: AdminLanguage,
  kind: TaxonomyKind,
  items: readonly TaxonomyItem[],
  canWrite: boolean,
): SafeHtml {
  const children = new Map<string | null, TaxonomyItem[]>()
  const keys = new Set(items.map((i) => i.key))
  for (const item of items) {
    // An item whose parent is missing (possible after a partial import elsewhere) is shown as a root.
    const parent = item.parentKey && keys.has(item.parentKey) ? item.parentKey : null
    children.set(parent, [...(children.get(parent) ?? []), item])
  }
  const branch = (parent: string | null): SafeHtml => {
    const list = children.get(parent)
    if (!list) return html``
    return html`<ul>${list.map((item) => html`<li>${line(request, t, lang, item, canWrite)}${branch(item.key)}</li>`)}</ul>`
  }
  return html`<section aria-labelledby="tree-${kind}"><h2 id="tree-${kind}">${t.taxonomy.kinds[kind]} <span class="hint">(${t.taxonomy.count(items.length)})</span></h2>
${branch(null)}</section>`
}

function line(
  request: FastifyRequest,
  t: AdminText,
  lang: AdminLanguage,
  item: TaxonomyItem,
  canWrite: boolean,
): SafeHtml {
  const x = t.taxonomy
  const label = item.labels[lang] ?? item.name
  return html`<span data-key="${item.key}">${label} <code>${item.key}</code>
<span class="badge${item.isDefault ? '' : ' ok'}">${item.isDefault ? x.standard : x.custom}</span>
${item.disabled && html`<span class="badge bad">${x.disabled}</span>`}
${canWrite && actionButton(request, '/admin/taxonomy/state', item.disabled ? x.enable : x.disable, { hidden: { kind: item.kind, key: item.key, disabled: item.disabled ? '0' : '1' } })}</span>`
}

function addForm(request: FastifyRequest, t: AdminText, state: ViewState): SafeHtml {
  const x = t.taxonomy
  const v = state.values
  const e = state.errors
  return html`<p>${x.addIntro}</p>
${postForm(
  request,
  '/admin/taxonomy',
  html`${select(
    x.kind,
    'kind',
    KINDS.map((k) => ({ value: k, label: x.kinds[k] })),
    { value: v.kind ?? 'data_category', error: e.kind },
  )}
${field(x.key, 'key', { value: v.key, required: true, hint: x.keyHint, error: e.key, maxlength: 200 })}
${field(x.name, 'name', { value: v.name, required: true, error: e.name, maxlength: 200 })}
${textarea(x.description, 'description', { value: v.description, error: e.description, optional: t.common.optional, rows: 2 })}
<fieldset><legend>${x.labels}</legend>
${LANGUAGES.map((l) => field(t.languages[l], `label_${l}`, { value: v[`label_${l}`], error: e[`label_${l}`], optional: t.common.optional, maxlength: 200 }))}
</fieldset>
<div class="actions"><button type="submit">${x.add}</button></div>`,
)}`
}

function importForm(request: FastifyRequest, t: AdminText, state: ViewState): SafeHtml {
  const x = t.taxonomy
  return postForm(
    request,
    '/admin/taxonomy/import',
    html`${textarea(x.importLabel, 'yaml', { value: state.values.yaml, hint: x.importHint, error: state.importError, rows: 10 })}
<div class="actions"><button type="submit">${x.importButton}</button></div>`,
  )
}
