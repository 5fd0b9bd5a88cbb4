import type { FastifyRequest } from 'fastify'
import { blankToNull, checkbox, field, formFields, postForm, select, textarea } from '../ui/forms.js'
import { html, type SafeHtml } from '../ui/html.js'
import { RECIPIENT_ROLES, SAFEGUARDS } from './datamap.schema.js'
import { textsFor } from './page.helpers.js'
import type { Processor } from './processor.schema.js'

/** The form as the API's body, validated by the same schema and service. */
export function processorFromForm(body: unknown): Record<string, unknown> {
  const f = formFields(body)
  return {
    name: (f.name ?? '').trim(),
    role: f.role ?? '',
    country: (f.country ?? '').trim().toUpperCase(),
    description: blankToNull(f.description),
    contactName: blankToNull(f.contactName),
    contactEmail: blankToNull(f.contactEmail),
    contactPhone: blankToNull(f.contactPhone),
    website: blankToNull(f.website),
    parentId: blankToNull(f.parentId),
    transferSafeguard: blankToNull(f.transferSafeguard),
    dpaSignedOn: blankToNull(f.dpaSignedOn),
    dpaReviewOn: blankToNull(f.dpaReviewOn),
    published: f.published === 'on',
  }
}

export function processorValues(p: Processor | null): Record<string, string> {
  return {
    name: p?.name ?? '',
    role: p?.role ?? 'processor',
    country: p?.country ?? '',
    description: p?.description ?? '',
    contactName: p?.contactName ?? '',
    contactEmail: p?.contactEmail ?? '',
    contactPhone: p?.contactPhone ?? '',
    website: p?.website ?? '',
    parentId: p?.parentId ?? '',
    transferSafeguard: p?.transferSafeguard ?? '',
    dpaSignedOn: p?.dpaSignedOn ?? '',
    dpaReviewOn: p?.dpaReviewOn ?? '',
    published: p?.published ? 'on' : '',
  }
}

export function processorForm(
  request: FastifyRequest,
  action: string,
  v: Record<string, string>,
  others: Processor[],
  e: Record<string, string>,
): SafeHtml {
  const { t, r } = textsFor(request)
  const d = t.dataMap
  const L = (k: string) => d.fields[k] ?? k
  const opt = t.common.optional
  return postForm(
    request,
    action,
    html`${field(L('name'), 'name', { value: v.name, required: true, error: e.name, maxlength: 200 })}
<div class="row">
${select(
  L('role'),
  'role',
  RECIPIENT_ROLES.map((x) => ({ value: x, label: r.roles[x] })),
  { value: v.role, error: e.role },
)}
${field(L('country'), 'country', { value: v.country, required: true, error: e.country, maxlength: 2 })}
</div>
${select(L('transferSafeguard'), 'transferSafeguard', [{ value: '', label: d.none }, ...SAFEGUARDS.map((s) => ({ value: s, label: r.safeguards[s] }))], { value: v.transferSafeguard, hint: d.hints.transferSafeguard, error: e.transferSafeguard })}
${select(L('parentId'), 'parentId', [{ value: '', label: d.none }, ...others.map((p) => ({ value: p.id, label: p.name }))], { value: v.parentId, error: e.parentId })}
${textarea(L('description'), 'description', { value: v.description, optional: opt, error: e.description, rows: 2 })}
${field(L('contactName'), 'contactName', { value: v.contactName, optional: opt, error: e.contactName, maxlength: 200 })}
<div class="row">
${field(L('contactEmail'), 'contactEmail', { type: 'email', value: v.contactEmail, optional: opt, error: e.contactEmail, maxlength: 254 })}
${field(L('contactPhone'), 'contactPhone', { type: 'tel', value: v.contactPhone, optional: opt, error: e.contactPhone, maxlength: 40 })}
</div>
${field(L('website'), 'website', { type: 'url', value: v.website, optional: opt, error: e.website, maxlength: 300 })}
<div class="row">
${field(L('dpaSignedOn'), 'dpaSignedOn', { type: 'date', value: v.dpaSignedOn, optional: opt, error: e.dpaSignedOn })}
${field(L('dpaReviewOn'), 'dpaReviewOn', { type: 'date', value: v.dpaReviewOn, optional: opt, error: e.dpaReviewOn })}
</div>
${checkbox(L('published'), 'published', v.published === 'on')}
<div class="actions"><button type="submit">${t.common.save}</button> <a href="/admin/processors">${t.common.cancel}</a></div>`,
  )
}

/** The upload form: multipart, with the CSRF token as a field the shared check reads once parsed. */
export function dpaForm(request: FastifyRequest, p: Processor, error?: string): SafeHtml {
  const { t } = textsFor(request)
  const d = t.dataMap
  return html`<form method="post" action="/admin/processors/${p.id}/dpa" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="${request.csrfToken()}">
<div class="field${error ? ' invalid' : ''}"><label for="f-file">${d.fields.file}</label>
<input id="f-file" name="file" type="file" accept="application/pdf,.pdf" required${error ? html` aria-invalid="true" aria-describedby="f-file-error"` : ''}>
${error && html`<p class="field-error" id="f-file-error">${error}</p>`}</div>
<div class="actions"><button type="submit">${d.dpaUpload}</button></div>
</form>`
}
