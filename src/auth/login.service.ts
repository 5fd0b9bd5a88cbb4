import type { AuditLog } from '../audit/audit.service.js'
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { readOrganisation } from '../organisation/organisation.repository.js'
import { findUserByEmail, updateUser } from '../users/user.repository.js'
import { normaliseEmail } from '../users/user.service.js'
import type { PasswordHasher } from './passwords.js'
import type { SessionState } from './session.service.js'

const MAX_FAILURES = 10
const FAILURE_WINDOW_MS = 15 * 60_000

export type PasswordCheck = { ok: true; userId: string; state: SessionState } | { ok: false }

/**
 * The password step of signing in. Unknown e-mail, wrong password, disabled account and a throttled
 * account all give the same answer in about the same time.
 */
export class LoginService {
  /** Recent failures per account, in memory: enough to slow guessing, and no personal data is kept. */
  readonly #failures = new Map<string, { count: number; since: number }>()

  constructor(
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async checkPassword(
    db: Executor,
    email: string,
    password: string,
    requestId?: string,
  ): Promise<PasswordCheck> {
    const user = await findUserByEmail(db, normaliseEmail(email))
    if (!user?.password_hash) {
      await this.passwords.verifyNothing(password)
      return { ok: false }
    }
    const throttled = this.#isThrottled(user.id)
    const matches = await this.passwords.verify(user.password_hash, password)
    if (!matches || throttled || user.disabled_at) {
      if (!matches) this.#fail(user.id)
      const reason = throttled ? 'throttled' : user.disabled_at ? 'disabled' : 'password'
      await this.audit.append(db, {
        actor: { type: 'anonymous' },
        action: 'auth.login_failed',
        target: { type: 'user', id: user.id },
        outcome: 'failure',
        details: { reason },
        requestId,
      })
      return { ok: false }
    }
    this.#failures.delete(user.id)
    if (this.passwords.needsRehash(user.password_hash)) {
      await updateUser(db, user.id, { password_hash: await this.passwords.hash(password) })
    }
    if (user.totp_enabled_at) return { ok: true, userId: user.id, state: 'second_factor' }
    const org = await readOrganisation(db)
    const privileged = user.role === 'owner' || user.role === 'dpo'
    return {
      ok: true,
      userId: user.id,
      state: org.require_two_factor === 1 && privileged ? 'enrol' : 'active',
    }
  }

  /** Records a completed sign-in (after the second factor, when there is one). */
  async recordLogin(db: Executor, userId: string, method: string, requestId?: string): Promise<void> {
    await updateUser(db, userId, { last_login_at: this.clock.now().toISOString() })
    await this.audit.append(db, {
      actor: { type: 'user', id: userId },
      action: 'auth.login',
      target: { type: 'user', id: userId },
      details: { method },
      requestId,
    })
  }

  #isThrottled(userId: string): boolean {
    const entry = this.#failures.get(userId)
    if (!entry) return false
    if (this.clock.now().getTime() - entry.since > FAILURE_WINDOW_MS) {
      this.#failures.delete(userId)
      return false
    }
    return entry.count >= MAX_FAILURES
  }

  #fail(userId: string): void {
    const now = this.clock.now().getTime()
    const entry = this.#failures.get(userId)
    if (!entry || now - entry.since > FAILURE_WINDOW_MS) this.#failures.set(userId, { count: 1, since: now })
    else entry.count++
  }
}
