import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestDatabase, forEachDatabase, type TestDatabase } from './harness.js'
import { newMasterKey, runVern, startVern, vernEnv } from './process.js'

forEachDatabase('vern command line', (dialect) => {
  let db: TestDatabase
  let env: NodeJS.ProcessEnv
  beforeAll(async () => {
    db = await createTestDatabase(dialect)
    env = vernEnv(db, newMasterKey(), { LOG_LEVEL: 'warn' })
  })
  afterAll(() => db.drop())

  it('migrates an empty database, then has nothing to do', async () => {
    const first = await runVern(['migrate'], env)
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/Applied \d+ migration\(s\): 2026-11-22-0001-foundation/)
    const second = await runVern(['migrate'], env)
    expect(second.stdout).toContain('up to date')
  })

  it('adds a user with the password from standard input', async () => {
    const run = await runVern(
      ['user', 'add', '--email', 'Owner@Shop.example', '--role', 'owner'],
      env,
      'a long enough passphrase\n',
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Added owner owner@shop\.example/)
    const dup = await runVern(
      ['user', 'add', '--email', 'owner@shop.example', '--role', 'owner'],
      env,
      'a long enough passphrase\n',
    )
    expect(dup.code).toBe(1)
    expect(dup.stderr.trim().split('\n')).toHaveLength(1)
    const weak = await runVern(
      ['user', 'add', '--email', 'x@shop.example', '--role', 'support'],
      env,
      'short\n',
    )
    expect(weak.code).toBe(1)
    expect(weak.stderr).toContain('at least 12 characters')
  })

  it('answers bad usage with exit status 2 and one line', async () => {
    for (const args of [
      ['user', 'add', '--email', 'a@b.example', '--role', 'king'],
      ['user', 'add', '--role', 'owner'],
      ['apikey', 'create', '--name', 'x', '--role', 'owner', '--colour', 'red'],
      ['frobnicate'],
    ]) {
      const run = await runVern(args, env, 'irrelevant password\n')
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1)
    }
  })

  it('stops on a bad configuration value, naming the variable', async () => {
    for (const [name, value] of <[string, string][]>[
      ['PORT', 'abc'],
      ['DATABASE_URL', 'mysql://x'],
      ['VERN_MASTER_KEY', 'short'],
      ['LOG_LEVEL', 'loud'],
      ['SMTP_URL', 'http://mail'],
    ]) {
      const run = await runVern(['migrate'], { ...env, [name]: value })
      expect(run.code, name).toBe(1)
      expect(run.stderr, name).toContain(name)
    }
  })

  it('refuses a different master key than the database was created with', async () => {
    const run = await runVern(['audit', 'verify'], { ...env, VERN_MASTER_KEY: newMasterKey() })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('VERN_MASTER_KEY')
  })

  it('creates an API key that works against the running server', async () => {
    const run = await runVern(['apikey', 'create', '--name', 'ci', '--role', 'owner'], env)
    expect(run.code).toBe(0)
    const key = run.stdout.trim().split('\n').at(-1) ?? ''
    expect(key).toMatch(/^vern_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/)
    const server = await startVern(env)
    try {
      const ok = await fetch(`${server.url}/api/v1/organisation`, {
        headers: { authorization: `Bearer ${key}` },
      })
      expect(ok.status).toBe(200)
      expect(((await ok.json()) as { setupComplete: boolean }).setupComplete).toBe(false)
      const health = await fetch(`${server.url}/healthz`)
      expect(await health.json()).toEqual({ status: 'ok' })
    } finally {
      server.child.kill('SIGTERM')
      expect(await server.exited).toBe(0)
    }
  })

  it('verifies the audit chain, and reports the first broken entry', async () => {
    const intact = await runVern(['audit', 'verify'], env)
    expect(intact.code).toBe(0)
    expect(intact.stdout).toMatch(/Audit chain intact: \d+ entries verified/)
    const { openDatabase } = await import('../src/db/database.js')
    const { parseDatabaseUrl } = await import('../src/config/config.js')
    const database = await openDatabase(parseDatabaseUrl(db.url))
    await database.db.updateTable('audit_log').set({ action: 'tampered' }).where('seq', '=', 2).execute()
    await database.close()
    const broken = await runVern(['audit', 'verify'], env)
    expect(broken.code).toBe(1)
    expect(broken.stderr.trim()).toBe('Audit chain broken at entry 2: changed (2 entries read).')
  })
})
