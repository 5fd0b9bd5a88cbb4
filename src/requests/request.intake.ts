import type { Executor } from '../db/database.js'
import type { Language } from '../i18n/languages.js'
import { requestConfirmMail } from '../mail/templates/request-mail.js'
import * as repo from './request.repository.js'
import type { ObjectionScope, RequestKind } from './request.schema.js'
import type { RequestService } from './request.service.js'
import {
  CONFIRM_TTL_MS,
  displayCode,
  hashCode,
  hashLink,
  isLinkToken,
  MAX_CODE_ATTEMPTS,
  newCode,
  newLinkToken,
  normaliseCode,
  sameHash,
} from './request.tokens.js'

export interface PublicRequest {
  kind: RequestKind
  email: string
  details: string | null
  objectionScope: ObjectionScope | null
  language: Language
}

const ANONYMOUS = { actor: { type: 'anonymous' as const } }
/** Unconfirmed requests one address may have waiting at a time. */
export const MAX_WAITING = 10

/**
 * The public intake (P10-P15): a request is written down at once but counts only once the person
 * confirms, by the e-mailed link or code, that the address is theirs. Nothing here looks at the
 * register: a known and an unknown e-mail take the same path, the same work and the same answer.
 */
export class RequestIntake {
  constructor(private readonly requests: RequestService) {}

  /**
   * Writes the unconfirmed request and queues the mail with its link and code. An address that
   * already has many requests waiting is not mailed again (the answer stays the same), so the form
   * cannot be used to flood someone's inbox.
   */
  async submit(trx: Executor, input: PublicRequest): Promise<void> {
    const { vault, clock, mail, organisation, publicUrl } = this.requests.deps
    const now = clock.now()
    const waiting = await repo.unconfirmedByEmail(
      trx,
      vault.blindIndex('email', input.email.trim().toLowerCase()),
      now.toISOString(),
    )
    if (waiting.length >= MAX_WAITING) return
    const expires = new Date(now.getTime() + CONFIRM_TTL_MS)
    const id = await this.requests.create(trx, {
      kind: input.kind,
      channel: 'web',
      language: input.language,
      email: input.email,
      details: input.details,
      objectionScope: input.kind === 'objection' ? (input.objectionScope ?? 'other') : null,
      state: 'unconfirmed',
      expiresAt: expires,
    })
    const link = newLinkToken()
    const code = newCode()
    for (const [kind, hash] of [
      ['link', hashLink(vault, link)],
      ['code', hashCode(vault, id, code)],
    ] as const)
      await repo.insertToken(trx, {
        hash,
        request_id: id,
        kind,
        created_at: now.toISOString(),
        expires_at: expires.toISOString(),
        used_at: null,
        attempts: 0,
      })
    const org = (await organisation.get(trx)).legalName ?? publicUrl.hostname
    await mail.enqueue(trx, {
      template: 'request-confirm',
      language: input.language,
      keyOwner: id,
      message: {
        to: input.email.trim().toLowerCase(),
        ...requestConfirmMail(input.language, {
          org,
          kind: input.kind,
          link: new URL(`/privacy/requests/confirm/${link}`, publicUrl).href,
          code: displayCode(code),
        }),
      },
    })
    await this.requests.deps.audit.append(trx, {
      actor: ANONYMOUS.actor,
      action: 'request.submit',
      target: { type: 'request', id },
      details: { kind: input.kind },
    })
  }

  /** The language of an unused, unexpired link, for the confirm page; null otherwise. */
  async linkLanguage(db: Executor, token: string): Promise<Language | null> {
    const row = await this.#request(db, await this.#linkToken(db, token))
    return row ? (row.language as Language) : null
  }

  /** Confirms by the link: the request becomes received. Null when the link is unknown, used or expired. */
  async confirmLink(trx: Executor, token: string): Promise<{ language: Language; dueOn: string } | null> {
    return this.#confirm(trx, await this.#request(trx, await this.#linkToken(trx, token)))
  }

  /**
   * Confirms by the typed code, which only counts with the e-mail it was sent to. Every wrong code
   * counts against each waiting request of that e-mail; after a few, the code stops working.
   */
  async confirmCode(
    trx: Executor,
    email: string,
    typed: string,
  ): Promise<{ language: Language; dueOn: string } | null> {
    const { vault, clock } = this.requests.deps
    const now = clock.now().toISOString()
    const hash = vault.blindIndex('email', email.trim().toLowerCase())
    const code = normaliseCode(typed)
    const waiting = await repo.unconfirmedByEmail(trx, hash, now)
    let match: repo.RequestRow | null = null
    const tried: string[] = []
    for (const row of waiting) {
      const [stored] = await repo.tokensOf(trx, row.id, 'code')
      if (!stored || stored.used_at || stored.attempts >= MAX_CODE_ATTEMPTS) continue
      // Every candidate is compared, so the time taken does not tell which one matched.
      const expected = hashCode(vault, row.id, code ?? '')
      if (code && sameHash(stored.hash, expected) && !match) match = row
      else tried.push(stored.hash)
    }
    if (!match) {
      for (const h of tried) await repo.countAttempt(trx, h)
      return null
    }
    return this.#confirm(trx, match)
  }

  async #linkToken(db: Executor, token: string): Promise<repo.TokenRow | null> {
    if (!isLinkToken(token)) return null
    const hash = hashLink(this.requests.deps.vault, token)
    const row = await repo.findToken(db, hash)
    if (row?.kind !== 'link' || !sameHash(row.hash, hash)) return null
    return row
  }

  async #request(db: Executor, token: repo.TokenRow | null): Promise<repo.RequestRow | null> {
    if (!token || token.used_at) return null
    if (new Date(token.expires_at).getTime() <= this.requests.deps.clock.now().getTime()) return null
    const row = await repo.findRequest(db, token.request_id)
    return row?.state === 'unconfirmed' ? row : null
  }

  async #confirm(
    trx: Executor,
    row: repo.RequestRow | null,
  ): Promise<{ language: Language; dueOn: string } | null> {
    if (!row) return null
    const now = this.requests.deps.clock.now()
    // Link and code are spent together; a second, concurrent confirmation finds nothing left to use.
    if (!(await repo.useTokens(trx, row.id, now.toISOString()))) return null
    await this.requests.receive(trx, row.id, now, ANONYMOUS)
    const after = await repo.findRequest(trx, row.id)
    return { language: row.language as Language, dueOn: after?.due_on ?? '' }
  }
}
