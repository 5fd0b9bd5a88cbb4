import { describe, expect, it } from 'vitest'
import { appendFnrControls, appendLuhn, hetuWithCheck } from '../identifiers/testing.js'
import { classifyCell, type Label, labelsOf } from './classifier.js'
import { formatScores, loadFixture, scoreFixture } from './fixture/fixture.js'
import { cardFindings, emptyTally, nameHints, proposeColumn, tallyCell } from './proposals.js'

const NOW = new Date('2026-12-07T12:00:00Z')
const labels = (v: unknown) => labelsOf(classifyCell(v, NOW))

describe('classifyCell, per label', () => {
  const cases: Array<[Label, string[], string[]]> = [
    [
      'email',
      ['anne.jensen@example.com', "o'neil+news@firma.example"],
      ['anne.jensen@', 'a@b', 'mail me at anne@example'],
    ],
    [
      'phone',
      [
        '+45 20 12 34 56',
        '20123456',
        '+47 912 34 567',
        '070-123 45 67',
        '+46 70 123 45 67',
        '040 123 4567',
        '+358 50 123 4567',
        '+1 415 555 2671',
      ],
      ['2024-03-15', '12345', '+45 1234', '0000000000'],
    ],
    [
      'person_name',
      ['Anne Jensen', 'Søren', 'Päivi Virtanen', 'Karin Lund-Hansen'],
      ['Uldsokker grå', 'anne jensen', 'The Quick Brown Fox Jumps'],
    ],
    [
      'street_address',
      ['Vesterbrogade 12, 2. th', 'Drottninggatan 5', 'Mannerheimintie 12 A 3', 'Karl Johans gate 22'],
      ['SKU-48213-BL', 'Vesterbrogade'],
    ],
    ['postal_city', ['8000 Aarhus C', '114 55 Stockholm', '0150 Oslo', '00100 Helsinki'], ['8000', 'Aarhus']],
    ['ip_address', ['192.168.10.1', '2001:db8::1', '::ffff:10.0.0.1'], ['999.1.1.1', '1.2.3', '12:30:45']],
    ['dk_cpr', ['0101901234', '010190-1234'], ['3201901234', '0113901234']],
    [
      'no_fnr',
      [appendFnrControls('010190124') ?? '', appendFnrControls('410190124') ?? '', '010190 12480'],
      ['01019012481'],
    ],
    [
      'se_pnr',
      [appendLuhn('811228987'), `19${appendLuhn('811228987')}`, `811228-${appendLuhn('811228987').slice(6)}`],
      ['8112289875'],
    ],
    ['fi_hetu', [hetuWithCheck('131052', '-', '308'), hetuWithCheck('010101', 'A', '123')], ['131052-308X']],
    ['dk_cvr', ['10150817', 'DK10150817'], ['10150818']],
    ['no_orgnr', ['923609016', 'NO 923 609 016 MVA'], ['923609017']],
    ['se_orgnr', ['556036-0793'], ['556036-0794']],
    ['fi_ytunnus', ['0112038-9'], ['0112038-8']],
    ['gln', ['5790000123452'], ['5790000123459']],
    ['iban', ['DK5000400440116243', 'NO93 8601 1117 947'], ['DK5000400440116244']],
    [
      'payment_card',
      ['4111 1111 1111 1111', '5019717010103742', '371449635398431'],
      ['4111 1111 1111 1112', '9111111111111111', '1000000000000008'],
    ],
  ]
  for (const [label, yes, no] of cases) {
    it(label, () => {
      for (const v of yes) expect(labels(v), v).toContain(label)
      for (const v of no) expect(labels(v), v).not.toContain(label)
    })
  }

  it('finds card numbers and identifiers inside free text, and ignores non-strings', () => {
    const note = `Kunden ringede og bad om levering efter kl. 16, og oplyste sit kort 4111 1111 1111 1111 til betalingen, hvilket vi ikke må gemme.`
    expect(labels(note)).toContain('payment_card')
    expect(labels('Betalt med kort 4571000000000001.')).toEqual(['payment_card'])
    expect(labels(`${'Lang tekst uden numre. '.repeat(5)}`)).toEqual([])
    for (const v of [null, undefined, true, 3.14, Buffer.from('4111111111111111'), new Date()])
      expect(labels(v)).toEqual([])
    expect(labels(4111111111111111)).toContain('payment_card') // a bigint column of card numbers
    expect(labels(2n ** 70n)).toEqual([])
    expect(labels(10150817)).toContain('dk_cvr')
  })
})

describe('column proposals', () => {
  const tallyOf = (values: unknown[]) => {
    const t = emptyTally()
    for (const v of values) tallyCell(t, v, NOW)
    return t
  }

  it('reads the column name', () => {
    expect([...nameHints('billing_email')]).toEqual(['email'])
    expect(nameHints('customerCPR').has('dk_cpr')).toBe(true)
    expect(nameHints('fodselsnummer').has('no_fnr')).toBe(true)
    expect(nameHints('personnummer').has('se_pnr')).toBe(true)
    expect(nameHints('hetu').has('fi_hetu')).toBe(true)
    expect(nameHints('remote_ip').has('ip_address')).toBe(true)
    expect(nameHints('iban').has('iban')).toBe(true)
    expect(nameHints('shipping').size).toBe(0)
  })

  it('proposes from content, with more confidence when the name agrees', () => {
    const emails = ['a@example.com', 'b@example.org', 'c@example.net', '']
    const plain = proposeColumn('t', 'col1', tallyOf(emails))
    const named = proposeColumn('t', 'billing_email', tallyOf(emails))
    expect(plain).toMatchObject({ label: 'email', category: 'user.contact.email', basis: 'content' })
    expect(named).toMatchObject({ label: 'email', basis: 'name+content' })
    expect(named?.confidence).toBeGreaterThan(plain?.confidence ?? 1)
  })

  it('uses the real taxonomy keys, splitting first and last names', () => {
    expect(proposeColumn('t', 'cpr', tallyOf(['0101901234', '020285-1234']))?.category).toBe(
      'user.government_id.national_identification_number.dk_cpr',
    )
    expect(proposeColumn('t', 'first_name', tallyOf(['Anne', 'Søren', 'Matti']))?.category).toBe(
      'user.name.first',
    )
    expect(proposeColumn('t', 'efternavn', tallyOf(['Jensen', 'Nielsen']))?.category).toBe('user.name.last')
    expect(
      proposeColumn('t', 'address', tallyOf(['Vestergade 2, 8000 Aarhus C', 'Storgatan 5, 114 55 Stockholm']))
        ?.category,
    ).toBe('user.contact.address.mailing_address')
  })

  it('falls back on the name alone at low confidence, and is not fooled by a contradicting name', () => {
    expect(proposeColumn('t', 'email', tallyOf([null, null]))).toMatchObject({
      label: 'email',
      confidence: 0.3,
      basis: 'name',
    })
    expect(proposeColumn('t', 'email_verified', tallyOf(['yes', 'no', 'yes']))).toBeNull()
  })

  it('needs a high share without a name, and refuses compact timestamps as CPR numbers', () => {
    const someCvr = ['10150817', '12345678', '87654321', '11111111', '22222222', '33333333']
    expect(proposeColumn('t', 'n', tallyOf(someCvr))?.label).not.toBe('dk_cvr')
    const stamps = Array.from(
      { length: 40 },
      (_, i) =>
        `${String((i % 28) + 1).padStart(2, '0')}0390${String(i % 24).padStart(2, '0')}${String(i % 60).padStart(2, '0')}`,
    )
    expect(proposeColumn('t', 'placed', tallyOf(stamps))).toBeNull()
  })

  it('counts card numbers as findings: in free text always, bare ones only when they are common', () => {
    const notes = Array.from({ length: 200 }, (_, i) =>
      i === 3
        ? 'Betalt med kort 4111 1111 1111 1111 over telefonen, kunden bad om kvittering.'
        : 'Levering ved bagdøren, kunden er ikke hjemme før kl. 17 på hverdage.',
    )
    const t1 = tallyOf(notes)
    expect(cardFindings(t1, proposeColumn('t', 'note', t1))).toBe(1)
    const ids = Array.from({ length: 100 }, (_, i) => (i === 0 ? '4111111111111111' : String(1_000_000 + i)))
    const t2 = tallyOf(ids)
    expect(cardFindings(t2, proposeColumn('t', 'ref', t2))).toBe(0)
    const pans = ['4111111111111111', '5555555555554444', '378282246310005']
    const t3 = tallyOf(pans)
    expect(proposeColumn('t', 'x', t3)?.category).toBe('user.financial.credit_card')
    expect(cardFindings(t3, proposeColumn('t', 'x', t3))).toBe(3)
  })
})

describe('labelled fixture', () => {
  it('keeps precision and recall above their floors', () => {
    const { scores, cardFindings: cards } = scoreFixture(loadFixture(), NOW)
    console.log(
      `${formatScores(scores)}\ncard findings: ${cards.found}/${cards.expected}, false ${cards.false}`,
    )
    const checkDigit: Label[] = [
      'no_fnr',
      'se_pnr',
      'fi_hetu',
      'dk_cvr',
      'no_orgnr',
      'se_orgnr',
      'fi_ytunnus',
      'gln',
      'iban',
      'payment_card',
    ]
    for (const s of scores) {
      expect(s.precision, s.label).toBeGreaterThanOrEqual(checkDigit.includes(s.label) ? 0.95 : 0.8)
      expect(s.recall, s.label).toBeGreaterThanOrEqual(0.8)
    }
    expect(cards.found).toBe(cards.expected)
    expect(cards.false).toBe(0)
  })

  it('holds hard negatives: Luhn order numbers, compact dates, SKUs, prices, hex, product barcodes', () => {
    const fixture = loadFixture()
    const negatives = fixture.filter((c) => c.label === null && !c.cardFinding)
    expect(negatives.length).toBeGreaterThanOrEqual(10)
    for (const c of negatives) {
      const t = emptyTally()
      for (const v of c.values) tallyCell(t, v, NOW)
      expect(proposeColumn(c.table, c.column, t), `${c.table}.${c.column}`).toBeNull()
    }
  })
})
