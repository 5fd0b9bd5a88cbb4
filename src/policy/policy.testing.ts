// Fixtures for the policy's tests: the facts of a fully described and of a minimal organisation.
import { DEFAULT_BANNER_TEXTS } from '../consent/consent.text.js'
import type { Language } from '../i18n/languages.js'
import { AUTHORITIES } from '../organisation/authorities.js'
import type { Label, PolicyFacts } from './policy.facts.js'

const label = (key: string, en: string, da: string): Label => ({ key, name: en, labels: { en, da } })

const categories = Object.fromEntries(
  (Object.keys(DEFAULT_BANNER_TEXTS) as Language[]).map((l) => [l, DEFAULT_BANNER_TEXTS[l].categories]),
) as PolicyFacts['cookies']['categories']

/** A Danish webshop with every Art. 13/14 item filled in. */
export function fullFacts(): PolicyFacts {
  const { country: _, breachChannel: __, ...authority } = AUTHORITIES.DK
  return {
    organisation: {
      legalName: 'Nordlys Webshop ApS',
      registrationNumber: '10150817',
      vatNumber: 'DK10150817',
      country: 'DK',
      address: { street: 'Vesterbrogade 1', postalCode: '1620', city: 'København V' },
      email: 'privacy@nordlys.example',
      phone: '+4533123456',
      dpo: { name: 'Dorte Dahl', email: 'dpo@nordlys.example', phone: '+4533123457' },
      authority,
      missing: [],
      website: 'https://shop.nordlys.example',
    },
    activities: [
      {
        id: 'act-orders',
        name: 'Order handling',
        purpose: 'To deliver what customers order and to handle returns',
        dataUse: label('essential.service.order_handling', 'Order handling', 'Ordrebehandling'),
        legalBasis: 'contract',
        legitimateInterest: null,
        specialCategoryCondition: null,
        special: false,
        dataCategories: [
          label('user.name', 'Name', 'Navn'),
          label('user.contact.address', 'Postal address', 'Postadresse'),
        ],
        dataSubjects: [label('customer', 'Customers', 'Kunder')],
        source: null,
        requirement: 'contract_prerequisite',
        requirementConsequence: 'Without an address we cannot deliver the order',
        automatedDecisions: false,
        automatedDecisionsDescription: null,
        recipientIds: ['p-host', 'p-mail'],
        transfers: [{ country: 'US', safeguard: 'scc', recipientId: 'p-mail' }],
        retention: {
          period: { value: 5, unit: 'years' },
          trigger: 'the end of the financial year of the order',
          description: 'Kept under the Danish Bookkeeping Act, then deleted',
        },
      },
      {
        id: 'act-fraud',
        name: 'Fraud screening',
        purpose: 'To stop orders paid with stolen cards',
        dataUse: label('essential.fraud_detection', 'Fraud detection', 'Afsløring af svindel'),
        legalBasis: 'legitimate_interests',
        legitimateInterest: 'Not losing goods to fraud',
        specialCategoryCondition: null,
        special: false,
        dataCategories: [label('user.financial', 'Financial data', 'Økonomiske oplysninger')],
        dataSubjects: [label('customer', 'Customers', 'Kunder')],
        source: 'The payment provider tells us the risk score of a payment',
        requirement: 'voluntary',
        requirementConsequence: null,
        automatedDecisions: true,
        automatedDecisionsDescription: 'An order with a high risk score is held for manual review',
        recipientIds: [],
        transfers: [],
        retention: {
          period: null,
          trigger: 'the card issuer can no longer dispute the payment',
          description: 'Kept while a chargeback is possible',
        },
      },
      {
        id: 'act-news',
        name: 'Newsletter',
        purpose: 'To send news and offers',
        dataUse: label('marketing.communications', 'Marketing e-mails', 'Markedsføringsmails'),
        legalBasis: 'consent',
        legitimateInterest: null,
        specialCategoryCondition: null,
        special: false,
        dataCategories: [label('user.contact.email', 'E-mail address', 'E-mailadresse')],
        dataSubjects: [label('subscriber', 'Subscribers', 'Abonnenter')],
        source: null,
        requirement: 'voluntary',
        requirementConsequence: null,
        automatedDecisions: false,
        automatedDecisionsDescription: null,
        recipientIds: ['p-mail'],
        transfers: [],
        retention: {
          period: { value: 1, unit: 'months' },
          trigger: 'unsubscribing',
          description: 'Removed from the list',
        },
      },
    ],
    recipients: [
      {
        id: 'p-host',
        name: 'Nordhost A/S',
        role: 'processor',
        country: 'DK',
        description: 'Hosts the webshop',
        transferSafeguard: null,
        parentId: null,
      },
      {
        id: 'p-mail',
        name: 'Mailer Inc.',
        role: 'processor',
        country: 'US',
        description: 'Sends the newsletter',
        transferSafeguard: 'scc',
        parentId: null,
      },
      {
        id: 'p-cdn',
        name: 'EdgeCache Ltd',
        role: 'sub_processor',
        country: 'GB',
        description: null,
        transferSafeguard: 'adequacy',
        parentId: 'p-host',
      },
    ],
    retentionRules: [
      {
        id: 'r-books',
        name: 'Bookkeeping, Denmark',
        dataCategories: [label('user.financial', 'Financial data', 'Økonomiske oplysninger')],
        activityIds: [],
        clockStart: 'financial_year_end',
        period: { value: 5, unit: 'years', toCalendarYearEnd: false },
        action: 'delete',
        legalGround:
          'The Danish Bookkeeping Act (bogføringsloven 2022) requires accounting material to be kept for 5 years from the end of the financial year it concerns.',
        preset: 'bookkeeping_dk',
      },
      {
        id: 'r-customers',
        name: 'Customers',
        dataCategories: [
          label('user.name', 'Name', 'Navn'),
          label('user.contact', 'Contact details', 'Kontaktoplysninger'),
        ],
        activityIds: [],
        clockStart: 'relationship_ended',
        period: { value: 3, unit: 'years', toCalendarYearEnd: false },
        action: 'anonymise',
        legalGround: 'The limitation period for claims',
        preset: null,
      },
    ],
    cookies: {
      bannerRevision: 3,
      services: [
        { key: 'ga', category: 'statistics', name: 'Google Analytics' },
        { key: 'meta', category: 'marketing', name: 'Meta Pixel' },
      ],
      categories,
    },
    marketing: { channels: ['email', 'sms'] },
  }
}

/** An organisation that has filled in nothing beyond what the wizard asks for, or less. */
export function minimalFacts(): PolicyFacts {
  return {
    organisation: {
      legalName: null,
      registrationNumber: null,
      vatNumber: null,
      country: null,
      address: { street: null, postalCode: null, city: null },
      email: null,
      phone: null,
      dpo: null,
      authority: null,
      missing: [
        'legalName',
        'country',
        'registrationNumber',
        'address.street',
        'address.postalCode',
        'address.city',
        'contactEmail',
      ],
      website: null,
    },
    activities: [],
    recipients: [],
    retentionRules: [],
    cookies: { bannerRevision: 1, services: [], categories },
    marketing: { channels: [] },
  }
}
