// A WooCommerce-like shop with synthetic Nordic customers, for the connector tests, discovery and
// the benchmark: the schema per dialect, a deterministic generator, and the shop's dataset annotation.
import type { DatasetDocument } from '../dataset.schema.js'
import type { SqlKind, SqlSession, SqlValue } from '../sql.session.js'

interface Col {
  name: string
  type: Record<SqlKind, string>
}
const id: Col['type'] = {
  postgres: 'bigint not null',
  mysql: 'bigint unsigned not null',
  sqlite: 'integer not null',
}
const idNull: Col['type'] = { postgres: 'bigint', mysql: 'bigint unsigned', sqlite: 'integer' }
const text = (n: number, notNull = false): Col['type'] => {
  const nn = notNull ? ' not null' : ''
  return { postgres: `varchar(${n})${nn}`, mysql: `varchar(${n})${nn}`, sqlite: `text${nn}` }
}
const longText = (notNull = false): Col['type'] => {
  const nn = notNull ? ' not null' : ''
  return { postgres: `text${nn}`, mysql: `longtext${nn}`, sqlite: `text${nn}` }
}
const when: Col['type'] = {
  postgres: 'timestamp not null',
  mysql: 'datetime not null',
  sqlite: 'text not null',
}
const money: Col['type'] = { postgres: 'numeric(26,8)', mysql: 'decimal(26,8)', sqlite: 'numeric' }

interface TableDef {
  name: string
  key: string
  columns: Col[]
  /** Declared only where the real thing would have them (WooCommerce on MySQL has none). */
  foreignKeys?: Array<{ column: string; table: string; ref: string }>
  /** Secondary indexes, as WooCommerce has them. */
  indexes?: string[]
}

export const SHOP_TABLES: TableDef[] = [
  {
    name: 'wp_users',
    key: 'ID',
    columns: [
      { name: 'ID', type: id },
      { name: 'user_login', type: text(60, true) },
      { name: 'user_pass', type: text(255, true) },
      { name: 'user_email', type: text(100, true) },
      { name: 'user_registered', type: when },
      { name: 'display_name', type: text(250, true) },
    ],
    indexes: ['user_email'],
  },
  {
    name: 'wp_usermeta',
    key: 'umeta_id',
    columns: [
      { name: 'umeta_id', type: id },
      { name: 'user_id', type: id },
      { name: 'meta_key', type: text(255) },
      { name: 'meta_value', type: longText() },
    ],
    foreignKeys: [{ column: 'user_id', table: 'wp_users', ref: 'ID' }],
    indexes: ['user_id'],
  },
  {
    name: 'wp_wc_orders',
    key: 'id',
    columns: [
      { name: 'id', type: id },
      { name: 'status', type: text(20, true) },
      { name: 'currency', type: text(10, true) },
      { name: 'total_amount', type: money },
      { name: 'customer_id', type: idNull },
      { name: 'billing_email', type: text(320) },
      { name: 'date_created_gmt', type: when },
      { name: 'ip_address', type: text(100) },
      { name: 'customer_note', type: longText() },
    ],
    indexes: ['customer_id', 'billing_email'],
  },
  {
    name: 'wp_wc_order_addresses',
    key: 'id',
    columns: [
      { name: 'id', type: id },
      { name: 'order_id', type: id },
      { name: 'address_type', type: text(20, true) },
      { name: 'first_name', type: longText() },
      { name: 'last_name', type: longText() },
      { name: 'company', type: longText() },
      { name: 'address_1', type: longText() },
      { name: 'city', type: longText() },
      { name: 'postcode', type: longText() },
      { name: 'country', type: longText() },
      { name: 'email', type: text(320) },
      { name: 'phone', type: text(100) },
    ],
    foreignKeys: [{ column: 'order_id', table: 'wp_wc_orders', ref: 'id' }],
    indexes: ['order_id', 'email', 'phone'],
  },
  {
    name: 'wp_comments',
    key: 'comment_ID',
    columns: [
      { name: 'comment_ID', type: id },
      { name: 'comment_post_ID', type: id },
      { name: 'comment_author', type: longText(true) },
      { name: 'comment_author_email', type: text(100, true) },
      { name: 'comment_author_IP', type: text(100, true) },
      { name: 'comment_date', type: when },
      { name: 'comment_content', type: longText(true) },
      { name: 'comment_type', type: text(20, true) },
    ],
    indexes: ['comment_post_ID'],
  },
  {
    name: 'wp_newsletter',
    key: 'id',
    columns: [
      { name: 'id', type: id },
      { name: 'email', type: text(190, true) },
      { name: 'name', type: text(200) },
      { name: 'subscribed_at', type: when },
      { name: 'consent_ip', type: text(100) },
    ],
    indexes: ['email'],
  },
]

/** CREATE TABLE and CREATE INDEX statements for the dialect; foreign keys only on PostgreSQL and SQLite. */
export function shopDdl(kind: SqlKind, quote: (name: string) => string): string[] {
  const indexes = SHOP_TABLES.flatMap((t) =>
    (t.indexes ?? []).map((c) => `create index ${quote(`${t.name}_${c}`)} on ${quote(t.name)} (${quote(c)})`),
  )
  const tables = SHOP_TABLES.map((t) => {
    const cols = t.columns.map((c) => `${quote(c.name)} ${c.type[kind]}`)
    cols.push(`primary key (${quote(t.key)})`)
    if (kind !== 'mysql')
      for (const fk of t.foreignKeys ?? [])
        cols.push(`foreign key (${quote(fk.column)}) references ${quote(fk.table)} (${quote(fk.ref)})`)
    const tail = kind === 'mysql' ? ' engine=InnoDB default charset=utf8mb4' : ''
    return `create table ${quote(t.name)} (${cols.join(', ')})${tail}`
  })
  return [...tables, ...indexes]
}

export type ShopRow = Record<string, SqlValue>
export type ShopData = Record<string, ShopRow[]>

export interface ShopCustomer {
  id: number
  email: string
  phone: string
  name: string
}

const FIRST = [
  'Mette',
  'Lars',
  'Ingrid',
  'Ole',
  'Sofie',
  'Anders',
  'Aino',
  'Mikko',
  'Kari',
  'Bjørn',
  'Åsa',
  'Jönsson',
  'Sanna',
  'Emil',
  'Freja',
  'Oskar',
  'Liv',
  'Eero',
  'Maja',
  'Jens',
]
const LAST = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Berg',
  'Johansson',
  'Lindqvist',
  'Virtanen',
  'Korhonen',
  'Haugen',
  'Andersen',
  'Søndergaard',
  'Öberg',
  'Mäkinen',
  'Dahl',
  'Pedersen',
  'Nyström',
]
const PLACES: Array<{
  country: string
  city: string
  postcode: string
  street: string
  dial: string
  tld: string
}> = [
  { country: 'DK', city: 'Aarhus C', postcode: '8000', street: 'Søndergade', dial: '+45', tld: 'dk' },
  { country: 'DK', city: 'København Ø', postcode: '2100', street: 'Østerbrogade', dial: '+45', tld: 'dk' },
  { country: 'NO', city: 'Bergen', postcode: '5003', street: 'Strandgaten', dial: '+47', tld: 'no' },
  { country: 'SE', city: 'Göteborg', postcode: '411 19', street: 'Kungsgatan', dial: '+46', tld: 'se' },
  { country: 'FI', city: 'Tampere', postcode: '33100', street: 'Hämeenkatu', dial: '+358', tld: 'fi' },
]

/** A small deterministic generator (mulberry32), so every run builds the same shop. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `customers` registered customers with meta, orders (two addresses each), order notes and
 * newsletter sign-ups, plus guest orders by e-mail only. Customer 1 always has every kind of row.
 */
export function generateShop(customers: number, seed = 7): { data: ShopData; customers: ShopCustomer[] } {
  const rnd = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
  const data: ShopData = Object.fromEntries(SHOP_TABLES.map((t) => [t.name, []]))
  const people: ShopCustomer[] = []
  const day = (n: number) =>
    new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 19).replace('T', ' ')
  let meta = 0
  let order = 0
  let address = 0
  let comment = 0
  let letter = 0
  const addOrder = (
    customerId: number | null,
    email: string,
    first: string,
    last: string,
    phone: string,
    place: (typeof PLACES)[number],
  ) => {
    order++
    const orderId = order
    data.wp_wc_orders?.push({
      id: orderId,
      status: pick(['wc-completed', 'wc-processing', 'wc-refunded']),
      currency:
        place.country === 'DK'
          ? 'DKK'
          : place.country === 'NO'
            ? 'NOK'
            : place.country === 'SE'
              ? 'SEK'
              : 'EUR',
      total_amount: (Math.floor(rnd() * 400_00) / 100 + 49).toFixed(2),
      customer_id: customerId,
      billing_email: email,
      date_created_gmt: day(Math.floor(rnd() * 600)),
      ip_address: `10.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}.${1 + Math.floor(rnd() * 250)}`,
      customer_note: rnd() < 0.3 ? `Stil pakken ved døren, tak. Ring ${phone}` : null,
    })
    for (const type of ['billing', 'shipping']) {
      address++
      data.wp_wc_order_addresses?.push({
        id: address,
        order_id: orderId,
        address_type: type,
        first_name: first,
        last_name: last,
        company: null,
        address_1: `${place.street} ${1 + Math.floor(rnd() * 120)}`,
        city: place.city,
        postcode: place.postcode,
        country: place.country,
        email,
        phone,
      })
    }
    return orderId
  }
  for (let n = 1; n <= customers; n++) {
    const first = pick(FIRST)
    const last = pick(LAST)
    const place = pick(PLACES)
    const email = `${ascii(first)}.${ascii(last)}.${n}@example.${place.tld}`
    const phone = `${place.dial} ${String(20_000_000 + n).padStart(8, '0')}`
    people.push({ id: n, email, phone, name: `${first} ${last}` })
    data.wp_users?.push({
      ID: n,
      user_login: `${ascii(first)}${n}`,
      user_pass: `$P$B${(n * 7919).toString(36).padStart(27, 'x')}`,
      user_email: email,
      user_registered: day(n % 500),
      display_name: `${first} ${last}`,
    })
    for (const [key, value] of [
      ['first_name', first],
      ['last_name', last],
      ['billing_phone', phone],
    ] as const) {
      meta++
      data.wp_usermeta?.push({ umeta_id: meta, user_id: n, meta_key: key, meta_value: value })
    }
    const orders = n === 1 ? 3 : Math.floor(rnd() * 3)
    for (let o = 0; o < orders; o++) {
      const orderId = addOrder(n, email, first, last, phone, place)
      const notes = n === 1 ? 2 : Math.floor(rnd() * 2)
      for (let c = 0; c < notes; c++) {
        comment++
        data.wp_comments?.push({
          comment_ID: comment,
          comment_post_ID: orderId,
          comment_author: c === 0 ? `${first} ${last}` : 'WooCommerce',
          comment_author_email: c === 0 ? email : 'woocommerce@example.dk',
          comment_author_IP: '10.0.0.1',
          comment_date: day(600 + (comment % 30)),
          comment_content:
            c === 0
              ? `Kan I levere til ${place.street}?`
              : 'Ordrestatus ændret fra Behandles til Gennemført.',
          comment_type: 'order_note',
        })
      }
    }
    if (n === 1 || rnd() < 0.5) {
      letter++
      data.wp_newsletter?.push({
        id: letter,
        email,
        name: first,
        subscribed_at: day(n % 300),
        consent_ip: '10.1.2.3',
      })
    }
    // Now and then the same person also bought as a guest, with the same e-mail.
    if (n === 1 || rnd() < 0.1) addOrder(null, email, first, last, phone, place)
  }
  return { data, customers: people }
}

function ascii(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase() || 'x'
  )
}

/** Creates the tables and inserts the data in multi-row batches, inside one transaction. */
export async function buildShop(session: SqlSession, data: ShopData): Promise<void> {
  for (const statement of shopDdl(session.kind, session.quote)) await session.run(statement)
  await session.transaction(async (trx) => {
    for (const table of SHOP_TABLES) {
      const rows = data[table.name] ?? []
      const names = table.columns.map((c) => c.name)
      const per = Math.max(1, Math.floor(900 / names.length))
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per)
        let n = 0
        const tuples = chunk.map(() => `(${names.map(() => trx.param(++n)).join(', ')})`)
        const params = chunk.flatMap((row) => names.map((c) => row[c] ?? null))
        await trx.run(
          `insert into ${trx.quote(table.name)} (${names.map((c) => trx.quote(c)).join(', ')}) values ${tuples.join(', ')}`,
          params,
        )
      }
    }
  })
}

/** The shop's dataset annotation: what each column is, how tables join, and what erasure does. */
export const SHOP_DATASET: DatasetDocument = {
  dataset: {
    fides_key: 'nordlys_shop',
    name: 'Nordlys webshop (WooCommerce)',
    collections: [
      {
        name: 'wp_users',
        fields: [
          {
            name: 'ID',
            data_categories: ['user.unique_id'],
            fides_meta: { identity: 'customer_id', primary_key: true },
          },
          {
            name: 'user_login',
            data_categories: ['user.account.username'],
            erasure: { action: 'delete_row' },
          },
          // The password hash is left out of access on purpose: it is no use to the person and a risk in a package.
          { name: 'user_pass' },
          { name: 'user_email', data_categories: ['user.contact.email'], fides_meta: { identity: 'email' } },
          { name: 'user_registered', data_categories: ['user.account'] },
          { name: 'display_name', data_categories: ['user.name'] },
        ],
      },
      {
        name: 'wp_usermeta',
        fields: [
          { name: 'umeta_id' },
          {
            name: 'user_id',
            fides_meta: { references: [{ field: 'wp_users.ID', direction: 'from' }] },
            erasure: { action: 'delete_row' },
          },
          { name: 'meta_key' },
          { name: 'meta_value', data_categories: ['user.contact'] },
        ],
      },
      {
        name: 'wp_wc_orders',
        fields: [
          { name: 'id' },
          {
            name: 'total_amount',
            data_categories: ['user.behavior.purchase_history'],
            erasure: { action: 'keep', retention: 'bookkeeping' },
          },
          {
            name: 'date_created_gmt',
            data_categories: ['user.behavior.purchase_history'],
            erasure: { action: 'keep', retention: 'bookkeeping' },
          },
          {
            name: 'customer_id',
            data_categories: ['user.unique_id'],
            fides_meta: {
              identity: 'customer_id',
              references: [{ field: 'wp_users.ID', direction: 'from' }],
            },
            erasure: { action: 'set_null' },
          },
          {
            name: 'billing_email',
            data_categories: ['user.contact.email'],
            fides_meta: { identity: 'email' },
            erasure: { action: 'mask', replacement: 'erased@invalid' },
          },
          {
            name: 'ip_address',
            data_categories: ['user.device.ip_address'],
            erasure: { action: 'set_null' },
          },
          {
            name: 'customer_note',
            data_categories: ['user.content.private'],
            erasure: { action: 'set_null' },
          },
        ],
      },
      {
        name: 'wp_wc_order_addresses',
        fields: [
          { name: 'id' },
          { name: 'order_id', fides_meta: { references: [{ field: 'wp_wc_orders.id', direction: 'from' }] } },
          {
            name: 'first_name',
            data_categories: ['user.name.first'],
            erasure: { action: 'keep', retention: 'bookkeeping' },
          },
          {
            name: 'last_name',
            data_categories: ['user.name.last'],
            erasure: { action: 'keep', retention: 'bookkeeping' },
          },
          {
            name: 'address_1',
            data_categories: ['user.contact.address.street'],
            erasure: { action: 'keep', retention: 'bookkeeping' },
          },
          {
            name: 'city',
            data_categories: ['user.contact.address.city'],
            erasure: { action: 'keep', retention: 'bookkeeping' },
          },
          {
            name: 'postcode',
            data_categories: ['user.contact.address.postal_code'],
            erasure: { action: 'keep', retention: 'bookkeeping' },
          },
          {
            name: 'country',
            data_categories: ['user.contact.address.country'],
            erasure: { action: 'keep', retention: 'bookkeeping' },
          },
          {
            name: 'email',
            data_categories: ['user.contact.email'],
            erasure: { action: 'mask', replacement: 'erased@invalid' },
          },
          {
            name: 'phone',
            data_categories: ['user.contact.phone_number'],
            fides_meta: { identity: 'phone' },
            erasure: { action: 'set_null' },
          },
        ],
      },
      {
        name: 'wp_comments',
        description: 'Order notes',
        fields: [
          { name: 'comment_ID' },
          {
            name: 'comment_post_ID',
            fides_meta: { references: [{ field: 'wp_wc_orders.id', direction: 'from' }] },
          },
          {
            name: 'comment_author',
            data_categories: ['user.name'],
            erasure: { action: 'mask', replacement: 'erased' },
          },
          {
            name: 'comment_author_email',
            data_categories: ['user.contact.email'],
            erasure: { action: 'mask', replacement: 'erased@invalid' },
          },
          {
            name: 'comment_author_IP',
            data_categories: ['user.device.ip_address'],
            erasure: { action: 'mask', replacement: '0.0.0.0' },
          },
          { name: 'comment_content', data_categories: ['user.content.private'], erasure: { action: 'hash' } },
        ],
      },
      {
        name: 'wp_newsletter',
        fields: [
          { name: 'id' },
          {
            name: 'email',
            data_categories: ['user.contact.email'],
            fides_meta: { identity: 'email' },
            erasure: { action: 'delete_row' },
          },
          { name: 'name', data_categories: ['user.name.first'] },
          { name: 'subscribed_at', data_categories: ['user.behavior'] },
          { name: 'consent_ip', data_categories: ['user.device.ip_address'] },
        ],
      },
    ],
  },
}
