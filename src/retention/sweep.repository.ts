import {
  type ExpressionBuilder,
  type Insertable,
  PostgresAdapter,
  type Selectable,
  type SelectQueryBuilder,
  sql,
} from 'kysely'
import type { Executor } from '../db/database.js'
import { sqliteValueOffThread } from '../db/off-thread.js'
import type { DB } from '../db/schema.js'
import type { RetentionRunsTable, RetentionTasksTable } from './retention.table.js'
import type { SweepStep } from './sweep.plan.js'

export type RunRow = Selectable<RetentionRunsTable>
export type TaskRow = Selectable<RetentionTasksTable>

/**
 * The sweep's SQL. Every statement is bounded: a batch takes at most `limit` records by an index, so the
 * database (one connection on SQLite) is never held long and the API stays responsive during a sweep.
 */

/** The first instant after the cut-off day: records whose clock started before it are due. */
const after = (cutoff: string) => `${addDay(cutoff)}T00:00:00.000Z`
function addDay(day: string): string {
  const d = new Date(`${day}T00:00:00.000Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** Who the rule-driven steps leave alone: people under a hold, restricted (Art. 18), or being erased. */
export interface Exclusions {
  heldSubjects: readonly string[]
  /** SQLite: where the previous batch ended, as JSON [subject_id, occurred_at, rowid] (see `nextInteractions`). */
  after?: string | null
}

type Interactions = ExpressionBuilder<DB, 'subject_interactions'>

function subjectsWhere(step: SweepStep, column: 'last_contact_at' | 'relationship_ended_at' | null) {
  return (eb: Interactions) => {
    let q = eb.selectFrom('subjects').select('subjects.id')
    if (column && step.cutoff) q = q.where(column, '<', after(step.cutoff))
    if (step.relationships) q = q.where('relationship', 'in', step.relationships)
    return q
  }
}

/** The step's due interactions, before exclusions. */
function dueInteractions(db: Executor, step: SweepStep) {
  return dueByClock(db.selectFrom('subject_interactions').where('kind', 'in', step.kinds), step)
}

/** The clock and relationship terms of a step, on a query of interactions. */
function dueByClock<Q extends { where: SelectQueryBuilder<DB, 'subject_interactions', object>['where'] }>(
  query: Q,
  step: SweepStep,
): Q {
  let q = query as unknown as SelectQueryBuilder<DB, 'subject_interactions', object>
  const cutoff = step.cutoff ?? '1900-01-01'
  if (step.clockStart === 'collected' || step.clockStart === 'financial_year_end')
    q = q.where('occurred_at', '<', after(cutoff))
  const column =
    step.clockStart === 'last_contact'
      ? 'last_contact_at'
      : step.clockStart === 'relationship_ended'
        ? 'relationship_ended_at'
        : null
  if (column || step.relationships) q = q.where('subject_id', 'in', subjectsWhere(step, column))
  return q as unknown as Q
}

function excludeInteractions(db: Executor, step: SweepStep, ex: Exclusions) {
  let q = dueInteractions(db, step)
    .where('subject_id', 'not in', (eb) => eb.selectFrom('subject_restrictions').select('subject_id'))
    .where('id', 'not in', (eb) => eb.selectFrom('erasure_retained').select('item'))
  if (ex.heldSubjects.length > 0) q = q.where('subject_id', 'not in', [...ex.heldSubjects])
  return q
}

/**
 * How many records of the step's kinds exist: what the sweep evaluates. With `sqliteFile` the
 * interactions (millions of rows) are counted by a worker thread with its own connection, so the count
 * does not hold the server's one SQLite connection.
 */
export async function countEvaluated(db: Executor, step: SweepStep, sqliteFile?: string): Promise<number> {
  if (step.target === 'interactions') {
    const query = db
      .selectFrom('subject_interactions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', 'in', step.kinds)
    if (sqliteFile) return Number(await sqliteValueOffThread(sqliteFile, query.compile()))
    return Number((await query.executeTakeFirst())?.n ?? 0)
  }
  if (step.target === 'people') {
    let q = db
      .selectFrom('subjects')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'person')
    if (step.relationships) q = q.where('relationship', 'in', step.relationships)
    return Number((await q.executeTakeFirst())?.n ?? 0)
  }
  if (step.target === 'subscriptions') {
    const row = await db
      .selectFrom('subscriptions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('channel', 'in', step.kinds)
      .executeTakeFirst()
    return Number(row?.n ?? 0)
  }
  if (step.target === 'retained') {
    const row = await db
      .selectFrom('erasure_retained')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst()
    return Number(row?.n ?? 0)
  }
  return step.systemIds.length
}

/** Due records of the step belonging to the given people (held ones), per person. */
export async function dueOfSubjects(
  db: Executor,
  step: SweepStep,
  subjectIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (subjectIds.length === 0 || !step.cutoff) return counts
  if (step.target === 'interactions') {
    const rows = await dueInteractions(db, step)
      .select((eb) => ['subject_id', eb.fn.countAll<number>().as('n')])
      .where('subject_id', 'in', [...subjectIds])
      .groupBy('subject_id')
      .execute()
    for (const r of rows) counts.set(r.subject_id, Number(r.n))
  } else if (step.target === 'subscriptions') {
    const rows = await dueSubscriptions(db, step)
      .select((eb) => ['subject_id', eb.fn.countAll<number>().as('n')])
      .where('subject_id', 'in', [...subjectIds])
      .groupBy('subject_id')
      .execute()
    for (const r of rows) counts.set(r.subject_id, Number(r.n))
  } else if (step.target === 'people') {
    const rows = await duePeople(db, step)
      .select('id')
      .where('id', 'in', [...subjectIds])
      .execute()
    for (const r of rows) counts.set(r.id, 1)
  } else if (step.target === 'retained') {
    const rows = await dueRetained(db, step)
      .select((eb) => ['subject_id', eb.fn.countAll<number>().as('n')])
      .where('subject_id', 'in', [...subjectIds])
      .groupBy('subject_id')
      .execute()
    for (const r of rows) counts.set(r.subject_id, Number(r.n))
  }
  return counts
}

/** Due records of the step whose person is restricted (Art. 18 or an erasure): left alone. */
export async function dueRestricted(db: Executor, step: SweepStep): Promise<number> {
  if (!step.cutoff) return 0
  const restricted = (eb: ExpressionBuilder<DB, keyof DB>) =>
    eb.selectFrom('subject_restrictions').select('subject_id')
  let row: { n: number } | undefined
  if (step.target === 'interactions')
    row = await dueInteractions(db, step)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('subject_id', 'in', restricted)
      .executeTakeFirst()
  else if (step.target === 'subscriptions')
    row = await dueSubscriptions(db, step)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('subject_id', 'in', restricted)
      .executeTakeFirst()
  else if (step.target === 'people')
    row = await duePeople(db, step)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('id', 'in', restricted)
      .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/**
 * A batch of the step's due interactions, after exclusions: ids with what anonymisation keeps.
 * On SQLite person by person, from where the previous batch ended: each page of the person index is then
 * rewritten once in the whole sweep, not once per batch, which is what makes a batched sweep of millions
 * of rows cost about what one DELETE does. PostgreSQL takes them in the (kind, occurred_at) index order.
 */
export async function nextInteractions(
  db: Executor,
  step: SweepStep,
  ex: Exclusions,
  limit: number,
): Promise<{
  rows: Array<{ id: string; subject_id: string; kind: string; occurred_at: string }>
  taken: number
  last: string | null
}> {
  if (!step.cutoff) return { rows: [], taken: 0, last: null }
  const columns = ['id', 'subject_id', 'kind', 'occurred_at'] as const
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const rows = await excludeInteractions(db, step, ex)
      .select(columns)
      .orderBy('kind')
      .orderBy('occurred_at')
      .limit(limit)
      .execute()
    return { rows, taken: rows.length, last: null }
  }
  // Candidates from the person index alone (it holds subject_id, occurred_at and the rowid), so no row
  // is read that is not due; then the kind and the erasure list are checked on those rows only.
  // Where the previous batch ended: (person, date, rowid), so no candidate is read twice.
  const from = ex.after ? (JSON.parse(ex.after) as [string, string, number]) : null
  let candidates = dueByClock(
    db.selectFrom('subject_interactions').select(['subject_id', 'occurred_at', sql<number>`rowid`.as('r')]),
    step,
  )
    .where('subject_id', 'not in', (eb) => eb.selectFrom('subject_restrictions').select('subject_id'))
    .$if(from !== null, (b) =>
      b.where(sql`(subject_id, occurred_at, rowid)`, '>', sql`(${from?.[0]}, ${from?.[1]}, ${from?.[2]})`),
    )
  if (ex.heldSubjects.length > 0) candidates = candidates.where('subject_id', 'not in', [...ex.heldSubjects])
  const taken = await candidates
    .orderBy('subject_id')
    .orderBy('occurred_at')
    .orderBy(sql`rowid`)
    .limit(limit)
    .execute()
  if (taken.length === 0) return { rows: [], taken: 0, last: null }
  const rows = await db
    .selectFrom('subject_interactions')
    .select(columns)
    .where(
      sql.ref('rowid'),
      'in',
      taken.map((c) => c.r),
    )
    // `+kind`: found by rowid, not through the kind index (which would read every row of the kind).
    .where(sql<string>`+kind`, 'in', step.kinds)
    .where('id', 'not in', (eb) => eb.selectFrom('erasure_retained').select('item'))
    .execute()
  const end = taken.at(-1)
  return {
    rows,
    taken: taken.length,
    last: end ? JSON.stringify([end.subject_id, end.occurred_at, end.r]) : null,
  }
}

export async function deleteInteractions(db: Executor, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0
  const result = await db
    .deleteFrom('subject_interactions')
    .where('id', 'in', [...ids])
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** Deletes the next batch; answers how many went, how many were looked at and where the batch ended. */
export async function deleteNextInteractions(
  db: Executor,
  step: SweepStep,
  ex: Exclusions,
  limit: number,
): Promise<{ count: number; taken: number; last: string | null }> {
  const { rows, taken, last } = await nextInteractions(db, step, ex, limit)
  const count = await deleteInteractions(
    db,
    rows.map((r) => r.id),
  )
  return { count, taken, last }
}

function dueSubscriptions(db: Executor, step: SweepStep) {
  return db
    .selectFrom('subscriptions')
    .where('status', '=', 'withdrawn')
    .where('channel', 'in', step.kinds)
    .where('withdrawn_at', '<', after(step.cutoff ?? '1900-01-01'))
    .$if(step.relationships !== null, (q) =>
      q.where('subject_id', 'in', (eb) =>
        eb
          .selectFrom('subjects')
          .select('id')
          .where('relationship', 'in', step.relationships ?? []),
      ),
    )
}

export async function nextSubscriptions(
  db: Executor,
  step: SweepStep,
  ex: Exclusions,
  limit: number,
): Promise<Array<{ id: string; subject_id: string; channel: string; withdrawn_at: string | null }>> {
  if (!step.cutoff) return []
  let q = dueSubscriptions(db, step).where('subject_id', 'not in', (eb) =>
    eb.selectFrom('subject_restrictions').select('subject_id'),
  )
  if (ex.heldSubjects.length > 0) q = q.where('subject_id', 'not in', [...ex.heldSubjects])
  return q.select(['id', 'subject_id', 'channel', 'withdrawn_at']).orderBy('id').limit(limit).execute()
}

export async function deleteSubscriptions(db: Executor, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0
  const result = await db
    .deleteFrom('subscriptions')
    .where('id', 'in', [...ids])
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** The clock of a person under a rule, as a column expression. */
function personClock(step: Pick<SweepStep, 'clockStart'>) {
  switch (step.clockStart) {
    case 'last_contact':
      return sql<string>`last_contact_at`
    case 'relationship_ended':
      return sql<string>`relationship_ended_at`
    default:
      return sql<string>`coalesce(first_contact_at, created_at)`
  }
}

function duePeople(db: Executor, step: SweepStep) {
  let q = db
    .selectFrom('subjects')
    .where('kind', '=', 'person')
    .where(personClock(step), '<', after(step.cutoff ?? '1900-01-01'))
    .$if(step.relationships !== null, (b) => b.where('relationship', 'in', step.relationships ?? []))
  // Every other rule on who people are must have run out too, where it applies to the person.
  for (const other of step.alsoDueUnder ?? [])
    q = q.where((eb) => {
      const due = other.cutoff ? eb(personClock(other), '<', after(other.cutoff)) : sql<boolean>`1 = 0`
      return other.relationships === null
        ? due
        : eb.or([
            eb('relationship', 'not in', other.relationships.length > 0 ? other.relationships : ['']),
            due,
          ])
    })
  // Someone an earlier people step covers is that step's (due under it as well, so handled there).
  for (const earlier of step.coveredBefore ?? [])
    q = q.where((eb) =>
      earlier === null
        ? sql<boolean>`1 = 0`
        : eb('relationship', 'not in', earlier.length > 0 ? earlier : ['']),
    )
  return q
}

/** What still needs a person: their records, a live permission, a request or erasure under way. */
function stillNeeded(eb: ExpressionBuilder<DB, 'subjects'>) {
  return eb.or([
    eb.exists(
      eb.selectFrom('subject_interactions as i').select('i.id').whereRef('i.subject_id', '=', 'subjects.id'),
    ),
    eb.exists(
      eb
        .selectFrom('subscriptions as p')
        .select('p.id')
        .whereRef('p.subject_id', '=', 'subjects.id')
        .where('p.status', 'in', ['pending', 'active']),
    ),
    eb.exists(
      eb
        .selectFrom('requests as r')
        .select('r.id')
        .whereRef('r.subject_id', '=', 'subjects.id')
        .where('r.state', 'not in', ['completed', 'rejected']),
    ),
    eb.exists(
      eb
        .selectFrom('erasures as e')
        .select('e.id')
        .whereRef('e.subject_id', '=', 'subjects.id')
        .where('e.status', '=', 'running'),
    ),
    eb.exists(
      eb.selectFrom('erasure_retained as k').select('k.item').whereRef('k.subject_id', '=', 'subjects.id'),
    ),
  ])
}

function peopleToAct(db: Executor, step: SweepStep, ex: Exclusions) {
  let q = duePeople(db, step)
    .where('id', 'not in', (eb) => eb.selectFrom('subject_restrictions').select('subject_id'))
    .where('restricted', '=', 0)
  if (ex.heldSubjects.length > 0) q = q.where('id', 'not in', [...ex.heldSubjects])
  return q
}

/** People due under the rule but kept because something else still needs them. */
export async function peopleKept(db: Executor, step: SweepStep, ex: Exclusions): Promise<number> {
  if (!step.cutoff) return 0
  const row = await peopleToAct(db, step, ex)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => stillNeeded(eb))
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

export async function nextPeople(
  db: Executor,
  step: SweepStep,
  ex: Exclusions,
  limit: number,
): Promise<Array<{ id: string; relationship: string; clock: string }>> {
  if (!step.cutoff) return []
  return peopleToAct(db, step, ex)
    .where((eb) => eb.not(stillNeeded(eb)))
    .select(['id', 'relationship', personClock(step).as('clock')])
    .orderBy('id')
    .limit(limit)
    .execute()
}

/** Of `ids`, the people still due and free to go (checked again inside the batch's transaction). */
export async function stillDuePeople(
  db: Executor,
  step: SweepStep,
  ex: Exclusions,
  ids: readonly string[],
): Promise<string[]> {
  if (!step.cutoff || ids.length === 0) return []
  const rows = await peopleToAct(db, step, ex)
    .where((eb) => eb.not(stillNeeded(eb)))
    .where('id', 'in', [...ids])
    .select('id')
    .execute()
  return rows.map((r) => r.id)
}

/** Deletes people with their data keys (crypto-shredding); their look-ups and the rest cascade. */
export async function deletePeople(db: Executor, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0
  await db
    .deleteFrom('data_keys')
    .where('owner_id', 'in', [...ids])
    .execute()
  await db
    .updateTable('subjects')
    .set({ company_id: null })
    .where('company_id', 'in', [...ids])
    .execute()
  const result = await db
    .deleteFrom('subjects')
    .where('id', 'in', [...ids])
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** Restricts people by retention (Art. 18 style): kept, not used; they drop out of later steps. */
export async function restrictPeople(db: Executor, ids: readonly string[], at: string): Promise<void> {
  if (ids.length === 0) return
  await db
    .insertInto('subject_restrictions')
    .values(
      ids.map((id) => ({
        subject_id: id,
        basis: 'retention',
        reason: null,
        request_id: null,
        keep_until: null,
        since: at,
      })),
    )
    .onConflict((oc) => oc.column('subject_id').doNothing())
    .execute()
  await db
    .updateTable('subjects')
    .set({ restricted: 1, updated_at: at })
    .where('id', 'in', [...ids])
    .execute()
}

/** The people owning a batch of due interactions (for a rule whose action is to restrict). */
export async function subjectsOfNextInteractions(
  db: Executor,
  step: SweepStep,
  ex: Exclusions,
  limit: number,
): Promise<string[]> {
  if (!step.cutoff) return []
  const rows = await excludeInteractions(db, step, ex).select('subject_id').distinct().limit(limit).execute()
  return rows.map((r) => r.subject_id)
}

function dueRetained(db: Executor, step: SweepStep) {
  return db.selectFrom('erasure_retained').where('keep_until', '<=', step.cutoff ?? '1900-01-01')
}

/** Kept items whose date has passed; a person's profile only once nothing else of theirs is kept. */
export async function nextRetained(
  db: Executor,
  step: SweepStep,
  ex: Exclusions,
  limit: number,
): Promise<Array<{ subject_id: string; item: string }>> {
  let q = dueRetained(db, step)
  if (ex.heldSubjects.length > 0) q = q.where('subject_id', 'not in', [...ex.heldSubjects])
  return q.select(['subject_id', 'item']).orderBy('keep_until').orderBy('subject_id').limit(limit).execute()
}

export async function retainedLeft(db: Executor, subjectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('erasure_retained')
    .select('item')
    .where('subject_id', '=', subjectId)
    .execute()
  return rows.map((r) => r.item)
}

export async function deleteRetained(db: Executor, subjectId: string, item: string): Promise<void> {
  await db
    .deleteFrom('erasure_retained')
    .where('subject_id', '=', subjectId)
    .where('item', '=', item)
    .execute()
}

/** A sample of what a step would act on, for the preview: ids, kinds and dates only, never values. */
export async function sample(
  db: Executor,
  step: SweepStep,
  ex: Exclusions,
  limit: number,
): Promise<Array<{ id: string; kind: string; date: string }>> {
  switch (step.target) {
    case 'interactions':
      return (await nextInteractions(db, step, ex, limit)).rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        date: String(r.occurred_at).slice(0, 10),
      }))
    case 'subscriptions':
      return (await nextSubscriptions(db, step, ex, limit)).map((r) => ({
        id: r.id,
        kind: r.channel,
        date: String(r.withdrawn_at).slice(0, 10),
      }))
    case 'people':
      return (await nextPeople(db, step, ex, limit)).map((r) => ({
        id: r.id,
        kind: r.relationship,
        date: String(r.clock).slice(0, 10),
      }))
    case 'retained':
      return (await nextRetained(db, step, ex, limit)).map((r) => ({
        id: r.subject_id,
        kind: r.item === 'profile' ? 'profile' : 'interaction',
        date: step.cutoff ?? '',
      }))
    default:
      return []
  }
}

/** How many records a step would act on now (for the dry run): counted, nothing changed. */
export async function countToAct(db: Executor, step: SweepStep, ex: Exclusions): Promise<number> {
  if (!step.cutoff) return 0
  const n = (row: { n: number } | undefined) => Number(row?.n ?? 0)
  switch (step.target) {
    case 'interactions':
      return n(
        await excludeInteractions(db, step, ex)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst(),
      )
    case 'subscriptions': {
      let q = dueSubscriptions(db, step).where('subject_id', 'not in', (eb) =>
        eb.selectFrom('subject_restrictions').select('subject_id'),
      )
      if (ex.heldSubjects.length > 0) q = q.where('subject_id', 'not in', [...ex.heldSubjects])
      return n(await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())
    }
    case 'people':
      return n(
        await peopleToAct(db, step, ex)
          .where((eb) => eb.not(stillNeeded(eb)))
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst(),
      )
    case 'retained': {
      let q = dueRetained(db, step)
      if (ex.heldSubjects.length > 0) q = q.where('subject_id', 'not in', [...ex.heldSubjects])
      return n(await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())
    }
    default:
      return 0
  }
}

/** Adds anonymised counts (per rule, kind of record, kind and month), in the batch's transaction. */
export async function addAggregates(
  db: Executor,
  ruleId: string,
  recordType: string,
  counts: ReadonlyMap<string, number>,
): Promise<void> {
  for (const [key, count] of counts) {
    const [kind = '', month = ''] = key.split('|')
    await db
      .insertInto('retention_aggregates')
      .values({ rule_id: ruleId, record_type: recordType, kind, month, count })
      .onConflict((oc) =>
        oc
          .columns(['rule_id', 'record_type', 'kind', 'month'])
          .doUpdateSet({ count: sql`retention_aggregates.count + ${count}` }),
      )
      .execute()
  }
}

export async function aggregates(
  db: Executor,
  ruleId?: string,
): Promise<Array<{ rule_id: string; record_type: string; kind: string; month: string; count: number }>> {
  let q = db
    .selectFrom('retention_aggregates')
    .selectAll()
    .orderBy('rule_id')
    .orderBy('month')
    .orderBy('kind')
  if (ruleId) q = q.where('rule_id', '=', ruleId)
  return (await q.execute()).map((r) => ({ ...r, count: Number(r.count) }))
}

// Runs

export async function insertRun(db: Executor, row: Insertable<RetentionRunsTable>): Promise<void> {
  await db.insertInto('retention_runs').values(row).execute()
}

export async function lockRun(db: Executor, id: string): Promise<RunRow | undefined> {
  let q = db.selectFrom('retention_runs').selectAll().where('id', '=', id)
  if (db.getExecutor().adapter instanceof PostgresAdapter) q = q.forUpdate()
  return q.executeTakeFirst()
}

export async function updateRun(
  db: Executor,
  id: string,
  set: { step: number; report: string; updated_at: string; status?: string; finished_at?: string },
): Promise<void> {
  await db.updateTable('retention_runs').set(set).where('id', '=', id).execute()
}

export async function runningRun(db: Executor): Promise<RunRow | undefined> {
  return db
    .selectFrom('retention_runs')
    .selectAll()
    .where('status', '=', 'running')
    .orderBy('started_at')
    .executeTakeFirst()
}

export async function findRun(db: Executor, id: string): Promise<RunRow | undefined> {
  return db.selectFrom('retention_runs').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function listRuns(db: Executor, limit: number): Promise<RunRow[]> {
  return db
    .selectFrom('retention_runs')
    .selectAll()
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

// Tasks

export async function findTask(db: Executor, ruleId: string, systemId: string): Promise<TaskRow | undefined> {
  return db
    .selectFrom('retention_tasks')
    .selectAll()
    .where('rule_id', '=', ruleId)
    .where('system_id', '=', systemId)
    .executeTakeFirst()
}

export async function insertTask(db: Executor, row: Insertable<RetentionTasksTable>): Promise<void> {
  await db.insertInto('retention_tasks').values(row).execute()
}

export async function updateTask(
  db: Executor,
  id: string,
  set: Partial<Omit<TaskRow, 'id' | 'rule_id' | 'system_id'>>,
): Promise<void> {
  await db.updateTable('retention_tasks').set(set).where('id', '=', id).execute()
}

export async function getTask(db: Executor, id: string): Promise<TaskRow | undefined> {
  return db.selectFrom('retention_tasks').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function listTasks(db: Executor, status?: 'open' | 'done'): Promise<TaskRow[]> {
  let q = db.selectFrom('retention_tasks').selectAll().orderBy('opened_at', 'desc').orderBy('id')
  if (status) q = q.where('status', '=', status)
  return q.execute()
}
