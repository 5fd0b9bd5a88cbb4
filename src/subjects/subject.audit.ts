import type { AuditDetails, AuditLog } from '../audit/audit.service.js'
import type { DataKey, Vault } from '../crypto/vault.js'
import type { Executor } from '../db/database.js'
import { conflict, forbidden } from '../errors.js'
import { META_RIGHTS, mayRead, type Who } from './subject.access.js'

/** One audit entry about a subject: ids, counts and field names only. */
export async function auditSubject(
  audit: AuditLog,
  db: Executor,
  who: Who,
  action: string,
  id: string,
  details?: AuditDetails,
): Promise<void> {
  await audit.append(db, {
    actor: who.actor,
    action,
    target: { type: 'subject', id },
    details,
    requestId: who.requestId,
  })
}

/** The subject's data key; its absence means the person was erased and nothing can be changed. */
export async function requireKey(vault: Vault, db: Executor, id: string): Promise<DataKey> {
  const key = await vault.findKey(db, id)
  if (!key) throw conflict('The personal data of this person was erased')
  return key
}

/** Roles without a right to the register (marketing, auditor) are refused before anything is read. */
export function assertReader(who: Who): void {
  if (!mayRead(who.role, META_RIGHTS)) throw forbidden()
}
