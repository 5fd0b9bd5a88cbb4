import type { Actor } from '../auth/principal.js'
import type { DataMap } from '../datamap/services.js'
import type { Executor } from '../db/database.js'
import { ACTIVITIES } from './nordlys.activities.js'
import { PROCESSORS, type ProcessorKey, SYSTEMS, type SystemKey } from './nordlys.recipients.js'

export interface DataMapCounts {
  processors: number
  systems: number
  activities: number
}

/** What the data map's services made: the counts, and the ids of the systems and recipients by demo key. */
export interface DataMapWritten {
  counts: DataMapCounts
  systemIds: ReadonlyMap<SystemKey, string>
  processorIds: ReadonlyMap<ProcessorKey, string>
  /** The activities' ids by their (Danish) names. */
  activityIds: ReadonlyMap<string, string>
}

/** `months` months after (or, negative, before) `today`, as YYYY-MM-DD. */
export function monthsFrom(today: Date, months: number): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, 1))
  return d.toISOString().slice(0, 10)
}

/**
 * Writes the demo shop's data map through the data map's services (so every rule and every audit entry
 * applies): recipients first, then the systems they run, then the activities that use both.
 */
export async function writeDataMap(
  trx: Executor,
  map: DataMap,
  actor: Actor,
  today: Date,
): Promise<DataMapWritten> {
  const processorIds = new Map<ProcessorKey, string>()
  const processorId = (key: ProcessorKey) => {
    const id = processorIds.get(key)
    if (!id) throw new Error(`demo data map: ${key} is used before it is created`)
    return id
  }
  for (const [key, p] of Object.entries(PROCESSORS) as Array<
    [ProcessorKey, (typeof PROCESSORS)[ProcessorKey]]
  >) {
    const created = await map.processors.create(
      trx,
      {
        ...p.input,
        ...(p.parent ? { parentId: processorId(p.parent) } : {}),
        ...(p.dpa
          ? {
              dpaSignedOn: monthsFrom(today, -p.dpa.signedMonthsAgo),
              dpaReviewOn: monthsFrom(today, p.dpa.reviewInMonths),
            }
          : {}),
      },
      actor,
    )
    processorIds.set(key, created.id)
  }

  const systemIds = new Map<SystemKey, string>()
  for (const [key, s] of Object.entries(SYSTEMS) as Array<[SystemKey, (typeof SYSTEMS)[SystemKey]]>) {
    const created = await map.systems.create(
      trx,
      { ...s.input, ...(s.processor ? { processorId: processorId(s.processor) } : {}) },
      actor,
    )
    systemIds.set(key, created.id)
  }

  const activityIds = new Map<string, string>()
  for (const a of ACTIVITIES) {
    const created = await map.activities.create(
      trx,
      {
        ...a.input,
        systemIds: a.systems.map((key) => systemIds.get(key) ?? key),
        recipientIds: a.recipients.map(processorId),
        transfers: (a.transfers ?? []).map((t) => ({
          country: t.country,
          safeguard: t.safeguard,
          recipientId: processorId(t.recipient),
        })),
      },
      actor,
    )
    activityIds.set(a.input.name, created.id)
  }
  return {
    counts: { processors: processorIds.size, systems: systemIds.size, activities: ACTIVITIES.length },
    systemIds,
    processorIds,
    activityIds,
  }
}
