import { randomFillSync } from 'node:crypto'
import { v7 as uuidv7 } from 'uuid'

const pool = Buffer.allocUnsafe(16 * 512)
let offset = pool.length

/** Sixteen random bytes from a pool filled 512 ids at a time: one system call per 512 ids, not per id. */
function pooledRandom(): Uint8Array {
  if (offset + 16 > pool.length) {
    randomFillSync(pool)
    offset = 0
  }
  const bytes = pool.subarray(offset, offset + 16)
  offset += 16
  return bytes
}

let lastMs = Number.NEGATIVE_INFINITY
let sequence = 0

/**
 * A UUIDv7 for hot paths (the consent ledger): like `uuid`'s v7 it keeps a counter within a millisecond,
 * so ids made by this process sort in the order they were made.
 */
export function timeOrderedId(): string {
  const random = pooledRandom()
  const now = Date.now()
  if (now > lastMs) {
    // A random start within the millisecond, with its top bit clear so the counter has room to grow.
    sequence =
      ((random[6] ?? 0) & 0x7f) * 2 ** 24 +
      ((random[7] ?? 0) << 16) +
      ((random[8] ?? 0) << 8) +
      (random[9] ?? 0)
    sequence |= 0
    lastMs = now
  } else {
    sequence = (sequence + 1) | 0
    if (sequence === 0) lastMs++
  }
  return uuidv7({ random, msecs: lastMs, seq: sequence })
}
