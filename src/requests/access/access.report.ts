import type { RopaActivity } from '../../datamap/ropa.schema.js'
import type { ProfileField } from '../../subjects/subject.access.js'
import type { PackageFacts } from './access.facts.js'
import { ACCESS_TEXT, type AccessText, dateWords, LOCALES } from './access.text.js'

// The report for people (Art. 15) as plain blocks, so the HTML and the PDF say the same thing.

export type Block =
  | { type: 'p'; text: string }
  | { type: 'h3'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'facts'; rows: Array<[string, string]> }
  | { type: 'table'; head: string[]; rows: string[][] }

export interface Section {
  id: string
  heading: string
  blocks: Block[]
}

export interface Report {
  language: PackageFacts['language']
  title: string
  sections: Section[]
  footer: string
}

/** Everything Art. 15 asks for, in the person's language, in the order a person reads it. */
export function buildReport(f: PackageFacts): Report {
  const t = ACCESS_TEXT[f.language]
  const d = dateWords(f.language, f.organisation.country)
  const org = f.organisation.name
  const activities = uniqueActivities(f)
  const sections: Section[] = []

  const opening: Block[] = [
    { type: 'p', text: t.intro(org, d.long(f.generatedAt)) },
    { type: 'facts', rows: [[t.reference, f.requestId]] },
  ]
  if (!f.subject) opening.push({ type: 'p', text: t.notHeld }, { type: 'p', text: t.notHeldOther })
  else if (f.subject.erased) opening.push({ type: 'p', text: t.erased })
  else opening.push({ type: 'p', text: t.held }, { type: 'p', text: t.filesNote })
  sections.push({ id: 'answer', heading: t.title, blocks: opening })

  const o = f.organisation
  const controller: Array<[string, string]> = []
  const address = [o.street, [o.postalCode, o.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  if (address) controller.push([t.address, address])
  const contact = [o.email, o.phone].filter(Boolean).join(', ')
  if (contact) controller.push([t.contact, contact])
  if (o.dpo) controller.push([t.dpo, [o.dpo.name, o.dpo.email, o.dpo.phone].filter(Boolean).join(', ')])
  sections.push({
    id: 'controller',
    heading: t.controller,
    blocks: [
      { type: 'p', text: t.controllerText(org) },
      { type: 'facts', rows: controller },
    ],
  })

  if (f.subject) {
    const s = f.subject
    const about: Array<[string, string]> = [[t.relationship, t.relationships[s.relationship]]]
    if (s.firstContactAt) about.push([t.firstContact, d.long(s.firstContactAt)])
    if (s.lastContactAt) about.push([t.lastContact, d.long(s.lastContactAt)])
    if (s.relationshipEndedAt) about.push([t.relationshipEnded, d.long(s.relationshipEndedAt)])
    if (s.restricted) about.push([t.restricted, '✓'])
    const data: Block[] = [{ type: 'facts', rows: about }]
    if (f.categories.length > 0)
      data.push({
        type: 'table',
        head: [t.category, t.value],
        rows: f.categories.flatMap((c) =>
          c.fields.map((field) => [t.fields[field.field], show(field.field, field.value)]),
        ),
      })
    sections.push({ id: 'data', heading: t.data, blocks: data })

    const i = f.interactions
    const dealings: Block[] = []
    if (i.total === 0) dealings.push({ type: 'p', text: t.noInteractions })
    else {
      dealings.push({ type: 'p', text: t.interactionsCount(i.total) })
      if (i.recent.length < i.total)
        dealings.push({ type: 'p', text: t.interactionsShown(i.recent.length, i.total) })
      dealings.push({
        type: 'table',
        head: [t.date, t.kind, t.referenceColumn, t.summary, t.amount],
        rows: i.recent.map((x) => [
          d.long(x.occurredAt),
          t.interactionKinds[x.kind],
          x.reference ?? '',
          x.summary ?? '',
          x.amount === null ? '' : money(f.language, x.amount, x.currency),
        ]),
      })
    }
    sections.push({ id: 'interactions', heading: t.interactions, blocks: dealings })
  }

  if (f.systems.length > 0) {
    // The folder the files are in; its name is the same in every language.
    const reached = f.systems.filter((s) => s.reachable)
    const missed = f.systems.filter((s) => !s.reachable)
    const blocks: Block[] = []
    if (reached.length > 0)
      blocks.push(
        { type: 'p', text: t.systemsIntro('systems') },
        { type: 'list', items: reached.map((s) => s.name) },
      )
    if (missed.length > 0)
      blocks.push(
        { type: 'p', text: t.systemsUnreachable },
        { type: 'list', items: missed.map((s) => s.name) },
      )
    sections.push({ id: 'systems', heading: t.systems, blocks })
  }

  if (f.purposes.length > 0) {
    const blocks: Block[] = [{ type: 'p', text: t.purposesIntro }]
    for (const a of activities) {
      blocks.push({ type: 'h3', text: a.name })
      const covers = f.purposes.filter((p) => p.activities.some((x) => x.id === a.id)).map((p) => p.label)
      blocks.push({ type: 'facts', rows: activityFacts(t, a, covers) })
    }
    const without = f.purposes.filter((p) => p.activities.length === 0).map((p) => p.label)
    if (without.length > 0) blocks.push({ type: 'p', text: t.noPurpose }, { type: 'list', items: without })
    sections.push({ id: 'purposes', heading: t.purposes, blocks })

    const recipients = new Map<string, string[]>()
    for (const a of activities)
      for (const group of a.recipientCategories)
        for (const r of group.recipients) recipients.set(r.id, [r.name, r.role.label, r.countryName])
    sections.push({
      id: 'recipients',
      heading: t.recipients,
      blocks:
        recipients.size === 0
          ? [{ type: 'p', text: t.noRecipients }]
          : [{ type: 'table', head: [t.recipient, t.kind, t.country], rows: [...recipients.values()] }],
    })

    const transfers = new Map<string, string[]>()
    for (const a of activities)
      for (const x of a.transfers)
        transfers.set(`${x.country}|${x.recipient}`, [
          x.countryName,
          x.recipient ?? '',
          x.safeguard?.label ?? '',
        ])
    sections.push({
      id: 'transfers',
      heading: t.transfers,
      blocks:
        transfers.size === 0
          ? [{ type: 'p', text: t.noTransfers }]
          : [
              { type: 'p', text: t.transfersIntro },
              { type: 'table', head: [t.country, t.recipient, t.safeguard], rows: [...transfers.values()] },
            ],
    })

    sections.push({
      id: 'retention',
      heading: t.retention,
      blocks: [{ type: 'facts', rows: activities.map((a) => [a.name, a.retention.text]) }],
    })

    const sources = [...new Set(activities.map((a) => a.source).filter((s): s is string => !!s))]
    // Data from the person needs no source named (Art. 15(1)(g)), but saying so answers the question.
    const fromYou = activities.length === 0 || activities.some((a) => !a.source)
    const source: Block[] = [{ type: 'list', items: fromYou ? [t.fromYou, ...sources] : sources }]
    if (f.subject) source.push({ type: 'facts', rows: [[t.recordSource, recordSource(t, f.subject.source)]] })
    sections.push({ id: 'source', heading: t.source, blocks: source })

    const automated = activities.filter((a) => a.automatedDecisions)
    sections.push({
      id: 'automated',
      heading: t.automated,
      blocks:
        automated.length === 0
          ? [{ type: 'p', text: t.noAutomated }]
          : [{ type: 'facts', rows: automated.map((a) => [a.name, a.automatedDecisionsDescription ?? '']) }],
    })
  }

  sections.push({
    id: 'consents',
    heading: t.consents,
    blocks:
      f.consents.length === 0
        ? [{ type: 'p', text: t.noConsents }]
        : [
            { type: 'p', text: t.consentsIntro },
            {
              type: 'table',
              head: [
                t.consentColumns.at,
                t.consentColumns.method,
                t.consentColumns.categories,
                t.consentColumns.policy,
              ],
              rows: f.consents.map((c) => [
                d.time(c.at),
                t.methods[c.method],
                Object.entries(c.categories)
                  .map(([k, v]) => `${cookieCategory(t, k)}: ${v ? t.accepted : t.refused}`)
                  .join(', '),
                c.policyVersion ?? '',
              ]),
            },
          ],
  })

  const m = t.marketingColumns
  sections.push({
    id: 'marketing',
    heading: t.marketing,
    blocks:
      f.subscriptions.length === 0
        ? [{ type: 'p', text: t.noMarketing }]
        : [
            { type: 'p', text: t.marketingIntro },
            {
              type: 'table',
              head: [m.channel, m.purpose, m.basis, m.status, m.given, m.withdrawn],
              rows: f.subscriptions.map((s) => [
                t.channels[s.channel],
                s.purpose,
                t.bases[s.basis],
                t.statuses[s.status],
                d.long(s.confirmedAt ?? s.createdAt),
                s.withdrawnAt ? d.long(s.withdrawnAt) : '',
              ]),
            },
          ],
  })

  sections.push({
    id: 'rights',
    heading: t.rights,
    blocks: [
      { type: 'p', text: t.rightsIntro },
      { type: 'list', items: Object.values(t.rightList) },
      { type: 'p', text: t.howTo(f.privacyUrl) },
    ],
  })

  const a = f.authority
  sections.push({
    id: 'complaint',
    heading: t.complaint,
    blocks: [
      { type: 'p', text: t.complaintText(a?.name ?? t.noAuthority) },
      ...(a
        ? [
            {
              type: 'facts' as const,
              rows: [
                [t.address, a.address],
                [t.web, a.web],
                [t.contact, a.email],
              ] as Array<[string, string]>,
            },
          ]
        : []),
    ],
  })

  return {
    language: f.language,
    title: f.kind === 'access' ? t.title : t.portabilityTitle,
    sections,
    footer: `${org} · ${t.generated(d.long(f.generatedAt))}`,
  }
}

/** The activities behind any of the person's categories, each once. */
function uniqueActivities(f: PackageFacts): RopaActivity[] {
  const seen = new Map<string, RopaActivity>()
  for (const p of f.purposes) for (const a of p.activities) seen.set(a.id, a)
  return [...seen.values()]
}

function activityFacts(t: AccessText, a: RopaActivity, covers: string[]): Array<[string, string]> {
  const rows: Array<[string, string]> = [[t.purpose, `${a.purpose} (${a.dataUse.label})`]]
  rows.push([t.dataUsed, covers.join(', ')])
  rows.push([t.legalBasis, a.legalBasis.label])
  if (a.legitimateInterest) rows.push([t.legitimateInterest, a.legitimateInterest])
  rows.push([t.retention, a.retention.text])
  return rows
}

function recordSource(t: AccessText, source: string): string {
  if (source.startsWith('import')) return t.recordSources.import
  return source === 'admin' ? t.recordSources.admin : t.recordSources.api
}

function cookieCategory(t: AccessText, key: string): string {
  return (t.cookieCategories as Record<string, string>)[key] ?? key
}

/** A profile value as a person reads it. */
function show(field: ProfileField, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (field === 'address' || field === 'billingAddress') {
    const a = value as {
      street: string | null
      postalCode: string | null
      city: string | null
      country: string | null
    }
    return [a.street, [a.postalCode, a.city].filter(Boolean).join(' '), a.country].filter(Boolean).join(', ')
  }
  if (field === 'nationalIds') return (value as Array<{ value: string }>).map((n) => n.value).join(', ')
  if (field === 'externalIds')
    return (value as Array<{ system: string; id: string }>).map((e) => `${e.system}: ${e.id}`).join(', ')
  if (field === 'companyNumber') {
    const c = value as { value: string; vatNumber: string | null }
    return c.vatNumber ? `${c.value} (${c.vatNumber})` : c.value
  }
  return String(value)
}

/** An amount as the person writes it, e.g. "1.249,50 kr."; an unknown currency code is shown as given. */
function money(language: PackageFacts['language'], amount: number, currency: string | null): string {
  const locale = LOCALES[language]
  if (currency)
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount)
    } catch {
      return `${new Intl.NumberFormat(locale).format(amount)} ${currency}`
    }
  return new Intl.NumberFormat(locale).format(amount)
}
