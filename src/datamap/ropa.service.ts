import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import type { Language } from '../i18n/languages.js'
import type { OrganisationService } from '../organisation/organisation.service.js'
import type { TaxonomyKind, TaxonomyService } from '../taxonomy/taxonomy.service.js'
import type { Activity } from './activity.schema.js'
import type { ActivityService } from './activity.service.js'
import { countryName, isThirdCountry } from './countries.js'
import { RECIPIENT_ROLES, type Safeguard } from './datamap.schema.js'
import { type RopaText, retentionInWords, ropaText } from './i18n/ropa.js'
import type { Processor } from './processor.schema.js'
import type { ProcessorService } from './processor.service.js'
import type { Ropa, RopaActivity } from './ropa.schema.js'
import type { System } from './system.schema.js'
import type { SystemService } from './system.service.js'

type Labels = Map<string, string>

/** The record of processing activities (GDPR Art. 30(1)), assembled from the data map. */
export class RopaService {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly taxonomy: TaxonomyService,
    private readonly systems: SystemService,
    private readonly processors: ProcessorService,
    private readonly activities: ActivityService,
    private readonly clock: Clock,
  ) {}

  async build(db: Executor, language: Language): Promise<Ropa> {
    const t = ropaText(language)
    const org = await this.organisation.get(db)
    const systems = new Map((await this.systems.list(db)).map((s) => [s.id, s]))
    const processors = new Map((await this.processors.list(db)).map((p) => [p.id, p]))
    const labels = {
      data_use: await this.#labels(db, 'data_use', language),
      data_category: await this.#labels(db, 'data_category', language),
      data_subject: await this.#labels(db, 'data_subject', language),
    }
    const activities = (await this.activities.list(db)).map((a) =>
      toRopaActivity(a, { t, language, systems, processors, labels }),
    )
    return {
      language,
      title: t.title,
      generatedAt: this.clock.now().toISOString(),
      controller: {
        name: org.legalName,
        registrationNumber: org.registrationNumber,
        vatNumber: org.vatNumber,
        address: { ...org.address, country: org.country ? countryName(org.country, language) : null },
        email: org.contactEmail,
        phone: org.contactPhone,
      },
      dpo: org.dpo,
      activities,
    }
  }

  async #labels(db: Executor, kind: TaxonomyKind, language: Language): Promise<Labels> {
    const items = await this.taxonomy.list(db, kind)
    return new Map(items.map((i) => [i.key, i.labels[language] ?? i.labels.en ?? i.name]))
  }
}

interface Lookup {
  t: RopaText
  language: Language
  systems: Map<string, System>
  processors: Map<string, Processor>
  labels: Record<TaxonomyKind, Labels>
}

function toRopaActivity(a: Activity, l: Lookup): RopaActivity {
  const { t, language } = l
  const label = (kind: TaxonomyKind, key: string) => ({ key, label: l.labels[kind].get(key) ?? key })
  const recipients = a.recipientIds.flatMap((id) => {
    const p = l.processors.get(id)
    return p ? [p] : []
  })
  const systems = a.systemIds.flatMap((id) => {
    const s = l.systems.get(id)
    return s ? [s] : []
  })
  const place = (code: string) => ({ country: code, countryName: countryName(code, language) })
  const coded = <K extends string>(names: Record<K, string>, code: K) => ({ code, label: names[code] })
  const safeguard = (code: Safeguard | null) => (code ? coded(t.safeguards, code) : null)

  const transfers: RopaActivity['transfers'] = a.transfers.map((tr) => ({
    ...place(tr.country),
    recipient: l.processors.get(tr.recipientId)?.name ?? null,
    safeguard: safeguard(tr.safeguard),
    via: 'transfer',
  }))
  // A recipient seated, or a system hosted, outside the EU/EEA is a transfer even when not stated.
  const covered = (country: string, name: string | null) =>
    transfers.some((x) => x.country === country && x.recipient === name)
  for (const p of recipients) {
    if (p.thirdCountry && !covered(p.country, p.name))
      transfers.push({
        ...place(p.country),
        recipient: p.name,
        safeguard: safeguard(p.transferSafeguard),
        via: 'recipient',
      })
  }
  for (const s of systems) {
    if (!s.hostingCountry || !isThirdCountry(s.hostingCountry)) continue
    const runner = s.processorId ? l.processors.get(s.processorId) : undefined
    if (!covered(s.hostingCountry, runner?.name ?? null))
      transfers.push({
        ...place(s.hostingCountry),
        recipient: runner?.name ?? null,
        safeguard: safeguard(runner?.transferSafeguard ?? null),
        via: 'system',
      })
  }

  const measures = new Map<string, Array<{ name: string; note: string | null }>>()
  for (const s of systems)
    for (const m of s.securityMeasures)
      measures.set(m.measure, [...(measures.get(m.measure) ?? []), { name: s.name, note: m.note }])

  return {
    id: a.id,
    name: a.name,
    purpose: a.purpose,
    dataUse: label('data_use', a.dataUse),
    legalBasis: coded(t.legalBases, a.legalBasis),
    specialCategoryCondition: a.specialCategoryCondition
      ? coded(t.specialConditions, a.specialCategoryCondition)
      : null,
    legitimateInterest: a.legitimateInterest,
    dataSubjects: a.dataSubjects.map((k) => label('data_subject', k)),
    dataCategories: a.dataCategories.map((k) => label('data_category', k)),
    recipientCategories: RECIPIENT_ROLES.flatMap((role) => {
      const members = recipients.filter((p) => p.role === role)
      if (members.length === 0) return []
      return [
        {
          role: coded(t.roles, role),
          recipients: members.map((p) => ({
            id: p.id,
            name: p.name,
            role: coded(t.roles, p.role),
            ...place(p.country),
            thirdCountry: p.thirdCountry,
            parent: p.parentId ? (l.processors.get(p.parentId)?.name ?? null) : null,
          })),
        },
      ]
    }),
    thirdCountries: [...new Set(transfers.map((x) => x.country))].sort().map(place),
    transfers,
    retention: {
      ...a.retention,
      text: retentionInWords(t, a.retention),
    },
    securityMeasures: [...measures].map(([measure, on]) => ({
      measure: coded(t.measures, measure as keyof RopaText['measures']),
      systems: on,
    })),
    systems: systems.map((s) => ({ id: s.id, name: s.name, hostingCountry: s.hostingCountry })),
    source: a.source,
    requirement: a.requirement ? coded(t.requirements, a.requirement) : null,
    requirementConsequence: a.requirementConsequence,
    automatedDecisions: a.automatedDecisions,
    automatedDecisionsDescription: a.automatedDecisionsDescription,
  }
}
