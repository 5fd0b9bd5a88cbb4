import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { Random } from '../demo/random.js'
import { syntheticCustomer, WOOCOMMERCE_HEADERS } from '../demo/synthetic.js'
import { detectDelimiter, firstLine, readCsv } from './csv.js'
import { guessMapping } from './mapping.js'

describe('column mapping', () => {
  it('recognises a WooCommerce customer export', () => {
    expect(guessMapping(WOOCOMMERCE_HEADERS)).toEqual({
      externalId: 'Customer ID',
      firstName: 'First Name',
      lastName: 'Last Name',
      email: 'Email',
      phone: 'Phone',
      street: 'Billing Address 1',
      postalCode: 'Billing Postcode',
      city: 'Billing City',
      country: 'Billing Country',
      firstContactAt: 'Date Registered',
      lastContactAt: 'Last Order Date',
    })
  })

  it('recognises Danish, Swedish and Finnish headers and never maps one column twice', () => {
    expect(
      guessMapping(['Kundenummer', 'Navn', 'E-mail', 'Telefon', 'Adresse', 'Postnr.', 'By', 'CVR-nr.']),
    ).toEqual({
      externalId: 'Kundenummer',
      fullName: 'Navn',
      email: 'E-mail',
      phone: 'Telefon',
      street: 'Adresse',
      postalCode: 'Postnr.',
      city: 'By',
      companyNumber: 'CVR-nr.',
    })
    expect(guessMapping(['Förnamn', 'Efternamn', 'E-post', 'Postort'])).toEqual({
      firstName: 'Förnamn',
      lastName: 'Efternamn',
      email: 'E-post',
      city: 'Postort',
    })
    expect(guessMapping(['Etunimi', 'Sukunimi', 'Sähköposti', 'Puhelin'])).toEqual({
      firstName: 'Etunimi',
      lastName: 'Sukunimi',
      email: 'Sähköposti',
      phone: 'Puhelin',
    })
    expect(guessMapping(['Colour', 'Shoe size'])).toEqual({})
  })
})

describe('reading CSV', () => {
  it('detects the delimiter from the header line, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('a,b,c')).toBe(',')
    expect(detectDelimiter('Navn;E-mail;"By, land"')).toBe(';')
    expect(detectDelimiter('a\tb\tc')).toBe('\t')
    expect(firstLine('\uFEFFa;b\r\n1;2')).toBe('a;b')
  })

  it('streams rows with their spreadsheet row numbers, through BOM, quotes and line breaks', async () => {
    const text =
      '\uFEFFNavn;E-mail;Note\r\n"Hansen; Anna";anna@example.com;"two\nlines"\r\nBo;bo@example.com;\r\n'
    const rows = []
    for await (const r of readCsv(Readable.from([text]), ';')) rows.push(r)
    expect(rows).toEqual([
      { row: 2, values: { Navn: 'Hansen; Anna', 'E-mail': 'anna@example.com', Note: 'two\nlines' } },
      { row: 3, values: { Navn: 'Bo', 'E-mail': 'bo@example.com', Note: '' } },
    ])
  })

  it('reads a generated shop export of many rows', async () => {
    const random = new Random(3)
    const lines = [WOOCOMMERCE_HEADERS.join(',')]
    for (let i = 0; i < 500; i++) {
      const c = syntheticCustomer(random, i)
      lines.push(
        [
          c.customerId,
          c.firstName,
          c.lastName,
          c.email,
          c.phone,
          `"${c.street}"`,
          c.postalCode,
          c.city,
          c.country,
          c.createdAt,
          c.lastOrderAt ?? '',
          c.orderCount,
          c.totalSpent,
        ].join(','),
      )
    }
    let count = 0
    let last = 0
    for await (const r of readCsv(Readable.from([lines.join('\n')]), ',')) {
      count++
      last = r.row
      expect(r.values.Email).toContain('@')
    }
    expect(count).toBe(500)
    expect(last).toBe(501)
  })
})
