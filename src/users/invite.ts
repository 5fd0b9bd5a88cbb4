import type { Executor } from '../db/database.js'
import type { AppContext } from '../http/context.js'
import { isLanguage, type Language } from '../i18n/languages.js'
import { inviteMail } from '../mail/templates/staff-mail.js'
import { readOrganisation } from '../organisation/organisation.repository.js'
import type { User } from './user.service.js'

/** Queues the invitation mail with a fresh single-use link; call `ctx.mail.kick()` after commit. */
export async function queueInvite(ctx: AppContext, trx: Executor, user: User): Promise<void> {
  const token = await ctx.users.issueToken(trx, user.id, 'invite')
  const org = await readOrganisation(trx)
  const language: Language = user.locale ?? (isLanguage(org.default_language) ? org.default_language : 'en')
  const content = inviteMail(language, {
    name: user.name,
    org: org.legal_name ?? 'Vern',
    role: user.role,
    link: `${ctx.config.publicUrl.href.replace(/\/$/, '')}/password/reset/${token}`,
  })
  await ctx.mail.enqueue(trx, { template: 'invite', language, message: { to: user.email, ...content } })
}
