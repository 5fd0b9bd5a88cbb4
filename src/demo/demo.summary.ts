import type { Config } from '../config/config.js'
import type { DemoResult } from './demo.service.js'
import { NORDLYS_ORGANISATION } from './nordlys.organisation.js'

const n = (value: number) => value.toLocaleString('en-GB')
const pct = (part: number, of: number) => `${of === 0 ? 0 : Math.round((part / of) * 100)}%`

/** What `vern demo` prints when it is done: what it made, how long it took, how to start and sign in. */
export function demoSummary(r: DemoResult, config: Config): string[] {
  const d = r.dataMap
  const g = r.register
  const c = r.consent
  const m = r.marketing
  const signIn = `${config.publicUrl.href.replace(/\/$/, '')}/login`
  const lines = [
    `${r.organisation.name} is ready with demo data (${(r.ms / 1000).toFixed(1)} s).`,
    r.organisation.kept
      ? '  Organisation: your own profile was kept.'
      : `  Organisation: ${r.organisation.name}, Denmark, CVR ${NORDLYS_ORGANISATION.registrationNumber}, financial year ending 31 December.`,
    `  Data map:     ${d.activities} processing activities, ${d.systems} systems, ${d.processors} processors and other recipients.`,
    `  Register:     ${n(g.people)} people: ${n(g.customers)} customers, ${n(g.prospects)} prospects, ${n(g.formerCustomers)} former customers;`,
    `                ${n(g.contacts)} of them are contacts at ${n(g.companies)} business customers;`,
    `                ${n(g.interactions)} orders, invoices, offers, inquiries and complaints.`,
    `  Consent:      ${n(c.services)} cookie banner services, now at revision ${c.revision}; ${n(c.choices)} choices over the last ${c.days} days:`,
    `                ${pct(c.methods.accept_all, c.choices)} accepted all, ${pct(c.methods.reject_all, c.choices)} rejected all, ${pct(c.methods.custom, c.choices)} chose for themselves, ${pct(c.methods.gpc, c.choices)} refused by GPC;`,
    `                ${n(c.signedIn)} made by signed-in customers. Check the ledger with: vern consent verify`,
    `  Newsletter:   ${n(m.permissions)} e-mail permissions: ${n(m.softOptIn)} soft opt-ins at checkout, ${n(m.explicitOptIn)} explicit opt-ins;`,
    `                ${n(m.withdrawn)} of them unsubscribed since and are on the suppression list. No mail was queued.`,
    `  Retention:    ${r.retentionRules} rules, among them the Danish bookkeeping act's 5 years.`,
    r.policy.version === null
      ? `  Policy:       not published: your own profile leaves ${r.policy.gaps} ${r.policy.gaps === 1 ? 'gap' : 'gaps'}; see /admin/policy.`
      : `  Policy:       version ${r.policy.version} of the privacy policy is published at ${config.publicUrl.href.replace(/\/$/, '')}/privacy/policy.`,
    '  Every change is in the audit log as made by the system actor "demo".',
    '',
    'Start Vern and sign in:',
    '  npm start',
    `  open ${signIn}`,
  ]
  if (r.owner.password)
    lines.push(
      `  e-mail:   ${r.owner.email}`,
      `  password: ${r.owner.password}`,
      '  The password is shown only now; change it under Account after signing in.',
    )
  else lines.push(`  as ${r.owner.email}, the owner account that was already there.`)
  return lines
}
