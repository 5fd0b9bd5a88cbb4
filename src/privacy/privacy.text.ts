import type { Language } from '../i18n/languages.js'
import type { Basis, Channel, SubscriptionStatus } from '../subscriptions/subscription.schema.js'

/** The request kinds the privacy center links to; their forms live in src/requests/. */
export const REQUEST_KINDS = [
  'access',
  'portability',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'stop_marketing',
  'withdraw_consent',
] as const
export type RequestKind = (typeof REQUEST_KINDS)[number]

/** Texts of the public privacy center (/privacy) and the page the mailed link opens, for data subjects. */
export interface PrivacyText {
  skip: string
  language: string
  title: string
  heading: (org: string) => string
  intro: string
  who: {
    heading: string
    controller: (org: string) => string
    contact: string
    dpo: string
    address: string
    policy: string
    processors: string
  }
  rights: {
    heading: string
    intro: string
    kinds: Record<RequestKind, { label: string; line: string }>
    complain: (authority: string, address: string) => string
    complainAnywhere: string
  }
  cookies: {
    heading: (site: string) => string
    ourSite: string
    intro: string
    services: string
    noServices: string
    change: string
    reopen: (label: string) => string
    noOrigin: string
  }
  newsletter: {
    heading: string
    intro: string
    email: string
    hint: string
    submit: string
    invalidEmail: string
    sentTitle: string
    sent: string
    spam: string
    back: string
  }
  manage: {
    title: string
    intro: (org: string) => string
    basis: string
    since: string
    status: string
    channels: Record<Channel, string>
    purposes: Record<string, string>
    bases: Record<Basis, string>
    statuses: Record<SubscriptionStatus, string>
    none: string
    withdraw: string
    withdrawAll: string
    withdrawAllHint: string
    withdrawn: string
    allWithdrawn: string
    nothingLeft: string
    expires: string
    back: string
  }
  invalid: { title: string; body: string; again: string }
}

const en: PrivacyText = {
  skip: 'Skip to content',
  language: 'Language',
  title: 'Privacy center',
  heading: (org) => `Privacy at ${org}`,
  intro:
    'Here you can see who we are, use your rights, change your cookie choices and decide which marketing you get from us.',
  who: {
    heading: 'Who we are',
    controller: (org) => `${org} is responsible (the controller) for the personal data we process about you.`,
    contact: 'Contact',
    dpo: 'Data protection officer',
    address: 'Address',
    policy: 'Read our privacy policy',
    processors: 'See who we share data with',
  },
  rights: {
    heading: 'Your rights: make a request',
    intro:
      'Choose what you want to ask us. It is free, and we answer within one month of receiving your request.',
    kinds: {
      access: {
        label: 'See your data',
        line: 'Find out what we hold about you and why, and get a copy.',
      },
      portability: {
        label: 'Take your data with you',
        line: 'Get the data you gave us in a file you can hand on to another company.',
      },
      rectification: {
        label: 'Correct your data',
        line: 'Ask us to fix details that are wrong or out of date.',
      },
      erasure: {
        label: 'Delete your data',
        line: 'Ask us to delete your data. We keep only what the law requires, and tell you what and why.',
      },
      restriction: {
        label: 'Pause the use of your data',
        line: 'Ask us to stop using your data for a while, for example while we check whether it is correct.',
      },
      objection: {
        label: 'Object to how we use your data',
        line: 'Say no to something we do on the grounds of our legitimate interest.',
      },
      stop_marketing: {
        label: 'Stop all marketing',
        line: 'We stop sending you marketing by e-mail, text message and post, for good.',
      },
      withdraw_consent: {
        label: 'Withdraw a consent',
        line: 'Take back a consent you have given us. It is as easy as giving it.',
      },
    },
    complain: (authority, address) =>
      `If you are unhappy with how we handle your data, you can complain to ${authority}, ${address}.`,
    complainAnywhere:
      'If you are unhappy with how we handle your data, you can complain to the data protection authority in your country.',
  },
  cookies: {
    heading: (site) => `Cookies on ${site}`,
    ourSite: 'our website',
    intro:
      'This is how our cookie banner is set up right now. Only the necessary cookies are always on; we use the others only if you have said yes.',
    services: 'Services',
    noServices: 'No services in this category.',
    change: 'Change your cookie choices',
    reopen: (label) =>
      `On every page of our website you can also open your choices again with the ⚙ button (${label}).`,
    noOrigin: 'You make your cookie choices in the banner on our website.',
  },
  newsletter: {
    heading: 'Newsletter and marketing',
    intro:
      'Want to see or change which marketing you have said yes to? Enter your e-mail address and we will send you a link where you can see your permissions and withdraw them.',
    email: 'Your e-mail address',
    hint: 'We only use it to send you the link.',
    submit: 'Send me a link',
    invalidEmail: 'Enter a valid e-mail address, for example name@example.com.',
    sentTitle: 'Check your inbox',
    sent: 'If we hold marketing permissions for this address, we have sent you a link. It works for 24 hours.',
    spam: 'If you cannot find the e-mail, look in your spam folder.',
    back: 'Back to the privacy center',
  },
  manage: {
    title: 'Your marketing permissions',
    intro: (org) =>
      `These are the permissions ${org} has to send you marketing. You can withdraw each one, or all of them at once.`,
    basis: 'Based on',
    since: 'Since',
    status: 'Status',
    channels: { email: 'E-mail', sms: 'Text message', post: 'Post' },
    purposes: {
      newsletter: 'Newsletter',
      offers: 'Offers',
      surveys: 'Surveys',
      reviews: 'Review invitations',
      events: 'Events',
    },
    bases: {
      explicit_opt_in: 'You said yes',
      soft_opt_in: 'You are a customer (similar products)',
    },
    statuses: { active: 'Active', pending: 'Waiting for your confirmation', withdrawn: 'Withdrawn' },
    none: 'We hold no marketing permissions for you.',
    withdraw: 'Withdraw',
    withdrawAll: 'Stop all marketing',
    withdrawAllHint:
      'All permissions are withdrawn, and we note that you want no marketing, so it stays that way even if your details are imported again later.',
    withdrawn: 'The permission is withdrawn.',
    allWithdrawn: 'All marketing is stopped.',
    nothingLeft: 'There is nothing left to withdraw.',
    expires: 'This link works for 24 hours after you asked for it.',
    back: 'Back to the privacy center',
  },
  invalid: {
    title: 'This link does not work',
    body: 'The link is incomplete or has expired. You can ask for a new one in the privacy center.',
    again: 'Go to the privacy center',
  },
}

const da: PrivacyText = {
  skip: 'Gå til indholdet',
  language: 'Sprog',
  title: 'Privatlivscenter',
  heading: (org) => `Privatliv hos ${org}`,
  intro:
    'Her kan du se, hvem vi er, bruge dine rettigheder, ændre dine cookievalg og bestemme, hvilken markedsføring du får fra os.',
  who: {
    heading: 'Hvem vi er',
    controller: (org) => `${org} er dataansvarlig for de personoplysninger, vi behandler om dig.`,
    contact: 'Kontakt',
    dpo: 'Databeskyttelsesrådgiver (DPO)',
    address: 'Adresse',
    policy: 'Læs vores privatlivspolitik',
    processors: 'Se, hvem vi deler oplysninger med',
  },
  rights: {
    heading: 'Dine rettigheder: send en anmodning',
    intro:
      'Vælg, hvad du vil bede os om. Det er gratis, og vi svarer senest en måned efter, at vi har fået din anmodning.',
    kinds: {
      access: {
        label: 'Se dine oplysninger',
        line: 'Få at vide, hvilke oplysninger vi har om dig og hvorfor, og få en kopi.',
      },
      portability: {
        label: 'Tag dine oplysninger med',
        line: 'Få de oplysninger, du selv har givet os, i en fil, du kan give videre til en anden virksomhed.',
      },
      rectification: {
        label: 'Ret dine oplysninger',
        line: 'Bed os rette oplysninger, der er forkerte eller forældede.',
      },
      erasure: {
        label: 'Slet dine oplysninger',
        line: 'Bed os slette dine oplysninger. Vi gemmer kun det, loven kræver, og fortæller dig hvad og hvorfor.',
      },
      restriction: {
        label: 'Sæt brugen af dine oplysninger på pause',
        line: 'Bed os lade være med at bruge dine oplysninger i en periode, fx mens vi undersøger, om de er rigtige.',
      },
      objection: {
        label: 'Gør indsigelse',
        line: 'Sig nej til noget, vi gør med henvisning til vores legitime interesse.',
      },
      stop_marketing: {
        label: 'Stop al markedsføring',
        line: 'Vi holder op med at sende dig markedsføring på e-mail, sms og med posten, og det bliver ved med at gælde.',
      },
      withdraw_consent: {
        label: 'Træk et samtykke tilbage',
        line: 'Tag et samtykke, du har givet os, tilbage. Det er lige så let som at give det.',
      },
    },
    complain: (authority, address) =>
      `Er du utilfreds med, hvordan vi behandler dine oplysninger, kan du klage til ${authority}, ${address}.`,
    complainAnywhere:
      'Er du utilfreds med, hvordan vi behandler dine oplysninger, kan du klage til datatilsynet i dit land.',
  },
  cookies: {
    heading: (site) => `Cookies på ${site}`,
    ourSite: 'vores hjemmeside',
    intro:
      'Sådan er vores cookiebanner sat op lige nu. Kun de nødvendige cookies er altid slået til. De andre bruger vi kun, hvis du har sagt ja.',
    services: 'Tjenester',
    noServices: 'Ingen tjenester i denne kategori.',
    change: 'Skift dine cookievalg',
    reopen: (label) =>
      `På alle sider af vores hjemmeside kan du også åbne dine valg igen med knappen ⚙ (${label}).`,
    noOrigin: 'Du træffer dine cookievalg i banneret på vores hjemmeside.',
  },
  newsletter: {
    heading: 'Nyhedsbrev og markedsføring',
    intro:
      'Vil du se eller ændre, hvilken markedsføring du har sagt ja til? Skriv din e-mailadresse, så sender vi dig et link, hvor du kan se dine tilladelser og trække dem tilbage.',
    email: 'Din e-mailadresse',
    hint: 'Vi bruger den kun til at sende dig linket.',
    submit: 'Send mig et link',
    invalidEmail: 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.',
    sentTitle: 'Tjek din indbakke',
    sent: 'Hvis vi har markedsføringstilladelser for denne adresse, har vi sendt dig et link. Det virker i 24 timer.',
    spam: 'Kan du ikke finde mailen, så kig i dit spamfilter.',
    back: 'Tilbage til privatlivscenteret',
  },
  manage: {
    title: 'Dine markedsføringstilladelser',
    intro: (org) =>
      `Her er de tilladelser, ${org} har til at sende dig markedsføring. Du kan trække hver enkelt tilbage eller dem alle på én gang.`,
    basis: 'Grundlag',
    since: 'Siden',
    status: 'Status',
    channels: { email: 'E-mail', sms: 'Sms', post: 'Post' },
    purposes: {
      newsletter: 'Nyhedsbrev',
      offers: 'Tilbud',
      surveys: 'Undersøgelser',
      reviews: 'Invitationer til anmeldelser',
      events: 'Arrangementer',
    },
    bases: {
      explicit_opt_in: 'Du har sagt ja',
      soft_opt_in: 'Du er kunde hos os (lignende varer)',
    },
    statuses: { active: 'Aktiv', pending: 'Venter på din bekræftelse', withdrawn: 'Trukket tilbage' },
    none: 'Vi har ingen markedsføringstilladelser fra dig.',
    withdraw: 'Træk tilbage',
    withdrawAll: 'Stop al markedsføring',
    withdrawAllHint:
      'Alle tilladelser bliver trukket tilbage, og vi noterer, at du ikke vil have markedsføring, så det gælder, også hvis dine oplysninger senere bliver importeret igen.',
    withdrawn: 'Tilladelsen er trukket tilbage.',
    allWithdrawn: 'Al markedsføring er stoppet.',
    nothingLeft: 'Der er ikke mere at trække tilbage.',
    expires: 'Linket virker i 24 timer fra det tidspunkt, du bad om det.',
    back: 'Tilbage til privatlivscenteret',
  },
  invalid: {
    title: 'Linket virker ikke',
    body: 'Linket er ufuldstændigt eller udløbet. Du kan bede om et nyt i privatlivscenteret.',
    again: 'Gå til privatlivscenteret',
  },
}

const nb: PrivacyText = {
  skip: 'Gå til innholdet',
  language: 'Språk',
  title: 'Personvernsenter',
  heading: (org) => `Personvern hos ${org}`,
  intro:
    'Her kan du se hvem vi er, bruke rettighetene dine, endre informasjonskapselvalgene dine og bestemme hvilken markedsføring du får fra oss.',
  who: {
    heading: 'Hvem vi er',
    controller: (org) => `${org} er behandlingsansvarlig for personopplysningene vi behandler om deg.`,
    contact: 'Kontakt',
    dpo: 'Personvernombud',
    address: 'Adresse',
    policy: 'Les personvernerklæringen vår',
    processors: 'Se hvem vi deler opplysninger med',
  },
  rights: {
    heading: 'Rettighetene dine: send en forespørsel',
    intro:
      'Velg hva du vil be oss om. Det er gratis, og vi svarer senest én måned etter at vi har mottatt forespørselen.',
    kinds: {
      access: {
        label: 'Se opplysningene dine',
        line: 'Få vite hvilke opplysninger vi har om deg og hvorfor, og få en kopi.',
      },
      portability: {
        label: 'Ta med deg opplysningene dine',
        line: 'Få opplysningene du selv har gitt oss, i en fil du kan gi videre til en annen virksomhet.',
      },
      rectification: {
        label: 'Rett opplysningene dine',
        line: 'Be oss rette opplysninger som er feil eller utdaterte.',
      },
      erasure: {
        label: 'Slett opplysningene dine',
        line: 'Be oss slette opplysningene dine. Vi beholder bare det loven krever, og forteller deg hva og hvorfor.',
      },
      restriction: {
        label: 'Sett bruken av opplysningene på pause',
        line: 'Be oss la være å bruke opplysningene dine en stund, for eksempel mens vi sjekker om de stemmer.',
      },
      objection: {
        label: 'Protester mot bruken',
        line: 'Si nei til noe vi gjør med begrunnelse i vår berettigede interesse.',
      },
      stop_marketing: {
        label: 'Stopp all markedsføring',
        line: 'Vi slutter å sende deg markedsføring på e-post, SMS og i posten, og det fortsetter å gjelde.',
      },
      withdraw_consent: {
        label: 'Trekk tilbake et samtykke',
        line: 'Trekk tilbake et samtykke du har gitt oss. Det er like enkelt som å gi det.',
      },
    },
    complain: (authority, address) =>
      `Er du misfornøyd med hvordan vi behandler opplysningene dine, kan du klage til ${authority}, ${address}.`,
    complainAnywhere:
      'Er du misfornøyd med hvordan vi behandler opplysningene dine, kan du klage til datatilsynet i landet ditt.',
  },
  cookies: {
    heading: (site) => `Informasjonskapsler på ${site}`,
    ourSite: 'nettsiden vår',
    intro:
      'Slik er banneret for informasjonskapsler satt opp nå. Bare de nødvendige er alltid på. De andre bruker vi bare hvis du har sagt ja.',
    services: 'Tjenester',
    noServices: 'Ingen tjenester i denne kategorien.',
    change: 'Endre valgene dine for informasjonskapsler',
    reopen: (label) => `På alle sidene våre kan du også åpne valgene dine igjen med ⚙-knappen (${label}).`,
    noOrigin: 'Du gjør valgene dine for informasjonskapsler i banneret på nettsiden vår.',
  },
  newsletter: {
    heading: 'Nyhetsbrev og markedsføring',
    intro:
      'Vil du se eller endre hvilken markedsføring du har sagt ja til? Skriv inn e-postadressen din, så sender vi deg en lenke der du kan se tillatelsene dine og trekke dem tilbake.',
    email: 'E-postadressen din',
    hint: 'Vi bruker den bare til å sende deg lenken.',
    submit: 'Send meg en lenke',
    invalidEmail: 'Skriv inn en gyldig e-postadresse, for eksempel navn@eksempel.no.',
    sentTitle: 'Sjekk innboksen din',
    sent: 'Hvis vi har markedsføringstillatelser for denne adressen, har vi sendt deg en lenke. Den virker i 24 timer.',
    spam: 'Finner du ikke e-posten, kan du se i søppelpostmappen.',
    back: 'Tilbake til personvernsenteret',
  },
  manage: {
    title: 'Markedsføringstillatelsene dine',
    intro: (org) =>
      `Dette er tillatelsene ${org} har til å sende deg markedsføring. Du kan trekke tilbake hver enkelt, eller alle på én gang.`,
    basis: 'Grunnlag',
    since: 'Siden',
    status: 'Status',
    channels: { email: 'E-post', sms: 'SMS', post: 'Post' },
    purposes: {
      newsletter: 'Nyhetsbrev',
      offers: 'Tilbud',
      surveys: 'Undersøkelser',
      reviews: 'Invitasjoner til omtaler',
      events: 'Arrangementer',
    },
    bases: {
      explicit_opt_in: 'Du har sagt ja',
      soft_opt_in: 'Du er kunde hos oss (lignende varer)',
    },
    statuses: { active: 'Aktiv', pending: 'Venter på bekreftelsen din', withdrawn: 'Trukket tilbake' },
    none: 'Vi har ingen markedsføringstillatelser fra deg.',
    withdraw: 'Trekk tilbake',
    withdrawAll: 'Stopp all markedsføring',
    withdrawAllHint:
      'Alle tillatelsene trekkes tilbake, og vi noterer at du ikke vil ha markedsføring, så det gjelder også hvis opplysningene dine blir importert på nytt senere.',
    withdrawn: 'Tillatelsen er trukket tilbake.',
    allWithdrawn: 'All markedsføring er stoppet.',
    nothingLeft: 'Det er ikke mer å trekke tilbake.',
    expires: 'Lenken virker i 24 timer fra du ba om den.',
    back: 'Tilbake til personvernsenteret',
  },
  invalid: {
    title: 'Lenken virker ikke',
    body: 'Lenken er ufullstendig eller utløpt. Du kan be om en ny i personvernsenteret.',
    again: 'Gå til personvernsenteret',
  },
}

const sv: PrivacyText = {
  skip: 'Till innehållet',
  language: 'Språk',
  title: 'Integritetscenter',
  heading: (org) => `Integritet hos ${org}`,
  intro:
    'Här ser du vilka vi är, kan använda dina rättigheter, ändra dina cookieval och bestämma vilken marknadsföring du får från oss.',
  who: {
    heading: 'Vilka vi är',
    controller: (org) => `${org} är personuppgiftsansvarig för de personuppgifter vi behandlar om dig.`,
    contact: 'Kontakt',
    dpo: 'Dataskyddsombud',
    address: 'Adress',
    policy: 'Läs vår integritetspolicy',
    processors: 'Se vilka vi delar uppgifter med',
  },
  rights: {
    heading: 'Dina rättigheter: skicka en begäran',
    intro:
      'Välj vad du vill be oss om. Det är kostnadsfritt, och vi svarar senast en månad efter att vi har fått din begäran.',
    kinds: {
      access: {
        label: 'Se dina uppgifter',
        line: 'Få veta vilka uppgifter vi har om dig och varför, och få en kopia.',
      },
      portability: {
        label: 'Ta med dig dina uppgifter',
        line: 'Få de uppgifter du själv har lämnat till oss i en fil som du kan ge vidare till ett annat företag.',
      },
      rectification: {
        label: 'Rätta dina uppgifter',
        line: 'Be oss rätta uppgifter som är fel eller inaktuella.',
      },
      erasure: {
        label: 'Radera dina uppgifter',
        line: 'Be oss radera dina uppgifter. Vi sparar bara det som lagen kräver och berättar vad och varför.',
      },
      restriction: {
        label: 'Pausa användningen av dina uppgifter',
        line: 'Be oss sluta använda dina uppgifter en tid, till exempel medan vi kontrollerar att de stämmer.',
      },
      objection: {
        label: 'Invänd mot hur vi använder dina uppgifter',
        line: 'Säg nej till något som vi gör med stöd av vårt berättigade intresse.',
      },
      stop_marketing: {
        label: 'Stoppa all marknadsföring',
        line: 'Vi slutar skicka marknadsföring till dig via e-post, sms och vanlig post, och det fortsätter att gälla.',
      },
      withdraw_consent: {
        label: 'Återkalla ett samtycke',
        line: 'Ta tillbaka ett samtycke som du har gett oss. Det är lika enkelt som att ge det.',
      },
    },
    complain: (authority, address) =>
      `Om du är missnöjd med hur vi hanterar dina uppgifter kan du klaga hos ${authority}, ${address}.`,
    complainAnywhere:
      'Om du är missnöjd med hur vi hanterar dina uppgifter kan du klaga hos dataskyddsmyndigheten i ditt land.',
  },
  cookies: {
    heading: (site) => `Cookies på ${site}`,
    ourSite: 'vår webbplats',
    intro:
      'Så här är vår cookiebanner inställd just nu. Bara nödvändiga cookies är alltid påslagna. Övriga använder vi bara om du har sagt ja.',
    services: 'Tjänster',
    noServices: 'Inga tjänster i den här kategorin.',
    change: 'Ändra dina cookieval',
    reopen: (label) =>
      `På alla sidor på vår webbplats kan du också öppna dina val igen med knappen ⚙ (${label}).`,
    noOrigin: 'Du gör dina cookieval i bannern på vår webbplats.',
  },
  newsletter: {
    heading: 'Nyhetsbrev och marknadsföring',
    intro:
      'Vill du se eller ändra vilken marknadsföring du har tackat ja till? Skriv din e-postadress så skickar vi en länk där du kan se dina tillstånd och återkalla dem.',
    email: 'Din e-postadress',
    hint: 'Vi använder den bara för att skicka länken till dig.',
    submit: 'Skicka en länk till mig',
    invalidEmail: 'Skriv en giltig e-postadress, till exempel namn@exempel.se.',
    sentTitle: 'Titta i din inkorg',
    sent: 'Om vi har tillstånd att skicka marknadsföring till den här adressen har vi skickat en länk till dig. Den fungerar i 24 timmar.',
    spam: 'Hittar du inte mejlet kan du titta i skräpposten.',
    back: 'Tillbaka till integritetscentret',
  },
  manage: {
    title: 'Dina tillstånd för marknadsföring',
    intro: (org) =>
      `Det här är de tillstånd ${org} har att skicka marknadsföring till dig. Du kan återkalla dem ett i taget eller alla på en gång.`,
    basis: 'Grund',
    since: 'Sedan',
    status: 'Status',
    channels: { email: 'E-post', sms: 'Sms', post: 'Post' },
    purposes: {
      newsletter: 'Nyhetsbrev',
      offers: 'Erbjudanden',
      surveys: 'Undersökningar',
      reviews: 'Inbjudningar att recensera',
      events: 'Evenemang',
    },
    bases: {
      explicit_opt_in: 'Du har tackat ja',
      soft_opt_in: 'Du är kund hos oss (liknande produkter)',
    },
    statuses: { active: 'Aktivt', pending: 'Väntar på din bekräftelse', withdrawn: 'Återkallat' },
    none: 'Vi har inga tillstånd att skicka marknadsföring till dig.',
    withdraw: 'Återkalla',
    withdrawAll: 'Stoppa all marknadsföring',
    withdrawAllHint:
      'Alla tillstånd återkallas och vi noterar att du inte vill ha marknadsföring, så det gäller även om dina uppgifter skulle importeras igen senare.',
    withdrawn: 'Tillståndet är återkallat.',
    allWithdrawn: 'All marknadsföring är stoppad.',
    nothingLeft: 'Det finns inget mer att återkalla.',
    expires: 'Länken fungerar i 24 timmar från att du bad om den.',
    back: 'Tillbaka till integritetscentret',
  },
  invalid: {
    title: 'Länken fungerar inte',
    body: 'Länken är ofullständig eller har slutat gälla. Du kan be om en ny i integritetscentret.',
    again: 'Till integritetscentret',
  },
}

const fi: PrivacyText = {
  skip: 'Siirry sisältöön',
  language: 'Kieli',
  title: 'Tietosuojakeskus',
  heading: (org) => `Tietosuoja – ${org}`,
  intro:
    'Täällä näet, keitä olemme, voit käyttää oikeuksiasi, muuttaa evästevalintojasi ja päättää, mitä markkinointia saat meiltä.',
  who: {
    heading: 'Keitä olemme',
    controller: (org) => `${org} on rekisterinpitäjä niille henkilötiedoille, joita käsittelemme sinusta.`,
    contact: 'Yhteystiedot',
    dpo: 'Tietosuojavastaava',
    address: 'Osoite',
    policy: 'Lue tietosuojaselosteemme',
    processors: 'Katso, kenelle luovutamme tietoja',
  },
  rights: {
    heading: 'Oikeutesi: tee pyyntö',
    intro:
      'Valitse, mitä haluat pyytää. Pyyntö on maksuton, ja vastaamme kuukauden kuluessa siitä, kun olemme saaneet sen.',
    kinds: {
      access: {
        label: 'Katso tietosi',
        line: 'Saat tietää, mitä tietoja meillä on sinusta ja miksi, ja saat niistä kopion.',
      },
      portability: {
        label: 'Siirrä tietosi',
        line: 'Saat itse antamasi tiedot tiedostona, jonka voit viedä toiselle yritykselle.',
      },
      rectification: {
        label: 'Korjaa tietosi',
        line: 'Pyydä meitä korjaamaan virheelliset tai vanhentuneet tiedot.',
      },
      erasure: {
        label: 'Poista tietosi',
        line: 'Pyydä meitä poistamaan tietosi. Säilytämme vain sen, mitä laki vaatii, ja kerromme, mitä ja miksi.',
      },
      restriction: {
        label: 'Keskeytä tietojesi käyttö',
        line: 'Pyydä meitä lopettamaan tietojesi käyttö joksikin aikaa, esimerkiksi sillä välin kun tarkistamme niiden oikeellisuuden.',
      },
      objection: {
        label: 'Vastusta tietojesi käyttöä',
        line: 'Kiellä käsittely, jonka perusteena on oikeutettu etumme.',
      },
      stop_marketing: {
        label: 'Lopeta kaikki markkinointi',
        line: 'Lopetamme markkinoinnin lähettämisen sinulle sähköpostilla, tekstiviestillä ja postitse, ja päätös pysyy voimassa.',
      },
      withdraw_consent: {
        label: 'Peru suostumus',
        line: 'Peru meille antamasi suostumus. Se on yhtä helppoa kuin suostumuksen antaminen.',
      },
    },
    complain: (authority, address) =>
      `Jos olet tyytymätön siihen, miten käsittelemme tietojasi, voit tehdä valituksen: ${authority}, ${address}.`,
    complainAnywhere:
      'Jos olet tyytymätön siihen, miten käsittelemme tietojasi, voit tehdä valituksen oman maasi tietosuojaviranomaiselle.',
  },
  cookies: {
    heading: (site) => `Evästeet: ${site}`,
    ourSite: 'verkkosivustomme',
    intro:
      'Evästebannerimme asetukset ovat tällä hetkellä seuraavat. Vain välttämättömät evästeet ovat aina käytössä. Muita käytämme vain, jos olet antanut luvan.',
    services: 'Palvelut',
    noServices: 'Tässä ryhmässä ei ole palveluja.',
    change: 'Muuta evästevalintojasi',
    reopen: (label) =>
      `Voit myös avata valintasi uudelleen millä tahansa verkkosivustomme sivulla ⚙-painikkeella (${label}).`,
    noOrigin: 'Teet evästevalintasi verkkosivustomme evästebannerissa.',
  },
  newsletter: {
    heading: 'Uutiskirje ja markkinointi',
    intro:
      'Haluatko nähdä tai muuttaa, mihin markkinointiin olet antanut luvan? Kirjoita sähköpostiosoitteesi, niin lähetämme sinulle linkin, jonka kautta näet lupasi ja voit perua ne.',
    email: 'Sähköpostiosoitteesi',
    hint: 'Käytämme sitä vain linkin lähettämiseen.',
    submit: 'Lähetä minulle linkki',
    invalidEmail: 'Kirjoita kelvollinen sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.',
    sentTitle: 'Katso sähköpostisi',
    sent: 'Jos meillä on tähän osoitteeseen liittyviä markkinointilupia, olemme lähettäneet sinulle linkin. Se toimii 24 tunnin ajan.',
    spam: 'Jos et löydä viestiä, katso myös roskapostikansio.',
    back: 'Takaisin tietosuojakeskukseen',
  },
  manage: {
    title: 'Markkinointilupasi',
    intro: (org) =>
      `Nämä ovat luvat, joiden perusteella ${org} saa lähettää sinulle markkinointia. Voit perua ne yksitellen tai kaikki kerralla.`,
    basis: 'Peruste',
    since: 'Alkaen',
    status: 'Tila',
    channels: { email: 'Sähköposti', sms: 'Tekstiviesti', post: 'Posti' },
    purposes: {
      newsletter: 'Uutiskirje',
      offers: 'Tarjoukset',
      surveys: 'Kyselyt',
      reviews: 'Arvostelukutsut',
      events: 'Tapahtumat',
    },
    bases: {
      explicit_opt_in: 'Olet antanut luvan',
      soft_opt_in: 'Olet asiakkaamme (samankaltaiset tuotteet)',
    },
    statuses: { active: 'Voimassa', pending: 'Odottaa vahvistustasi', withdrawn: 'Peruttu' },
    none: 'Meillä ei ole sinulta markkinointilupia.',
    withdraw: 'Peru',
    withdrawAll: 'Lopeta kaikki markkinointi',
    withdrawAllHint:
      'Kaikki luvat perutaan, ja kirjaamme, ettet halua markkinointia. Kirjaus pysyy voimassa, vaikka tietosi tuotaisiin myöhemmin uudelleen.',
    withdrawn: 'Lupa on peruttu.',
    allWithdrawn: 'Kaikki markkinointi on lopetettu.',
    nothingLeft: 'Peruttavaa ei ole enää.',
    expires: 'Linkki toimii 24 tuntia siitä, kun pyysit sitä.',
    back: 'Takaisin tietosuojakeskukseen',
  },
  invalid: {
    title: 'Linkki ei toimi',
    body: 'Linkki on vajaa tai vanhentunut. Voit pyytää uuden tietosuojakeskuksessa.',
    again: 'Siirry tietosuojakeskukseen',
  },
}

export const PRIVACY_TEXT: Record<Language, PrivacyText> = { en, da, nb, sv, fi }
