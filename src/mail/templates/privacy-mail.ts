import type { Language } from '../../i18n/languages.js'
import { type MailContent, renderMail } from '../render.js'

interface ManageLinkTexts {
  hello: string
  subject: (org: string) => string
  asked: (org: string) => string
  action: string
  expiry: string
  ignore: string
}

const TEXTS: Record<Language, ManageLinkTexts> = {
  en: {
    hello: 'Hello,',
    subject: (org) => `Your marketing permissions at ${org}`,
    asked: (org) =>
      `Someone, probably you, asked in our privacy center to see which marketing ${org} may send to this address. Follow the link to see your permissions and withdraw any of them.`,
    action: 'See my permissions',
    expiry: 'The link works for 24 hours.',
    ignore: 'If you did not ask for this, ignore this e-mail: nothing changes.',
  },
  da: {
    hello: 'Hej',
    subject: (org) => `Dine markedsføringstilladelser hos ${org}`,
    asked: (org) =>
      `Nogen, formentlig dig selv, har i vores privatlivscenter bedt om at se, hvilken markedsføring ${org} må sende til denne adresse. Følg linket for at se dine tilladelser og trække dem tilbage, hvis du vil.`,
    action: 'Se mine tilladelser',
    expiry: 'Linket virker i 24 timer.',
    ignore: 'Hvis det ikke var dig, kan du se bort fra denne e-mail. Der bliver ikke ændret noget.',
  },
  nb: {
    hello: 'Hei',
    subject: (org) => `Markedsføringstillatelsene dine hos ${org}`,
    asked: (org) =>
      `Noen, sannsynligvis du selv, har bedt om å få se hvilken markedsføring ${org} kan sende til denne adressen. Følg lenken for å se tillatelsene dine og trekke dem tilbake hvis du vil.`,
    action: 'Se tillatelsene mine',
    expiry: 'Lenken virker i 24 timer.',
    ignore: 'Hvis det ikke var deg, kan du se bort fra denne e-posten. Ingenting blir endret.',
  },
  sv: {
    hello: 'Hej',
    subject: (org) => `Dina tillstånd för marknadsföring hos ${org}`,
    asked: (org) =>
      `Någon, troligen du själv, har bett om att få se vilken marknadsföring ${org} får skicka till den här adressen. Följ länken för att se dina tillstånd och återkalla dem om du vill.`,
    action: 'Se mina tillstånd',
    expiry: 'Länken fungerar i 24 timmar.',
    ignore: 'Om det inte var du kan du bortse från det här mejlet. Ingenting ändras.',
  },
  fi: {
    hello: 'Hei,',
    subject: (org) => `Markkinointilupasi (${org})`,
    asked: (org) =>
      `Joku, luultavasti sinä itse, pyysi tietosuojakeskuksessamme nähdä, mitä markkinointia ${org} saa lähettää tähän osoitteeseen. Linkin kautta näet lupasi ja voit perua niitä.`,
    action: 'Näytä lupani',
    expiry: 'Linkki toimii 24 tunnin ajan.',
    ignore: 'Jos et pyytänyt tätä, voit jättää viestin huomiotta. Mitään ei muuteta.',
  },
}

/** The privacy center's mail: an opaque link to the person's marketing permissions, valid for 24 hours. */
export function manageSubscriptionsMail(language: Language, p: { org: string; link: string }): MailContent {
  const t = TEXTS[language]
  return renderMail({
    language,
    subject: t.subject(p.org),
    greeting: t.hello,
    paragraphs: [t.asked(p.org)],
    action: { label: t.action, url: p.link },
    after: [t.expiry, t.ignore],
    signature: p.org,
  })
}
