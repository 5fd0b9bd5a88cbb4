import type { Language } from '../../i18n/languages.js'
import { type MailContent, renderMail } from '../render.js'

type Channel = 'email' | 'sms' | 'post'

interface SubscriptionMailTexts {
  hello: string
  channels: Record<Channel, string>
  confirm: {
    subject: (org: string) => string
    asked: (org: string, channel: string) => string
    action: string
    expiry: string
    ignore: string
  }
  footer: { why: (org: string) => string; unsubscribe: string }
}

const TEXTS: Record<Language, SubscriptionMailTexts> = {
  en: {
    hello: 'Hello,',
    channels: { email: 'e-mail', sms: 'text message', post: 'post' },
    confirm: {
      subject: (org) => `Please confirm your subscription to ${org}`,
      asked: (org, channel) =>
        `We received a request to send you news and offers from ${org} by ${channel}. Nothing is sent until you confirm.`,
      action: 'Yes, subscribe me',
      expiry: 'The link works once and expires in 7 days.',
      ignore: 'If you did not ask for this, ignore this e-mail: you will not be subscribed.',
    },
    footer: {
      why: (org) => `You receive this because you agreed to hear from ${org}.`,
      unsubscribe: 'Unsubscribe from all marketing',
    },
  },
  da: {
    hello: 'Hej',
    channels: { email: 'e-mail', sms: 'sms', post: 'post' },
    confirm: {
      subject: (org) => `Bekræft din tilmelding hos ${org}`,
      asked: (org, channel) =>
        `Vi har fået en anmodning om at sende dig nyheder og tilbud fra ${org} på ${channel}. Vi sender ikke noget, før du har bekræftet.`,
      action: 'Ja, tilmeld mig',
      expiry: 'Linket kan kun bruges én gang og udløber om 7 dage.',
      ignore: 'Hvis det ikke var dig, kan du se bort fra denne e-mail. Du bliver ikke tilmeldt.',
    },
    footer: {
      why: (org) => `Du modtager denne e-mail, fordi du har sagt ja til at høre fra ${org}.`,
      unsubscribe: 'Frameld al markedsføring',
    },
  },
  nb: {
    hello: 'Hei',
    channels: { email: 'e-post', sms: 'SMS', post: 'post' },
    confirm: {
      subject: (org) => `Bekreft påmeldingen din hos ${org}`,
      asked: (org, channel) =>
        `Vi har fått en forespørsel om å sende deg nyheter og tilbud fra ${org} på ${channel}. Vi sender ingenting før du har bekreftet.`,
      action: 'Ja, meld meg på',
      expiry: 'Lenken kan bare brukes én gang og utløper om 7 dager.',
      ignore: 'Hvis det ikke var deg, kan du se bort fra denne e-posten. Du blir ikke påmeldt.',
    },
    footer: {
      why: (org) => `Du får denne e-posten fordi du har sagt ja til å høre fra ${org}.`,
      unsubscribe: 'Meld deg av all markedsføring',
    },
  },
  sv: {
    hello: 'Hej',
    channels: { email: 'e-post', sms: 'sms', post: 'post' },
    confirm: {
      subject: (org) => `Bekräfta din prenumeration hos ${org}`,
      asked: (org, channel) =>
        `Vi har fått en begäran om att skicka nyheter och erbjudanden från ${org} till dig via ${channel}. Vi skickar ingenting förrän du har bekräftat.`,
      action: 'Ja, jag vill prenumerera',
      expiry: 'Länken kan bara användas en gång och slutar gälla om 7 dagar.',
      ignore: 'Om det inte var du kan du bortse från det här mejlet. Du kommer inte att läggas till.',
    },
    footer: {
      why: (org) => `Du får det här mejlet eftersom du har tackat ja till utskick från ${org}.`,
      unsubscribe: 'Avsluta all marknadsföring',
    },
  },
  fi: {
    hello: 'Hei,',
    channels: { email: 'sähköpostilla', sms: 'tekstiviestillä', post: 'postitse' },
    confirm: {
      subject: (org) => `Vahvista tilauksesi (${org})`,
      asked: (org, channel) =>
        `Saimme pyynnön lähettää sinulle uutisia ja tarjouksia (${org}) ${channel}. Emme lähetä mitään ennen kuin vahvistat tilauksen.`,
      action: 'Kyllä, tilaan',
      expiry: 'Linkki toimii vain kerran ja vanhenee 7 päivän kuluttua.',
      ignore: 'Jos et pyytänyt tätä, voit jättää viestin huomiotta. Tilausta ei tehdä.',
    },
    footer: {
      why: (org) => `Saat tämän viestin, koska olet antanut luvan (${org}) lähettää sinulle markkinointia.`,
      unsubscribe: 'Peru kaikki markkinointiviestit',
    },
  },
}

/** The double opt-in mail: nothing is sent to a new subscriber until they follow the single-use link. */
export function confirmSubscriptionMail(
  language: Language,
  p: { org: string; channel: Channel; link: string },
): MailContent {
  const t = TEXTS[language]
  return renderMail({
    language,
    subject: t.confirm.subject(p.org),
    greeting: t.hello,
    paragraphs: [t.confirm.asked(p.org, t.channels[p.channel])],
    action: { label: t.confirm.action, url: p.link },
    after: [t.confirm.expiry, t.confirm.ignore],
    signature: p.org,
  })
}

/** A marketing mail: the shop's words, then why the person gets it and the unsubscribe link (P8). */
export function marketingMail(
  language: Language,
  p: { org: string; subject: string; paragraphs: string[]; unsubscribeUrl: string },
): MailContent {
  const t = TEXTS[language]
  return renderMail({
    language,
    subject: p.subject,
    greeting: t.hello,
    paragraphs: p.paragraphs,
    after: [t.footer.why(p.org), `${t.footer.unsubscribe}: ${p.unsubscribeUrl}`],
    signature: p.org,
  })
}
