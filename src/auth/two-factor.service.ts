import { randomInt } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import type { AuditLog } from '../audit/audit.service.js'
import type { Clock } from '../clock.js'
import type { KeyRing } from '../crypto/keys.js'
import type { Vault } from '../crypto/vault.js'
import type { Executor } from '../db/database.js'
import { invalid, notFound } from '../errors.js'
import { findUserById, updateUser } from '../users/user.repository.js'
import type { Actor } from './principal.js'

const PERIOD = 30
const RECOVERY_CODES = 10
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

export interface Enrolment {
  secret: string
  uri: string
  /** The otpauth URI as an SVG QR code, ready for an <img src="data:…">. */
  qrDataUrl: string
}

/** Optional TOTP two-factor sign-in (RFC 6238) with single-use recovery codes. */
export class TwoFactorService {
  constructor(
    private readonly vault: Vault,
    private readonly keys: KeyRing,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Starts set-up, or shows the set-up already started: the secret is kept until a code confirms it,
   * so reloading the page does not invalidate what the phone has already scanned.
   */
  async begin(trx: Executor, userId: string, issuer: string): Promise<Enrolment> {
    const user = await findUserById(trx, userId)
    if (!user) throw notFound('User')
    let base32: string
    if (user.totp_secret && !user.totp_enabled_at) {
      base32 = this.vault.openSystem(`totp|${userId}`, user.totp_secret).toString('utf8')
    } else {
      base32 = new Secret({ size: 20 }).base32
      await updateUser(trx, userId, {
        totp_secret: this.vault.sealSystem(`totp|${userId}`, base32),
        totp_enabled_at: null,
        totp_last_step: null,
        updated_at: this.clock.now().toISOString(),
      })
    }
    const secret = { base32 }
    const uri = this.#totp(secret.base32, user.email, issuer).toString()
    // Loaded on first use: only people setting up two-factor need it.
    const QRCode = (await import('qrcode')).default
    const svg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
    return {
      secret: secret.base32,
      uri,
      qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    }
  }

  /** Confirms set-up with a first code; returns the recovery codes, shown once. */
  async confirm(
    trx: Executor,
    userId: string,
    code: string,
    actor: Actor,
    requestId?: string,
  ): Promise<string[]> {
    if (!(await this.#checkTotp(trx, userId, code, true)))
      throw invalid('code', 'The code is not correct; check the time on your phone', 'wrong_code')
    const codes = Array.from({ length: RECOVERY_CODES }, () => this.#recoveryCode())
    await updateUser(trx, userId, {
      totp_enabled_at: this.clock.now().toISOString(),
      recovery_codes: JSON.stringify(codes.map((c) => this.#codeHash(userId, c))),
      updated_at: this.clock.now().toISOString(),
    })
    await this.audit.append(trx, {
      actor,
      action: 'auth.two_factor_enabled',
      target: { type: 'user', id: userId },
      requestId,
    })
    return codes
  }

  /** Checks a sign-in code: a TOTP code (each used once) or a recovery code (used up). */
  async verify(trx: Executor, userId: string, code: string): Promise<'totp' | 'recovery' | false> {
    const compact = code.replace(/[\s-]/g, '').toLowerCase()
    if (/^\d{6}$/.test(compact)) return (await this.#checkTotp(trx, userId, compact, false)) ? 'totp' : false
    const user = await findUserById(trx, userId)
    if (!user?.totp_enabled_at) return false
    const hashes = JSON.parse(user.recovery_codes) as string[]
    const hash = this.#codeHash(userId, compact)
    if (!hashes.includes(hash)) return false
    await updateUser(trx, userId, { recovery_codes: JSON.stringify(hashes.filter((h) => h !== hash)) })
    return 'recovery'
  }

  async disable(trx: Executor, userId: string, actor: Actor, requestId?: string): Promise<void> {
    await updateUser(trx, userId, {
      totp_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      recovery_codes: '[]',
      updated_at: this.clock.now().toISOString(),
    })
    await this.audit.append(trx, {
      actor,
      action: 'auth.two_factor_disabled',
      target: { type: 'user', id: userId },
      requestId,
    })
  }

  async remainingRecoveryCodes(db: Executor, userId: string): Promise<number> {
    const user = await findUserById(db, userId)
    return user ? (JSON.parse(user.recovery_codes) as string[]).length : 0
  }

  /** Accepts the current step ±1; a step once used is refused again, so an overheard code is worthless. */
  async #checkTotp(trx: Executor, userId: string, code: string, enrolling: boolean): Promise<boolean> {
    const user = await findUserById(trx, userId)
    if (!user?.totp_secret || (!enrolling && !user.totp_enabled_at)) return false
    const secret = this.vault.openSystem(`totp|${userId}`, user.totp_secret).toString('utf8')
    const timestamp = this.clock.now().getTime()
    const delta = this.#totp(secret, user.email, 'Vern').validate({
      token: code.trim(),
      timestamp,
      window: 1,
    })
    if (delta === null) return false
    const step = TOTP.counter({ period: PERIOD, timestamp }) + delta
    if (user.totp_last_step !== null && step <= user.totp_last_step) return false
    await updateUser(trx, userId, { totp_last_step: step })
    return true
  }

  #totp(secret: string, label: string, issuer: string): TOTP {
    return new TOTP({
      issuer,
      label,
      secret: Secret.fromBase32(secret),
      algorithm: 'SHA1',
      digits: 6,
      period: PERIOD,
    })
  }

  #recoveryCode(): string {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)])
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`
  }

  #codeHash(userId: string, code: string): string {
    return this.keys.mac('recovery-codes', `${userId}|${code.replace(/[\s-]/g, '').toLowerCase()}`)
  }
}
