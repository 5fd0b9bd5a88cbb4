import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { PreparedQuery } from '../db/prepared.js'
import { randomToken, sha256 } from './tokens.js'

/**
 * active: signed in. second_factor: password checked, TOTP code still to come.
 * enrol: signed in, but the owner requires two-factor and this user must set it up first.
 */
export type SessionState = 'active' | 'second_factor' | 'enrol'

export interface SessionRecord {
  id: string
  userId: string
  state: SessionState
  expiresAt: string
}

const sessionById = new PreparedQuery((db, id: string) =>
  db.selectFrom('sessions').selectAll().where('id', '=', id),
)

const IDLE_MS = 12 * 60 * 60_000
const ABSOLUTE_MS = 7 * 24 * 60 * 60_000
const PENDING_MS = 10 * 60_000
/** last_seen_at is written at most this often, so reads do not turn into writes. */
const TOUCH_MS = 5 * 60_000

/** Server-side sessions; the cookie carries a random token, the database only its hash. */
export class SessionService {
  constructor(private readonly clock: Clock) {}

  async create(
    db: Executor,
    userId: string,
    state: SessionState,
  ): Promise<{ token: string; session: SessionRecord }> {
    const token = randomToken()
    const now = this.clock.now()
    const lifetime = state === 'second_factor' ? PENDING_MS : ABSOLUTE_MS
    const row = {
      id: sha256(token),
      user_id: userId,
      state,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + lifetime).toISOString(),
      last_seen_at: now.toISOString(),
    }
    await db.insertInto('sessions').values(row).execute()
    return { token, session: { id: row.id, userId, state, expiresAt: row.expires_at } }
  }

  /** The live session for a cookie value, or null when unknown, expired or idle too long. */
  async resolve(db: Executor, token: string): Promise<SessionRecord | null> {
    if (!/^[A-Za-z0-9_-]{40,64}$/.test(token)) return null
    const id = sha256(token)
    const row = await sessionById.first(db, id)
    if (!row) return null
    const now = this.clock.now()
    const idleUntil = new Date(new Date(row.last_seen_at).getTime() + IDLE_MS)
    if (row.expires_at <= now.toISOString() || idleUntil <= now) {
      await db.deleteFrom('sessions').where('id', '=', id).execute()
      return null
    }
    if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_MS) {
      await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', id).execute()
    }
    return { id, userId: row.user_id, state: row.state as SessionState, expiresAt: row.expires_at }
  }

  /**
   * Replaces a session with a new one in a new state: the token changes whenever the privilege does,
   * so a token seen before sign-in is worthless after it.
   */
  async upgrade(
    db: Executor,
    old: SessionRecord,
    state: SessionState,
  ): Promise<{ token: string; session: SessionRecord }> {
    await db.deleteFrom('sessions').where('id', '=', old.id).execute()
    return this.create(db, old.userId, state)
  }

  async destroy(db: Executor, sessionId: string): Promise<void> {
    await db.deleteFrom('sessions').where('id', '=', sessionId).execute()
  }

  async destroyAllFor(db: Executor, userId: string, exceptSessionId?: string): Promise<void> {
    let q = db.deleteFrom('sessions').where('user_id', '=', userId)
    if (exceptSessionId) q = q.where('id', '!=', exceptSessionId)
    await q.execute()
  }

  async deleteExpired(db: Executor): Promise<number> {
    const now = this.clock.now()
    const result = await db
      .deleteFrom('sessions')
      .where((eb) =>
        eb.or([
          eb('expires_at', '<=', now.toISOString()),
          eb('last_seen_at', '<=', new Date(now.getTime() - IDLE_MS).toISOString()),
        ]),
      )
      .executeTakeFirst()
    return Number(result.numDeletedRows)
  }
}
