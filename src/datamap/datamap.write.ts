import type { FastifyRequest } from 'fastify'
import type { Transaction } from 'kysely'
import { writeAudited } from '../audit/refused-write.js'
import { actorOf } from '../auth/principal.js'
import type { DB } from '../db/schema.js'
import type { AppContext } from '../http/context.js'
import type { DataMapEntity } from './validate.js'

/** What the API documentation says about P4 on every write of the data map. */
export const REFUSES_CARDS =
  'A full payment card number in a free-text field is refused with 400 card_number_not_allowed naming the field; nothing is written and the attempt is audited.'

/**
 * Runs a data-map write from a route or page in its own transaction; a card number the service refused
 * (validate.ts) is audited after the rollback, naming the field only.
 */
export function writeDataMap<T>(
  ctx: AppContext,
  request: FastifyRequest,
  target: { type: DataMapEntity; id: string | null },
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  return writeAudited(
    ctx.audit,
    ctx.db,
    {
      actor: actorOf(request.principal),
      requestId: request.id,
      target: { ...target, id: target.id ?? 'new' },
    },
    work,
  )
}
