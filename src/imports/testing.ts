import { Random } from '../demo/random.js'
import { syntheticCustomer, WOOCOMMERCE_HEADERS, woocommerceRow } from '../demo/synthetic.js'

const quote = (v: string, delimiter: string) =>
  v.includes(delimiter) || v.includes('"') || v.includes('\n') ? `"${v.replace(/"/g, '""')}"` : v

/** A CSV text from rows of cells, quoted as spreadsheets do. */
export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  delimiter = ',',
): string {
  return [headers, ...rows].map((r) => r.map((v) => quote(v, delimiter)).join(delimiter)).join('\r\n')
}

/** A WooCommerce customer export of `count` synthetic Danish customers. */
export function customerExport(count: number, seed = 1, delimiter = ','): string {
  const random = new Random(seed)
  const rows = Array.from({ length: count }, (_, i) => woocommerceRow(syntheticCustomer(random, i)))
  return toCsv(WOOCOMMERCE_HEADERS, rows, delimiter)
}
