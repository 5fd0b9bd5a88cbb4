import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'

/** One erasure's entry: the subject's id and the keyed hashes of its identifiers; nothing readable. */
export interface ErasureListEntry {
  at: string
  erasure: string
  subject: string
  hashes: Array<[kind: string, hash: string]>
}

/**
 * A copy of the erasure list outside the database, in the data folder, one JSON line per erasure:
 * restoring the database from a backup taken before an erasure does not restore this file, so on the
 * next start the list is put back and the person erased again (P12, "provable, including in backups").
 */
export class ErasureListFile {
  readonly path: string
  constructor(dataDir: string) {
    this.path = join(dataDir, 'erasure-list.jsonl')
  }

  /** Appends and flushes to disk before the erasure's transaction commits. */
  append(entry: ErasureListEntry): void {
    mkdirSync(join(this.path, '..'), { recursive: true })
    const fd = openSync(this.path, 'a', 0o600)
    try {
      writeSync(fd, `${JSON.stringify(entry)}\n`)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  }

  /** Every entry; a line cut off by a crash is skipped. */
  read(): ErasureListEntry[] {
    if (!existsSync(this.path)) return []
    const entries: ErasureListEntry[] = []
    for (const line of readFileSync(this.path, 'utf8').split('\n')) {
      if (!line.trim()) continue
      try {
        const entry = JSON.parse(line) as ErasureListEntry
        if (typeof entry.subject === 'string' && Array.isArray(entry.hashes)) entries.push(entry)
      } catch {
        // A torn last line: its erasure had not committed, and will write it again when it resumes.
      }
    }
    return entries
  }
}
