import { describe, expect, it } from 'vitest'
import { VernError } from '../errors.js'
import { normaliseProfile, refuseCardNumbers } from './subject.input.js'

const NOW = new Date('2026-11-20T10:00:00Z')

describe('register input', () => {
  it('finds a card number in nested free text and names the field, not the value', () => {
    const refuse = (input: object) => {
      try {
        refuseCardNumbers(input, NOW)
        return null
      } catch (error) {
        return error instanceof VernError ? [error.code, error.field, error.message.includes('4111')] : error
      }
    }
    expect(refuse({ billingAddress: { city: 'Aarhus', street: 'Kort 4111111111111111' } })).toEqual([
      'card_number_not_allowed',
      'billingAddress.street',
      false,
    ])
    expect(refuse({ externalIds: [{ system: 'shop', id: '5555 5555 5555 4444' }] })).toEqual([
      'card_number_not_allowed',
      'externalIds.0.id',
      false,
    ])
    // Identifiers are checked by their own rules, and an order number or phone is no card.
    expect(
      refuse({
        nationalIds: [{ kind: 'dk_cpr', value: '0707614285' }],
        notes: 'Ordre 100234, tlf. 20123456',
        cardLast4: '4242',
      }),
    ).toBeNull()
  })

  it('normalises only the fields sent, and removes duplicate identifiers', () => {
    const p = normaliseProfile(
      {
        email: ' Ann@Example.DK ',
        phone: '20 12 34 56',
        nationalIds: [
          { kind: 'dk_cpr', value: '070761-4285' },
          { kind: 'dk_cpr', value: '0707614285' },
        ],
        address: { street: ' ', city: null },
      },
      'DK',
      NOW,
    )
    expect(p).toEqual({
      email: 'ann@example.dk',
      phone: '+4520123456',
      nationalIds: [{ kind: 'dk_cpr', value: '0707614285' }],
      address: null,
    })
    expect(normaliseProfile({ phone: '070-123 45 67' }, 'SE', NOW)).toEqual({ phone: '+46701234567' })
  })
})
