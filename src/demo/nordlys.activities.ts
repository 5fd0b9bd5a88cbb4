import type { NewActivity } from '../datamap/activity.schema.js'
import type { Safeguard } from '../datamap/datamap.schema.js'
import type { ProcessorKey, SystemKey } from './nordlys.recipients.js'

/** A processing activity of the demo shop, naming its systems and recipients by their demo keys. */
export interface DemoActivity {
  input: Omit<NewActivity, 'systemIds' | 'recipientIds' | 'transfers'>
  systems: SystemKey[]
  recipients: ProcessorKey[]
  transfers?: Array<{ country: string; safeguard: Safeguard; recipient: ProcessorKey }>
}

/**
 * What Nordlys Webshop does with personal data and why, as a Danish shop owner would write it: the
 * purposes of a typical webshop, each with its legal basis (GDPR Art. 6(1)) and deletion time limit.
 */
export const ACTIVITIES: DemoActivity[] = [
  {
    input: {
      name: 'Ordrehåndtering',
      purpose:
        'At modtage, pakke og levere dine bestillinger, sende ordre- og leveringsbekræftelser og håndtere returneringer og reklamationer.',
      dataUse: 'essential.service.order_handling',
      legalBasis: 'contract',
      dataCategories: [
        'user.name',
        'user.contact.email',
        'user.contact.phone_number',
        'user.contact.address',
        'user.behavior.purchase_history',
        'user.financial.credit_card.last_four',
        'user.financial.credit_card.expiry',
        'user.unique_id',
      ],
      dataSubjects: ['customer', 'customer.b2b_contact'],
      requirement: 'contract_prerequisite',
      requirementConsequence: 'Uden navn, adresse og e-mail kan vi ikke levere din bestilling.',
      automatedDecisions: false,
      retention: {
        period: { value: 3, unit: 'years' },
        trigger: 'levering af ordren',
        description:
          'Vi gemmer ordren i forældelsesfristen på 3 år, så vi kan håndtere reklamationer og krav; derefter slettes den. Fakturaer gemmes efter bogføringsloven (se Bogføring).',
      },
    },
    systems: ['webshop', 'payment', 'vern'],
    recipients: ['payment', 'hosting', 'carrier'],
  },
  {
    input: {
      name: 'Bogføring',
      purpose:
        'At bogføre salg, fakturaer, betalinger og kreditnotaer og opbevare regnskabsmaterialet, som bogføringsloven kræver.',
      dataUse: 'essential.legal_obligation.bookkeeping',
      legalBasis: 'legal_obligation',
      dataCategories: [
        'user.name',
        'user.contact.address',
        'user.contact.email',
        'user.behavior.purchase_history',
        'user.financial.invoice_history',
        'user.professional_information.workplace.company_registration_number',
        'user.professional_information.workplace.gln',
      ],
      dataSubjects: ['customer', 'customer.b2b_contact'],
      requirement: 'statutory',
      requirementConsequence:
        'Bogføringsloven kræver, at vi registrerer hvert salg med faktura; uden oplysningerne kan vi ikke gennemføre købet.',
      automatedDecisions: false,
      retention: {
        period: { value: 5, unit: 'years' },
        trigger: 'udgangen af det regnskabsår, materialet vedrører (regnskabsåret slutter 31. december)',
        description:
          'Bogføringsloven kræver, at regnskabsmateriale opbevares i 5 år fra udgangen af regnskabsåret; derefter slettes det.',
      },
    },
    systems: ['accounting', 'webshop'],
    recipients: ['accounting', 'tax'],
  },
  {
    input: {
      name: 'Nyhedsbrev',
      purpose:
        'At sende nyhedsbreve med tilbud og nyheder til dem, der har tilmeldt sig, og se hvilke nyheder der bliver læst.',
      dataUse: 'marketing.communications.email.newsletter',
      legalBasis: 'consent',
      dataCategories: ['user.name', 'user.contact.email', 'user.marketing_interaction'],
      dataSubjects: ['newsletter_subscriber', 'customer'],
      requirement: 'voluntary',
      automatedDecisions: false,
      retention: {
        period: null,
        trigger: 'afmelding eller tilbagetrækning af samtykket',
        description:
          'Du slettes fra listen, så snart du afmelder dig (der er et afmeldingslink i hvert nyhedsbrev). Dokumentationen for samtykket gemmes i 2 år efter afmeldingen.',
      },
    },
    systems: ['newsletter', 'webshop'],
    recipients: ['newsletter', 'newsletterCloud'],
    transfers: [
      { country: 'US', safeguard: 'scc', recipient: 'newsletter' },
      { country: 'US', safeguard: 'scc', recipient: 'newsletterCloud' },
    ],
  },
  {
    input: {
      name: 'Kundeservice',
      purpose:
        'At besvare spørgsmål på e-mail og telefon, hjælpe med ombytning og returnering og behandle reklamationer.',
      dataUse: 'essential.service.operations.support',
      legalBasis: 'contract',
      dataCategories: [
        'user.name',
        'user.contact.email',
        'user.contact.phone_number',
        'user.behavior.purchase_history',
        'user.correspondence.inquiry',
        'user.correspondence.complaint',
      ],
      dataSubjects: ['customer', 'prospect', 'customer.b2b_contact'],
      requirement: 'voluntary',
      automatedDecisions: false,
      retention: {
        period: { value: 2, unit: 'years' },
        trigger: 'den seneste henvendelse',
        description:
          'Henvendelser slettes 2 år efter den seneste kontakt; en reklamation gemmes dog, til forældelsesfristen på 3 år er udløbet.',
      },
    },
    systems: ['inbox', 'chat', 'webshop', 'vern'],
    recipients: ['hosting', 'chat'],
  },
  {
    input: {
      name: 'Forebyggelse af svindel',
      purpose:
        'At opdage og forhindre bestillinger med stjålne betalingskort, falske identiteter og misbrug af rabatkoder.',
      dataUse: 'essential.fraud_detection',
      legalBasis: 'legitimate_interests',
      legitimateInterest:
        'Vores legitime interesse i at undgå tab ved svindel og i at beskytte vores kunder mod, at andre handler i deres navn. Vi bruger kun de oplysninger, der er nødvendige for at vurdere en bestilling; mistænkelige ordrer gennemgås af en medarbejder, før de afvises. Du kan altid gøre indsigelse.',
      dataCategories: [
        'user.name',
        'user.contact.email',
        'user.contact.address',
        'user.device.ip_address',
        'user.behavior.purchase_history',
        'user.financial.credit_card.last_four',
      ],
      dataSubjects: ['customer'],
      source: 'BetalNord A/S’ risikovurdering af betalingen',
      requirement: 'voluntary',
      automatedDecisions: false,
      retention: {
        period: { value: 6, unit: 'months' },
        trigger: 'bestillingen',
        description:
          'IP-adresse og risikovurdering slettes efter 6 måneder, medmindre en konkret sag om svindel kræver, at vi gemmer dem længere.',
      },
    },
    systems: ['webshop', 'payment'],
    recipients: ['payment'],
  },
  {
    input: {
      name: 'Webstatistik',
      purpose:
        'At se, hvilke sider og varer der bliver besøgt, så vi kan forbedre webshoppen. Kun når du har givet samtykke i cookie-banneret.',
      dataUse: 'analytics.reporting.content_performance',
      legalBasis: 'consent',
      dataCategories: [
        'user.device.ip_address.truncated',
        'user.device.cookie_id',
        'user.device.session',
        'user.behavior.browsing_history',
      ],
      dataSubjects: ['website_visitor'],
      requirement: 'voluntary',
      automatedDecisions: false,
      retention: {
        period: { value: 13, unit: 'months' },
        trigger: 'besøget',
        description:
          'Rådata med forkortet IP-adresse slettes efter 13 måneder; derefter findes kun samlede tal, der ikke kan føres tilbage til dig.',
      },
    },
    systems: ['analytics'],
    recipients: ['hosting'],
  },
  {
    input: {
      name: 'Annoncering og måling af annoncer',
      purpose:
        'At måle, hvilke af vores annoncer der fører til besøg og køb, og at vise vores annoncer til personer, der har besøgt webshoppen. Kun når du har givet samtykke til marketing i cookie-banneret.',
      dataUse: 'marketing.advertising.third_party.targeted',
      legalBasis: 'consent',
      dataCategories: [
        'user.device.cookie_id',
        'user.device.ip_address',
        'user.behavior.browsing_history',
        'user.behavior.purchase_history',
      ],
      dataSubjects: ['website_visitor'],
      requirement: 'voluntary',
      automatedDecisions: false,
      retention: {
        period: { value: 180, unit: 'days' },
        trigger: 'besøget',
        description:
          'Annoncia gemmer hændelserne fra pixlen i op til 180 dage; i annoncekontoen ser vi kun samlede tal.',
      },
    },
    systems: ['adsPixel'],
    recipients: ['ads'],
  },
  {
    input: {
      name: 'Anmodninger fra de registrerede',
      purpose:
        'At besvare anmodninger om indsigt, berigtigelse, sletning, begrænsning, indsigelse og dataportabilitet og dokumentere, at vi har gjort det.',
      dataUse: 'essential.legal_obligation.data_subject_requests',
      legalBasis: 'legal_obligation',
      dataCategories: ['user.name', 'user.contact.email', 'user.correspondence'],
      dataSubjects: ['customer', 'prospect', 'newsletter_subscriber', 'customer.b2b_contact'],
      requirement: 'statutory',
      requirementConsequence: 'Uden at kunne identificere dig kan vi ikke besvare din anmodning.',
      automatedDecisions: false,
      retention: {
        period: { value: 3, unit: 'years' },
        trigger: 'besvarelsen af anmodningen',
        description:
          'Anmodningen og vores svar gemmes i 3 år, så vi kan dokumentere over for Datatilsynet, at vi har overholdt reglerne.',
      },
    },
    systems: ['vern', 'inbox'],
    recipients: ['hosting'],
  },
]
