// Test support: a small webshop as a SQLite file, with Nordic customers and a few planted card numbers.
import Database from 'better-sqlite3'
import { appendLuhn } from '../identifiers/testing.js'

export const SHOP_CARDS = ['4571 0000 0000 0001', appendLuhn('555555555555444')]

/** Writes the shop to `path` and returns the e-mail addresses and card numbers it holds. */
export function writeShopSqlite(path: string, customers = 60): { emails: string[]; cards: string[] } {
  const db = new Database(path)
  db.exec(`
    create table customers (id integer primary key, email text, first_name text, last_name text, phone text, cpr text, avatar blob);
    create table orders (id integer primary key, customer_id integer, total text, placed_at text, note text);
    create table "order payments" (id integer primary key, order_id integer, card_number text);
  `)
  const first = ['Anne', 'Søren', 'Mette', 'Jens', 'Freja', 'Lars']
  const last = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Larsen', 'Holm']
  const emails: string[] = []
  const insertCustomer = db.prepare('insert into customers values (?, ?, ?, ?, ?, ?, ?)')
  const insertOrder = db.prepare('insert into orders values (?, ?, ?, ?, ?)')
  for (let i = 1; i <= customers; i++) {
    const email = `kunde${i}@example.com`
    emails.push(email)
    const day = String((i % 28) + 1).padStart(2, '0')
    insertCustomer.run(
      i,
      email,
      first[i % first.length],
      last[i % last.length],
      `+45 ${20 + (i % 40)} ${String(10 + (i % 89)).padStart(2, '0')} 12 34`,
      `${day}0685-${String(1000 + ((i * 7919) % 9000)).slice(-4)}`,
      Buffer.from([1, 2, 3]),
    )
    insertOrder.run(
      i,
      i,
      `${100 + i}.95`,
      `2026-0${(i % 9) + 1}-${day} 12:00:00`,
      i === 5
        ? `Kunden oplyste kortnummer ${SHOP_CARDS[0]} i telefonen; det skal slettes igen.`
        : 'Levering ved bagdøren, kunden er ikke hjemme før kl. 17 på hverdage.',
    )
  }
  const insertPayment = db.prepare('insert into "order payments" values (?, ?, ?)')
  for (let i = 1; i <= 10; i++)
    insertPayment.run(i, i, i % 2 === 0 ? SHOP_CARDS[1] : appendLuhn(`4000${String(100000000 + i * 7919)}00`))
  db.close()
  return { emails, cards: SHOP_CARDS }
}
