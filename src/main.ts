#!/usr/bin/env node
import { stdin } from 'node:process'
import { apikeyCreate, auditVerify, consentVerify, demo, migrate, userAdd } from './cli/commands.js'
import { importPeople } from './cli/import.js'
import { retentionCommand } from './cli/retention.js'
import { serve } from './cli/serve.js'
import { USAGE, UsageError } from './cli/usage.js'
import { ConfigError } from './config/config.js'
import { connectionCommand } from './connectors/connection.cli.js'
import { scanCommand } from './discovery/discovery.cli.js'

const out = (line: string) => process.stdout.write(`${line}\n`)
const err = (line: string) => process.stderr.write(`${line}\n`)

/** The password for `user add`: the first line of standard input, typed without echo on a terminal. */
async function readSecret(): Promise<string> {
  if (stdin.isTTY) {
    process.stderr.write('Password: ')
    stdin.setRawMode(true)
    return new Promise((resolve) => {
      let value = ''
      stdin.on('data', (chunk) => {
        for (const ch of chunk.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            stdin.setRawMode(false)
            stdin.pause()
            process.stderr.write('\n')
            resolve(value)
            return
          }
          if (ch === '\u0003') process.exit(130)
          value = ch === '\u007f' ? value.slice(0, -1) : value + ch
        }
      })
    })
  }
  let text = ''
  for await (const chunk of stdin) text += chunk
  return text.split(/\r?\n/)[0] ?? ''
}

async function main(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv
  switch (command) {
    case 'serve':
      return serve()
    case 'migrate':
      return migrate(
        [sub, ...rest].filter((a): a is string => a !== undefined),
        out,
      )
    case 'user':
      if (sub === 'add') return userAdd(rest, out, readSecret)
      break
    case 'apikey':
      if (sub === 'create') return apikeyCreate(rest, out)
      break
    case 'audit':
      if (sub === 'verify') return auditVerify(rest, out, err)
      break
    case 'consent':
      if (sub === 'verify') return consentVerify(rest, out, err)
      break
    case 'import':
      if (sub === 'people') return importPeople(rest, out, err)
      break
    case 'scan':
      return scanCommand(
        [sub, ...rest].filter((a): a is string => a !== undefined),
        out,
        process.stderr,
      )
    case 'connection':
      return connectionCommand(
        [sub, ...rest].filter((a): a is string => a !== undefined),
        out,
        err,
      )
    case 'retention':
      return retentionCommand(
        [sub, ...rest].filter((a): a is string => a !== undefined),
        out,
      )
    case 'demo':
      return demo(
        [sub, ...rest].filter((a): a is string => a !== undefined),
        out,
      )
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      out(USAGE)
      return command === undefined ? 2 : 0
  }
  throw new UsageError(`unknown command "${[command, sub].filter(Boolean).join(' ')}"; run "vern help"`)
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      err(`vern: ${error.message}`)
      process.exit(2)
    }
    if (error instanceof ConfigError) {
      err(`vern: configuration error: ${error.message}`)
      process.exit(1)
    }
    err(`vern: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
    process.exit(1)
  },
)
