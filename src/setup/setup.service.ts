import { PostgresAdapter } from 'kysely'
import type { Executor } from '../db/database.js'
import { conflict } from '../errors.js'
import type { AppContext } from '../http/context.js'
import type { AdminLanguage } from '../i18n/languages.js'
import type { OrganisationPatch } from '../organisation/organisation.schema.js'
import { countUsers } from '../users/user.repository.js'

export interface SetupInput {
  owner: { name: string; email: string; password: string; locale: AdminLanguage }
  organisation: OrganisationPatch
}

/**
 * The first run: creates the owner and the organisation profile in one transaction. Only possible
 * while no user exists; two racing submissions cannot both create an owner.
 */
export async function completeSetup(
  ctx: AppContext,
  trx: Executor,
  input: SetupInput,
  requestId: string,
): Promise<string> {
  // PostgreSQL: lock the organisation row so a second instance's submission waits, then finds a user.
  let lock = trx.selectFrom('organisation').select('id').where('id', '=', 1)
  if (trx.getExecutor().adapter instanceof PostgresAdapter) lock = lock.forUpdate()
  await lock.execute()
  if ((await countUsers(trx)) > 0) throw conflict('Vern is already set up; sign in instead')
  const owner = await ctx.users.create(
    trx,
    { ...input.owner, role: 'owner' },
    { type: 'anonymous' },
    requestId,
  )
  const actor = { type: 'user' as const, id: owner.id }
  await ctx.organisation.update(trx, input.organisation, actor, requestId)
  await ctx.audit.append(trx, {
    actor,
    action: 'setup.complete',
    target: { type: 'organisation', id: '1' },
    requestId,
  })
  return owner.id
}
