import { invalid, VernError } from '../../errors.js'
import { isLanguage, LANGUAGES, type Language } from '../../i18n/languages.js'
import { decodeCsv } from '../../imports/import.service.js'

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/
/** At most this many people a list. */
export const MAX_LIST = 10_000
/** An uploaded list may be at most this large (10 000 lines of e-mail and language fit well within). */
export const MAX_LIST_BYTES = 1024 * 1024
const LIST_EXTENSIONS = ['csv', 'txt', 'tsv', 'text']

export interface ListEntry {
  email: string
  /** The language the list gives for the person, or null to use the one Vern knows. */
  language: Language | null
}

/** Header names of the e-mail and language columns, as Nordic and English spreadsheets write them. */
const EMAIL_HEADER = /^(e-?mail|e-?post|e-?postadress|mail|sähköposti|sahkoposti|email address)$/i
const LANGUAGE_HEADER = /^(lang|language|sprog|språk|sprak|kieli|locale)$/i

const cells = (line: string) => line.split(/[,;\t]/).map((s) => s.trim().replace(/^"|"$/g, '').trim())

/**
 * The people on a list, pasted or uploaded: one a line, the e-mail and optionally a language (da, nb,
 * sv, fi, en), separated by a comma, semicolon or tab. A header row may name the columns in any order;
 * lines starting with # are comments. A bad line refuses the whole list, naming the line, not its text.
 */
export function parseList(text: string, field: string): ListEntry[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l, i) => ({ line: l.trim(), number: i + 1 }))
    .filter((l) => l.line && !l.line.startsWith('#'))
  let emailAt = 0
  let languageAt: number | null = 1
  const first = lines[0] ? cells(lines[0].line) : []
  if (first.some((c) => EMAIL_HEADER.test(c)) && !first.some((c) => EMAIL.test(c))) {
    emailAt = first.findIndex((c) => EMAIL_HEADER.test(c))
    const lang = first.findIndex((c) => LANGUAGE_HEADER.test(c))
    languageAt = lang === -1 ? null : lang
    lines.shift()
  }
  if (lines.length > MAX_LIST)
    throw invalid(field, `The list may hold at most ${MAX_LIST} people`, 'too_many', { limit: MAX_LIST })
  return lines.map(({ line, number }) => {
    const row = cells(line)
    const email = row[emailAt] ?? ''
    if (email.length > 254 || !EMAIL.test(email))
      throw invalid(`${field}.${number - 1}`, `Line ${number} of the list is not an e-mail address`, 'email')
    const raw = (languageAt === null ? '' : (row[languageAt] ?? '')).toLowerCase()
    if (raw !== '' && !isLanguage(raw))
      throw invalid(
        `${field}.${number - 1}`,
        `Line ${number}: the language must be one of ${LANGUAGES.join(', ')}`,
        'one_of',
      )
    return { email: email.toLowerCase(), language: raw === '' ? null : (raw as Language) }
  })
}

/**
 * The text of an uploaded list: a CSV or plain-text file (UTF-8 or Windows-1252, as spreadsheets on
 * Nordic machines save it), at most MAX_LIST_BYTES. A spreadsheet, PDF or other binary file is refused
 * with 415 and a hint to save it as CSV; too large or empty with 400.
 */
export function listFileText(file: { filename: string; bytes: Buffer; truncated: boolean }): string {
  if (file.truncated || file.bytes.length > MAX_LIST_BYTES)
    throw new VernError(
      'validation_failed',
      `file is larger than ${MAX_LIST_BYTES / 1024 / 1024} MB`,
      'file',
      'too_long',
      { limit: MAX_LIST_BYTES },
    )
  if (file.bytes.length === 0) throw invalid('file', 'file is empty', 'required')
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.filename)?.[1]?.toLowerCase()
  if ((extension && !LIST_EXTENSIONS.includes(extension)) || isBinary(file.bytes))
    throw new VernError(
      'unsupported_media_type',
      'file must be a CSV or plain-text file with one e-mail address a line; save a spreadsheet as CSV',
      'file',
    )
  return decodeCsv(file.bytes).text
}

/** Binary files: a NUL byte, or the signature of a zip (xlsx, docx), OLE (xls), PDF or image. */
function isBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8)
  const starts = (...magic: number[]) => magic.every((b, i) => head[i] === b)
  return (
    bytes.subarray(0, 8192).includes(0) ||
    starts(0x50, 0x4b, 0x03, 0x04) ||
    starts(0xd0, 0xcf, 0x11, 0xe0) ||
    starts(0x25, 0x50, 0x44, 0x46) ||
    starts(0x89, 0x50, 0x4e, 0x47) ||
    starts(0xff, 0xd8, 0xff)
  )
}
