// A write refused for what it tried to store is still on record: audited after its rollback.
import type { Kysely, Transaction } from 'kysely'
import type { Actor } from '../auth/principal.js'
import type { DB } from '../db/schema.js'
import { VernError } from '../errors.js'
import { type FreeTextOptions, findCardNumber } from '../identifiers/index.js'
import type { AuditLog } from './audit.service.js'

/**
 * A refused write that is audited after its transaction has rolled back: a full card number, a
 * field the role may not change, an erased person brought back, or a restricted person changed.
 * Carries the field names for the audit entry, never the values.
 */
export class RefusedWrite extends VernError {
  constructor(
    code: 'forbidden' | 'card_number_not_allowed' | 'erased_person' | 'subject_restricted',
    message: string,
    readonly auditAction: string,
    readonly fields: string[],
  ) {
    super(code, message, code === 'card_number_not_allowed' ? fields[0] : undefined)
  }
}

/**
 * Refuses input that holds a full payment card number in any free-text field (P4), with 400
 * card_number_not_allowed naming the field, never the value; `auditAction` names the audit entry.
 */
export function refuseCardNumbers(
  input: object,
  options: FreeTextOptions & { now: Date; auditAction: string },
): void {
  const path = findCardNumber(input, options)
  if (path !== null)
    throw new RefusedWrite(
      'card_number_not_allowed',
      `${path}: a full payment card number may not be stored; keep at most the last 4 digits and the expiry`,
      options.auditAction,
      [path],
    )
}

/** Who writes what: the audit entry of a refused attempt. */
export interface WriteContext {
  actor: Actor
  target: { type: string; id: string }
  requestId?: string | undefined
}

/**
 * Runs a write in a transaction of its own. A RefusedWrite is rolled back and then audited as denied,
 * with the field names only, so the attempt is on record although nothing was written.
 */
export async function writeAudited<T>(
  audit: AuditLog,
  db: Kysely<DB>,
  context: WriteContext,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(work)
  } catch (error) {
    if (error instanceof RefusedWrite)
      await audit.append(db, {
        actor: context.actor,
        action: error.auditAction,
        target: context.target,
        outcome: 'denied',
        details: { fields: error.fields },
        requestId: context.requestId,
      })
    throw error
  }
}
