import type { Category } from '../../consent/consent.text.js'
import type {
  LegalBasis,
  RecipientRole,
  Requirement,
  Safeguard,
  SpecialCondition,
} from '../../datamap/datamap.schema.js'
import type { PeriodUnit } from '../../retention/retention.dates.js'
import type { Channel } from '../../subscriptions/subscription.schema.js'
import type { SectionKey } from '../policy.document.js'

/** The rights the policy explains, each with the privacy center's form for it. */
export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'stop_marketing',
] as const
export type Right = (typeof RIGHTS)[number]

/** The policy's words in English: the shape every other language fills, written for each, not translated. */
export interface PolicyText {
  title: string
  intro: (org: string) => string
  /** "a, b and c" */
  list: (items: string[]) => string
  sections: Record<SectionKey, string>
  controller: {
    is: (org: string) => string
    /** The company number's name, by the controller's country. */
    registration: Record<'DK' | 'NO' | 'SE' | 'FI' | 'other', string>
    vat: string
    address: string
    email: string
    phone: string
    unnamed: string
  }
  dpo: {
    designated: (name: string) => string
    contact: string
    none: string
  }
  purposes: {
    intro: string
    none: string
    why: string
    basis: string
    interest: string
    special: string
    data: string
    people: string
    sharedWith: string
  }
  legalBases: Record<LegalBasis, string>
  missingBasis: string
  specialConditions: Record<SpecialCondition, string>
  categories: {
    intro: string
    data: string
    people: string
    sources: string
    fromYou: string
    fromElsewhere: (activity: string, source: string) => string
    none: string
  }
  recipients: {
    intro: string
    none: string
    roles: Record<RecipientRole, string>
    line: (name: string, role: string, country: string) => string
    subOf: (name: string) => string
    list: string
  }
  transfers: {
    none: string
    intro: string
    line: (name: string, country: string, safeguard: string) => string
    safeguards: Record<Safeguard, string>
    copy: string
  }
  retention: {
    intro: string
    rules: string
    none: string
    perActivity: string
    activity: (name: string, period: string, from: string) => string
    /** A purpose without a fixed period: kept until the event its trigger names. */
    until: (name: string, trigger: string) => string
    period: (value: number, unit: PeriodUnit) => string
  }
  cookies: {
    intro: (site: string) => string
    ourSite: string
    services: string
    noServices: string
    alwaysOn: string
    change: string
    categories: Record<Category, string>
  }
  marketing: {
    none: string
    uses: (channels: string) => string
    channels: Record<Channel, string>
    practice: string[]
    manage: string
  }
  rights: {
    intro: string
    items: Record<Right, { name: string; text: string }>
    use: string
    free: string
  }
  consent: {
    used: string
    how: string
    none: string
  }
  complaint: {
    text: (authority: string) => string
    address: string
    web: string
    noAuthority: string
    first: string
  }
  requirement: {
    intro: string
    kinds: Record<Requirement, string>
    consequence: string
    none: string
  }
  automated: {
    none: string
    used: string
    rights: string
  }
  security: {
    measures: string
    breaches: string
    notify: string
    report: string
    reportLink: string
  }
  changes: {
    review: string
    versions: string
    versionsLink: string
    material: string
  }
}

export const en: PolicyText = {
  title: 'Privacy policy',
  intro: (org) =>
    `This policy explains what personal data ${org} collects about you, why, for how long, who we share it with, and what rights you have. We have written it to be read, not skimmed past.`,
  list: (items) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`,
  sections: {
    controller: 'Who is responsible for your data',
    dpo: 'Data protection officer',
    purposes: 'What we use your data for, and on what basis',
    categories: 'What data we process, and where it comes from',
    recipients: 'Who we share your data with',
    transfers: 'Transfers outside the EU/EEA',
    retention: 'How long we keep your data',
    cookies: 'Cookies on our website',
    marketing: 'Newsletters and marketing',
    rights: 'Your rights',
    consent: 'Withdrawing your consent',
    complaint: 'Complaining to the data protection authority',
    requirement: 'Do you have to give us your data?',
    automated: 'Automated decisions and profiling',
    security: 'Security, data breaches and reporting vulnerabilities',
    changes: 'Changes to this policy',
  },
  controller: {
    is: (org) =>
      `${org} is the controller: we decide why and how your personal data is processed, and we answer for it.`,
    registration: {
      DK: 'CVR number',
      NO: 'Organisation number',
      SE: 'Organisation number',
      FI: 'Business ID (Y-tunnus)',
      other: 'Company registration number',
    },
    vat: 'VAT number',
    address: 'Address',
    email: 'E-mail',
    phone: 'Phone',
    unnamed: 'the company behind this website',
  },
  dpo: {
    designated: (name) =>
      `We have appointed a data protection officer, ${name}, whom you can contact about anything in this policy.`,
    contact: 'Contact the data protection officer',
    none: 'We are not required to appoint a data protection officer and have not done so. Write to us at the address above with any question about your data.',
  },
  purposes: {
    intro:
      'We only use your data for the purposes below. For each one we tell you the legal basis that allows it.',
    none: 'We do not currently process personal data for any purpose beyond answering you when you contact us.',
    why: 'Why',
    basis: 'Legal basis',
    interest: 'Our legitimate interest',
    special: 'Condition for processing sensitive data',
    data: 'Data we use',
    people: 'Whose data',
    sharedWith: 'Shared with',
  },
  legalBases: {
    consent: 'your consent (GDPR Art. 6(1)(a)), which you can withdraw at any time',
    contract: 'it is needed to enter into or carry out a contract with you (GDPR Art. 6(1)(b))',
    legal_obligation: 'a law requires us to (GDPR Art. 6(1)(c))',
    vital_interests: 'it is needed to protect someone’s life or health (GDPR Art. 6(1)(d))',
    public_task: 'it is needed for a task in the public interest (GDPR Art. 6(1)(e))',
    legitimate_interests: 'our legitimate interest, weighed against yours (GDPR Art. 6(1)(f))',
  },
  missingBasis: 'not yet stated',
  specialConditions: {
    explicit_consent: 'you have given your explicit consent (Art. 9(2)(a))',
    employment_social_security: 'employment or social security law requires it (Art. 9(2)(b))',
    vital_interests: 'it protects the life of someone unable to consent (Art. 9(2)(c))',
    not_for_profit_body: 'we are a not-for-profit body and you are a member (Art. 9(2)(d))',
    made_public: 'you have made the data public yourself (Art. 9(2)(e))',
    legal_claims: 'it is needed for legal claims (Art. 9(2)(f))',
    substantial_public_interest: 'of a substantial public interest set out in law (Art. 9(2)(g))',
    health_care: 'it is needed for health or social care (Art. 9(2)(h))',
    public_health: 'of public health (Art. 9(2)(i))',
    archiving_research_statistics: 'it serves archiving, research or statistics (Art. 9(2)(j))',
  },
  categories: {
    intro: 'An overview of the kinds of data we process and whom they concern.',
    data: 'Kinds of data',
    people: 'People',
    sources: 'Where the data comes from',
    fromYou: 'Unless stated below, we get the data from you.',
    fromElsewhere: (activity, source) => `For ${activity}: ${source}`,
    none: 'We have not recorded any kinds of data yet.',
  },
  recipients: {
    intro:
      'We share data only with those who need it for the purposes above. Processors work on our instructions under a data processing agreement.',
    none: 'We do not share your data with anyone else.',
    roles: {
      processor: 'processor, working on our behalf',
      sub_processor: 'sub-processor',
      independent_controller: 'independent controller, responsible for its own processing',
      public_authority: 'public authority',
    },
    line: (name, role, country) => `${name}, ${role}, in ${country}`,
    subOf: (name) => `engaged by ${name}`,
    list: 'The full list of our processors',
  },
  transfers: {
    none: 'Your data stays within the EU/EEA.',
    intro:
      'Some of your data is sent to countries outside the EU/EEA. Each transfer is protected as follows:',
    line: (name, country, safeguard) => `${name} in ${country}: ${safeguard}`,
    safeguards: {
      adequacy: 'the European Commission has found the country’s protection adequate',
      scc: 'the EU standard contractual clauses',
      bcr: 'binding corporate rules approved by a data protection authority',
      derogation: 'a specific exception in GDPR Art. 49, such as your explicit consent',
      none: 'no safeguard has been put in place yet',
    },
    copy: 'You can ask us for a copy of the safeguards.',
  },
  retention: {
    intro: 'We keep data only as long as we need it. When the time is up, we delete or anonymise it.',
    rules: 'Our rules',
    none: 'We have not yet written retention rules for our data.',
    perActivity: 'Per purpose',
    activity: (name, period, from) => `${name}: ${period}, counted from ${from}`,
    until: (name, trigger) => `${name}: until ${trigger}`,
    period: (value, unit) =>
      `${value} ${{ days: value === 1 ? 'day' : 'days', months: value === 1 ? 'month' : 'months', years: value === 1 ? 'year' : 'years' }[unit]}`,
  },
  cookies: {
    intro: (site) =>
      `On ${site} we ask for your choice before we set any cookie that is not necessary. You choose per category; refusing is as easy as accepting.`,
    ourSite: 'our website',
    services: 'Services',
    noServices: 'No services in this category.',
    alwaysOn: 'always on',
    change:
      'You can change or withdraw your choice at any time with the cookie settings button on the site. When this policy or the list of services changes, we ask you again.',
    categories: {
      necessary: 'Necessary',
      preferences: 'Preferences',
      statistics: 'Statistics',
      marketing: 'Marketing',
    },
  },
  marketing: {
    none: 'We do not send newsletters or other marketing by e-mail, text message or post.',
    uses: (channels) => `We send marketing by ${channels}.`,
    channels: { email: 'e-mail', sms: 'text message', post: 'post' },
    practice: [
      'If you are not a customer, we only send you marketing after you have said yes and confirmed it from the message we send you.',
      'If you are a customer, we may tell you about products like the ones you bought. We offer you a way to say no when we collect your details and in every message.',
      'Every message has a link that unsubscribes you at once. Unsubscribing stops all our marketing to you, and it sticks: we will not sign you up again unless you ask us to.',
    ],
    manage: 'See or withdraw your marketing permissions in our privacy center',
  },
  rights: {
    intro:
      'You have these rights when we process data about you. Use the links to make a request in our privacy center; we confirm your e-mail address so that no one else can ask in your name.',
    items: {
      access: { name: 'Access', text: 'You may see what data we hold about you, why, and get a copy.' },
      rectification: { name: 'Rectification', text: 'You may have wrong or incomplete data corrected.' },
      erasure: {
        name: 'Erasure',
        text: 'You may have your data deleted. What another law makes us keep, such as bookkeeping records, we keep apart and delete when that period ends, and we tell you.',
      },
      restriction: {
        name: 'Restriction of processing',
        text: 'You may ask us to only store your data and not use it, for example while we check whether it is correct.',
      },
      portability: {
        name: 'Data portability',
        text: 'You may get the data you gave us in a structured, machine-readable file (JSON and CSV) to take elsewhere.',
      },
      objection: {
        name: 'Objection',
        text: 'You may object to processing based on our legitimate interest; we then stop unless we have compelling legitimate grounds to go on.',
      },
      stop_marketing: {
        name: 'Objection to direct marketing',
        text: 'You may always say no to marketing, and we stop at once, without asking why.',
      },
    },
    use: 'Make the request',
    free: 'It is free. We answer within one month; if a request is complex we may take two more months, and we tell you why within the first month.',
  },
  consent: {
    used: 'Where we rely on your consent, you can withdraw it at any time, as easily as you gave it. What we did before you withdrew it remains lawful.',
    how: 'Withdraw a consent',
    none: 'We do not rely on your consent for any processing except cookies and marketing, which you can withdraw as described above.',
  },
  complaint: {
    text: (authority) =>
      `If you think we handle your data wrongly, you can complain to ${authority}. We would be glad if you told us first, so we can put it right.`,
    address: 'Address',
    web: 'Website',
    noAuthority:
      'If you think we handle your data wrongly, you can complain to the data protection authority in the country where you live or work.',
    first: 'You can also complain to the authority in the EU/EEA country where you live or work.',
  },
  requirement: {
    intro: 'Whether you must give us data depends on the purpose:',
    kinds: {
      statutory: 'the law requires it',
      contractual: 'our contract with you requires it',
      contract_prerequisite: 'we need it to enter into a contract with you',
      voluntary: 'it is up to you',
    },
    consequence: 'If you do not give it',
    none: 'Giving us your data is voluntary.',
  },
  automated: {
    none: 'We do not make decisions about you by automated means alone, and we do not profile you in a way that has legal or similarly significant effects on you.',
    used: 'We make some decisions by automated means. Here is how, and what it means for you:',
    rights: 'You may ask for a person to look at the decision, give your point of view and contest it.',
  },
  security: {
    measures:
      'We protect your data with encryption, access only for staff who need it, and a log of every access.',
    breaches:
      'If a breach of security affects your data, we assess it at once, contain it and record it. We notify the data protection authority within 72 hours of becoming aware of it, unless it is unlikely to result in a risk to anyone.',
    notify:
      'If the breach is likely to put you at high risk, we tell you directly and in plain language: what happened, the likely consequences, what we do about it and whom to contact.',
    report:
      'Found a security weakness? You can report it to us, anonymously if you wish. We confirm receipt within two working days and answer within two weeks.',
    reportLink: 'Report a vulnerability',
  },
  changes: {
    review: 'We review this policy at least once a year and whenever the way we process data changes.',
    versions: 'Earlier versions remain available, with what changed between them.',
    versionsLink: 'All versions of this policy',
    material:
      'If a change matters to you, we ask you to make your cookie choices again and may tell subscribers by e-mail.',
  },
}
