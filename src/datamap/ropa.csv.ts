import { stringify } from 'csv-stringify/sync'
import { spreadsheetText } from '../ui/format.js'
import { ropaText } from './i18n/ropa.js'
import type { Ropa, RopaActivity } from './ropa.schema.js'

/** Spreadsheets run cells that start with these as formulas; a leading apostrophe keeps them text. */
const cell = spreadsheetText

const list = (values: string[]) => values.join('; ')

/** The record as CSV: one row per processing activity, headings in the record's language. */
export function ropaCsv(ropa: Ropa): string {
  const t = ropaText(ropa.language)
  const c = ropa.controller
  const controller = [
    c.name,
    c.registrationNumber,
    [c.address.street, [c.address.postalCode, c.address.city].filter(Boolean).join(' '), c.address.country]
      .filter(Boolean)
      .join(', '),
    c.email,
    c.phone,
  ]
    .filter(Boolean)
    .join(', ')
  const dpo = ropa.dpo ? [ropa.dpo.name, ropa.dpo.email, ropa.dpo.phone].filter(Boolean).join(', ') : t.none
  const header = [
    t.controller,
    t.dpo,
    t.activity,
    t.purpose,
    t.dataUse,
    t.legalBasis,
    t.legitimateInterest,
    t.specialCondition,
    t.dataSubjects,
    t.dataCategories,
    t.recipients,
    t.thirdCountries,
    t.transfers,
    t.retention,
    t.security,
    t.systems,
    t.source,
    t.requirement,
    t.consequence,
    t.automated,
  ]
  const row = (a: RopaActivity) => [
    controller,
    dpo,
    a.name,
    a.purpose,
    a.dataUse.label,
    a.legalBasis.label,
    a.legitimateInterest ?? '',
    a.specialCategoryCondition?.label ?? '',
    list(a.dataSubjects.map((s) => s.label)),
    list(a.dataCategories.map((s) => s.label)),
    list(
      a.recipientCategories.map(
        (g) => `${g.role.label}: ${g.recipients.map((r) => `${r.name} (${r.countryName})`).join(', ')}`,
      ),
    ),
    list(a.thirdCountries.map((x) => x.countryName)),
    list(a.transfers.map((x) => [x.countryName, x.recipient, x.safeguard?.label].filter(Boolean).join(', '))),
    a.retention.text,
    list(a.securityMeasures.map((m) => m.measure.label)),
    list(a.systems.map((s) => s.name)),
    a.source ?? t.fromPerson,
    a.requirement?.label ?? '',
    a.requirementConsequence ?? '',
    a.automatedDecisions ? `${t.yes}: ${a.automatedDecisionsDescription ?? ''}` : t.no,
  ]
  // A byte order mark, so spreadsheet programs read the Nordic letters as UTF-8.
  return `\ufeff${stringify([header, ...ropa.activities.map(row)].map((r) => r.map(cell)))}`
}
