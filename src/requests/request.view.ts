import type { DataKey } from '../crypto/vault.js'
import type { Language } from '../i18n/languages.js'
import { isOverdue } from './request.deadlines.js'
import type { EventRow, RequestRow, TaskRow } from './request.repository.js'
import type {
  ExtensionReason,
  ObjectionScope,
  RejectionReason,
  RequestChannel,
  RequestEvent,
  RequestKind,
  RequestState,
  RequestSummary,
  RequestView,
  Task,
  VerificationMethod,
} from './request.schema.js'

/** Timestamps come back as text from SQLite and as Date from PostgreSQL. */
export function iso(value: string | Date | null): string | null {
  return value === null ? null : new Date(value).toISOString()
}

export function toSummary(r: RequestRow, today: string): RequestSummary {
  const open = r.state === 'received' || r.state === 'verified' || r.state === 'in_progress'
  return {
    id: r.id,
    kind: r.kind as RequestKind,
    state: r.state as RequestState,
    channel: r.channel as RequestChannel,
    language: r.language as Language,
    subjectId: r.subject_id,
    assigneeId: r.assignee_id,
    receivedAt: iso(r.received_at),
    dueOn: r.due_on,
    extended: r.extended_until !== null,
    overdue: open && isOverdue(r.due_on, today),
    closedAt: iso(r.closed_at),
  }
}

/** The full view; sealed values read as null when the request's key is gone. */
export function toView(
  r: RequestRow,
  key: DataKey | null,
  events: readonly EventRow[],
  tasks: readonly TaskRow[],
  today: string,
): RequestView {
  return {
    ...toSummary(r, today),
    email: key ? key.open('email', r.email) : '',
    details: key && r.details ? key.open('details', r.details) : null,
    objectionScope: r.objection_scope as ObjectionScope | null,
    verificationMethod: r.verification_method as VerificationMethod | null,
    originalDueOn: r.original_due_on,
    extensionReason: r.extension_reason as ExtensionReason | null,
    rejectionReason: r.rejection_reason as RejectionReason | null,
    tasks: tasks.map((t) => toTask(t, key)),
    history: events.map((e) => toEvent(e, key)),
  }
}

function toTask(t: TaskRow, key: DataKey | null): Task {
  return {
    id: t.id,
    systemId: t.system_id,
    systemName: t.system_name,
    status: t.status as Task['status'],
    note: key && t.note ? key.open(`task|${t.id}`, t.note) : null,
    doneBy: t.done_by,
    doneAt: iso(t.done_at),
  }
}

function toEvent(e: EventRow, key: DataKey | null): RequestEvent {
  return {
    type: e.type,
    fromState: e.from_state,
    toState: e.to_state,
    reason: e.reason,
    note: key && e.note ? key.open(`event|${e.id}`, e.note) : null,
    dueOn: e.due_on,
    actor: { type: e.actor_type, id: e.actor_id },
    at: iso(e.at) ?? '',
  }
}
