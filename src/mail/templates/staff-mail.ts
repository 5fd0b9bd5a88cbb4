import type { Role } from '../../auth/roles.js'
import type { Language } from '../../i18n/languages.js'
import { ROLE_NAMES } from '../../i18n/role-names.js'
import { type MailContent, renderMail } from '../render.js'

interface StaffMailTexts {
  hello: (name: string) => string
  signature: (org: string) => string
  reset: { subject: string; asked: (org: string) => string; action: string; expiry: string; ignore: string }
  invite: {
    subject: (org: string) => string
    created: (org: string, role: string) => string
    action: string
    expiry: string
  }
}

const TEXTS: Record<Language, StaffMailTexts> = {
  en: {
    hello: (name) => `Hello ${name},`,
    signature: (org) => `Vern at ${org}`,
    reset: {
      subject: 'Reset your Vern password',
      asked: (org) => `Someone, hopefully you, asked to reset the password of your Vern account at ${org}.`,
      action: 'Choose a new password',
      expiry: 'The link works once and expires in 1 hour.',
      ignore: 'If you did not ask for this, ignore this e-mail: your password stays as it is.',
    },
    invite: {
      subject: (org) => `You are invited to Vern at ${org}`,
      created: (org, role) =>
        `An account has been created for you in Vern, where ${org} looks after the personal data it holds. Your role is: ${role}.`,
      action: 'Choose your password',
      expiry: 'The link works once and expires in 7 days.',
    },
  },
  da: {
    hello: (name) => `Hej ${name}`,
    signature: (org) => `Vern hos ${org}`,
    reset: {
      subject: 'Nulstil din adgangskode til Vern',
      asked: (org) => `Der er bedt om at nulstille adgangskoden til din Vern-konto hos ${org}.`,
      action: 'Vælg en ny adgangskode',
      expiry: 'Linket kan kun bruges én gang og udløber om 1 time.',
      ignore: 'Hvis det ikke var dig, kan du se bort fra denne e-mail. Din adgangskode forbliver uændret.',
    },
    invite: {
      subject: (org) => `Du er inviteret til Vern hos ${org}`,
      created: (org, role) =>
        `Der er oprettet en konto til dig i Vern, hvor ${org} holder styr på de personoplysninger, virksomheden behandler. Din rolle er: ${role}.`,
      action: 'Vælg din adgangskode',
      expiry: 'Linket kan kun bruges én gang og udløber om 7 dage.',
    },
  },
  nb: {
    hello: (name) => `Hei ${name}`,
    signature: (org) => `Vern hos ${org}`,
    reset: {
      subject: 'Tilbakestill passordet ditt i Vern',
      asked: (org) => `Noen har bedt om å tilbakestille passordet til Vern-kontoen din hos ${org}.`,
      action: 'Velg et nytt passord',
      expiry: 'Lenken kan bare brukes én gang og utløper om 1 time.',
      ignore: 'Hvis det ikke var deg, kan du se bort fra denne e-posten. Passordet ditt forblir uendret.',
    },
    invite: {
      subject: (org) => `Du er invitert til Vern hos ${org}`,
      created: (org, role) =>
        `Det er opprettet en konto til deg i Vern, der ${org} holder oversikt over personopplysningene virksomheten behandler. Rollen din er: ${role}.`,
      action: 'Velg passordet ditt',
      expiry: 'Lenken kan bare brukes én gang og utløper om 7 dager.',
    },
  },
  sv: {
    hello: (name) => `Hej ${name}`,
    signature: (org) => `Vern hos ${org}`,
    reset: {
      subject: 'Återställ ditt lösenord i Vern',
      asked: (org) => `Någon har bett om att återställa lösenordet till ditt Vern-konto hos ${org}.`,
      action: 'Välj ett nytt lösenord',
      expiry: 'Länken kan bara användas en gång och slutar gälla om 1 timme.',
      ignore: 'Om det inte var du kan du bortse från det här mejlet. Ditt lösenord förblir oförändrat.',
    },
    invite: {
      subject: (org) => `Du har bjudits in till Vern hos ${org}`,
      created: (org, role) =>
        `Ett konto har skapats åt dig i Vern, där ${org} håller ordning på de personuppgifter företaget behandlar. Din roll är: ${role}.`,
      action: 'Välj ditt lösenord',
      expiry: 'Länken kan bara användas en gång och slutar gälla om 7 dagar.',
    },
  },
  fi: {
    hello: (name) => `Hei ${name}`,
    signature: (org) => `Vern, ${org}`,
    reset: {
      subject: 'Vaihda Vern-salasanasi',
      asked: (org) => `Vern-tilisi salasanan vaihtamista on pyydetty (${org}).`,
      action: 'Valitse uusi salasana',
      expiry: 'Linkki toimii vain kerran ja vanhenee tunnin kuluttua.',
      ignore: 'Jos et pyytänyt tätä, voit jättää viestin huomiotta. Salasanasi pysyy ennallaan.',
    },
    invite: {
      subject: (org) => `Sinut on kutsuttu Verniin (${org})`,
      created: (org, role) =>
        `Sinulle on luotu tili Verniin, jossa ${org} pitää kirjaa käsittelemistään henkilötiedoista. Roolisi on: ${role}.`,
      action: 'Valitse salasanasi',
      expiry: 'Linkki toimii vain kerran ja vanhenee 7 päivän kuluttua.',
    },
  },
}

/** The mail with a single-use link to choose a new password. */
export function passwordResetMail(
  language: Language,
  p: { name: string; org: string; link: string },
): MailContent {
  const t = TEXTS[language]
  return renderMail({
    language,
    subject: t.reset.subject,
    greeting: t.hello(p.name),
    paragraphs: [t.reset.asked(p.org)],
    action: { label: t.reset.action, url: p.link },
    after: [t.reset.expiry, t.reset.ignore],
    signature: t.signature(p.org),
  })
}

/** The mail that invites a new staff member to choose a password. */
export function inviteMail(
  language: Language,
  p: { name: string; org: string; role: Role; link: string },
): MailContent {
  const t = TEXTS[language]
  return renderMail({
    language,
    subject: t.invite.subject(p.org),
    greeting: t.hello(p.name),
    paragraphs: [t.invite.created(p.org, ROLE_NAMES[language][p.role])],
    action: { label: t.invite.action, url: p.link },
    after: [t.invite.expiry],
    signature: t.signature(p.org),
  })
}
