import type { Kysely, Transaction } from 'kysely'
import type { AuditDetails, AuditLog } from '../audit/audit.service.js'
import type { DataKey, Vault } from '../crypto/vault.js'
import type { Executor } from '../db/database.js'
import type { DB } from '../db/schema.js'
import { conflict, forbidden } from '../errors.js'
import { META_RIGHTS, mayRead, RefusedWrite, type Who } from './subject.access.js'

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

/**
 * Runs a write in a transaction of its own. A refused write (a card number, a field the role may not
 * change) is rolled back and then audited, so the attempt is on record although nothing was written.
 */
export async function writeAudited<T>(
  audit: AuditLog,
  db: Kysely<DB>,
  who: Who,
  subjectId: string | null,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(work)
  } catch (error) {
    if (error instanceof RefusedWrite)
      await audit.append(db, {
        actor: who.actor,
        action: error.auditAction,
        target: { type: 'subject', id: subjectId ?? 'new' },
        outcome: 'denied',
        details: { fields: error.fields },
        requestId: who.requestId,
      })
    throw error
  }
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
