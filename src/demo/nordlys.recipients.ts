import type { NewProcessor } from '../datamap/processor.schema.js'
import type { NewSystem } from '../datamap/system.schema.js'

/**
 * The processors and other recipients of the demo shop, modelled on the kinds of companies a Danish
 * webshop really uses, under made-up names and on reserved `.example` domains. Skattestyrelsen is the
 * real Danish tax authority: the recipient of bookkeeping data by law.
 */
export interface DemoProcessor {
  input: Omit<NewProcessor, 'parentId' | 'dpaSignedOn' | 'dpaReviewOn'>
  /** For a sub-processor: the processor that engages it. */
  parent?: ProcessorKey
  /** The data processing agreement: signed this many months ago, next review this many months ahead. */
  dpa?: { signedMonthsAgo: number; reviewInMonths: number }
}

export type ProcessorKey =
  | 'payment'
  | 'hosting'
  | 'newsletter'
  | 'newsletterCloud'
  | 'accounting'
  | 'chat'
  | 'ads'
  | 'carrier'
  | 'tax'

/** In creation order: a sub-processor after the processor that engages it. */
export const PROCESSORS: Record<ProcessorKey, DemoProcessor> = {
  payment: {
    input: {
      name: 'BetalNord A/S',
      role: 'processor',
      country: 'DK',
      description:
        'Betalingsgateway i webshoppen: gennemfører kortbetalinger og MobilePay og vurderer risikoen for svindel. Vi får kun de sidste 4 cifre og udløbsdatoen på kortet, aldrig hele kortnummeret.',
      contactName: 'Compliance-afdelingen',
      contactEmail: 'dpa@betalnord.example',
      website: 'https://betalnord.example',
      published: true,
    },
    dpa: { signedMonthsAgo: 26, reviewInMonths: 10 },
  },
  hosting: {
    input: {
      name: 'Wolkenhaus Hosting GmbH',
      role: 'processor',
      country: 'DE',
      description:
        'Driver serverne i et datacenter i Tyskland: webshoppen og dens database, webstatistikken, kundeservice-mailen og Vern.',
      contactName: 'Datenschutzbeauftragter',
      contactEmail: 'privacy@wolkenhaus.example',
      website: 'https://wolkenhaus.example',
      published: true,
    },
    dpa: { signedMonthsAgo: 30, reviewInMonths: 6 },
  },
  newsletter: {
    input: {
      name: 'Postbird Inc.',
      role: 'processor',
      country: 'US',
      transferSafeguard: 'scc',
      description:
        'Nyhedsbrevsværktøj: sender vores nyhedsbreve og registrerer åbninger og klik. Data overføres til USA på EU-Kommissionens standardkontraktbestemmelser (2021).',
      contactEmail: 'dpo@postbird.example',
      website: 'https://postbird.example',
      published: true,
    },
    dpa: { signedMonthsAgo: 18, reviewInMonths: 2 },
  },
  newsletterCloud: {
    input: {
      name: 'Cumulus Cloud Services LLC',
      role: 'sub_processor',
      country: 'US',
      transferSafeguard: 'scc',
      description: 'Underdatabehandler for Postbird: leverer de servere, nyhedsbrevsværktøjet kører på.',
      website: 'https://cumulus-cloud.example',
      published: true,
    },
    parent: 'newsletter',
  },
  accounting: {
    input: {
      name: 'Kontoflow ApS',
      role: 'processor',
      country: 'DK',
      description:
        'Online regnskabsprogram: her bogfører vi fakturaer, betalinger og kreditnotaer, og herfra indberetter vi moms.',
      contactEmail: 'gdpr@kontoflow.example',
      website: 'https://kontoflow.example',
      published: true,
    },
    dpa: { signedMonthsAgo: 40, reviewInMonths: 8 },
  },
  chat: {
    input: {
      name: 'Snakkis AS',
      role: 'processor',
      country: 'NO',
      description:
        'Chatværktøj til kundeservice: chatboksen nederst på webshoppens sider. Samtalerne gemmes på servere i Norge. Chatten indlæses kun, hvis du har sagt ja til præferencer i cookie-banneret; ellers kan du altid skrive til kundeservice@nordlys.example.',
      contactName: 'Personvernombud',
      contactEmail: 'personvern@snakkis.example',
      website: 'https://snakkis.example',
      published: true,
    },
    dpa: { signedMonthsAgo: 14, reviewInMonths: 10 },
  },
  ads: {
    input: {
      name: 'Annoncia Ads Ireland Ltd.',
      role: 'independent_controller',
      country: 'IE',
      description:
        'Annonceplatform: annoncepixlen i webshoppen fortæller Annoncia, hvilke sider og varer du har set, og hvad du har købt, så vi kan måle vores annoncer og vise dem til besøgende, der har kigget på vores varer. Pixlen indlæses kun, hvis du har sagt ja til marketing i cookie-banneret. For selve indsamlingen på vores side har vi et fælles ansvar med Annoncia (artikel 26); hvad Annoncia derefter bruger oplysningerne til, er Annoncias eget ansvar.',
      contactEmail: 'privacy@annoncia.example',
      website: 'https://annoncia.example',
      published: true,
    },
  },
  carrier: {
    input: {
      name: 'Pakkeløbet A/S',
      role: 'independent_controller',
      country: 'DK',
      description:
        'Fragtfirma: leverer pakker til din adresse eller pakkeshop. Får navn, adresse, e-mail og telefonnummer, så du kan følge pakken, og er selv dataansvarlig for leveringen.',
      contactEmail: 'privatliv@pakkeloebet.example',
      website: 'https://pakkeloebet.example',
      published: true,
    },
  },
  tax: {
    input: {
      name: 'Skattestyrelsen',
      role: 'public_authority',
      country: 'DK',
      description:
        'Skattemyndighed: kan efter skattekontrolloven kræve at se vores regnskabsmateriale, herunder fakturaer med kundens navn og adresse.',
      website: 'https://skat.dk',
      published: true,
    },
  },
}

export interface DemoSystem {
  input: Omit<NewSystem, 'processorId'>
  /** The processor that runs it. */
  processor?: ProcessorKey
}

export type SystemKey =
  | 'webshop'
  | 'payment'
  | 'newsletter'
  | 'accounting'
  | 'inbox'
  | 'chat'
  | 'analytics'
  | 'adsPixel'
  | 'vern'

export const SYSTEMS: Record<SystemKey, DemoSystem> = {
  webshop: {
    input: {
      name: 'Webshop (nordlys.example)',
      description:
        'Vores webshop, hvor kunderne opretter konto, bestiller og betaler. Gemmer kundekonti, ordrer og leveringsadresser.',
      owner: 'Indehaver og e-handelsansvarlig',
      kind: 'webshop',
      hostingCountry: 'DE',
      securityMeasures: [
        { measure: 'encryption_in_transit', note: 'HTTPS med TLS 1.2 eller nyere' },
        {
          measure: 'access_control',
          note: 'Personlige administratorkonti; kun medarbejdere, der pakker og sender',
        },
        { measure: 'multi_factor', note: 'To-faktor-login for alle administratorer' },
        { measure: 'backups', note: 'Dagligt, krypteret, gemmes i 30 dage' },
        { measure: 'vulnerability_scanning', note: 'Opdateringer installeres ugentligt; månedlig scanning' },
        { measure: 'logging', note: 'Administratorhandlinger logges' },
      ],
    },
    processor: 'hosting',
  },
  payment: {
    input: {
      name: 'Betalingsgateway (BetalNord)',
      description: 'Kortbetaling og MobilePay i kassen. Webshoppen modtager kun en betalingsreference.',
      owner: 'Indehaver',
      kind: 'payment',
      hostingCountry: 'DK',
      securityMeasures: [
        { measure: 'encryption_at_rest', note: 'PCI DSS-certificeret' },
        { measure: 'encryption_in_transit' },
        { measure: 'pseudonymisation', note: 'Kortnumre erstattes af tokens' },
        { measure: 'multi_factor' },
      ],
    },
    processor: 'payment',
  },
  newsletter: {
    input: {
      name: 'Nyhedsbrevsværktøj (Postbird)',
      description: 'Liste over tilmeldte til nyhedsbrevet, udsendelser og statistik over åbninger og klik.',
      owner: 'Marketingansvarlig',
      kind: 'newsletter',
      hostingCountry: 'US',
      securityMeasures: [
        { measure: 'encryption_in_transit' },
        { measure: 'encryption_at_rest' },
        { measure: 'access_control', note: 'Kun marketing har adgang' },
        { measure: 'multi_factor' },
      ],
    },
    processor: 'newsletter',
  },
  accounting: {
    input: {
      name: 'Regnskabsprogram (Kontoflow)',
      description: 'Bogføring af salg og køb, fakturaer, debitorer og momsindberetning.',
      owner: 'Bogholder',
      kind: 'accounting',
      hostingCountry: 'DK',
      securityMeasures: [
        { measure: 'encryption_at_rest' },
        { measure: 'encryption_in_transit' },
        { measure: 'access_control', note: 'Kun bogholder og revisor' },
        { measure: 'multi_factor' },
        { measure: 'backups', note: 'Leverandørens backup, gemmes i 5 år' },
      ],
    },
    processor: 'accounting',
  },
  inbox: {
    input: {
      name: 'Kundeservice-indbakke (kundeservice@nordlys.example)',
      description: 'Fælles indbakke til spørgsmål, returneringer og reklamationer.',
      owner: 'Kundeserviceansvarlig',
      kind: 'crm',
      hostingCountry: 'DE',
      securityMeasures: [
        { measure: 'encryption_in_transit', note: 'TLS til og fra mailserveren' },
        { measure: 'access_control', note: 'Kun kundeservice' },
        { measure: 'multi_factor' },
        { measure: 'malware_scanning', note: 'Vedhæftede filer scannes' },
        { measure: 'staff_training', note: 'Årlig gennemgang af regler for behandling af kundedata' },
      ],
    },
    processor: 'hosting',
  },
  chat: {
    input: {
      name: 'Kundeservice-chat (Snakkis)',
      description:
        'Chatboksen på webshoppens sider. Gemmer samtalen og navn og e-mailadresse, hvis kunden selv skriver dem.',
      owner: 'Kundeserviceansvarlig',
      kind: 'crm',
      hostingCountry: 'NO',
      securityMeasures: [
        { measure: 'encryption_in_transit' },
        { measure: 'encryption_at_rest' },
        { measure: 'access_control', note: 'Kun kundeservice' },
        { measure: 'multi_factor' },
      ],
    },
    processor: 'chat',
  },
  analytics: {
    input: {
      name: 'Webstatistik (selvhostet)',
      description:
        'Besøgsstatistik for webshoppen. Kører på vores egen server; IP-adresser forkortes, før de gemmes.',
      owner: 'Marketingansvarlig',
      kind: 'analytics',
      hostingCountry: 'DE',
      securityMeasures: [
        { measure: 'pseudonymisation', note: 'IP-adressens sidste del fjernes, før den gemmes' },
        { measure: 'access_control' },
      ],
    },
    processor: 'hosting',
  },
  adsPixel: {
    input: {
      name: 'Annoncepixel (Annoncia)',
      description:
        'Et lille script i webshoppen, der melder sidevisninger, læg i kurv og køb tilbage til Annoncia, så vi kan se, hvilke annoncer der virker. Indlæses kun efter samtykke til marketing.',
      owner: 'Marketingansvarlig',
      kind: 'other',
      hostingCountry: 'IE',
      securityMeasures: [
        { measure: 'encryption_in_transit' },
        { measure: 'access_control', note: 'Kun marketing har adgang til annoncekontoen' },
        { measure: 'multi_factor' },
      ],
    },
    processor: 'ads',
  },
  vern: {
    input: {
      name: 'Vern (register over kunder og anmodninger)',
      description:
        'Vores oversigt over personoplysninger, samtykker, anmodninger fra de registrerede og sikkerhedsbrud.',
      owner: 'Databeskyttelsesansvarlig',
      kind: 'vern',
      hostingCountry: 'DE',
      securityMeasures: [
        { measure: 'encryption_at_rest', note: 'AES-256-GCM med en nøgle pr. person' },
        { measure: 'encryption_in_transit' },
        { measure: 'access_control', note: 'Roller efter arbejdsopgave (need-to-know)' },
        { measure: 'multi_factor' },
        { measure: 'logging', note: 'Manipulationssikret revisionslog over al adgang' },
        { measure: 'backups', note: 'Dagligt, krypteret' },
      ],
    },
    processor: 'hosting',
  },
}
