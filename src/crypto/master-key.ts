import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { type Config, ConfigError } from '../config/config.js'

export interface MasterKeySource {
  key: Buffer
  /** 'env' when VERN_MASTER_KEY was set; 'file' when read from, or just written to, the key file. */
  origin: 'env' | 'file' | 'generated'
}

/**
 * The key that wraps every per-person data key. From VERN_MASTER_KEY, or, outside production, from a
 * key file under ./data/ that is generated on first start.
 */
export function resolveMasterKey(config: Config): MasterKeySource {
  if (config.masterKey) return { key: config.masterKey, origin: 'env' }
  const file = config.masterKeyFile
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')
    if (key.length !== 32)
      throw new ConfigError('VERN_MASTER_KEY', `the key file ${file} is damaged (not 32 bytes)`)
    return { key, origin: 'file' }
  }
  const key = randomBytes(32)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' })
  chmodSync(file, 0o600)
  return { key, origin: 'generated' }
}
