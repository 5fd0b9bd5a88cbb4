import type { Language } from '../../i18n/languages.js'
import type { SupervisoryAuthority } from '../../organisation/authorities.js'
import type { ExtensionReason, RejectionReason, RequestKind } from '../../requests/request.schema.js'
import { longDate, REQUEST_TEXT } from '../../requests/requests.text.js'
import { type MailContent, renderMail } from '../render.js'

interface RequestMailTexts {
  hello: string
  reference: (ref: string) => string
  why: string
  confirm: {
    subject: (org: string) => string
    asked: (kind: string) => string
    action: string
    code: (code: string) => string
    expiry: string
    ignore: string
  }
  received: {
    subject: (org: string) => string
    body: (kind: string, received: string, due: string) => string[]
  }
  extended: {
    subject: (org: string) => string
    body: (kind: string, received: string) => string
    due: (due: string) => string
    reasons: Record<ExtensionReason, string>
  }
  rejected: {
    subject: (org: string) => string
    body: (kind: string, received: string) => string
    reasons: Record<RejectionReason, string | null>
    complain: (authority: string) => string
    anyAuthority: string
  }
  completed: {
    subject: (org: string) => string
    body: (kind: string, received: string) => string
    questions: string
  }
  reminder: {
    subject: (ref: string, due: string) => string
    body: (kind: string, due: string) => string
    action: string
  }
}

const TEXTS: Record<Language, RequestMailTexts> = {
  en: {
    hello: 'Hello,',
    reference: (ref) => `Reference: ${ref}`,
    why: 'Why:',
    confirm: {
      subject: (org) => `Confirm your request to ${org}`,
      asked: (kind) =>
        `We have received a request from this e-mail address: ${kind}. To protect your data, we only go ahead once you confirm that the address is yours.`,
      action: 'Confirm my request',
      code: (code) => `Or type this code on the page where you made the request: ${code}`,
      expiry: 'The link and the code work once and expire in 24 hours.',
      ignore: 'If you did not make this request, ignore this e-mail: nothing will happen.',
    },
    received: {
      subject: (org) => `We have received your request – ${org}`,
      body: (kind, received, due) => [
        `We received your request on ${received}: ${kind}.`,
        `We will answer by ${due} at the latest. If we need to check who you are, we will contact you.`,
      ],
    },
    extended: {
      subject: (org) => `We need more time for your request – ${org}`,
      body: (kind, received) =>
        `We are working on your request of ${received}: ${kind}. We need more time to answer it, which the GDPR allows (Article 12(3)).`,
      due: (due) => `We will answer by ${due} at the latest.`,
      reasons: {
        complex: 'Your request is complex.',
        numerous: 'We have received an unusually large number of requests.',
      },
    },
    rejected: {
      subject: (org) => `Answer to your request – ${org}`,
      body: (kind, received) => `We cannot grant your request of ${received}: ${kind}.`,
      reasons: {
        identity_not_confirmed: 'We could not confirm that you are the person the data is about.',
        manifestly_unfounded: 'The request is manifestly unfounded.',
        excessive: 'The request is excessive, for example because it repeats an earlier one.',
        other: null,
      },
      complain: (authority) =>
        `If you disagree, you have the right to complain to the supervisory authority: ${authority}. You can also take the matter to court.`,
      anyAuthority: 'the data protection authority in the country where you live or work',
    },
    completed: {
      subject: (org) => `Your request has been completed – ${org}`,
      body: (kind, received) => `We have completed your request of ${received}: ${kind}.`,
      questions: 'If anything is unclear, just write to us.',
    },
    reminder: {
      subject: (ref, due) => `Request ${ref} is due on ${due}`,
      body: (kind, due) => `You are assigned this request (${kind}). It must be answered by ${due}.`,
      action: 'Open the request',
    },
  },
  da: {
    hello: 'Hej',
    reference: (ref) => `Reference: ${ref}`,
    why: 'Årsag:',
    confirm: {
      subject: (org) => `Bekræft din anmodning til ${org}`,
      asked: (kind) =>
        `Vi har modtaget en anmodning fra denne e-mailadresse: ${kind}. For at beskytte dine oplysninger går vi først videre, når du har bekræftet, at adressen er din.`,
      action: 'Bekræft min anmodning',
      code: (code) => `Du kan også skrive denne kode på siden, hvor du sendte anmodningen: ${code}`,
      expiry: 'Linket og koden kan bruges én gang og udløber om 24 timer.',
      ignore: 'Hvis det ikke var dig, kan du se bort fra denne e-mail. Så sker der ingenting.',
    },
    received: {
      subject: (org) => `Vi har modtaget din anmodning – ${org}`,
      body: (kind, received, due) => [
        `Vi modtog din anmodning den ${received}: ${kind}.`,
        `Vi svarer senest den ${due}. Hvis vi skal bekræfte, hvem du er, kontakter vi dig.`,
      ],
    },
    extended: {
      subject: (org) => `Vi har brug for mere tid til din anmodning – ${org}`,
      body: (kind, received) =>
        `Vi arbejder på din anmodning fra den ${received}: ${kind}. Vi har brug for mere tid til at svare, hvilket databeskyttelsesforordningen giver mulighed for (artikel 12, stk. 3).`,
      due: (due) => `Vi svarer senest den ${due}.`,
      reasons: {
        complex: 'Din anmodning er kompliceret.',
        numerous: 'Vi har modtaget usædvanligt mange anmodninger.',
      },
    },
    rejected: {
      subject: (org) => `Svar på din anmodning – ${org}`,
      body: (kind, received) => `Vi kan ikke imødekomme din anmodning fra den ${received}: ${kind}.`,
      reasons: {
        identity_not_confirmed: 'Vi har ikke kunnet bekræfte, at du er den person, oplysningerne handler om.',
        manifestly_unfounded: 'Anmodningen er åbenbart grundløs.',
        excessive: 'Anmodningen er urimelig, for eksempel fordi den gentager en tidligere anmodning.',
        other: null,
      },
      complain: (authority) =>
        `Er du uenig, har du ret til at klage til tilsynsmyndigheden: ${authority}. Du kan også indbringe sagen for domstolene.`,
      anyAuthority: 'databeskyttelsesmyndigheden i det land, hvor du bor eller arbejder',
    },
    completed: {
      subject: (org) => `Din anmodning er gennemført – ${org}`,
      body: (kind, received) => `Vi har gennemført din anmodning fra den ${received}: ${kind}.`,
      questions: 'Skriv endelig til os, hvis noget er uklart.',
    },
    reminder: {
      subject: (ref, due) => `Anmodning ${ref} skal besvares senest den ${due}`,
      body: (kind, due) =>
        `Du er ansvarlig for denne anmodning (${kind}). Den skal besvares senest den ${due}.`,
      action: 'Åbn anmodningen',
    },
  },
  nb: {
    hello: 'Hei',
    reference: (ref) => `Referanse: ${ref}`,
    why: 'Årsak:',
    confirm: {
      subject: (org) => `Bekreft forespørselen din til ${org}`,
      asked: (kind) =>
        `Vi har mottatt en forespørsel fra denne e-postadressen: ${kind}. For å beskytte opplysningene dine går vi først videre når du har bekreftet at adressen er din.`,
      action: 'Bekreft forespørselen',
      code: (code) => `Du kan også skrive inn denne koden på siden der du sendte forespørselen: ${code}`,
      expiry: 'Lenken og koden kan brukes én gang og utløper om 24 timer.',
      ignore: 'Hvis det ikke var deg, kan du se bort fra denne e-posten. Da skjer det ingenting.',
    },
    received: {
      subject: (org) => `Vi har mottatt forespørselen din – ${org}`,
      body: (kind, received, due) => [
        `Vi mottok forespørselen din ${received}: ${kind}.`,
        `Vi svarer senest ${due}. Hvis vi må bekrefte hvem du er, tar vi kontakt med deg.`,
      ],
    },
    extended: {
      subject: (org) => `Vi trenger mer tid til forespørselen din – ${org}`,
      body: (kind, received) =>
        `Vi arbeider med forespørselen din fra ${received}: ${kind}. Vi trenger mer tid til å svare, noe personvernforordningen åpner for (artikkel 12 nr. 3).`,
      due: (due) => `Vi svarer senest ${due}.`,
      reasons: {
        complex: 'Forespørselen din er sammensatt og krever mer arbeid.',
        numerous: 'Vi har mottatt uvanlig mange forespørsler.',
      },
    },
    rejected: {
      subject: (org) => `Svar på forespørselen din – ${org}`,
      body: (kind, received) => `Vi kan ikke imøtekomme forespørselen din fra ${received}: ${kind}.`,
      reasons: {
        identity_not_confirmed: 'Vi har ikke kunnet bekrefte at du er den personen opplysningene gjelder.',
        manifestly_unfounded: 'Forespørselen er åpenbart ugrunnet.',
        excessive: 'Forespørselen er urimelig, for eksempel fordi den gjentar en tidligere forespørsel.',
        other: null,
      },
      complain: (authority) =>
        `Er du uenig, har du rett til å klage til tilsynsmyndigheten: ${authority}. Du kan også bringe saken inn for domstolene.`,
      anyAuthority: 'personvernmyndigheten i landet der du bor eller arbeider',
    },
    completed: {
      subject: (org) => `Forespørselen din er fullført – ${org}`,
      body: (kind, received) => `Vi har fullført forespørselen din fra ${received}: ${kind}.`,
      questions: 'Skriv gjerne til oss hvis noe er uklart.',
    },
    reminder: {
      subject: (ref, due) => `Forespørsel ${ref} må besvares innen ${due}`,
      body: (kind, due) => `Du er ansvarlig for denne forespørselen (${kind}). Den må besvares innen ${due}.`,
      action: 'Åpne forespørselen',
    },
  },
  sv: {
    hello: 'Hej',
    reference: (ref) => `Referens: ${ref}`,
    why: 'Skäl:',
    confirm: {
      subject: (org) => `Bekräfta din begäran till ${org}`,
      asked: (kind) =>
        `Vi har tagit emot en begäran från den här e-postadressen: ${kind}. För att skydda dina uppgifter går vi vidare först när du har bekräftat att adressen är din.`,
      action: 'Bekräfta min begäran',
      code: (code) => `Du kan också skriva in den här koden på sidan där du skickade begäran: ${code}`,
      expiry: 'Länken och koden kan användas en gång och slutar gälla om 24 timmar.',
      ignore: 'Om det inte var du kan du bortse från det här mejlet. Då händer ingenting.',
    },
    received: {
      subject: (org) => `Vi har tagit emot din begäran – ${org}`,
      body: (kind, received, due) => [
        `Vi tog emot din begäran den ${received}: ${kind}.`,
        `Vi svarar senast den ${due}. Om vi behöver bekräfta vem du är hör vi av oss.`,
      ],
    },
    extended: {
      subject: (org) => `Vi behöver mer tid för din begäran – ${org}`,
      body: (kind, received) =>
        `Vi arbetar med din begäran från den ${received}: ${kind}. Vi behöver mer tid för att svara, vilket dataskyddsförordningen tillåter (artikel 12.3).`,
      due: (due) => `Vi svarar senast den ${due}.`,
      reasons: {
        complex: 'Din begäran är komplicerad.',
        numerous: 'Vi har fått ovanligt många begäranden.',
      },
    },
    rejected: {
      subject: (org) => `Svar på din begäran – ${org}`,
      body: (kind, received) => `Vi kan inte tillmötesgå din begäran från den ${received}: ${kind}.`,
      reasons: {
        identity_not_confirmed: 'Vi har inte kunnat bekräfta att du är den person som uppgifterna gäller.',
        manifestly_unfounded: 'Begäran är uppenbart ogrundad.',
        excessive: 'Begäran är orimlig, till exempel för att den upprepar en tidigare begäran.',
        other: null,
      },
      complain: (authority) =>
        `Om du inte håller med har du rätt att klaga hos tillsynsmyndigheten: ${authority}. Du kan också gå till domstol.`,
      anyAuthority: 'dataskyddsmyndigheten i det land där du bor eller arbetar',
    },
    completed: {
      subject: (org) => `Din begäran är genomförd – ${org}`,
      body: (kind, received) => `Vi har genomfört din begäran från den ${received}: ${kind}.`,
      questions: 'Hör gärna av dig om något är oklart.',
    },
    reminder: {
      subject: (ref, due) => `Begäran ${ref} ska besvaras senast den ${due}`,
      body: (kind, due) =>
        `Du är ansvarig för den här begäran (${kind}). Den ska besvaras senast den ${due}.`,
      action: 'Öppna begäran',
    },
  },
  fi: {
    hello: 'Hei,',
    reference: (ref) => `Viite: ${ref}`,
    why: 'Syy:',
    confirm: {
      subject: (org) => `Vahvista pyyntösi (${org})`,
      asked: (kind) =>
        `Saimme tästä sähköpostiosoitteesta pyynnön: ${kind}. Tietojesi suojaamiseksi käsittelemme pyynnön vasta, kun olet vahvistanut, että osoite on sinun.`,
      action: 'Vahvista pyyntöni',
      code: (code) => `Voit myös kirjoittaa tämän koodin sivulle, jolla teit pyynnön: ${code}`,
      expiry: 'Linkki ja koodi toimivat kerran ja vanhenevat 24 tunnin kuluttua.',
      ignore: 'Jos et tehnyt pyyntöä, voit jättää viestin huomiotta. Mitään ei tapahdu.',
    },
    received: {
      subject: (org) => `Pyyntösi on vastaanotettu – ${org}`,
      body: (kind, received, due) => [
        `Saimme pyyntösi ${received}: ${kind}.`,
        `Vastaamme viimeistään ${due}. Jos meidän pitää varmistaa henkilöllisyytesi, otamme sinuun yhteyttä.`,
      ],
    },
    extended: {
      subject: (org) => `Tarvitsemme lisäaikaa pyyntösi käsittelyyn – ${org}`,
      body: (kind, received) =>
        `Käsittelemme pyyntöäsi, jonka saimme ${received}: ${kind}. Tarvitsemme vastaamiseen lisäaikaa, minkä tietosuoja-asetus sallii (12 artiklan 3 kohta).`,
      due: (due) => `Vastaamme viimeistään ${due}.`,
      reasons: {
        complex: 'Pyyntösi on monimutkainen.',
        numerous: 'Olemme saaneet poikkeuksellisen paljon pyyntöjä.',
      },
    },
    rejected: {
      subject: (org) => `Vastaus pyyntöösi – ${org}`,
      body: (kind, received) => `Emme voi toteuttaa pyyntöäsi, jonka saimme ${received}: ${kind}.`,
      reasons: {
        identity_not_confirmed: 'Emme pystyneet varmistamaan, että olet henkilö, jota tiedot koskevat.',
        manifestly_unfounded: 'Pyyntö on ilmeisen perusteeton.',
        excessive: 'Pyyntö on kohtuuton, esimerkiksi koska se toistaa aiemman pyynnön.',
        other: null,
      },
      complain: (authority) =>
        `Jos olet eri mieltä, sinulla on oikeus tehdä valitus valvontaviranomaiselle: ${authority}. Voit myös viedä asian tuomioistuimeen.`,
      anyAuthority: 'asuin- tai työskentelymaasi tietosuojaviranomainen',
    },
    completed: {
      subject: (org) => `Pyyntösi on käsitelty – ${org}`,
      body: (kind, received) => `Olemme käsitelleet pyyntösi, jonka saimme ${received}: ${kind}.`,
      questions: 'Jos jokin jäi epäselväksi, kirjoita meille.',
    },
    reminder: {
      subject: (ref, due) => `Pyyntöön ${ref} on vastattava viimeistään ${due}`,
      body: (kind, due) =>
        `Olet vastuussa tästä pyynnöstä (${kind}). Siihen on vastattava viimeistään ${due}.`,
      action: 'Avaa pyyntö',
    },
  },
}

/** A kind's label inside a sentence: "…: deletion of your data." */
function kindIn(language: Language, kind: RequestKind): string {
  const label = REQUEST_TEXT[language].kinds[kind]
  return label.charAt(0).toLocaleLowerCase(language) + label.slice(1)
}

interface About {
  org: string
  kind: RequestKind
  reference: string
  receivedOn: string
}

/** The confirmation mail of the public intake: a single-use link and a code to type, both for 24 hours. */
export function requestConfirmMail(
  language: Language,
  p: { org: string; kind: RequestKind; link: string; code: string },
): MailContent {
  const t = TEXTS[language]
  return renderMail({
    language,
    subject: t.confirm.subject(p.org),
    greeting: t.hello,
    paragraphs: [t.confirm.asked(kindIn(language, p.kind))],
    action: { label: t.confirm.action, url: p.link },
    after: [t.confirm.code(p.code), t.confirm.expiry, t.confirm.ignore],
    signature: p.org,
  })
}

/** The receipt: what was asked, when it counts from, and the date of the answer at the latest. */
export function requestReceivedMail(language: Language, p: About & { dueOn: string }): MailContent {
  const t = TEXTS[language]
  return renderMail({
    language,
    subject: t.received.subject(p.org),
    greeting: t.hello,
    paragraphs: t.received.body(
      kindIn(language, p.kind),
      longDate(language, p.receivedOn),
      longDate(language, p.dueOn),
    ),
    after: [t.reference(p.reference)],
    signature: p.org,
  })
}

/** The extension notice (Art. 12(3)): the reason in the organisation's words and the new date. */
export function requestExtendedMail(
  language: Language,
  p: About & { dueOn: string; reason: ExtensionReason; note: string },
): MailContent {
  const t = TEXTS[language]
  return renderMail({
    language,
    subject: t.extended.subject(p.org),
    greeting: t.hello,
    paragraphs: [
      t.extended.body(kindIn(language, p.kind), longDate(language, p.receivedOn)),
      `${t.why} ${t.extended.reasons[p.reason]} ${p.note}`,
      t.extended.due(longDate(language, p.dueOn)),
    ],
    after: [t.reference(p.reference)],
    signature: p.org,
  })
}

/** A refusal (Art. 12(4)): the reasons, and the right to complain to the authority and go to court. */
export function requestRejectedMail(
  language: Language,
  p: About & {
    reason: RejectionReason
    note: string
    authority: Pick<SupervisoryAuthority, 'name' | 'englishName' | 'address' | 'web'> | null
  },
): MailContent {
  const t = TEXTS[language]
  const a = p.authority
  const authority = a
    ? `${language === 'en' ? a.englishName : a.name}, ${a.address}, ${a.web}`
    : t.rejected.anyAuthority
  const reason = t.rejected.reasons[p.reason]
  return renderMail({
    language,
    subject: t.rejected.subject(p.org),
    greeting: t.hello,
    paragraphs: [
      t.rejected.body(kindIn(language, p.kind), longDate(language, p.receivedOn)),
      `${t.why} ${reason ? `${reason} ` : ''}${p.note}`,
      t.rejected.complain(authority),
    ],
    after: [t.reference(p.reference)],
    signature: p.org,
  })
}

/**
 * The answer that the request is done. What was done for the kind (a download link, what was deleted
 * and what is kept) comes as extra paragraphs and an action from the fulfilment.
 */
export function requestCompletedMail(
  language: Language,
  p: About & { paragraphs?: string[]; action?: { label: string; url: string } },
): MailContent {
  const t = TEXTS[language]
  return renderMail({
    language,
    subject: t.completed.subject(p.org),
    greeting: t.hello,
    paragraphs: [
      t.completed.body(kindIn(language, p.kind), longDate(language, p.receivedOn)),
      ...(p.paragraphs ?? []),
    ],
    ...(p.action ? { action: p.action } : {}),
    after: [t.completed.questions, t.reference(p.reference)],
    signature: p.org,
  })
}

/** The reminder to the staff member a request is assigned to, in their admin language. */
export function requestReminderMail(
  language: Language,
  p: { reference: string; kindLabel: string; dueOn: string; link: string },
): MailContent {
  const t = TEXTS[language]
  const due = longDate(language, p.dueOn)
  return renderMail({
    language,
    subject: t.reminder.subject(p.reference, due),
    greeting: t.hello,
    paragraphs: [t.reminder.body(p.kindLabel, due)],
    action: { label: t.reminder.action, url: p.link },
    signature: 'Vern',
  })
}
