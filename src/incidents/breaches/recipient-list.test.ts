import { expect, it } from 'vitest'
import { VernError } from '../../errors.js'
import { listFileText, MAX_LIST, parseList } from './recipient-list.js'

const refusal = (f: () => unknown) => {
  try {
    f()
  } catch (error) {
    return error instanceof VernError ? { code: error.code, field: error.field, rule: error.rule } : error
  }
  return null
}

it('reads one person a line, with or without a header naming the columns in any order', () => {
  expect(
    parseList('\uFEFFAnna@Example.test\r\nbo@example.test,sv\r# a comment\n\n"cy@example.test";"FI"', 'list'),
  ).toEqual([
    { email: 'anna@example.test', language: null },
    { email: 'bo@example.test', language: 'sv' },
    { email: 'cy@example.test', language: 'fi' },
  ])
  expect(
    parseList('Navn;Sprog;E-mail\nDitte;nb;ditte@example.test\nEmil;;emil@example.test', 'file'),
  ).toEqual([
    { email: 'ditte@example.test', language: 'nb' },
    { email: 'emil@example.test', language: null },
  ])
  expect(parseList('sähköposti\tkieli\nfia@example.test\tfi', 'file')).toEqual([
    { email: 'fia@example.test', language: 'fi' },
  ])
  // A header without a language column: the second column is not taken for one.
  expect(parseList('E-post,Namn\ngus@example.test,Gustav', 'file')).toEqual([
    { email: 'gus@example.test', language: null },
  ])
})

it('refuses a bad line by its number, never quoting it, and a list that is too long', () => {
  expect(refusal(() => parseList('ok@example.test\n\nhanna at example', 'file'))).toEqual({
    code: 'validation_failed',
    field: 'file.2',
    rule: 'email',
  })
  expect(refusal(() => parseList('ok@example.test,de', 'list'))).toMatchObject({
    field: 'list.0',
    rule: 'one_of',
  })
  const many = Array.from({ length: MAX_LIST + 1 }, (_, i) => `p${i}@example.test`).join('\n')
  expect(refusal(() => parseList(many, 'list'))).toMatchObject({ field: 'list', rule: 'too_many' })
  try {
    parseList('hanna at example', 'file')
  } catch (error) {
    expect((error as Error).message).not.toContain('hanna')
  }
})

it('takes CSV and text files in UTF-8 or Windows-1252, and refuses spreadsheets, PDFs and images', () => {
  const file = (filename: string, bytes: Buffer) => ({ filename, bytes, truncated: false })
  expect(listFileText(file('folk.csv', Buffer.from('Språk;E-post\n', 'latin1')))).toBe('Språk;E-post\n')
  expect(listFileText(file('folk.txt', Buffer.from('Språk;E-post\n', 'utf8')))).toBe('Språk;E-post\n')
  expect(listFileText(file('folk', Buffer.from('a@example.test\n')))).toBe('a@example.test\n')
  for (const [name, bytes] of [
    ['folk.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2])],
    ['folk.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2])],
    ['folk.csv', Buffer.from('%PDF-1.7\n')],
    ['folk.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
    ['folk.csv', Buffer.from('a@example.test\u0000\n')],
    ['folk.docx', Buffer.from('a@example.test\n')],
  ] as const)
    expect(
      refusal(() => listFileText(file(name, bytes))),
      name,
    ).toMatchObject({
      code: 'unsupported_media_type',
      field: 'file',
    })
  expect(
    refusal(() => listFileText({ filename: 'big.csv', bytes: Buffer.from('x'), truncated: true })),
  ).toMatchObject({
    rule: 'too_long',
  })
  expect(refusal(() => listFileText(file('empty.csv', Buffer.alloc(0))))).toMatchObject({ rule: 'required' })
})
