import { type AccessRow, connectedSystems, type SubjectIdentity } from '../../connectors/index.js'
import type { Executor } from '../../db/database.js'
import { VernError } from '../../errors.js'
import type { AppContext } from '../../http/context.js'
import { PACKAGE_READER, type PackageFacts } from './access.facts.js'
import type { PackageRow } from './access.repository.js'

// The person's rows in the shop's own databases (connected systems, src/connectors): found by the
// identity sealed when the package was prepared, read a batch at a time as the ZIP is pulled.

/** What the connected systems are searched by; sealed in access_packages.identity until the download. */
export type SystemIdentity = Pick<SubjectIdentity, 'email' | 'phone'>

/** A connected system in a package; `reachable` is false when it could not be read at download time. */
export interface PackageSystem {
  id: string
  name: string
  /** The file name in `systems/`: the system's name in lower case ASCII, unique within the package. */
  slug: string
  reachable: boolean
}

/** A connected system after the first attempt to read it. */
export interface OpenedSystem extends PackageSystem {
  /** The person's rows: the first call continues the walk begun when the system was reached, later calls walk again. */
  rows(): AsyncIterable<AccessRow>
  /** Ends a walk that was begun but never read (the download was abandoned), so its connection closes. */
  close(): Promise<void>
}

/** The connected systems an access package searches, with their file names; only Vern's own tables are read. */
export async function systemsOf(ctx: AppContext, db: Executor, row: PackageRow): Promise<PackageSystem[]> {
  if (row.kind !== 'access' || row.identity === null) return []
  const taken = new Set<string>()
  return (await connectedSystems(ctx).forRequest(db)).map((s) => {
    const base = slug(s.name)
    let name = base
    for (let i = 2; taken.has(name); i++) name = `${base}-${i}`
    taken.add(name)
    return { id: s.systemId, name: s.name, slug: name, reachable: true }
  })
}

/**
 * Reaches each system by reading the person's first row, so the manifest can tell the systems that
 * answered from those that did not. A system that fails is logged by its error code only (a
 * connector's message may name a host or quote a value) and left out with `reachable: false`.
 */
export async function openSystems(
  ctx: AppContext,
  row: PackageRow,
  facts: PackageFacts,
  identity: SystemIdentity,
): Promise<OpenedSystem[]> {
  const connected = connectedSystems(ctx)
  const who = { actor: PACKAGE_READER, requestId: row.request_id }
  const opened: OpenedSystem[] = []
  for (const system of facts.systems) {
    const walk = () => connected.accessRows(system.id, identity, who)
    const iterator = walk()[Symbol.asyncIterator]()
    let first: IteratorResult<AccessRow>
    try {
      first = await iterator.next()
    } catch (error) {
      logFailure(ctx, row.id, system.id, error)
      opened.push({ ...system, reachable: false, rows: empty, close: async () => {} })
      continue
    }
    // Walks not yet finished: the one begun here until it is read, and any walk being read.
    const unfinished = new Set<AsyncIterator<AccessRow>>([iterator])
    let begun: { first: IteratorResult<AccessRow>; rest: AsyncIterator<AccessRow> } | null = {
      first,
      rest: iterator,
    }
    opened.push({
      ...system,
      reachable: true,
      rows() {
        const { first, rest } = begun ?? { first: null, rest: walk()[Symbol.asyncIterator]() }
        begun = null
        unfinished.add(rest)
        return resume(first, rest, () => unfinished.delete(rest))
      },
      async close() {
        begun = null
        const walks = [...unfinished]
        unfinished.clear()
        await Promise.all(walks.map((w) => w.return?.()))
      },
    })
  }
  return opened
}

/** Logs that a system could not be read: the package, the system and the error code, nothing else. */
export function logFailure(
  ctx: Pick<AppContext, 'log'>,
  packageId: string,
  systemId: string,
  error: unknown,
): void {
  const code = error instanceof VernError ? error.code : 'internal'
  ctx.log.warn(
    { package: packageId, system: systemId, code },
    'connected system not read for an access package',
  )
}

/** The rows of a walk, starting with one already read; stopping early ends the walk (and its connection). */
async function* resume(
  first: IteratorResult<AccessRow> | null,
  rest: AsyncIterator<AccessRow>,
  done: () => void,
): AsyncGenerator<AccessRow> {
  try {
    if (first?.done) return
    if (first) yield first.value
    for (;;) {
      const next = await rest.next()
      if (next.done) return
      yield next.value
    }
  } finally {
    done()
    await rest.return?.()
  }
}

async function* empty(): AsyncGenerator<AccessRow> {}

const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss', đ: 'd', ð: 'd', þ: 'th' }

/** A system's name as a file name: "Nordlys Lager (Ærø)" → "nordlys-lager-aero". */
export function slug(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/[æøåßđðþ]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
  const s = ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return s || 'system'
}
