import { createHmac, hkdfSync } from 'node:crypto'

/** What each derived key is for; the label is part of the derivation, so keys never repeat across uses. */
export type KeyPurpose =
  | 'kek-v1'
  | 'blind-index'
  | 'audit-chain'
  | 'consent-chain'
  | 'csrf'
  | 'system-seal'
  | 'recovery-codes'
  | 'key-check'
  | 'tokens'
  | 'connector-credentials'
  | 'connector-erasure'

/** Keys derived once from the master key with HKDF-SHA256, one per purpose. */
export class KeyRing {
  readonly #keys = new Map<KeyPurpose, Buffer>()
  constructor(private readonly master: Buffer) {
    if (master.length !== 32) throw new Error('master key must be 32 bytes')
  }

  get(purpose: KeyPurpose): Buffer {
    let key = this.#keys.get(purpose)
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.master, Buffer.alloc(0), `vern/${purpose}`, 32))
      this.#keys.set(purpose, key)
    }
    return key
  }

  /** A keyed hash: equal inputs give equal outputs, but nothing can be recomputed without the master key. */
  mac(purpose: KeyPurpose, data: string | Buffer): string {
    return createHmac('sha256', this.get(purpose)).update(data).digest('base64url')
  }

  /** Written to the database at first start, so a different master key later is caught, not used. */
  keyCheck(): string {
    return this.mac('key-check', 'vern master key check')
  }
}
