import type { Language } from '../../i18n/languages.js'
import { type MailContent, renderMail } from '../render.js'

/** The reminder to owners and the DPO while a breach's 72-hour clock runs (Art. 33(1)). */
export function breachReminderMail(
  language: Language,
  v: { org: string; title: string; reference: string; hoursLeft: number; deadline: string; link: string },
): MailContent {
  const t = REMINDER[language]
  return renderMail({
    language,
    subject: t.subject(v.hoursLeft, v.reference),
    greeting: t.greeting,
    paragraphs: [t.body(v.title, v.reference, v.hoursLeft, v.deadline), t.late],
    action: { label: t.action, url: v.link },
    signature: `Vern · ${v.org}`,
  })
}

const REMINDER: Record<
  Language,
  {
    subject: (h: number, ref: string) => string
    greeting: string
    body: (title: string, ref: string, h: number, deadline: string) => string
    late: string
    action: string
  }
> = {
  en: {
    subject: (h, ref) => `${h} hours left to notify breach ${ref}`,
    greeting: 'Hello,',
    body: (title, ref, h, deadline) =>
      `The breach "${title}" (${ref}) has not been notified to the supervisory authority yet. About ${h} hours are left of the 72 hours: the deadline is ${deadline}.`,
    late: 'If the breach is unlikely to result in a risk to people, record that assessment and the clock stops. A notification after the deadline must give the reasons for the delay.',
    action: 'Open the breach',
  },
  da: {
    subject: (h, ref) => `Anmeld brud ${ref}: ${h} timer tilbage`,
    greeting: 'Hej',
    body: (title, ref, h, deadline) =>
      `Bruddet »${title}« (${ref}) er endnu ikke anmeldt til tilsynsmyndigheden. Der er omkring ${h} timer tilbage af de 72 timer. Fristen udløber ${deadline}.`,
    late: 'Hvis I vurderer, at det er usandsynligt, at bruddet indebærer en risiko for de berørte, skal I registrere vurderingen. Så skal bruddet ikke anmeldes. En anmeldelse efter fristen skal begrunde forsinkelsen.',
    action: 'Åbn bruddet',
  },
  nb: {
    subject: (h, ref) => `Meld avvik ${ref}: ${h} timer igjen`,
    greeting: 'Hei',
    body: (title, ref, h, deadline) =>
      `Avviket «${title}» (${ref}) er ennå ikke meldt til tilsynsmyndigheten. Det er omtrent ${h} timer igjen av de 72 timene. Fristen går ut ${deadline}.`,
    late: 'Vurderer dere det som usannsynlig at avviket medfører en risiko for de berørte, registrerer dere vurderingen – da skal avviket ikke meldes. En melding etter fristen må begrunne forsinkelsen.',
    action: 'Åpne avviket',
  },
  sv: {
    subject: (h, ref) => `Anmäl personuppgiftsincident ${ref}: ${h} timmar kvar`,
    greeting: 'Hej',
    body: (title, ref, h, deadline) =>
      `Personuppgiftsincidenten ”${title}” (${ref}) har ännu inte anmälts till tillsynsmyndigheten. Ungefär ${h} timmar återstår av de 72 timmarna. Fristen går ut ${deadline}.`,
    late: 'Bedömer ni att det är osannolikt att incidenten medför en risk för de registrerade, registrera bedömningen – då behöver incidenten inte anmälas. En anmälan efter fristen ska ange skälen till förseningen.',
    action: 'Öppna incidenten',
  },
  fi: {
    subject: (h, ref) => `${h} tuntia aikaa ilmoittaa tietoturvaloukkauksesta ${ref}`,
    greeting: 'Hei',
    body: (title, ref, h, deadline) =>
      `Tietoturvaloukkauksesta ”${title}” (${ref}) ei ole vielä ilmoitettu valvontaviranomaiselle. 72 tunnista on jäljellä noin ${h} tuntia. Määräaika päättyy ${deadline}.`,
    late: 'Jos arvioit, ettei loukkauksesta todennäköisesti aiheudu riskiä rekisteröidyille, kirjaa arvio – silloin ilmoitusta ei tarvita. Määräajan jälkeen tehdyssä ilmoituksessa on kerrottava syyt viivästykseen.',
    action: 'Avaa tietoturvaloukkaus',
  },
}

/** The receipt a reporter with an e-mail gets at once, with the private link to follow the case. */
export function reportReceiptMail(
  language: Language,
  v: { org: string; reference: string; answerBy: string; link: string },
): MailContent {
  const t = RECEIPT[language]
  return renderMail({
    language,
    subject: t.subject(v.reference),
    greeting: t.greeting,
    paragraphs: [t.body(v.org, v.reference), t.answer(v.answerBy)],
    action: { label: t.action, url: v.link },
    after: [t.keep],
    signature: v.org,
  })
}

/** A new answer on a report: the text itself stays behind the private link. */
export function reportAnswerMail(
  language: Language,
  v: { org: string; reference: string; link: string },
): MailContent {
  const t = RECEIPT[language]
  return renderMail({
    language,
    subject: t.answerSubject(v.reference),
    greeting: t.greeting,
    paragraphs: [t.answered(v.reference)],
    action: { label: t.action, url: v.link },
    signature: v.org,
  })
}

const RECEIPT: Record<
  Language,
  {
    subject: (ref: string) => string
    answerSubject: (ref: string) => string
    greeting: string
    body: (org: string, ref: string) => string
    answer: (by: string) => string
    answered: (ref: string) => string
    action: string
    keep: string
  }
> = {
  en: {
    subject: (ref) => `We have received your security report ${ref}`,
    answerSubject: (ref) => `An answer to your security report ${ref}`,
    greeting: 'Hello,',
    body: (org, ref) =>
      `Thank you for reporting a security issue to ${org}. Your report has the reference ${ref}.`,
    answer: (by) => `We will assess it and answer you by ${by} at the latest.`,
    answered: (ref) => `There is a new message about your security report ${ref}.`,
    action: 'Follow your report',
    keep: 'Keep this link to yourself: anyone who has it can read the case and reply.',
  },
  da: {
    subject: (ref) => `Vi har modtaget din sikkerhedsrapport ${ref}`,
    answerSubject: (ref) => `Svar på din sikkerhedsrapport ${ref}`,
    greeting: 'Hej',
    body: (org, ref) =>
      `Tak, fordi du har gjort ${org} opmærksom på et sikkerhedsproblem. Din rapport har referencen ${ref}.`,
    answer: (by) => `Vi vurderer den og svarer dig senest ${by}.`,
    answered: (ref) => `Der er en ny besked om din sikkerhedsrapport ${ref}.`,
    action: 'Følg din rapport',
    keep: 'Del ikke linket med andre: alle, der har det, kan læse sagen og svare.',
  },
  nb: {
    subject: (ref) => `Vi har mottatt sikkerhetsrapporten din ${ref}`,
    answerSubject: (ref) => `Svar på sikkerhetsrapporten din ${ref}`,
    greeting: 'Hei',
    body: (org, ref) =>
      `Takk for at du varslet ${org} om et sikkerhetsproblem. Rapporten din har referansen ${ref}.`,
    answer: (by) => `Vi vurderer den og svarer deg senest ${by}.`,
    answered: (ref) => `Det er en ny melding om sikkerhetsrapporten din ${ref}.`,
    action: 'Følg rapporten din',
    keep: 'Ikke del lenken med andre: alle som har den, kan lese saken og svare.',
  },
  sv: {
    subject: (ref) => `Vi har tagit emot din säkerhetsrapport ${ref}`,
    answerSubject: (ref) => `Svar på din säkerhetsrapport ${ref}`,
    greeting: 'Hej',
    body: (org, ref) =>
      `Tack för att du rapporterade ett säkerhetsproblem till ${org}. Din rapport har referensen ${ref}.`,
    answer: (by) => `Vi bedömer den och svarar dig senast ${by}.`,
    answered: (ref) => `Det finns ett nytt meddelande om din säkerhetsrapport ${ref}.`,
    action: 'Följ din rapport',
    keep: 'Dela inte länken med någon annan: den som har den kan läsa ärendet och svara.',
  },
  fi: {
    subject: (ref) => `Olemme vastaanottaneet tietoturvailmoituksesi ${ref}`,
    answerSubject: (ref) => `Vastaus tietoturvailmoitukseesi ${ref}`,
    greeting: 'Hei',
    body: (org, ref) =>
      `Kiitos, että ilmoitit tietoturvaongelmasta organisaatiolle ${org}. Ilmoituksesi viite on ${ref}.`,
    answer: (by) => `Arvioimme ilmoituksen ja vastaamme sinulle viimeistään ${by}.`,
    answered: (ref) => `Tietoturvailmoitukseesi ${ref} on tullut uusi viesti.`,
    action: 'Seuraa ilmoitustasi',
    keep: 'Älä jaa linkkiä muille: kuka tahansa, jolla linkki on, voi lukea asian ja vastata.',
  },
}

/** The notice to a person affected by a high-risk breach (Art. 34), in plain language. */
export function breachNoticeMail(
  language: Language,
  v: {
    org: string
    what: string
    when: string
    categories: string
    consequences: string
    measures: string
    advice: string
    contact: string
    /** The supervisory authority people may complain to. */
    authority: string
  },
): MailContent {
  const t = NOTICE[language]
  return renderMail({
    language,
    subject: t.subject(v.org),
    greeting: t.greeting,
    paragraphs: [
      t.intro(v.org, v.when),
      `${t.what} ${v.what}`,
      `${t.data} ${v.categories}`,
      `${t.consequences} ${v.consequences}`,
      `${t.measures} ${v.measures}`,
      ...(v.advice ? [`${t.advice} ${v.advice}`] : []),
      t.contact(v.contact),
      t.complain(v.authority),
    ],
    signature: v.org,
  })
}

const NOTICE: Record<
  Language,
  {
    subject: (org: string) => string
    greeting: string
    intro: (org: string, when: string) => string
    what: string
    data: string
    consequences: string
    measures: string
    advice: string
    contact: (c: string) => string
    complain: (authority: string) => string
  }
> = {
  en: {
    subject: (org) => `Important: a security breach at ${org} concerns your personal data`,
    greeting: 'Hello,',
    intro: (org, when) =>
      `We are writing to tell you that ${org} has had a security breach that concerns your personal data. We became aware of it on ${when}.`,
    what: 'What happened:',
    data: 'Your data involved:',
    consequences: 'What this may mean for you:',
    measures: 'What we have done and will do:',
    advice: 'What you can do:',
    contact: (c) => `If you have questions, contact us: ${c}.`,
    complain: (a) => `You also have the right to complain to the data protection authority, ${a}.`,
  },
  da: {
    subject: (org) => `Vigtigt: brud på persondatasikkerheden hos ${org} berører dine personoplysninger`,
    greeting: 'Hej',
    intro: (org, when) =>
      `Vi skriver til dig, fordi der har været et brud på persondatasikkerheden hos ${org}, og det berører dine personoplysninger. Vi blev opmærksomme på det den ${when}.`,
    what: 'Hvad er der sket:',
    data: 'De oplysninger om dig, det drejer sig om:',
    consequences: 'Hvad det kan betyde for dig:',
    measures: 'Hvad vi har gjort og vil gøre:',
    advice: 'Hvad du selv kan gøre:',
    contact: (c) => `Har du spørgsmål, så kontakt os: ${c}.`,
    complain: (a) => `Du har også ret til at klage til tilsynsmyndigheden, ${a}.`,
  },
  nb: {
    subject: (org) => `Viktig: brudd på personopplysningssikkerheten hos ${org} som gjelder deg`,
    greeting: 'Hei',
    intro: (org, when) =>
      `Vi skriver til deg fordi det har vært et brudd på personopplysningssikkerheten hos ${org} som gjelder personopplysningene dine. Vi ble kjent med det ${when}.`,
    what: 'Hva som har skjedd:',
    data: 'Opplysningene dine som er berørt:',
    consequences: 'Hva dette kan bety for deg:',
    measures: 'Hva vi har gjort og kommer til å gjøre:',
    advice: 'Hva du selv kan gjøre:',
    contact: (c) => `Har du spørsmål, kan du kontakte oss: ${c}.`,
    complain: (a) => `Du har også rett til å klage til tilsynsmyndigheten, ${a}.`,
  },
  sv: {
    subject: (org) => `Viktigt: en personuppgiftsincident hos ${org} som berör dig`,
    greeting: 'Hej',
    intro: (org, when) =>
      `Vi vill berätta att ${org} har haft en personuppgiftsincident som berör dina personuppgifter. Vi fick kännedom om den ${when}.`,
    what: 'Vad som har hänt:',
    data: 'Dina uppgifter som berörs:',
    consequences: 'Vad det kan innebära för dig:',
    measures: 'Vad vi har gjort och kommer att göra:',
    advice: 'Vad du själv kan göra:',
    contact: (c) => `Om du har frågor kan du kontakta oss: ${c}.`,
    complain: (a) => `Du har också rätt att klaga till tillsynsmyndigheten, ${a}.`,
  },
  fi: {
    subject: (org) => `Tärkeää: organisaatiossa ${org} tapahtunut tietoturvaloukkaus koskee henkilötietojasi`,
    greeting: 'Hei',
    intro: (org, when) =>
      `Kerromme, että organisaatiossa ${org} on tapahtunut tietoturvaloukkaus, joka koskee henkilötietojasi. Saimme siitä tiedon ${when}.`,
    what: 'Mitä tapahtui:',
    data: 'Loukkauksen kohteena olleet tietosi:',
    consequences: 'Mitä tämä voi merkitä sinulle:',
    measures: 'Mitä olemme tehneet ja teemme:',
    advice: 'Mitä voit itse tehdä:',
    contact: (c) => `Jos sinulla on kysyttävää, ota meihin yhteyttä: ${c}.`,
    complain: (a) => `Sinulla on myös oikeus tehdä valitus valvontaviranomaiselle (${a}).`,
  },
}
