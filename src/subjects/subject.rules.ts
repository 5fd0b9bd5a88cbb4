import type { Updateable } from 'kysely'
import { RefusedWrite } from '../audit/refused-write.js'
import { invalid } from '../errors.js'
import { FIELD_RIGHTS, META_RIGHTS, type ProfileField, type Rights } from './subject.access.js'
import type { SubjectRow } from './subject.repository.js'
import type { SubjectPatch } from './subject.schema.js'
import type { SubjectsTable } from './subject.table.js'

/** The fields an input sets, each with the rights needed to write it. */
export function writtenFields(input: object): Array<[string, Rights]> {
  return Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .map(([name]): [string, Rights] => [name, FIELD_RIGHTS[name as ProfileField] ?? META_RIGHTS])
}

/**
 * Relationship state and its dates: becoming a former customer records when it ended (default now);
 * becoming a prospect or customer again clears the end date.
 */
export function relationshipChange(
  row: SubjectRow,
  patch: SubjectPatch,
  now: Date,
): Updateable<SubjectsTable> {
  const next = patch.relationship ?? row.relationship
  const endedAt = patch.relationshipEndedAt ? new Date(patch.relationshipEndedAt).toISOString() : undefined
  if (endedAt && next !== 'former_customer')
    throw invalid('relationshipEndedAt', 'relationshipEndedAt is only for a former customer', 'format')
  const set: Updateable<SubjectsTable> = {}
  if (next !== row.relationship) set.relationship = next
  let ended: string | null = null
  if (next === 'former_customer')
    ended =
      endedAt ?? (row.relationship === 'former_customer' ? row.relationship_ended_at : now.toISOString())
  if (ended !== row.relationship_ended_at) set.relationship_ended_at = ended
  return set
}

/**
 * What a new interaction changes on its subject: first and last contact follow the interactions, and
 * an order or invoice makes the person a customer (again).
 */
export function afterInteraction(
  row: SubjectRow,
  kind: string,
  occurredAt: string,
): Updateable<SubjectsTable> {
  const set: Updateable<SubjectsTable> = {}
  if (!row.last_contact_at || occurredAt > row.last_contact_at) set.last_contact_at = occurredAt
  if (!row.first_contact_at || occurredAt < row.first_contact_at) set.first_contact_at = occurredAt
  if ((kind === 'order' || kind === 'invoice') && row.relationship !== 'customer') {
    set.relationship = 'customer'
    set.relationship_ended_at = null
  }
  return set
}

/**
 * A restricted person's data (Art. 18) is only stored: any other change is refused with 409
 * subject_restricted, audited after the rollback, until the restriction is lifted.
 */
export function refuseRestricted(row: Pick<SubjectRow, 'restricted'>): void {
  if (row.restricted === 1)
    throw new RefusedWrite(
      'subject_restricted',
      'This person’s data is restricted: it can only be corrected by a rectification request or erased until the restriction is lifted',
      'subject.restricted_refused',
      [],
    )
}
