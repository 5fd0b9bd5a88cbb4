import type { FastifyRequest } from 'fastify'
import { blankToNull, checkbox, field, formFields, postForm, select, textarea } from '../ui/forms.js'
import { html, type SafeHtml } from '../ui/html.js'
import type { Activity } from './activity.schema.js'
import { LEGAL_BASES, PERIOD_UNITS, REQUIREMENTS, SAFEGUARDS, SPECIAL_CONDITIONS } from './datamap.schema.js'
import { checkboxes, type FormFieldOf, formList, textsFor } from './page.helpers.js'

/** Rows for transfers in the form; more are rare for a small business and can be added via the API. */
const TRANSFER_ROWS = 3

export interface ActivityChoices {
  dataUses: Array<{ value: string; label: string }>
  categories: Array<{ value: string; label: string }>
  subjects: Array<{ value: string; label: string }>
  systems: Array<{ value: string; label: string }>
  recipients: Array<{ value: string; label: string }>
}

/** The form as the API's body, so both paths meet the same schema and service rules. */
export function activityFromForm(body: unknown): Record<string, unknown> {
  const f = formFields(body)
  const value = blankToNull(f.retentionValue)
  const transfers = []
  for (let i = 0; i < TRANSFER_ROWS; i++) {
    const country = blankToNull(f[`transferCountry${i}`])
    if (!country) continue
    transfers.push({
      country: country.toUpperCase(),
      safeguard: f[`transferSafeguard${i}`] ?? '',
      recipientId: f[`transferRecipient${i}`] ?? '',
    })
  }
  return {
    name: (f.name ?? '').trim(),
    purpose: (f.purpose ?? '').trim(),
    dataUse: f.dataUse ?? '',
    legalBasis: f.legalBasis ?? '',
    legitimateInterest: blankToNull(f.legitimateInterest),
    specialCategoryCondition: blankToNull(f.specialCategoryCondition),
    dataCategories: formList(body, 'dataCategories'),
    dataSubjects: formList(body, 'dataSubjects'),
    systemIds: formList(body, 'systemIds'),
    recipientIds: formList(body, 'recipientIds'),
    transfers,
    source: blankToNull(f.source),
    requirement: blankToNull(f.requirement),
    requirementConsequence: blankToNull(f.requirementConsequence),
    automatedDecisions: f.automatedDecisions === 'on',
    automatedDecisionsDescription: blankToNull(f.automatedDecisionsDescription),
    retention: {
      period: value === null ? null : { value: Number(value), unit: f.retentionUnit ?? 'years' },
      trigger: (f.retentionTrigger ?? '').trim(),
      description: (f.retentionDescription ?? '').trim(),
    },
  }
}

/** The form field of an input path, where the form splits the retention rule into fields of its own. */
export const activityFieldOf: FormFieldOf = (path) => {
  if (path === 'retention.trigger') return { name: 'retentionTrigger' }
  if (path === 'retention.description') return { name: 'retentionDescription' }
  return { name: path.split('.')[0] ?? path }
}

/** What the form shows: a stored activity, or what was just posted. */
export function activityValues(a: Activity | null, posted?: unknown) {
  if (posted) {
    const f = formFields(posted)
    return {
      f,
      lists: {
        dataCategories: formList(posted, 'dataCategories'),
        dataSubjects: formList(posted, 'dataSubjects'),
        systemIds: formList(posted, 'systemIds'),
        recipientIds: formList(posted, 'recipientIds'),
      },
    }
  }
  const f: Record<string, string> = {
    name: a?.name ?? '',
    purpose: a?.purpose ?? '',
    dataUse: a?.dataUse ?? '',
    legalBasis: a?.legalBasis ?? 'contract',
    legitimateInterest: a?.legitimateInterest ?? '',
    specialCategoryCondition: a?.specialCategoryCondition ?? '',
    source: a?.source ?? '',
    requirement: a?.requirement ?? '',
    requirementConsequence: a?.requirementConsequence ?? '',
    automatedDecisions: a?.automatedDecisions ? 'on' : '',
    automatedDecisionsDescription: a?.automatedDecisionsDescription ?? '',
    retentionValue: a?.retention.period ? String(a.retention.period.value) : '',
    retentionUnit: a?.retention.period?.unit ?? 'years',
    retentionTrigger: a?.retention.trigger ?? '',
    retentionDescription: a?.retention.description ?? '',
  }
  a?.transfers.forEach((tr, i) => {
    f[`transferCountry${i}`] = tr.country
    f[`transferSafeguard${i}`] = tr.safeguard
    f[`transferRecipient${i}`] = tr.recipientId
  })
  return {
    f,
    lists: {
      dataCategories: a?.dataCategories ?? [],
      dataSubjects: a?.dataSubjects ?? [],
      systemIds: a?.systemIds ?? [],
      recipientIds: a?.recipientIds ?? [],
    },
  }
}

export function activityForm(
  request: FastifyRequest,
  action: string,
  values: ReturnType<typeof activityValues>,
  choices: ActivityChoices,
  e: Record<string, string>,
): SafeHtml {
  const { t, r } = textsFor(request)
  const d = t.dataMap
  const L = (k: string) => d.fields[k] ?? k
  const { f, lists } = values
  const opt = t.common.optional
  const blank = { value: '', label: d.none }
  return postForm(
    request,
    action,
    html`${field(L('name'), 'name', { value: f.name, required: true, error: e.name, maxlength: 200 })}
${textarea(L('purpose'), 'purpose', { value: f.purpose, required: true, error: e.purpose, rows: 3 })}
${select(L('dataUse'), 'dataUse', [{ value: '', label: d.choose }, ...choices.dataUses], { value: f.dataUse, error: e.dataUse, required: true })}
${select(
  L('legalBasis'),
  'legalBasis',
  LEGAL_BASES.map((b) => ({ value: b, label: r.legalBases[b] })),
  { value: f.legalBasis, error: e.legalBasis },
)}
${textarea(L('legitimateInterest'), 'legitimateInterest', { value: f.legitimateInterest, optional: opt, error: e.legitimateInterest, rows: 2 })}
${select(L('specialCategoryCondition'), 'specialCategoryCondition', [blank, ...SPECIAL_CONDITIONS.map((c) => ({ value: c, label: r.specialConditions[c] }))], { value: f.specialCategoryCondition, error: e.specialCategoryCondition })}
${checkboxes(L('dataCategories'), 'dataCategories', choices.categories, lists.dataCategories, e.dataCategories)}
${checkboxes(L('dataSubjects'), 'dataSubjects', choices.subjects, lists.dataSubjects, e.dataSubjects)}
${checkboxes(L('systemIds'), 'systemIds', choices.systems, lists.systemIds, e.systemIds)}
${checkboxes(L('recipientIds'), 'recipientIds', choices.recipients, lists.recipientIds, e.recipientIds)}
<fieldset><legend>${L('transfers')}</legend><p class="hint">${d.hints.transfers}</p>
${e.transfers && html`<p class="field-error">${e.transfers}</p>`}
${Array.from(
  { length: TRANSFER_ROWS },
  (_, i) => html`<div class="row">
${field(L('transferCountry'), `transferCountry${i}`, { value: f[`transferCountry${i}`], optional: opt, maxlength: 2 })}
${select(
  L('transferSafeguard'),
  `transferSafeguard${i}`,
  SAFEGUARDS.map((s) => ({ value: s, label: r.safeguards[s] })),
  { value: f[`transferSafeguard${i}`] ?? 'scc' },
)}
${select(L('transferRecipient'), `transferRecipient${i}`, [blank, ...choices.recipients], { value: f[`transferRecipient${i}`] })}
</div>`,
)}
</fieldset>
<fieldset><legend>${L('retention')}</legend>
<div class="row">
${field(L('retentionValue'), 'retentionValue', { type: 'number', value: f.retentionValue, optional: opt, hint: d.hints.retentionValue, error: e.retention })}
${select(
  L('retentionUnit'),
  'retentionUnit',
  PERIOD_UNITS.map((u) => ({ value: u, label: d.units[u] })),
  { value: f.retentionUnit },
)}
</div>
${field(L('retentionTrigger'), 'retentionTrigger', { value: f.retentionTrigger, required: true, hint: d.hints.retentionTrigger, error: e.retentionTrigger, maxlength: 500 })}
${textarea(L('retentionDescription'), 'retentionDescription', { value: f.retentionDescription, required: true, error: e.retentionDescription, rows: 2 })}
</fieldset>
${textarea(L('source'), 'source', { value: f.source, optional: opt, error: e.source, rows: 2 })}
${select(L('requirement'), 'requirement', [blank, ...REQUIREMENTS.map((q) => ({ value: q, label: r.requirements[q] }))], { value: f.requirement, error: e.requirement })}
${textarea(L('requirementConsequence'), 'requirementConsequence', { value: f.requirementConsequence, optional: opt, error: e.requirementConsequence, rows: 2 })}
${checkbox(L('automatedDecisions'), 'automatedDecisions', f.automatedDecisions === 'on')}
${textarea(L('automatedDecisionsDescription'), 'automatedDecisionsDescription', { value: f.automatedDecisionsDescription, optional: opt, error: e.automatedDecisionsDescription, rows: 2 })}
<div class="actions"><button type="submit">${t.common.save}</button> <a href="/admin/data-map">${t.common.cancel}</a></div>`,
  )
}
