import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { ERROR_CODES, VALIDATION_RULES } from '../src/errors.js'

it('docs/errors.md lists exactly the codes, statuses and meanings of the error registry', () => {
  const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8')
  const rows = [...doc.matchAll(/^\|\s*`([a-z_]+)`\s*\|\s*(\d{3})\s*\|\s*(.+?)\s*\|$/gm)].map((m) => ({
    code: m[1],
    status: Number(m[2]),
    description: m[3],
  }))
  const registry = Object.entries(ERROR_CODES).map(([code, e]) => ({
    code,
    status: e.status,
    description: e.description,
  }))
  expect(rows).toEqual(registry)
})

it('docs/errors.md names every validation rule', () => {
  const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8')
  for (const rule of VALIDATION_RULES) expect(doc, rule).toContain(`\`${rule}\``)
})
