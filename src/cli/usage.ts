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
  consent verify                           check the consent ledger's hash chain
  demo [--customers <n>] [--seed <n>] [--email <e>]
                                           fill an empty instance with a Danish demo webshop: its data
                                           map and <n> synthetic customers (default 1000); creates an
                                           owner account (default owner@nordlys.example) if there is none
  import people <file.csv> [--dry-run] [--map field=Column ...] [--system <s>] [--relationship <r>]
                                           import people from a CSV export; the column mapping is guessed
                                           from the header and printed; --dry-run checks without saving
  scan <system | sqlite:/path/file.db> [--sample-rows <n>]
                                           find personal data: sample each table (default 1000 rows),
                                           propose a data category per column, report card numbers
  retention run [--dry-run]                apply the retention rules now (the daily sweep); --dry-run
                                           prints per rule what would be deleted, changing nothing
  connection test <system name or id>     connect to a system's own database with the stored
                                           credentials; exit 0 when it works, 1 when it does not

Roles: owner, dpo, support, billing, marketing, auditor
Configuration comes from the environment: see README.md.`
