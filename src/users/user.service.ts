import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../audit/audit.service.js'
import { type PasswordHasher, passwordProblem } from '../auth/passwords.js'
import type { Actor } from '../auth/principal.js'
import { isRole, type Role } from '../auth/roles.js'
import { randomToken, sha256 } from '../auth/tokens.js'
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { conflict, invalid, notFound, VernError } from '../errors.js'
import { type AdminLanguage, isAdminLanguage } from '../i18n/languages.js'
import * as repo from './user.repository.js'

/** A staff account as the rest of Vern sees it. */
export interface User {
  id: string
  email: string
  name: string
  role: Role
  locale: AdminLanguage | null
  hasPassword: boolean
  twoFactorEnabled: boolean
  disabled: boolean
  lastLoginAt: string | null
  createdAt: string
}

export type TokenPurpose = 'reset' | 'invite'
const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = { reset: 60 * 60_000, invite: 7 * 24 * 60 * 60_000 }

export function toUser(row: repo.UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: isRole(row.role) ? row.role : 'auditor',
    locale: row.locale && isAdminLanguage(row.locale) ? row.locale : null,
    hasPassword: row.password_hash !== null,
    twoFactorEnabled: row.totp_enabled_at !== null,
    disabled: row.disabled_at !== null,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
  }
}

/** E-mail addresses are compared case-insensitively; stored lower-case and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

export interface NewUser {
  email: string
  name: string
  role: Role
  password?: string | undefined
  locale?: AdminLanguage | null | undefined
}

export interface UserChanges {
  name?: string
  role?: Role
  disabled?: boolean
  locale?: AdminLanguage | null
}

/** Staff accounts: creation, roles, passwords and the single-use links for invitations and resets. */
export class UserService {
  constructor(
    private readonly audit: AuditLog,
    private readonly passwords: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  async get(db: Executor, id: string): Promise<User> {
    const row = await repo.findUserById(db, id)
    if (!row) throw notFound('User')
    return toUser(row)
  }

  async list(db: Executor): Promise<User[]> {
    return (await repo.listUsers(db)).map(toUser)
  }

  async findByEmail(db: Executor, email: string): Promise<repo.UserRow | undefined> {
    return repo.findUserByEmail(db, normaliseEmail(email))
  }

  async create(trx: Executor, input: NewUser, actor: Actor, requestId?: string): Promise<User> {
    const email = normaliseEmail(input.email)
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || email.length > 254)
      throw invalid('email', 'email must be a valid e-mail address', 'email')
    const name = input.name.trim()
    if (name.length === 0 || name.length > 200)
      throw invalid('name', 'name must be 1 to 200 characters', name.length === 0 ? 'required' : 'too_long', {
        limit: 200,
      })
    if (await repo.findUserByEmail(trx, email))
      throw conflict('A user with this e-mail already exists', 'email')
    if (input.password !== undefined) this.#checkPassword(input.password, email)
    const now = this.clock.now().toISOString()
    const id = uuidv7()
    await repo.insertUser(trx, {
      id,
      email,
      name,
      role: input.role,
      password_hash: input.password === undefined ? null : await this.passwords.hash(input.password),
      locale: input.locale ?? null,
      recovery_codes: '[]',
      password_changed_at: input.password === undefined ? null : now,
      created_at: now,
      updated_at: now,
    })
    await this.audit.append(trx, {
      actor,
      action: 'user.create',
      target: { type: 'user', id },
      details: { role: input.role, password_set: input.password !== undefined },
      requestId,
    })
    return this.get(trx, id)
  }

  async update(
    trx: Executor,
    id: string,
    changes: UserChanges,
    actor: Actor,
    requestId?: string,
  ): Promise<User> {
    const row = await repo.findUserById(trx, id)
    if (!row) throw notFound('User')
    const losesOwner =
      row.role === 'owner' &&
      ((changes.role !== undefined && changes.role !== 'owner') || changes.disabled === true)
    if (losesOwner && (await repo.countOtherActiveOwners(trx, id)) === 0) {
      throw conflict(
        'The last active owner cannot be demoted or disabled',
        changes.role ? 'role' : 'disabled',
      )
    }
    const now = this.clock.now().toISOString()
    const fields: string[] = []
    const set: Parameters<typeof repo.updateUser>[2] = { updated_at: now }
    if (changes.name !== undefined && changes.name.trim() !== row.name) {
      set.name = changes.name.trim()
      fields.push('name')
    }
    if (changes.role !== undefined && changes.role !== row.role) {
      set.role = changes.role
      fields.push('role')
    }
    if (changes.locale !== undefined && changes.locale !== row.locale) {
      set.locale = changes.locale
      fields.push('locale')
    }
    if (changes.disabled !== undefined && changes.disabled !== (row.disabled_at !== null)) {
      set.disabled_at = changes.disabled ? now : null
      fields.push('disabled')
    }
    if (fields.length > 0) {
      await repo.updateUser(trx, id, set)
      // A changed role or a disabled account takes effect at once: sessions are ended.
      if (set.role !== undefined || set.disabled_at)
        await trx.deleteFrom('sessions').where('user_id', '=', id).execute()
      await this.audit.append(trx, {
        actor,
        action: 'user.update',
        target: { type: 'user', id },
        details: {
          fields,
          ...(set.role ? { role: set.role } : {}),
          ...(changes.disabled !== undefined ? { disabled: changes.disabled } : {}),
        },
        requestId,
      })
    }
    return this.get(trx, id)
  }

  /** Sets a new password and ends every session of the user. */
  async setPassword(
    trx: Executor,
    id: string,
    password: string,
    actor: Actor,
    requestId?: string,
  ): Promise<void> {
    const row = await repo.findUserById(trx, id)
    if (!row) throw notFound('User')
    this.#checkPassword(password, row.email)
    const now = this.clock.now().toISOString()
    await repo.updateUser(trx, id, {
      password_hash: await this.passwords.hash(password),
      password_changed_at: now,
      updated_at: now,
    })
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute()
    await this.audit.append(trx, {
      actor,
      action: 'user.password_set',
      target: { type: 'user', id },
      requestId,
    })
  }

  /** A single-use link token for an invitation or a password reset; only its hash is stored. */
  async issueToken(trx: Executor, userId: string, purpose: TokenPurpose): Promise<string> {
    const token = randomToken()
    const now = this.clock.now()
    await repo.insertToken(trx, {
      id: sha256(token),
      user_id: userId,
      purpose,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]).toISOString(),
    })
    return token
  }

  /** The user a still-valid token belongs to, without using it up (to show the form). */
  async peekToken(db: Executor, token: string): Promise<{ userId: string; purpose: TokenPurpose } | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null
    const row = await repo.findToken(db, sha256(token))
    if (!row || row.used_at || row.expires_at <= this.clock.now().toISOString()) return null
    return { userId: row.user_id, purpose: row.purpose as TokenPurpose }
  }

  /** Uses a token up and sets the password it was issued for. */
  async completeToken(trx: Executor, token: string, password: string, requestId?: string): Promise<User> {
    const found = await this.peekToken(trx, token)
    if (!found || !(await repo.useToken(trx, sha256(token), this.clock.now().toISOString()))) {
      throw new VernError('not_found', 'This link has expired or has already been used')
    }
    await this.setPassword(trx, found.userId, password, { type: 'user', id: found.userId }, requestId)
    return this.get(trx, found.userId)
  }

  #checkPassword(password: string, email: string): void {
    const problem = passwordProblem(password, email)
    if (problem)
      throw invalid('password', `The password ${problem.message}`, problem.rule, { limit: problem.limit })
  }
}

export function parseRole(value: string): Role {
  if (!isRole(value))
    throw invalid('role', 'role must be one of owner, dpo, support, billing, marketing, auditor', 'one_of')
  return value
}
