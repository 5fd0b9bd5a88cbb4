// `vern connection test <system name or id>`: connects with the stored credentials and says whether
// it worked. Exit 0 when it did, 1 when it did not, 2 on bad usage.
import { UsageError } from '../cli/usage.js'
import { loadConfig } from '../config/config.js'
import { closeContext, createContext } from '../context.js'
import { listSystems } from '../datamap/system.repository.js'
import { VernError } from '../errors.js'
import { createLogger } from '../http/logging.js'
import { connectorServices } from './index.js'

type Out = (line: string) => void

export async function connectionCommand(args: string[], out: Out, err: Out): Promise<number> {
  const [sub, target, ...extra] = args
  if (sub !== 'test') throw new UsageError('use "vern connection test <system name or id>"')
  if (!target) throw new UsageError('name the system: "vern connection test <system name or id>"')
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`)
  const config = loadConfig()
  const ctx = await createContext(config, {
    log: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr as never),
  })
  try {
    const systems = await listSystems(ctx.db)
    const wanted = target.trim().toLowerCase()
    const matches = systems.filter((s) => s.id === target || s.name.trim().toLowerCase() === wanted)
    if (matches.length !== 1) {
      err(
        matches.length === 0
          ? `No system is called "${target}".`
          : `Several systems are called "${target}"; use the id.`,
      )
      return 1
    }
    const system = matches[0] as (typeof systems)[number]
    const { connections } = connectorServices(ctx)
    try {
      const answer = await connections.test(ctx.db, system.id, { actor: { type: 'system', id: 'cli' } })
      out(
        `Connected to ${system.name}: ${answer.tables} tables visible${answer.writeChecked ? ', write credentials work too' : ''} (${answer.ms} ms).`,
      )
      return 0
    } catch (error) {
      if (!(error instanceof VernError)) throw error
      err(`${system.name}: ${error.code}: ${error.message}`)
      return 1
    }
  } finally {
    await closeContext(ctx)
  }
}
