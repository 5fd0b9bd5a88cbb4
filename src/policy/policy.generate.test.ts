import { describe, expect, it } from 'vitest'
import { countryName } from '../datamap/countries.js'
import { LANGUAGES } from '../i18n/languages.js'
import { PRIVACY_TEXT } from '../privacy/privacy.text.js'
import { RETENTION_TEXT } from '../retention/retention.text.js'
import { policyText, RIGHTS } from './i18n/index.js'
import { documentText, SECTION_KEYS } from './policy.document.js'
import { generatePolicy } from './policy.generate.js'
import { fullFacts, minimalFacts } from './policy.testing.js'

const publicUrl = new URL('https://vern.example')

describe('the generated policy', () => {
  for (const language of LANGUAGES) {
    const t = policyText(language)

    for (const [name, facts] of [
      ['fully described', fullFacts()],
      ['minimal', minimalFacts()],
    ] as const) {
      it(`${language}: every section, with words, for a ${name} organisation`, () => {
        const doc = generatePolicy(facts, language, { publicUrl })
        expect(doc.language).toBe(language)
        expect(doc.title).toBe(t.title)
        expect(doc.sections.map((s) => s.key)).toEqual([...SECTION_KEYS])
        for (const section of doc.sections) {
          expect(section.heading).toBe(t.sections[section.key])
          expect(section.blocks.length, section.key).toBeGreaterThan(0)
        }
        const text = documentText(doc)
        expect(text).not.toMatch(/\bundefined\b|\bnull\b|\[object|\bNaN\b/)
        expect(text).not.toContain(' ?')
      })
    }

    it(`${language}: every Art. 13 and 14 item of the fully described organisation`, () => {
      const facts = fullFacts()
      const text = documentText(generatePolicy(facts, language, { publicUrl }))
      const r = RETENTION_TEXT[language]
      for (const expected of [
        'Nordlys Webshop ApS',
        `${t.controller.registration.DK}: 10150817`,
        'Vesterbrogade 1, 1620 København V',
        'privacy@nordlys.example',
        t.dpo.designated('Dorte Dahl'),
        'dpo@nordlys.example',
        'Order handling',
        'To deliver what customers order',
        t.legalBases.contract,
        t.legalBases.legitimate_interests,
        t.legalBases.consent,
        'Not losing goods to fraud',
        t.categories.fromElsewhere(
          'Fraud screening',
          'The payment provider tells us the risk score of a payment',
        ),
        t.recipients.line('Mailer Inc.', t.recipients.roles.processor, countryName('US', language)),
        t.recipients.subOf('Nordhost A/S'),
        t.transfers.line('Mailer Inc.', countryName('US', language), t.transfers.safeguards.scc),
        t.transfers.line('EdgeCache Ltd', countryName('GB', language), t.transfers.safeguards.adequacy),
        r.describe('delete', 5, 'years', 'financial_year_end', false),
        r.presets.bookkeeping_dk.legalGround,
        r.describe('anonymise', 3, 'years', 'relationship_ended', false),
        t.retention.activity(
          'Order handling',
          t.retention.period(5, 'years'),
          'the end of the financial year of the order',
        ),
        'Google Analytics',
        'Meta Pixel',
        t.marketing.uses(t.list([t.marketing.channels.email, t.marketing.channels.sms])),
        ...t.marketing.practice,
        t.consent.used,
        AUTHORITIES_DK_ADDRESS,
        t.requirement.kinds.contract_prerequisite,
        'Without an address we cannot deliver the order',
        'An order with a high risk score is held for manual review',
        t.automated.rights,
        t.security.breaches,
        t.security.notify,
        t.changes.review,
      ])
        expect(text, expected).toContain(expected)
      expect(text).toContain(language === 'en' ? 'The Danish Data Protection Agency' : 'Datatilsynet')
    })

    it(`${language}: each right links to its form in the privacy center`, () => {
      const doc = generatePolicy(fullFacts(), language, { publicUrl })
      const rights = doc.sections.find((s) => s.key === 'rights')
      const links = rights?.blocks.flatMap((b) => (b.type === 'list' ? b.items.flat() : [])) ?? []
      for (const right of RIGHTS) {
        const link = links.find((l) => typeof l !== 'string' && l.href.includes(`kind=${right}&`))
        expect(link, right).toEqual({
          text: PRIVACY_TEXT[language].rights.kinds[right].label,
          href: `https://vern.example/privacy/requests/new?kind=${right}&lang=${language}`,
        })
      }
      const security = JSON.stringify(doc.sections.find((s) => s.key === 'security'))
      expect(security).toContain(`https://vern.example/security/report?lang=${language}`)
    })

    it(`${language}: a minimal organisation is told plainly what is not there`, () => {
      const text = documentText(generatePolicy(minimalFacts(), language, { publicUrl }))
      for (const expected of [
        t.controller.is(t.controller.unnamed),
        t.dpo.none,
        t.purposes.none,
        t.recipients.none,
        t.transfers.none,
        t.retention.none,
        t.marketing.none,
        t.consent.none,
        t.complaint.noAuthority,
        t.requirement.none,
        t.automated.none,
      ])
        expect(text, expected).toContain(expected)
    })
  }

  for (const language of LANGUAGES) {
    const t = policyText(language)
    const retentionOf = (facts: ReturnType<typeof fullFacts>) => {
      const doc = generatePolicy(facts, language, { publicUrl })
      return documentText({ ...doc, sections: doc.sections.filter((s) => s.key === 'retention') })
    }

    it(`${language}: a purpose without a fixed period is kept until its event, not counted from it`, () => {
      const text = retentionOf(fullFacts())
      const trigger = 'the card issuer can no longer dispute the payment'
      expect(text).toContain(`${t.retention.until('Fraud screening', trigger)}. Kept while a chargeback`)
      for (const period of [t.retention.period(1, 'days'), t.retention.period(2, 'days')])
        expect(text).not.toContain(`Fraud screening: ${period}`)
    })

    it(`${language}: a rule named after its activity does not repeat the name`, () => {
      const facts = fullFacts()
      facts.retentionRules.push({
        id: 'r-news',
        name: 'Newsletter',
        dataCategories: [],
        activityIds: ['act-news'],
        clockStart: 'unsubscribed',
        period: { value: 30, unit: 'days', toCalendarYearEnd: false },
        action: 'delete',
        legalGround: 'Consent',
        preset: null,
      })
      const text = retentionOf(facts)
      expect(text).toContain(
        `- Newsletter: ${RETENTION_TEXT[language].describe('delete', 30, 'days', 'unsubscribed', false)}`,
      )
      expect(text).not.toContain('Newsletter (Newsletter)')
    })
  }

  it('writes the Nordic texts for each language rather than reusing another', () => {
    const headings = LANGUAGES.map((l) => JSON.stringify(policyText(l).sections))
    expect(new Set(headings).size).toBe(LANGUAGES.length)
    for (const l of LANGUAGES)
      for (const other of LANGUAGES)
        if (l !== other) expect(policyText(l).rights.free).not.toBe(policyText(other).rights.free)
  })
})

const AUTHORITIES_DK_ADDRESS = 'Carl Jacobsens Vej 35, 2500 Valby, Danmark'
