/** Wrong usage of the command line: exit status 2 with a one-line message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export const USAGE = `Usage: vern <command> [options]

Commands:
  serve                                    start the server (what npm start runs)
  migrate                                  bring the database schema up to date
  user add --email <e> --role <role> [--name <n>]
                                           add a staff user; the password is read from standard input
  apikey create --name <n> --role <role>   create an API key; the key is printed alone on the last line
  audit verify                             check the audit log's hash chain

Roles: owner, dpo, support, billing, marketing, auditor
Configuration comes from the environment: see README.md.`
