import type { Vault } from '../crypto/vault.js'
import { invalid } from '../errors.js'
import {
  type Country,
  type IdentifierKind,
  normalizePhone,
  validateIdentifier,
} from '../identifiers/index.js'
import type { StoredProfile } from './subject.access.js'
import { COMPANY_NUMBER_KINDS, NATIONAL_ID_KINDS } from './subject.schema.js'

/** The kinds of keyed hash kept for look-ups. Stored in the database: never rename one. */
export type LookupKind = 'email' | 'phone' | 'national_id' | 'external_id' | 'company_number' | 'gln'
export interface LookupHash {
  kind: LookupKind
  hash: string
}

/** The normalised value each hash is taken over; identifiers carry their kind so two schemes never meet. */
function entries(p: Partial<StoredProfile>): Array<[LookupKind, string]> {
  const out: Array<[LookupKind, string]> = []
  if (p.email) out.push(['email', p.email])
  if (p.phone) out.push(['phone', p.phone])
  for (const n of p.nationalIds ?? []) out.push(['national_id', `${n.kind}:${n.value}`])
  for (const e of p.externalIds ?? []) out.push(['external_id', `${e.system}:${e.id}`])
  if (p.companyNumber) out.push(['company_number', `${p.companyNumber.kind}:${p.companyNumber.value}`])
  if (p.gln) out.push(['gln', p.gln])
  return out
}

/** Every keyed hash a stored profile is found by. */
export function profileHashes(vault: Vault, profile: Partial<StoredProfile>): LookupHash[] {
  return entries(profile).map(([kind, value]) => ({ kind, hash: vault.blindIndex(kind, value) }))
}

/** What a look-up query asks for, as normalised values; an unparseable value finds nothing. */
export interface LookupQuery {
  email?: string | undefined
  phone?: string | undefined
  identifier?: string | undefined
  externalId?: string | undefined
}

/**
 * The hashes to search for. A bare identifier is tried as every kind it validates as (a CPR, a CVR,
 * a GLN, …); `withNationalIds` is false for roles that may not search by national identity numbers.
 * Several parameters find anyone who matches one of them.
 */
export function queryHashes(
  vault: Vault,
  q: LookupQuery,
  country: Country | null,
  now: Date,
  withNationalIds: boolean,
): LookupHash[] {
  const profile: Partial<StoredProfile> = { nationalIds: [], externalIds: [] }
  const extra: LookupHash[] = []
  if (q.email) profile.email = q.email.trim().toLowerCase()
  if (q.phone) {
    const phone = normalizePhone(q.phone, country ?? undefined)
    if (!phone.valid)
      throw invalid('phone', 'phone is not a valid phone number; include the country code', 'phone')
    profile.phone = phone.e164
  }
  if (q.externalId) {
    const at = q.externalId.indexOf(':')
    if (at < 1) throw invalid('externalId', 'externalId must be written <system>:<id>', 'format')
    profile.externalIds?.push({
      system: q.externalId.slice(0, at).toLowerCase(),
      id: q.externalId.slice(at + 1).trim(),
    })
  }
  if (q.identifier) {
    const kinds: IdentifierKind[] = [...(withNationalIds ? NATIONAL_ID_KINDS : []), ...COMPANY_NUMBER_KINDS]
    for (const kind of kinds) {
      const r = validateIdentifier(kind, q.identifier, { now })
      if (!r.valid) continue
      if ((NATIONAL_ID_KINDS as readonly string[]).includes(kind))
        profile.nationalIds?.push({ kind, value: r.normalized })
      else
        extra.push({
          kind: 'company_number',
          hash: vault.blindIndex('company_number', `${kind}:${r.normalized}`),
        })
    }
    const gln = validateIdentifier('gln', q.identifier, { now })
    if (gln.valid) profile.gln = gln.normalized
    if (profile.nationalIds?.length === 0 && extra.length === 0 && !gln.valid)
      throw invalid(
        'identifier',
        'identifier is not a valid identity number, company number or GLN',
        'format',
      )
  }
  return [...profileHashes(vault, profile), ...extra]
}
