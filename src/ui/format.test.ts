import { describe, expect, it } from 'vitest'
import { formatTime, spreadsheetText } from './format.js'

describe('formatTime', () => {
  const at = '2026-11-20T10:00:00.000Z'

  it('writes dates and times as each admin language does', () => {
    expect(formatTime(at, 'en', 'Europe/London')).toMatch(/^20 Nov 2026, 10:00$/)
    expect(formatTime(at, 'da', 'Europe/Copenhagen')).toMatch(/^20\. nov\. 2026.* 11[.:]00$/)
    expect(formatTime(at, 'nb', 'Europe/Oslo')).toMatch(/^20\. nov\. 2026.* 11:00$/)
    expect(formatTime(at, 'sv', 'Europe/Stockholm')).toMatch(/^20 nov\. 2026 11:00$/)
    expect(formatTime(at, 'fi', 'Europe/Helsinki')).toMatch(/^20\.11\.2026 klo 12\.00$/)
  })

  it('writes nothing for no time', () => {
    expect(formatTime(null, 'fi')).toBe('')
  })
})

describe('spreadsheetText', () => {
  it('keeps a formula from running when a CSV is opened in a spreadsheet, and leaves other text alone', () => {
    expect(spreadsheetText('=HYPERLINK("http://evil.example","x")')).toBe(
      '\'=HYPERLINK("http://evil.example","x")',
    )
    expect(spreadsheetText('+45 20 12 34 56')).toBe("'+45 20 12 34 56")
    expect(spreadsheetText('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(spreadsheetText('Nørrebrogade 12')).toBe('Nørrebrogade 12')
    expect(spreadsheetText('')).toBe('')
  })
})
