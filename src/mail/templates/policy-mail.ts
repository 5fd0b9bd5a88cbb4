import type { Language } from '../../i18n/languages.js'
import { type MailContent, renderMail } from '../render.js'

interface PolicyMailTexts {
  notice: {
    subject: (org: string) => string
    changed: (org: string, date: string) => string
    read: (url: string) => string
  }
  reminder: {
    hello: string
    subject: string
    due: (org: string, date: string) => string
    what: string
    action: string
  }
}

const TEXTS: Record<Language, PolicyMailTexts> = {
  en: {
    notice: {
      subject: (org) => `${org} has updated its privacy policy`,
      changed: (org, date) =>
        `We have updated the privacy policy that describes how ${org} handles your personal data. The new version applies from ${date}.`,
      read: (url) => `You can read it, and see what changed, here: ${url}`,
    },
    reminder: {
      hello: 'Hello,',
      subject: 'Time for the yearly review of the privacy policy',
      due: (org, date) => `The privacy policy of ${org} was last reviewed on ${date}, a year ago or more.`,
      what: 'Check that the data map is still true, publish a new version if anything changed, or record that you reviewed it and found nothing to change.',
      action: 'Review the policy',
    },
  },
  da: {
    notice: {
      subject: (org) => `${org} har opdateret sin privatlivspolitik`,
      changed: (org, date) =>
        `Vi har opdateret privatlivspolitikken, der beskriver, hvordan ${org} behandler dine personoplysninger. Den nye version gælder fra ${date}.`,
      read: (url) => `Du kan læse den og se, hvad der er ændret, her: ${url}`,
    },
    reminder: {
      hello: 'Hej',
      subject: 'Tid til den årlige gennemgang af privatlivspolitikken',
      due: (org, date) =>
        `Privatlivspolitikken for ${org} blev sidst gennemgået den ${date} – for et år siden eller mere.`,
      what: 'Tjek, at datakortlægningen stadig passer. Udgiv en ny version, hvis noget har ændret sig, eller registrér, at I har gennemgået den uden at finde noget at ændre.',
      action: 'Gennemgå politikken',
    },
  },
  nb: {
    notice: {
      subject: (org) => `${org} har oppdatert personvernerklæringen sin`,
      changed: (org, date) =>
        `Vi har oppdatert personvernerklæringen som beskriver hvordan ${org} behandler personopplysningene dine. Den nye versjonen gjelder fra ${date}.`,
      read: (url) => `Du kan lese den og se hva som er endret, her: ${url}`,
    },
    reminder: {
      hello: 'Hei',
      subject: 'Tid for den årlige gjennomgangen av personvernerklæringen',
      due: (org, date) =>
        `Personvernerklæringen til ${org} ble sist gjennomgått ${date}, for ett år siden eller mer.`,
      what: 'Sjekk at kartleggingen fortsatt stemmer. Publiser en ny versjon hvis noe er endret, eller registrer at dere har gått gjennom den uten å finne noe å endre.',
      action: 'Gå gjennom erklæringen',
    },
  },
  sv: {
    notice: {
      subject: (org) => `${org} har uppdaterat sin integritetspolicy`,
      changed: (org, date) =>
        `Vi har uppdaterat integritetspolicyn som beskriver hur ${org} behandlar dina personuppgifter. Den nya versionen gäller från och med ${date}.`,
      read: (url) => `Du kan läsa den och se vad som har ändrats här: ${url}`,
    },
    reminder: {
      hello: 'Hej',
      subject: 'Dags för den årliga genomgången av integritetspolicyn',
      due: (org, date) =>
        `Integritetspolicyn för ${org} gicks senast igenom ${date}, för ett år sedan eller mer.`,
      what: 'Kontrollera att kartläggningen fortfarande stämmer. Publicera en ny version om något har ändrats, eller registrera att ni har gått igenom den utan att hitta något att ändra.',
      action: 'Gå igenom policyn',
    },
  },
  fi: {
    notice: {
      subject: (org) => `${org} on päivittänyt tietosuojaselosteensa`,
      changed: (org, date) =>
        `Olemme päivittäneet tietosuojaselosteen, jossa kerrotaan, miten ${org} käsittelee henkilötietojasi. Uusi versio on voimassa ${date} alkaen.`,
      read: (url) => `Voit lukea sen ja nähdä muutokset täältä: ${url}`,
    },
    reminder: {
      hello: 'Hei,',
      subject: 'Tietosuojaselosteen vuosittaisen tarkistuksen aika',
      due: (org, date) =>
        `Yrityksen ${org} tietosuojaseloste tarkistettiin viimeksi ${date} eli vähintään vuosi sitten.`,
      what: 'Tarkista, että tietokartoitus pitää yhä paikkansa. Julkaise uusi versio, jos jokin on muuttunut, tai kirjaa, että tarkistit selosteen eikä muutettavaa löytynyt.',
      action: 'Tarkista seloste',
    },
  },
}

/** A calendar day (YYYY-MM-DD) written out in a language, e.g. "7. december 2026". */
export function longDay(language: Language, day: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  )
}

/** The subject and paragraphs of the notice to subscribers; sent as a marketing mail (with its unsubscribe link). */
export function policyNoticeWords(
  language: Language,
  p: { org: string; effectiveFrom: string; url: string },
): { subject: string; paragraphs: string[] } {
  const t = TEXTS[language].notice
  return {
    subject: t.subject(p.org),
    paragraphs: [t.changed(p.org, longDay(language, p.effectiveFrom)), t.read(p.url)],
  }
}

/** The yearly review reminder to owners and data protection officers, in their admin language. */
export function policyReminderMail(
  language: Language,
  p: { org: string; lastReviewed: string; link: string },
): MailContent {
  const t = TEXTS[language].reminder
  return renderMail({
    language,
    subject: t.subject,
    greeting: t.hello,
    paragraphs: [t.due(p.org, longDay(language, p.lastReviewed)), t.what],
    action: { label: t.action, url: p.link },
    signature: 'Vern',
  })
}
