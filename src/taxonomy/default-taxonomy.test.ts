import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../i18n/languages.js'
import { DEFAULT_ITEMS } from './default-taxonomy.js'
import { isValidKey, parentOf } from './taxonomy.keys.js'

describe('the default taxonomy', () => {
  it('has valid, unique keys whose parents are default items of the same kind', () => {
    const seen = new Set<string>()
    for (const item of DEFAULT_ITEMS) {
      const id = `${item.kind}:${item.key}`
      expect(isValidKey(item.key), id).toBe(true)
      expect(seen.has(id), `${id} twice`).toBe(false)
      seen.add(id)
      expect(item.parentKey).toBe(parentOf(item.key))
    }
    for (const item of DEFAULT_ITEMS) {
      if (item.parentKey) expect(seen.has(`${item.kind}:${item.parentKey}`), item.key).toBe(true)
    }
  })

  it('names every item in English and in all five languages', () => {
    for (const item of DEFAULT_ITEMS) {
      expect(item.name.length, item.key).toBeGreaterThan(0)
      expect(item.description.length, item.key).toBeGreaterThan(0)
      for (const l of LANGUAGES) expect(item.labels[l]?.trim(), `${item.key} ${l}`).toBeTruthy()
    }
  })

  it('follows fideslang keys and adds the Nordic ones', () => {
    const keys = (kind: string, source?: string) =>
      DEFAULT_ITEMS.filter((i) => i.kind === kind && (!source || i.source === source)).map((i) => i.key)
    expect(keys('data_category', 'fideslang')).toEqual(
      expect.arrayContaining([
        'user.contact.email',
        'user.contact.phone_number',
        'user.financial.credit_card',
        'user.government_id.national_identification_number',
        'user.professional_information.workplace',
      ]),
    )
    expect(keys('data_category', 'fideslang')).not.toContain('user.workplace') // deprecated in fideslang 3.2.0
    expect(keys('data_use', 'fideslang')).toEqual(
      expect.arrayContaining(['essential.service.payment_processing', 'marketing.communications.email']),
    )
    expect(keys('data_subject', 'fideslang')).toEqual(expect.arrayContaining(['customer', 'prospect']))
    expect(keys('data_category', 'vern')).toEqual(
      expect.arrayContaining([
        'user.government_id.national_identification_number.dk_cpr',
        'user.professional_information.workplace.gln',
        'user.financial.credit_card.last_four',
        'user.financial.credit_card.expiry',
      ]),
    )
    const cpr = DEFAULT_ITEMS.find((i) => i.key.endsWith('.dk_cpr'))
    expect(cpr?.labels.da).toBe('CPR-nummer')
  })
})
