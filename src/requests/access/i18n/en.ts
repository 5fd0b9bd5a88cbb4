/** The access package's words in English: the shape every other language fills. Plain language, short sentences. */
export const en = {
  title: 'Your personal data',
  portabilityTitle: 'Your data, ready to take elsewhere',
  intro: (org: string, date: string) =>
    `This is the answer from ${org} to your request to see the personal data we hold about you. It was made on ${date}.`,
  reference: 'Reference of your request',
  held: 'Yes, we process personal data about you. Below you can see what we hold, why, who receives it, how long we keep it, where it came from and what your rights are.',
  filesNote:
    'The complete data is also in the data folder of this package, as JSON and CSV files that other programs can read.',
  notHeld: 'We have searched our register and found no personal data about you in it.',
  notHeldOther:
    'If we find records of your choices about cookies or marketing under your e-mail address, they are listed below.',
  erased:
    'Your personal data in our register has been erased. We keep only the dates of our relationship and the record that the data was erased.',
  systems: 'Data in our other systems',
  systemsIntro: (folder: string) =>
    `Besides our register, we searched the other systems we use for data about you. What we found is in the ${folder} folder of this package, as a JSON and a CSV file for each system:`,
  systemsUnreachable:
    'We could not reach these systems when the package was made, so their data is not included. Contact us and we will send it to you:',
  systemError: (system: string) =>
    `We could not reach ${system} when this package was made, so the data it holds about you is not included here. Contact us and we will send it to you.`,
  controller: 'Who is responsible for your data',
  controllerText: (org: string) =>
    `${org} is the controller: we decide why and how your personal data is processed.`,
  dpo: 'Data protection officer',
  contact: 'Contact',
  address: 'Address',
  data: 'The data we hold about you',
  relationship: 'Your relationship with us',
  relationships: {
    prospect: 'Prospective customer',
    customer: 'Customer',
    former_customer: 'Former customer',
  },
  firstContact: 'First contact',
  lastContact: 'Latest contact',
  relationshipEnded: 'Relationship ended',
  restricted: 'Processing restricted at your request',
  fields: {
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    address: 'Address',
    billingAddress: 'Billing address',
    jobTitle: 'Job title',
    workplace: 'Workplace',
    nationalIds: 'Personal identity number',
    externalIds: 'Customer numbers in our systems',
    companyNumber: 'Company registration number',
    gln: 'GLN (EAN) location number',
    cardLast4: 'Last four digits of your payment card',
    cardExpiry: 'Expiry date of your payment card',
    notes: 'Notes from our staff',
  },
  category: 'Kind of data',
  value: 'Value',
  interactions: 'Your dealings with us',
  interactionsCount: (total: number) =>
    total === 1
      ? 'We have recorded one inquiry, order or other dealing with you.'
      : `We have recorded ${total} inquiries, orders and other dealings with you.`,
  interactionsShown: (shown: number, total: number) =>
    `The newest ${shown} of ${total} are shown here; all of them are in data/interactions.csv and data/interactions.json.`,
  noInteractions: 'We have not recorded any inquiries, orders or other dealings with you.',
  interactionKinds: {
    inquiry: 'Inquiry',
    complaint: 'Complaint',
    offer: 'Offer',
    order: 'Order',
    invoice: 'Invoice',
    note: 'Note',
  },
  date: 'Date',
  kind: 'Kind',
  referenceColumn: 'Reference',
  summary: 'Summary',
  amount: 'Amount',
  purposes: 'Why we use your data, and on what legal basis',
  purposesIntro:
    'For each kind of data we hold about you: what we use it for, the legal basis in the GDPR, who receives it and how long we keep it.',
  noPurpose: 'We have not recorded a purpose for this data. Ask us about it, or ask us to erase it.',
  purpose: 'Purpose',
  dataUsed: 'Data used',
  legalBasis: 'Legal basis',
  legitimateInterest: 'Our legitimate interest',
  recipients: 'Who receives your data',
  noRecipients: 'No one outside our organisation.',
  transfers: 'Transfers outside the EU/EEA',
  transfersIntro:
    'Some recipients are in countries outside the EU/EEA. The GDPR then requires a safeguard, listed here.',
  noTransfers: 'Your data is not transferred outside the EU/EEA.',
  safeguard: 'Safeguard',
  country: 'Country',
  recipient: 'Recipient',
  retention: 'How long we keep it',
  source: 'Where the data comes from',
  fromYou: 'From you.',
  recordSources: {
    api: 'From our own systems.',
    admin: 'Entered by our staff.',
    import: 'Imported from one of our files.',
  },
  recordSource: 'How you came into our register',
  automated: 'Automated decisions',
  noAutomated: 'We do not make decisions about you by automated means alone, and we do not profile you.',
  rights: 'Your rights',
  rightsIntro: 'You decide over your own data. You have the right to:',
  rightList: {
    access: 'see the data we hold about you and get a copy of it (this report);',
    rectification: 'have wrong or incomplete data corrected;',
    erasure: 'have your data erased when we no longer have a reason to keep it;',
    restriction: 'have our use of your data restricted, for example while we check whether it is correct;',
    objection:
      'object to our use of your data when it rests on our legitimate interest, and always to direct marketing;',
    portability:
      'receive the data you have given us in a machine-readable format, or have it sent to someone else;',
    withdraw: 'withdraw your consent at any time, without affecting what we did before you withdrew it.',
  },
  howTo: (url: string) => `To use a right, go to ${url} or write to us. It is free of charge.`,
  complaint: 'If you want to complain',
  complaintText: (authority: string) =>
    `You can complain about how we handle your personal data to ${authority}, the data protection authority. We would like to hear from you first, so we can put things right.`,
  noAuthority: 'the data protection authority in the country where you live or work',
  web: 'Web site',
  consents: 'Your choices about cookies',
  consentsIntro:
    'Each time you made a choice in the cookie banner on our site, we recorded it. Newest first:',
  noConsents: 'We have no record of choices you made about cookies.',
  consentColumns: { at: 'When', method: 'Your choice', categories: 'Categories', policy: 'Policy version' },
  methods: {
    accept_all: 'Accepted all',
    reject_all: 'Refused all',
    custom: 'Chose for yourself',
    gpc: 'Refused by your browser (Global Privacy Control)',
    withdraw: 'Withdrew consent',
  },
  cookieCategories: {
    necessary: 'Necessary',
    preferences: 'Preferences',
    statistics: 'Statistics',
    marketing: 'Marketing',
  },
  accepted: 'accepted',
  refused: 'refused',
  marketing: 'Your marketing permissions',
  marketingIntro: 'The permissions you have given us to send you marketing, and whether they still apply:',
  noMarketing: 'You have not given us permission to send you marketing.',
  marketingColumns: {
    channel: 'Channel',
    purpose: 'What about',
    basis: 'Basis',
    status: 'Status',
    given: 'Given',
    withdrawn: 'Withdrawn',
  },
  channels: { email: 'E-mail', sms: 'Text message', post: 'Post' },
  bases: {
    explicit_opt_in: 'You said yes',
    soft_opt_in: 'As a customer (you could say no when you bought from us)',
  },
  statuses: { pending: 'Waiting for your confirmation', active: 'In force', withdrawn: 'Withdrawn' },
  generated: (date: string) => `Made on ${date}.`,
  page: (n: number) => `Page ${n}`,
  download: {
    title: 'Your data is ready',
    intro: (org: string) =>
      `${org} has prepared the data you asked for. It is a ZIP file you can open on most computers.`,
    introPortability: (org: string) =>
      `${org} has prepared the data you have given us, as JSON and CSV files you can take to another service.`,
    button: 'Download your data',
    once: 'The link works once: save the file when you have downloaded it.',
    expires: (date: string) => `The link expires on ${date}.`,
    goneTitle: 'This link no longer works',
    goneBody:
      'The link may have been used already, or it has expired. If you still need your data, make a new request on our privacy page.',
  },
  readme: (org: string, date: string) =>
    [
      `Your data from ${org}, made on ${date}.`,
      '',
      'This package holds the personal data you have given us, in two common formats:',
      'JSON files for programs, and CSV files you can open in a spreadsheet.',
      'You may give the files to another service, or keep them for yourself.',
      '',
      'manifest.json lists every file and how many records it holds.',
    ].join('\n'),
}

export type AccessText = typeof en
