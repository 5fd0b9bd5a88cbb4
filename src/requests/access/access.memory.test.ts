// MEMORY TEST (slow, about 10-30 s per database): a person with 100,000 interactions is downloaded
// through a real socket while the heap is sampled; the package must be streamed, not built in memory.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation } from '../../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../../test/harness.js'
import type { Who } from '../../subjects/subject.access.js'
import { sealDetails } from '../../subjects/subject.codec.js'
import { INTERACTION_KINDS } from '../../subjects/subject.schema.js'
import { SubjectService } from '../../subjects/subject.service.js'
import { eachEntry, pathOf } from './access.testing.js'
import { prepareAccessPackage } from './index.js'

const RECORDS = 100_000
const HEAP_BUDGET = 64 * 1024 * 1024
const OWNER: Who = { actor: { type: 'system', id: 'test' }, role: 'owner' }

const gc = (globalThis as { gc?: () => void }).gc

forEachDatabase('access package memory', (dialect) => {
  let t: TestApp
  let subjectId: string
  let base: string
  let dir: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vern-access-'))
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    const subjects = new SubjectService(t.ctx.audit, t.ctx.vault, t.ctx.clock, t.ctx.organisation)
    subjectId = await t.ctx.db.transaction().execute(async (trx) => {
      const s = await subjects.create(trx, { name: 'Eero Mäkelä', email: 'eero@example.fi' }, 'api', OWNER)
      const key = await t.ctx.vault.keyFor(trx, s.id, t.clock.now())
      const at = t.clock.now().getTime()
      // Sealed as the register seals them, inserted in bulk: adding 100,000 through the service would
      // audit each one and take minutes.
      for (let start = 0; start < RECORDS; start += 500) {
        const rows = []
        for (let i = start; i < Math.min(start + 500, RECORDS); i++) {
          const id = uuidv7()
          const occurred = new Date(at - (RECORDS - i) * 60_000).toISOString()
          rows.push({
            id,
            subject_id: s.id,
            kind: INTERACTION_KINDS[i % INTERACTION_KINDS.length] ?? 'note',
            occurred_at: occurred,
            details: sealDetails(key, id, {
              reference: `ORD-${i}`,
              summary: `Bestilling nummer ${i}: kaffebønner, filtre og en kværn til sommerhuset`,
              amount: i % 1000,
              currency: 'EUR',
            }),
            created_at: occurred,
          })
        }
        await trx.insertInto('subject_interactions').values(rows).execute()
      }
      return s.id
    })
    // A table that grew by 100,000 rows at once has statistics from before; autovacuum would refresh
    // them soon after on a real server.
    if (dialect === 'postgres') await sql`analyze subject_interactions`.execute(t.ctx.db)
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`
  }, 120_000)
  afterAll(async () => {
    await t.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it(`streams ${RECORDS} interactions with the heap growing less than 64 MB`, async () => {
    const { url } = await prepareAccessPackage(t.ctx, {
      requestId: 'req-memory',
      subjectId,
      language: 'fi',
      kind: 'access',
      actor: OWNER.actor,
    })
    gc?.()
    const baseline = process.memoryUsage().heapUsed
    let peak = baseline
    // What stays live while the package streams: collected first, so a busy machine's late garbage
    // collection does not count, while a package built in memory would.
    const sample = () => {
      gc?.()
      peak = Math.max(peak, process.memoryUsage().heapUsed)
    }
    const sampler = setInterval(sample, gc ? 200 : 20)
    const file = join(dir, 'package.zip')
    try {
      const res = await fetch(base + pathOf(url), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      })
      expect(res.status).toBe(200)
      if (!res.body) throw new Error('no body')
      await pipeline(Readable.fromWeb(res.body as never), createWriteStream(file))
    } finally {
      clearInterval(sampler)
    }
    expect(gc).toBeDefined()
    expect(peak - baseline).toBeLessThan(HEAP_BUDGET)

    const counts = new Map<string, number>()
    let manifest = ''
    await eachEntry(file, async (name, stream) => {
      if (name === 'manifest.json') {
        for await (const chunk of stream) manifest += String(chunk)
        return
      }
      if (name !== 'data/interactions.csv') {
        stream.resume()
        return
      }
      let lines = 0
      let last = ''
      for await (const line of createInterface({ input: stream })) {
        lines++
        last = line
      }
      counts.set(name, lines)
      expect(last).toContain(`ORD-${RECORDS - 1}`)
    })
    expect(counts.get('data/interactions.csv')).toBe(RECORDS + 1)
    const listed = JSON.parse(manifest).files.find(
      (f: { path: string }) => f.path === 'data/interactions.json',
    )
    expect(listed.records).toBe(RECORDS)
  }, 120_000)
})
