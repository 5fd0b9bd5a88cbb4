// Discovery: classifier throughput on one core, precision and recall on the labelled fixture, and an
// end-to-end scan of a 1,000,000-row MariaDB table (BENCH_SCAN_ROWS to shrink it; MariaDB at
// 127.0.0.1:3306 as root without a password, or BENCH_MYSQL_URL).
import { randomBytes } from 'node:crypto'
import mysql from 'mysql2'
import mysqlPromise from 'mysql2/promise'
import { classifyCell } from '../src/discovery/classifier.js'
import { scan } from '../src/discovery/discovery.service.js'
import { formatScores, loadFixture, scoreFixture } from '../src/discovery/fixture/fixture.js'
import { checkNames, type SampleSource, type SourceTable } from '../src/discovery/source.js'
import { appendLuhn } from '../src/identifiers/testing.js'

const NOW = new Date()
const FIRST = ['Anne', 'Søren', 'Mette', 'Jens', 'Ingrid', 'Kari', 'Åsa', 'Lennart', 'Aino', 'Matti']
const LAST = ['Jensen', 'Nielsen', 'Haugen', 'Berg', 'Johansson', 'Lindqvist', 'Virtanen', 'Mäkinen']
const STREETS = ['Vesterbrogade', 'Jagtvej', 'Storgatan', 'Karl Johans gate', 'Mannerheimintie', 'Søndergade']
const TOWNS = ['8000 Aarhus C', '2100 København Ø', '114 55 Stockholm', '0150 Oslo', '00100 Helsinki']
const STATUS = ['wc-completed', 'wc-processing', 'wc-refunded', 'wc-on-hold']

/** One row of a WooCommerce-like orders table: the columns a shop has, most of them not personal data. */
function shopRow(i: number): Record<string, string | number | null> {
  const day = String((i % 28) + 1).padStart(2, '0')
  return {
    id: i,
    status: STATUS[i % 4] as string,
    created_at: `2026-0${(i % 9) + 1}-${day} ${String(i % 24).padStart(2, '0')}:15:00`,
    currency: 'DKK',
    total: `${(i * 37) % 5000}.${String(i % 100).padStart(2, '0')}`,
    email: `kunde${i}@example.com`,
    first_name: FIRST[i % FIRST.length] as string,
    last_name: LAST[i % LAST.length] as string,
    phone: `+45 ${20 + (i % 40)} ${String(i % 100).padStart(2, '0')} ${String((i * 7) % 100).padStart(2, '0')} ${String((i * 13) % 100).padStart(2, '0')}`,
    address_1: `${STREETS[i % STREETS.length]} ${(i % 150) + 1}`,
    postcode_city: TOWNS[i % TOWNS.length] as string,
    ip: `10.${i % 250}.${(i >> 8) % 250}.${(i % 200) + 1}`,
    cpr: i % 10 === 0 ? `${day}0${(i % 9) + 1}85-${String(1000 + ((i * 7919) % 9000)).slice(-4)}` : null,
    payment_method: i % 3 === 0 ? 'mobilepay' : 'dankort',
    note:
      i % 1000 === 7
        ? `Kunden oplyste kortnummer ${appendLuhn(`457100${String(i).padStart(9, '0')}`)} i telefonen.`
        : null,
  }
}

function throughput(cells: readonly unknown[], ms: number): number {
  let sink = 0
  for (const v of cells) sink ^= classifyCell(v, NOW) // warm-up
  let n = 0
  const start = performance.now()
  while (performance.now() - start < ms) {
    for (const v of cells) sink ^= classifyCell(v, NOW)
    n += cells.length
  }
  if (sink === -1) console.log('')
  return n / ((performance.now() - start) / 1000)
}

/** A SampleSource over one MariaDB/MySQL database, streaming rows; names are checked against the catalogue. */
class MysqlSource implements SampleSource {
  #tables: SourceTable[] | undefined
  constructor(
    private readonly conn: mysql.Connection,
    private readonly database: string,
  ) {}

  async tables(): Promise<SourceTable[]> {
    if (this.#tables) return this.#tables
    const [rows] = await this.conn
      .promise()
      .query(
        'select table_name as t, column_name as c, data_type as d from information_schema.columns where table_schema = ? order by table_name, ordinal_position',
        [this.database],
      )
    const [counts] = await this.conn
      .promise()
      .query(
        'select table_name as t, table_rows as n from information_schema.tables where table_schema = ?',
        [this.database],
      )
    const tables = new Map<string, SourceTable>()
    for (const r of rows as Array<{ t: string; c: string; d: string }>) {
      const table = tables.get(r.t) ?? { name: r.t, columns: [] }
      table.columns.push({ name: r.c, dataType: r.d })
      tables.set(r.t, table)
    }
    for (const r of counts as Array<{ t: string; n: number }>) {
      const table = tables.get(r.t)
      if (table) table.rowEstimate = Number(r.n)
    }
    this.#tables = [...tables.values()]
    return this.#tables
  }

  async *sample(table: string, columns: string[], limit: number): AsyncIterable<Record<string, unknown>[]> {
    checkNames(await this.tables(), table, columns)
    const q = (n: string) => `\`${n.replaceAll('`', '``')}\``
    const stream = this.conn
      .query(`select ${columns.map(q).join(', ')} from ${q(table)} limit ${Math.floor(limit)}`)
      .stream({ highWaterMark: 2000 })
    let batch: Record<string, unknown>[] = []
    for await (const row of stream as AsyncIterable<Record<string, unknown>>) {
      batch.push(row)
      if (batch.length === 2000) {
        yield batch
        batch = []
      }
    }
    if (batch.length > 0) yield batch
  }

  async close(): Promise<void> {
    await this.conn.promise().end()
  }
}

async function mariadbScan(rows: number): Promise<string[]> {
  const url = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306'
  const name = `vern_bench_discovery_${randomBytes(4).toString('hex')}`
  const admin = await mysqlPromise.createConnection({ uri: url, multipleStatements: false })
  const out: string[] = []
  try {
    await admin.query(`create database ${name} character set utf8mb4`)
    await admin.query(`use ${name}`)
    await admin.query(`create table wc_orders (
      id int primary key, status varchar(20), created_at datetime, currency char(3), total decimal(10,2),
      email varchar(100), first_name varchar(50), last_name varchar(50), phone varchar(30),
      address_1 varchar(100), postcode_city varchar(60), ip varchar(45), cpr varchar(11),
      payment_method varchar(20), note text)`)
    const fillStart = performance.now()
    const keys = Object.keys(shopRow(0))
    for (let i = 0; i < rows; i += 5000) {
      const chunk: unknown[][] = []
      for (let j = i; j < Math.min(rows, i + 5000); j++) {
        const r = shopRow(j + 1)
        chunk.push(keys.map((k) => r[k]))
      }
      await admin.query(`insert into wc_orders (${keys.join(', ')}) values ?`, [chunk])
    }
    out.push(
      `discovery: filled a ${rows}-row MariaDB table in ${((performance.now() - fillStart) / 1000).toFixed(1)} s`,
    )
    for (const sampleRows of [1000, rows]) {
      const conn = mysql.createConnection({ uri: url, database: name })
      const start = performance.now()
      const result = await scan(new MysqlSource(conn, name), { sampleRows, now: NOW })
      const seconds = (performance.now() - start) / 1000
      await conn
        .promise()
        .end()
        .catch(() => undefined)
      const proposals = result.columns.filter((c) => c.proposal).map((c) => c.column)
      out.push(
        `discovery: end-to-end scan, ${result.rows} of ${rows} rows sampled: ${seconds.toFixed(2)} s, ${Math.round(result.rows / seconds)} rows/s, ${Math.round(result.cells / seconds)} cells/s; ${proposals.length} columns proposed (${proposals.join(', ')}); card findings ${result.cardFindings}`,
      )
    }
  } finally {
    await admin.query(`drop database if exists ${name}`).catch(() => undefined)
    await admin.end()
  }
  return out
}

export async function discoveryBench(): Promise<string[]> {
  const out: string[] = []
  const shopCells: unknown[] = []
  for (let i = 1; i <= 20_000; i++) shopCells.push(...Object.values(shopRow(i)))
  const fixture = loadFixture()
  const fixtureCells = fixture.flatMap((c) => c.values)
  out.push(
    `discovery: classifier on one core, WooCommerce-like orders rows (${Object.keys(shopRow(0)).length} columns): ${Math.round(throughput(shopCells, 3000)).toLocaleString('en')} cells/s (goal 1,000,000)`,
  )
  out.push(
    `discovery: classifier on one core, labelled fixture (identifier-heavy, ${fixtureCells.length} cells): ${Math.round(throughput(fixtureCells, 3000)).toLocaleString('en')} cells/s`,
  )
  const { scores, cardFindings } = scoreFixture(fixture, NOW)
  out.push(`discovery: precision and recall on the labelled fixture (${fixture.length} columns):`)
  for (const line of formatScores(scores).split('\n')) out.push(`  ${line}`)
  out.push(
    `  card findings: ${cardFindings.found} of ${cardFindings.expected} columns, ${cardFindings.false} false`,
  )
  out.push(...(await mariadbScan(Number(process.env.BENCH_SCAN_ROWS ?? 1_000_000))))
  return out
}
