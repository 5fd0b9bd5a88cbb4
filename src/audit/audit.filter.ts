import type { AuditFilter } from './audit.repository.js'
import type { AuditQuery } from './audit.schema.js'

/** Query parameters to a repository filter; `to` is inclusive, so it becomes the next day's start. */
export function toFilter(q: AuditQuery): AuditFilter {
  const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString()
  return {
    ...(q.actorType ? { actorType: q.actorType } : {}),
    ...(q.actorId ? { actorId: q.actorId } : {}),
    ...(q.action ? { action: q.action } : {}),
    ...(q.targetType ? { targetType: q.targetType } : {}),
    ...(q.targetId ? { targetId: q.targetId } : {}),
    ...(q.outcome ? { outcome: q.outcome } : {}),
    ...(q.from ? { from: `${q.from}T00:00:00.000Z` } : {}),
    ...(q.to ? { to: nextDay(q.to) } : {}),
    ...(q.before ? { beforeSeq: q.before } : {}),
  }
}
