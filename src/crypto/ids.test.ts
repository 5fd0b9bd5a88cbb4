import { describe, expect, it } from 'vitest'
import { timeOrderedId } from './ids.js'

describe('timeOrderedId', () => {
  it('gives distinct version-7 ids in time order across pool refills', () => {
    const ids = Array.from({ length: 2000 }, () => timeOrderedId())
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect([...ids].sort()).toEqual(ids)
  })
})
