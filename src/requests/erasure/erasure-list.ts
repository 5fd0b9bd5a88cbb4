import { RefusedWrite } from '../../audit/refused-write.js'
import type { Executor } from '../../db/database.js'
import type { LookupHash } from '../../subjects/subject.lookups.js'

/**
 * The kinds of keyed hash an erasure puts on the erasure list: what identifies the person, not the
 * company they worked for. The hashes are the register's own (vault.blindIndex), so a look-up hash
 * of a new record is compared as it is.
 */
export const ERASED_KINDS: readonly string[] = ['email', 'phone', 'national_id', 'external_id']

const CHUNK = 500

/** Whether any of the keyed hashes is on the erasure list. */
export async function anyErased(db: Executor, hashes: readonly LookupHash[]): Promise<boolean> {
  return (await erasedAmong(db, hashes)).size > 0
}

/** The hashes (of those given) that are on the erasure list. */
export async function erasedAmong(db: Executor, hashes: readonly LookupHash[]): Promise<Set<string>> {
  const found = new Set<string>()
  const byKind = new Map<string, string[]>()
  for (const h of hashes)
    if (ERASED_KINDS.includes(h.kind)) byKind.set(h.kind, [...(byKind.get(h.kind) ?? []), h.hash])
  for (const [kind, all] of byKind)
    for (let i = 0; i < all.length; i += CHUNK) {
      const rows = await db
        .selectFrom('erasure_list')
        .select('hash')
        .where('kind', '=', kind)
        .where('hash', 'in', all.slice(i, i + CHUNK))
        .execute()
      for (const row of rows) found.add(`${kind}:${row.hash}`)
    }
  return found
}

/** The person's look-up hashes of the kinds an erasure lists. */
export async function subjectHashes(db: Executor, subjectId: string): Promise<LookupHash[]> {
  const rows = await db
    .selectFrom('subject_lookups')
    .select(['kind', 'hash'])
    .where('subject_id', '=', subjectId)
    .where('kind', 'in', ERASED_KINDS)
    .execute()
  return rows.map((r) => ({ kind: r.kind as LookupHash['kind'], hash: r.hash }))
}

/** Puts keyed hashes on the erasure list; those already there stay as they are. */
export async function addToList(
  db: Executor,
  hashes: readonly LookupHash[],
  erasureId: string,
  at: string,
): Promise<void> {
  for (let i = 0; i < hashes.length; i += CHUNK)
    await db
      .insertInto('erasure_list')
      .values(
        hashes
          .slice(i, i + CHUNK)
          .map((h) => ({ kind: h.kind, hash: h.hash, erasure_id: erasureId, created_at: at })),
      )
      .onConflict((oc) => oc.columns(['kind', 'hash']).doNothing())
      .execute()
}

/**
 * Refuses (409 erased_person, audited after the rollback by the caller's writeAudited) a write that
 * would bring an erased person back; `auditAction` names the audit entry.
 */
export async function refuseErased(
  db: Executor,
  hashes: readonly LookupHash[],
  auditAction = 'subject.erased_refused',
): Promise<void> {
  const found = await erasedAmong(db, hashes)
  if (found.size === 0) return
  const kinds = [...new Set([...found].map((k) => k.slice(0, k.indexOf(':'))))].sort()
  throw new RefusedWrite(
    'erased_person',
    `This person's data was erased at their request; they cannot be added again (matched: ${kinds.join(', ')})`,
    auditAction,
    kinds,
  )
}
