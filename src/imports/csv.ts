import type { Readable } from 'node:stream'
import { parse } from 'csv-parse'

export interface CsvRow {
  /** The line number people see in a spreadsheet: the header is row 1, the first data row is row 2. */
  row: number
  values: Record<string, string>
}

/** Nordic spreadsheets save CSV with semicolons; others with commas or tabs. The header line decides. */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';'
  if (counts['\t'] > counts[',']) return '\t'
  return ','
}

/**
 * Reads a CSV export as a stream of rows keyed by header, without holding the file in memory.
 * Handles a UTF-8 byte-order mark, quoted fields with line breaks, and CRLF line ends.
 */
export async function* readCsv(input: Readable, delimiter: ',' | ';' | '\t'): AsyncGenerator<CsvRow> {
  const parser = input.pipe(
    parse({
      bom: true,
      delimiter,
      columns: false,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }),
  )
  let headers: string[] | null = null
  let row = 0
  for await (const record of parser as AsyncIterable<string[]>) {
    row++
    if (!headers) {
      headers = record.map((h) => h.trim())
      continue
    }
    const values: Record<string, string> = {}
    headers.forEach((h, i) => {
      values[h] = record[i] ?? ''
    })
    yield { row, values }
  }
}

/** The header line of a file (the first line), for delimiter detection and the mapping form. */
export function firstLine(text: string): string {
  const end = text.search(/\r?\n/)
  return (end === -1 ? text : text.slice(0, end)).replace(/^\uFEFF/, '')
}
