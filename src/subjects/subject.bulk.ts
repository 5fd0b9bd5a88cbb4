import type { Insertable } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { AuditInput, AuditLog } from '../audit/audit.service.js'
import type { Clock } from '../clock.js'
import type { DataKey, Vault } from '../crypto/vault.js'
import type { Executor } from '../db/database.js'
import { erasedAmong } from '../requests/erasure/erasure-list.js'
import type { StoredProfile, Who } from './subject.access.js'
import { EMPTY_PROFILE, openProfile, sealProfile } from './subject.codec.js'
import { type LookupHash, profileHashes } from './subject.lookups.js'
import * as repo from './subject.repository.js'
import type { RELATIONSHIPS } from './subject.schema.js'
import type { SubjectsTable } from './subject.table.js'

type Relationship = (typeof RELATIONSHIPS)[number]

/** A person for a bulk write, already validated and normalised (see src/imports/people.ts). */
export interface BulkPerson {
  profile: Partial<StoredProfile>
  firstContactAt: string | null
  lastContactAt: string | null
  company: { name: string | null; number: { kind: string; value: string } } | null
}

/**
 * 'erased': the person's data was erased at their request (erasure list); 'restricted': their data is
 * restricted (Art. 18) and only stored. Either way the row is left out.
 */
export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'erased' | 'restricted'

interface Target {
  id: string
  isNew: boolean
  row: Insertable<SubjectsTable> & { id: string }
  profile: StoredProfile
  key: DataKey | null
  fields: Set<string>
}

/** Fields present in `incoming` overwrite; ids in other systems are added to the ones known. */
function merge(current: StoredProfile, incoming: Partial<StoredProfile>): StoredProfile {
  const next: StoredProfile = { ...current }
  for (const [field, value] of Object.entries(incoming) as Array<[keyof StoredProfile, never]>) {
    if (value === null || value === undefined) continue
    if (field === 'externalIds' || field === 'nationalIds') {
      const known = new Set(current[field].map((e) => JSON.stringify(e)))
      next[field] = [
        ...current[field],
        ...(value as StoredProfile[typeof field]).filter((e) => !known.has(JSON.stringify(e))),
      ] as never
    } else next[field] = value
  }
  return next
}

const earlier = (a: string | null | undefined, b: string | null) => (!a ? b : !b || a <= b ? a : b)
const later = (a: string | null | undefined, b: string | null) => (!a ? b : !b || a >= b ? a : b)

/** Keys a person is recognised by on import: their id in the source system first, then the e-mail. */
function matchKeys(vault: Vault, profile: Partial<StoredProfile>): LookupHash[] {
  return profileHashes(vault, { externalIds: profile.externalIds ?? [], email: profile.email ?? null })
}

/**
 * Writes a batch of people in the caller's transaction, recognising people already in the register (or
 * earlier in the batch) by their id in the source system or their e-mail, so importing the same file
 * twice changes nothing. New people get their own data key. The audit gets one entry for the people
 * created and one for those changed, with their ids and the fields written, never the values. Returns what happened to each row, in order.
 */
export async function upsertPeople(
  trx: Executor,
  deps: { vault: Vault; audit: AuditLog; clock: Clock },
  people: readonly BulkPerson[],
  options: { source: string; relationship: Relationship; who: Who; details: Record<string, string> },
): Promise<RowOutcome[]> {
  const { vault, clock } = deps
  const at = clock.now().toISOString()
  const targets = new Map<string, Target>()
  const byHash = new Map<string, Target>()

  const fresh = (kind: 'person' | 'company', first: string | null, last: string | null): Target => {
    const id = uuidv7()
    const target: Target = {
      id,
      isNew: true,
      row: {
        id,
        kind,
        company_id: null,
        relationship: options.relationship,
        first_contact_at: first ?? at,
        last_contact_at: last ?? first ?? at,
        relationship_ended_at: options.relationship === 'former_customer' ? (last ?? at) : null,
        source: options.source,
        restricted: 0,
        profile: Buffer.alloc(0),
        created_at: at,
        updated_at: at,
      },
      profile: { ...EMPTY_PROFILE },
      key: null,
      fields: new Set(),
    }
    targets.set(id, target)
    return target
  }

  // Who is already in the register: by the keys of every person and every company number in the batch.
  const companyHash = (c: NonNullable<BulkPerson['company']>) =>
    profileHashes(vault, { companyNumber: c.number })[0] as LookupHash
  const keysOf = people.map((p) => matchKeys(vault, p.profile))
  // Rows of people on the erasure list (by any identifier) are skipped: an import never brings back
  // someone whose data was erased at their request (issue 5).
  const allHashes = people.map((p) => profileHashes(vault, p.profile))
  const erasedHashes = await erasedAmong(trx, allHashes.flat())
  const erasedRows = new Set(
    allHashes.flatMap((hs, i) => (hs.some((h) => erasedHashes.has(`${h.kind}:${h.hash}`)) ? [i] : [])),
  )
  const wanted = people.flatMap((p, i) =>
    erasedRows.has(i) ? [] : [...(keysOf[i] as LookupHash[]), ...(p.company ? [companyHash(p.company)] : [])],
  )
  const known = await repo.subjectsByHash(trx, wanted)
  const existingIds = [...new Set(known.values())]
  const rows = await repo.findSubjects(trx, existingIds)
  const keys = await vault.findKeys(trx, existingIds)
  for (const row of rows) {
    const key = keys.get(row.id)
    const profile = openProfile(key ?? null, row)
    // An erased person (key destroyed) is not brought back by an import: the row becomes someone new.
    if (!key || !profile) continue
    targets.set(row.id, { id: row.id, isNew: false, row: { ...row }, profile, key, fields: new Set() })
  }
  for (const [hash, id] of known) {
    const target = targets.get(id)
    if (target) byHash.set(hash, target)
  }

  const companyOf = (company: NonNullable<BulkPerson['company']>, person: BulkPerson): Target => {
    const hash = companyHash(company).hash
    let target = byHash.get(hash)
    if (!target) {
      target = fresh('company', person.firstContactAt, person.lastContactAt)
      target.profile.companyNumber = company.number
      target.profile.name = company.name
      target.fields.add('companyNumber').add('name')
      byHash.set(hash, target)
    }
    return target
  }

  const outcomes: RowOutcome[] = people.map((person, i) => {
    if (erasedRows.has(i)) return 'erased'
    const hashes = keysOf[i] as LookupHash[]
    const target = hashes.map((h) => byHash.get(h.hash)).find((t) => t !== undefined)
    if (!target) {
      // Someone new: no comparison needed, every field given is written.
      const added = fresh('person', person.firstContactAt, person.lastContactAt)
      added.profile = merge(added.profile, person.profile)
      for (const [field, value] of Object.entries(person.profile)) if (value !== null) added.fields.add(field)
      if (person.company) added.row.company_id = companyOf(person.company, person).id
      for (const h of hashes) byHash.set(h.hash, added)
      return 'created'
    }
    if (target.row.restricted === 1) return 'restricted'
    const snapshot = JSON.stringify(target.row) + JSON.stringify(target.profile)
    const next = merge(target.profile, person.profile)
    for (const field of Object.keys(EMPTY_PROFILE) as Array<keyof StoredProfile>)
      if (JSON.stringify(next[field]) !== JSON.stringify(target.profile[field])) target.fields.add(field)
    target.profile = next
    const { row } = target
    const first = earlier(row.first_contact_at, person.firstContactAt)
    const last = later(row.last_contact_at, person.lastContactAt)
    if (first !== row.first_contact_at) {
      row.first_contact_at = first
      target.fields.add('firstContactAt')
    }
    if (last !== row.last_contact_at) {
      row.last_contact_at = last
      target.fields.add('lastContactAt')
    }
    if (!target.isNew && row.relationship === 'prospect' && options.relationship === 'customer') {
      row.relationship = 'customer'
      target.fields.add('relationship')
    }
    if (person.company) {
      const company = companyOf(person.company, person)
      if (row.company_id !== company.id) {
        row.company_id = company.id
        target.fields.add('companyId')
      }
    }
    for (const h of matchKeys(vault, next)) if (!byHash.has(h.hash)) byHash.set(h.hash, target)
    return JSON.stringify(row) + JSON.stringify(target.profile) === snapshot ? 'unchanged' : 'updated'
  })

  // Write: new subjects in bulk (companies first, for the references), changed ones one by one.
  const added = [...targets.values()]
    .filter((t) => t.isNew)
    .sort((a, b) => (a.row.kind === b.row.kind ? 0 : a.row.kind === 'company' ? -1 : 1))
  const newKeys = await vault.createKeys(
    trx,
    added.map((t) => t.id),
    clock.now(),
  )
  added.forEach((t, i) => {
    t.row.profile = sealProfile(newKeys[i] as DataKey, t.profile)
  })
  await repo.insertSubjects(
    trx,
    added.map((t) => t.row),
  )
  await repo.insertLookups(
    trx,
    added.flatMap((t) => profileHashes(vault, t.profile).map((h) => ({ ...h, subject_id: t.id }))),
  )
  const changed = [...targets.values()].filter((t) => !t.isNew && t.fields.size > 0)
  for (const t of changed) {
    const profile = sealProfile(t.key as DataKey, t.profile)
    await repo.updateSubject(trx, t.id, {
      company_id: t.row.company_id ?? null,
      relationship: t.row.relationship,
      first_contact_at: t.row.first_contact_at ?? null,
      last_contact_at: t.row.last_contact_at ?? null,
      profile,
      updated_at: at,
    })
    await repo.replaceLookups(trx, t.id, profileHashes(vault, t.profile))
  }

  // One entry per batch for those created and one for those changed, with their ids and the fields
  // written (as a page of the register is one audited read); never values.
  const entry = (targets: Target[], action: string): AuditInput => ({
    actor: options.who.actor,
    action,
    target: { type: 'subject', id: 'batch' },
    details: {
      count: targets.length,
      subjects: targets.map((t) => t.id),
      fields: [...new Set(targets.flatMap((t) => [...t.fields]))].sort(),
      ...options.details,
    },
    requestId: options.who.requestId,
  })
  await deps.audit.appendMany(trx, [
    ...(added.length > 0 ? [entry(added, 'subject.create')] : []),
    ...(changed.length > 0 ? [entry(changed, 'subject.update')] : []),
    ...(erasedRows.size > 0
      ? [
          {
            actor: options.who.actor,
            action: 'subject.erased_refused',
            target: { type: 'subject', id: 'batch' },
            outcome: 'denied' as const,
            details: { count: erasedRows.size, ...options.details },
            requestId: options.who.requestId,
          },
        ]
      : []),
  ])
  return outcomes
}
