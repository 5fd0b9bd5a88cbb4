import argon2 from 'argon2'
import type { ValidationRule } from '../errors.js'

/** Argon2id cost: the OWASP minimum (19 MiB, 2 passes); tests may lower it. */
export interface PasswordCost {
  memoryCost: number
  timeCost: number
  parallelism: number
}
export const DEFAULT_PASSWORD_COST: PasswordCost = { memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 256

/** Why a new password is refused (the rule, for the reader's language, and an English sentence), or null. */
export function passwordProblem(
  password: string,
  email?: string,
): { rule: ValidationRule; limit?: number; message: string } | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    return {
      rule: 'too_short',
      limit: PASSWORD_MIN_LENGTH,
      message: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
    }
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return {
      rule: 'too_long',
      limit: PASSWORD_MAX_LENGTH,
      message: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
    }
  }
  const local = email?.toLowerCase().split('@')[0]
  if (new Set(password).size < 4 || (local && local.length >= 3 && password.toLowerCase().includes(local))) {
    return {
      rule: 'weak_password',
      message: 'is too easy to guess: avoid repeated characters and your e-mail address',
    }
  }
  return null
}

export class PasswordHasher {
  #dummy: Promise<string> | null = null
  constructor(private readonly cost: PasswordCost = DEFAULT_PASSWORD_COST) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, ...this.cost })
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password)
    } catch {
      return false
    }
  }

  /** Spends the time a real check takes, so a login for an unknown e-mail answers as slowly as a known one. */
  async verifyNothing(password: string): Promise<false> {
    this.#dummy ??= this.hash('vern-dummy-password-for-timing')
    await this.verify(await this.#dummy, password)
    return false
  }

  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, { ...this.cost })
  }
}
