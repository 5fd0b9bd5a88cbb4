import type { Role } from '../auth/roles.js'
import type { AdminText } from '../i18n/admin/index.js'
import { blankToNull, field, select, textarea } from '../ui/forms.js'
import { html, type SafeHtml } from '../ui/html.js'
import { FIELD_RIGHTS, mayWrite, type ProfileField } from './subject.access.js'
import { COMPANY_NUMBER_KINDS, NATIONAL_ID_KINDS } from './subject.schema.js'
import type { Subject } from './subject.view.js'

type Values = Record<string, string>
type Errors = Record<string, string | undefined>

/** The form's fields as strings, from a subject as the role sees it. */
export function formValues(s: Subject): Values {
  const nationalId = s.nationalIds?.[0]
  const external = s.externalIds?.[0]
  return {
    kind: s.kind,
    relationship: s.relationship,
    name: s.name ?? '',
    email: s.email ?? '',
    phone: s.phone ?? '',
    street: s.address?.street ?? '',
    postalCode: s.address?.postalCode ?? '',
    city: s.address?.city ?? '',
    addressCountry: s.address?.country ?? '',
    billingStreet: s.billingAddress?.street ?? '',
    billingPostalCode: s.billingAddress?.postalCode ?? '',
    billingCity: s.billingAddress?.city ?? '',
    jobTitle: s.jobTitle ?? '',
    workplace: s.workplace ?? '',
    nationalIdKind: nationalId?.kind ?? 'dk_cpr',
    nationalId: nationalId?.value ?? '',
    externalSystem: external?.system ?? '',
    externalId: external?.id ?? '',
    companyNumberKind: s.companyNumber?.kind ?? 'dk_cvr',
    companyNumber: s.companyNumber?.value ?? '',
    gln: s.gln ?? '',
    cardLast4: s.cardLast4 ?? '',
    cardExpiry: s.cardExpiry ?? '',
    notes: s.notes ?? '',
  }
}

const address = (street?: string, postalCode?: string, city?: string, country?: string) => {
  const a = {
    street: blankToNull(street),
    postalCode: blankToNull(postalCode),
    city: blankToNull(city),
    country: blankToNull(country)?.toUpperCase() ?? null,
  }
  return Object.values(a).some((v) => v !== null) ? a : null
}

/**
 * The submitted form as the API's input, with only the fields the role may write. A new record leaves
 * blank fields out; a correction sends them as null (cleared). Further identifiers of an existing
 * person (the form edits the first) are kept.
 */
export function inputFromForm(f: Values, role: Role, existing?: Subject): Record<string, unknown> {
  const nationalId = blankToNull(f.nationalId)
  const externalId = blankToNull(f.externalId)
  const profile: Record<ProfileField, unknown> = {
    name: blankToNull(f.name),
    email: blankToNull(f.email),
    phone: blankToNull(f.phone),
    address: address(f.street, f.postalCode, f.city, f.addressCountry),
    billingAddress: address(f.billingStreet, f.billingPostalCode, f.billingCity),
    jobTitle: blankToNull(f.jobTitle),
    workplace: blankToNull(f.workplace),
    nationalIds: [
      ...(nationalId ? [{ kind: f.nationalIdKind, value: nationalId }] : []),
      ...(existing?.nationalIds?.slice(1) ?? []),
    ],
    externalIds: [
      ...(externalId ? [{ system: (f.externalSystem ?? '').trim(), id: externalId }] : []),
      ...(existing?.externalIds?.slice(1) ?? []),
    ],
    companyNumber: blankToNull(f.companyNumber)
      ? { kind: f.companyNumberKind, value: (f.companyNumber ?? '').trim() }
      : null,
    gln: blankToNull(f.gln),
    cardLast4: blankToNull(f.cardLast4),
    cardExpiry: blankToNull(f.cardExpiry),
    notes: blankToNull(f.notes),
  }
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(profile) as Array<[ProfileField, unknown]>) {
    if (!mayWrite(role, FIELD_RIGHTS[name])) continue
    const blank = value === null || (Array.isArray(value) && value.length === 0)
    if (!existing && blank) continue
    out[name] = value
  }
  if (f.relationship) out.relationship = f.relationship
  if (!existing && f.kind) out.kind = f.kind
  return out
}

/** The form field an API field path belongs to, e.g. 'nationalIds.0.value' → 'nationalId'. */
export function formFieldOf(path: string | undefined): string {
  if (!path) return ''
  const [head = '', , last] = path.split('.')
  const map: Record<string, string> = {
    nationalIds: 'nationalId',
    externalIds: last === 'system' ? 'externalSystem' : 'externalId',
    companyNumber: 'companyNumber',
    address: path.endsWith('country') ? 'addressCountry' : (path.split('.')[1] ?? 'street'),
    billingAddress: `billing${(path.split('.')[1] ?? 'street').replace(/^./, (c) => c.toUpperCase())}`,
  }
  return map[head] ?? head
}

/** The personal fields the role may write, grouped as the person's page groups them. */
export function profileFields(t: AdminText, role: Role, v: Values, e: Errors): SafeHtml {
  const r = t.register
  const l = r.fields
  const o = { optional: t.common.optional }
  const may = (f: ProfileField) => mayWrite(role, FIELD_RIGHTS[f])
  const input = (name: string, extra: Parameters<typeof field>[2] = {}) =>
    field(l[name] ?? name, name, { value: v[name], error: e[name], maxlength: 200, ...o, ...extra })
  const kinds = (list: readonly string[]) => list.map((k) => ({ value: k, label: r.identifierKinds[k] ?? k }))
  return html`${may('name') && input('name')}
${may('email') && input('email', { type: 'email', maxlength: 254 })}
${may('phone') && input('phone', { type: 'tel', maxlength: 40, hint: r.hints.phone })}
${may('address') && html`<div class="row">${input('street')}${input('postalCode', { maxlength: 20 })}${input('city', { maxlength: 100 })}${input('addressCountry', { maxlength: 2 })}</div>`}
${may('billingAddress') && html`<div class="row">${input('billingStreet')}${input('billingPostalCode', { maxlength: 20 })}${input('billingCity', { maxlength: 100 })}</div>`}
${may('jobTitle') && html`<div class="row">${input('jobTitle')}${input('workplace')}</div>`}
${may('nationalIds') && html`<div class="row">${select(l.nationalIdKind ?? '', 'nationalIdKind', kinds(NATIONAL_ID_KINDS), { value: v.nationalIdKind })}${input('nationalId', { maxlength: 20, hint: r.hints.nationalId })}</div>`}
${may('externalIds') && html`<div class="row">${input('externalSystem', { maxlength: 60, hint: r.hints.externalSystem })}${input('externalId', { maxlength: 100 })}</div>`}
${may('companyNumber') && html`<div class="row">${select(l.companyNumberKind ?? '', 'companyNumberKind', kinds(COMPANY_NUMBER_KINDS), { value: v.companyNumberKind })}${input('companyNumber', { maxlength: 30 })}${input('gln', { maxlength: 20, inputmode: 'numeric' })}</div>`}
${may('cardLast4') && html`<div class="row">${input('cardLast4', { maxlength: 4, inputmode: 'numeric', hint: r.hints.cardLast4 })}${input('cardExpiry', { maxlength: 5, hint: r.hints.cardExpiry })}</div>`}
${may('notes') && textarea(l.notes ?? '', 'notes', { value: v.notes, error: e.notes, ...o, rows: 3 })}`
}
