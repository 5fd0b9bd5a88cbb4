import type { FastifyRequest } from 'fastify'
import type { Role } from '../auth/roles.js'
import type { AdminText } from '../i18n/admin/index.js'
import type { AdminLanguage } from '../i18n/languages.js'
import { formatTime } from '../ui/format.js'
import { field, postForm, select, textarea } from '../ui/forms.js'
import { html, type SafeHtml } from '../ui/html.js'
import {
  FIELD_RIGHTS,
  interactionRights,
  mayRead,
  mayWrite,
  PROFILE_FIELDS,
  type ProfileField,
} from './subject.access.js'
import { FIELD_CATEGORIES, INTERACTION_CATEGORIES } from './subject.categories.js'
import { INTERACTION_KINDS } from './subject.schema.js'
import type { Address, Interaction, Subject } from './subject.view.js'

const addressText = (a: Address | null | undefined) =>
  a ? [a.street, [a.postalCode, a.city].filter(Boolean).join(' '), a.country].filter(Boolean).join(', ') : ''

/** A field's value as one line of text; empty when nothing is held. */
function valueText(t: AdminText, s: Subject, f: ProfileField): string {
  const r = t.register
  switch (f) {
    case 'address':
    case 'billingAddress':
      return addressText(s[f])
    case 'nationalIds':
      return (s.nationalIds ?? []).map((n) => `${n.value} (${r.identifierKinds[n.kind]})`).join('; ')
    case 'externalIds':
      return (s.externalIds ?? []).map((e) => `${e.system}: ${e.id}`).join('; ')
    case 'companyNumber':
      return s.companyNumber ? `${s.companyNumber.value} (${r.identifierKinds[s.companyNumber.kind]})` : ''
    default:
      return s[f] ?? ''
  }
}

/** The fields the role may see that hold a value, with their data category, in category order. */
function heldRows(t: AdminText, role: Role, s: Subject) {
  return PROFILE_FIELDS.filter((f) => mayRead(role, FIELD_RIGHTS[f]))
    .map((f) => ({ f, key: FIELD_CATEGORIES[f], text: valueText(t, s, f) }))
    .filter((row) => row.text !== '')
    .sort((a, b) => a.key.localeCompare(b.key))
}

/** The data categories the page shows for the person: of the fields held and of the interactions listed. */
export function heldCategories(t: AdminText, role: Role, s: Subject, list: Interaction[]): string[] {
  const keys = [
    ...heldRows(t, role, s).map((row) => row.key),
    ...list.flatMap((i) => INTERACTION_CATEGORIES[i.kind] ?? []),
  ]
  return [...new Set(keys)].sort()
}

/** Everything held about the person that the role may see, grouped by data category (P10, P17). */
export function heldByCategory(t: AdminText, role: Role, s: Subject): SafeHtml {
  const r = t.register
  const rows = heldRows(t, role, s)
  const hidden = PROFILE_FIELDS.some((f) => !mayRead(role, FIELD_RIGHTS[f]))
  return html`<h2>${r.held}</h2>
${s.erased && html`<p class="warn">${r.erased}</p>`}
${
  rows.length === 0
    ? html`<p>${r.nothingHeld}</p>`
    : html`<table class="held">
<thead><tr><th scope="col">${r.category}</th><th scope="col">${r.value}</th></tr></thead>
<tbody>${rows.map((row) => html`<tr><th scope="row">${r.categories[row.key] ?? row.key} <code>${row.key}</code></th><td><span class="hint">${r.fields[row.f]}:</span> ${row.text}</td></tr>`)}</tbody>
</table>`
}
${hidden && html`<p class="hint">${r.hidden}</p>`}`
}

/** Relationship state and dates. */
export function facts(t: AdminText, lang: AdminLanguage, s: Subject): SafeHtml {
  const r = t.register
  const row = (label: string, value: string | SafeHtml | null) =>
    html`<dt>${label}</dt><dd>${value || t.common.notSet}</dd>`
  return html`<div class="card"><dl class="facts">
${row(r.fields.kind ?? '', r.kinds[s.kind] ?? s.kind)}
${row(r.relationship, r.relationships[s.relationship] ?? s.relationship)}
${row(r.firstContact, formatTime(s.firstContactAt, lang))}
${row(r.lastContact, formatTime(s.lastContactAt, lang))}
${s.relationshipEndedAt && row(r.ended, formatTime(s.relationshipEndedAt, lang))}
${row(r.source, s.source)}
${s.companyId && row(r.company, html`<a href="/admin/people/${s.companyId}">${r.openCompany}</a>`)}
</dl></div>`
}

/** The interactions the role may see, newest first, and the form to record one. */
export function interactions(
  request: FastifyRequest,
  t: AdminText,
  lang: AdminLanguage,
  role: Role,
  s: Subject,
  list: Interaction[],
  v: Record<string, string>,
  e: Record<string, string>,
): SafeHtml {
  const r = t.register
  const kinds = INTERACTION_KINDS.filter((k) => mayWrite(role, interactionRights(k)))
  return html`<h2 id="interactions">${r.interactions}</h2>
${
  list.length === 0
    ? html`<p>${r.noInteractions}</p>`
    : html`<table>
<thead><tr><th scope="col">${r.fields.occurredAt}</th><th scope="col">${r.fields.kind}</th><th scope="col">${r.fields.reference}</th><th scope="col">${r.fields.summary}</th><th scope="col">${r.fields.amount}</th></tr></thead>
<tbody>${list.map((i) => html`<tr><td>${formatTime(i.occurredAt, lang)}</td><td>${r.interactionKinds[i.kind]} <code>${INTERACTION_CATEGORIES[i.kind]}</code></td><td>${i.reference}</td><td>${i.summary}</td><td>${i.amount === null ? '' : `${i.amount} ${i.currency ?? ''}`}</td></tr>`)}</tbody>
</table>`
}
${
  kinds.length > 0 &&
  !s.erased &&
  !s.restricted &&
  html`<h3>${r.addInteraction}</h3>
${postForm(
  request,
  `/admin/people/${s.id}/interactions`,
  html`<div class="row">
${select(
  r.fields.kind ?? '',
  'kind',
  kinds.map((k) => ({ value: k, label: r.interactionKinds[k] ?? k })),
  { value: v.kind, error: e.kind },
)}
${field(r.fields.occurredAt ?? '', 'occurredAt', { type: 'date', value: v.occurredAt, error: e.occurredAt, hint: r.hints.occurredAt, optional: t.common.optional })}
${field(r.fields.reference ?? '', 'reference', { value: v.reference, error: e.reference, maxlength: 100, optional: t.common.optional })}
</div>
${textarea(r.fields.summary ?? '', 'summary', { value: v.summary, error: e.summary, rows: 2, optional: t.common.optional })}
<div class="row">
${field(r.fields.amount ?? '', 'amount', { value: v.amount, error: e.amount, inputmode: 'numeric', maxlength: 20, optional: t.common.optional })}
${field(r.fields.currency ?? '', 'currency', { value: v.currency, error: e.currency, maxlength: 3, optional: t.common.optional })}
</div>
<div class="actions"><button type="submit">${r.addInteraction}</button></div>`,
  { label: r.addInteraction },
)}`
}`
}
