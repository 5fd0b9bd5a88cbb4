import type { AdminText } from '../i18n/admin/index.js'
import { LANGUAGES } from '../i18n/languages.js'
import { blankToNull, checkbox, field, select, textarea } from '../ui/forms.js'
import { html, type SafeHtml } from '../ui/html.js'
import { AUTHORITIES } from './authorities.js'
import { COUNTRIES, isCountry } from './countries.js'
import type { Organisation } from './organisation.schema.js'

/** The organisation form's fields as strings, from a stored profile. */
export function formValues(org: Organisation): Record<string, string> {
  return {
    legalName: org.legalName ?? '',
    country: org.country ?? '',
    registrationNumber: org.registrationNumber ?? '',
    street: org.address.street ?? '',
    postalCode: org.address.postalCode ?? '',
    city: org.address.city ?? '',
    contactEmail: org.contactEmail ?? '',
    contactPhone: org.contactPhone ?? '',
    dpoName: org.dpo?.name ?? '',
    dpoEmail: org.dpo?.email ?? '',
    dpoPhone: org.dpo?.phone ?? '',
    bannerOrigins: org.bannerOrigins.join('\n'),
    defaultLanguage: org.defaultLanguage,
    financialYearEnd: org.financialYearEnd,
    requireTwoFactor: org.requireTwoFactor ? 'on' : '',
    authorityAddress: org.authorityOverride.address ?? '',
    authorityWeb: org.authorityOverride.web ?? '',
  }
}

/** Turns the submitted form into the same patch the API takes, so both are validated alike. */
export function patchFromForm(f: Record<string, string>, scope: 'identity' | 'all'): Record<string, unknown> {
  const patch: Record<string, unknown> = {
    legalName: (f.legalName ?? '').trim(),
    registrationNumber: (f.registrationNumber ?? '').trim(),
    address: {
      street: blankToNull(f.street),
      postalCode: blankToNull(f.postalCode),
      city: blankToNull(f.city),
    },
    contactEmail: (f.contactEmail ?? '').trim(),
    contactPhone: blankToNull(f.contactPhone),
  }
  if (f.country) patch.country = f.country
  if (f.defaultLanguage) patch.defaultLanguage = f.defaultLanguage
  if (scope === 'all') {
    const dpo = [f.dpoName, f.dpoEmail, f.dpoPhone].some((v) => blankToNull(v) !== null)
    patch.dpo = dpo
      ? { name: (f.dpoName ?? '').trim(), email: (f.dpoEmail ?? '').trim(), phone: blankToNull(f.dpoPhone) }
      : null
    patch.bannerOrigins = (f.bannerOrigins ?? '').split(/\s+/).filter(Boolean)
    patch.financialYearEnd = (f.financialYearEnd ?? '').trim()
    patch.requireTwoFactor = f.requireTwoFactor === 'on'
    patch.authorityAddress = blankToNull(f.authorityAddress)
    patch.authorityWeb = blankToNull(f.authorityWeb)
  }
  return patch
}

/** The form field an API field path belongs to, e.g. 'address.city' → 'city'. */
export function formFieldOf(path: string | undefined): string {
  if (!path) return ''
  const map: Record<string, string> = {
    'address.street': 'street',
    'address.postalCode': 'postalCode',
    'address.city': 'city',
    'dpo.name': 'dpoName',
    'dpo.email': 'dpoEmail',
    'dpo.phone': 'dpoPhone',
    address: 'street',
    dpo: 'dpoName',
  }
  return map[path] ?? path.split('.')[0] ?? path
}

type Errors = Record<string, string | undefined>

/** The identity and contact fields, shared by the set-up wizard and the organisation page. */
export function identityFields(t: AdminText, v: Record<string, string>, e: Errors): SafeHtml {
  const s = t.setup
  return html`${field(s.legalName, 'legalName', { value: v.legalName, required: true, error: e.legalName, autocomplete: 'organization', maxlength: 200 })}
<div class="row">
${select(s.country, 'country', [{ value: '', label: '—' }, ...COUNTRIES.map((c) => ({ value: c, label: t.countries[c] }))], { value: v.country, required: true, error: e.country })}
${field(s.registrationNumber, 'registrationNumber', { value: v.registrationNumber, required: true, hint: s.registrationHint, error: e.registrationNumber, maxlength: 30 })}
</div>
${field(s.street, 'street', { value: v.street, required: true, error: e.street, autocomplete: 'street-address', maxlength: 200 })}
<div class="row">
${field(s.postalCode, 'postalCode', { value: v.postalCode, required: true, error: e.postalCode, autocomplete: 'postal-code', maxlength: 20 })}
${field(s.city, 'city', { value: v.city, required: true, error: e.city, autocomplete: 'address-level2', maxlength: 100 })}
</div>
${field(s.contactEmail, 'contactEmail', { type: 'email', value: v.contactEmail, required: true, error: e.contactEmail, maxlength: 254 })}
${field(s.contactPhone, 'contactPhone', { type: 'tel', value: v.contactPhone, error: e.contactPhone, optional: t.common.optional, autocomplete: 'tel', maxlength: 40 })}
${select(
  s.defaultLanguage,
  'defaultLanguage',
  LANGUAGES.map((l) => ({ value: l, label: t.languages[l] })),
  { value: v.defaultLanguage || 'en', error: e.defaultLanguage },
)}`
}

/** The fields only the organisation page has: DPO and settings. */
export function settingsFields(t: AdminText, v: Record<string, string>, e: Errors): SafeHtml {
  const o = t.organisation
  return html`<fieldset><legend>${o.dpoHeading}</legend>
<p class="hint">${o.dpoIntro}</p>
${field(o.dpoName, 'dpoName', { value: v.dpoName, error: e.dpoName, optional: t.common.optional, maxlength: 200 })}
${field(o.dpoEmail, 'dpoEmail', { type: 'email', value: v.dpoEmail, error: e.dpoEmail, optional: t.common.optional, maxlength: 254 })}
${field(o.dpoPhone, 'dpoPhone', { type: 'tel', value: v.dpoPhone, error: e.dpoPhone, optional: t.common.optional, maxlength: 40 })}
</fieldset>
<fieldset><legend>${o.settings}</legend>
${textarea(o.origins, 'bannerOrigins', { value: v.bannerOrigins, hint: o.originsHint, error: e.bannerOrigins, optional: t.common.optional, rows: 3 })}
${field(o.financialYearEnd, 'financialYearEnd', { value: v.financialYearEnd, required: true, hint: o.financialYearEndHint, error: e.financialYearEnd, maxlength: 5, pattern: '\\d{2}-\\d{2}' })}
${checkbox(o.requireTwoFactor, 'requireTwoFactor', v.requireTwoFactor === 'on')}
</fieldset>
${authorityFields(t, v, e)}`
}

/** The owner's own address and website for the authority, each hinting at Vern's own. */
function authorityFields(t: AdminText, v: Record<string, string>, e: Errors): SafeHtml {
  const o = t.organisation
  const builtIn = v.country && isCountry(v.country) ? AUTHORITIES[v.country] : null
  const hint = (value: string | undefined) => (value ? o.authorityDefault(value) : o.authorityHint)
  return html`<fieldset><legend>${o.authorityOverride}</legend>
<p class="hint">${o.authorityOverrideIntro}</p>
${field(o.authorityAddress, 'authorityAddress', { value: v.authorityAddress, hint: hint(builtIn?.address), error: e.authorityAddress, optional: t.common.optional, maxlength: 300 })}
${field(o.authorityWeb, 'authorityWeb', { type: 'url', value: v.authorityWeb, hint: hint(builtIn?.web), error: e.authorityWeb, optional: t.common.optional, maxlength: 200 })}
</fieldset>`
}
