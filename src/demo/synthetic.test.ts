import { describe, expect, it } from 'vitest'
import { normalizePhone } from '../identifiers/index.js'
import { Random } from './random.js'
import { syntheticCustomer, WOOCOMMERCE_HEADERS, woocommerceRow } from './synthetic.js'

describe('synthetic customers', () => {
  it('are the same for the same seed and differ for another', () => {
    const a = Array.from({ length: 5 }, (_, i) => syntheticCustomer(new Random(7), i))
    const b = Array.from({ length: 5 }, (_, i) => syntheticCustomer(new Random(7), i))
    expect(a).toEqual(b)
    expect(syntheticCustomer(new Random(8), 0)).not.toEqual(a[0])
  })

  it('have unique e-mail addresses on reserved domains and valid Danish phone numbers', () => {
    const random = new Random(1)
    const people = Array.from({ length: 2000 }, (_, i) => syntheticCustomer(random, i))
    expect(new Set(people.map((p) => p.email)).size).toBe(2000)
    for (const p of people) {
      expect(p.email).toMatch(/^[a-z]+\.[a-z]+\d+@(example\.(com|net|org)|eksempel\.example)$/)
      const phone = normalizePhone(p.phone, 'DK')
      expect(phone.valid, p.phone).toBe(true)
      expect(p.lastOrderAt === null || p.lastOrderAt >= p.createdAt).toBe(true)
      expect(woocommerceRow(p)).toHaveLength(WOOCOMMERCE_HEADERS.length)
    }
  })
})
