import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { customerExport, toCsv } from '../src/imports/testing.js'
import { createTestDatabase, forEachDatabase, type TestDatabase } from './harness.js'
import { newMasterKey, runVern, vernEnv } from './process.js'

forEachDatabase('vern import people', (dialect) => {
  let db: TestDatabase
  let env: NodeJS.ProcessEnv
  beforeAll(async () => {
    db = await createTestDatabase(dialect)
    env = vernEnv(db, newMasterKey(), { LOG_LEVEL: 'warn' })
  })
  afterAll(() => db.drop())

  it('checks a file without saving, imports it, and a second run changes nothing', async () => {
    const file = join(db.dir, 'kunder.csv')
    writeFileSync(file, customerExport(1500, 4, ';'))
    const check = await runVern(['import', 'people', file, '--dry-run'], env)
    expect(check.stderr).toBe('')
    expect(check.code).toBe(0)
    expect(check.stdout).toContain('email           <- Email')
    expect(check.stdout).toContain('Checked (nothing saved) 1500 rows')
    expect(check.stdout).toContain('1500 new')

    const run = await runVern(['import', 'people', file], env)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Imported 1500 rows in [\d.]+ s: 1500 new, 0 updated, 0 unchanged, 0 rejected/)
    const again = await runVern(['import', 'people', file], env)
    expect(again.stdout).toContain('0 new, 0 updated, 1500 unchanged, 0 rejected')
  })

  it('takes corrections to the mapping, and exits 1 naming rejected rows by number and column', async () => {
    const file = join(db.dir, 'odd.csv')
    writeFileSync(
      file,
      toCsv(
        ['Nr', 'Mail', 'Mobil'],
        [
          ['7', 'a@example.com', '20 12 34 56'],
          ['8', 'nope', ''],
        ],
      ),
    )
    const run = await runVern(
      ['import', 'people', file, '--map', 'externalId=Nr', '--map', 'email=Mail', '--system', 'crm'],
      env,
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('externalId      <- Nr')
    expect(run.stdout).toContain('row 3, column "Mail": email')
    expect(run.stdout).not.toContain('nope')
    const bad = await runVern(['import', 'people', file, '--map', 'colour=Nr'], env)
    expect(bad.code).toBe(2)
    const noKey = await runVern(['import', 'people', file, '--map', 'email=', '--map', 'externalId='], env)
    expect(noKey.code).toBe(2)
    expect(noKey.stderr).toContain('map the e-mail or the customer id column')
  })
})
