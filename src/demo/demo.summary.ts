import type { Config } from '../config/config.js'
import type { DemoResult } from './demo.service.js'
import { NORDLYS_ORGANISATION } from './nordlys.organisation.js'

const n = (value: number) => value.toLocaleString('en-GB')

/** What `vern demo` prints when it is done: what it made, how long it took, how to start and sign in. */
export function demoSummary(r: DemoResult, config: Config): string[] {
  const d = r.dataMap
  const g = r.register
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
