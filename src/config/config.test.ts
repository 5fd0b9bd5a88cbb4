import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

describe('configuration', () => {
  it('has the defaults of CONTRACT.md', () => {
    const c = loadConfig({})
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'sqlite', path: './data/vern.db' },
      smtpUrl: null,
      logLevel: 'info',
      masterKey: null,
    })
    expect(c.publicUrl.href).toBe('http://127.0.0.1:3000/')
    expect(Object.isFrozen(c)).toBe(true)
  })

  it('reads PostgreSQL, a public URL without trailing slash and a hex or base64 master key', () => {
    const hex = 'ab'.repeat(32)
    const c = loadConfig({
      DATABASE_URL: 'postgres://vern@db:5432/vern',
      PUBLIC_URL: 'https://privacy.shop.example/',
      VERN_MASTER_KEY: hex,
    })
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://vern@db:5432/vern' })
    expect(c.publicUrl.href).toBe('https://privacy.shop.example/')
    expect(c.masterKey?.toString('hex')).toBe(hex)
    expect(
      loadConfig({ VERN_MASTER_KEY: Buffer.alloc(32, 9).toString('base64') }).masterKey?.equals(
        Buffer.alloc(32, 9),
      ),
    ).toBe(true)
  })

  it.each([
    ['PORT', '70000'],
    ['PORT', '3000x'],
    ['HOST', 'not a host!'],
    ['DATABASE_URL', 'mysql://x'],
    ['DATABASE_URL', 'sqlite:'],
    ['PUBLIC_URL', 'ftp://x'],
    ['PUBLIC_URL', 'https://x.example/?a=1'],
    ['VERN_MASTER_KEY', 'too-short'],
    ['SMTP_URL', 'https://mail.example'],
    ['MAIL_FROM', 'not an address'],
    ['LOG_LEVEL', 'verbose'],
    ['TRUST_PROXY', 'maybe'],
  ])('stops on a bad %s, naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^${name}:`))
  })

  it('requires the master key in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/^VERN_MASTER_KEY: is required/)
  })
})
