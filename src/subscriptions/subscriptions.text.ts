import type { Language } from '../i18n/languages.js'

/** Texts of the public unsubscribe and confirmation pages, for the person in their own language. */
export interface SubscriptionPublicText {
  unsubscribe: { title: string; intro: (org: string) => string; button: string }
  unsubscribed: { title: string; body: (org: string) => string; undo: string }
  confirm: { title: string; intro: (org: string) => string; button: string }
  confirmed: { title: string; body: (org: string) => string }
  invalid: { title: string; body: string }
}

const en: SubscriptionPublicText = {
  unsubscribe: {
    title: 'Unsubscribe',
    intro: (org) =>
      `Do you want to stop all marketing from ${org}? You will no longer receive newsletters, offers or other marketing by e-mail, text message or post.`,
    button: 'Yes, unsubscribe me',
  },
  unsubscribed: {
    title: 'You are unsubscribed',
    body: (org) =>
      `${org} will not send you any more marketing. We have noted this, so it stays that way, even if your details are imported again later.`,
    undo: 'If you change your mind, you can sign up again on our website.',
  },
  confirm: {
    title: 'Confirm your subscription',
    intro: (org) => `Please confirm that you want to receive news and offers from ${org}.`,
    button: 'Yes, subscribe me',
  },
  confirmed: {
    title: 'Thank you, you are subscribed',
    body: (org) =>
      `You will now receive news and offers from ${org}. Every message has a link to unsubscribe at any time.`,
  },
  invalid: {
    title: 'This link does not work',
    body: 'The link is incomplete, has expired or has already been used. If you want to unsubscribe, use the link in the most recent message you received.',
  },
}

const da: SubscriptionPublicText = {
  unsubscribe: {
    title: 'Afmeld',
    intro: (org) =>
      `Vil du afmelde dig al markedsføring fra ${org}? Du får så ikke længere nyhedsbreve, tilbud eller anden markedsføring på e-mail, sms eller med posten.`,
    button: 'Ja, afmeld mig',
  },
  unsubscribed: {
    title: 'Du er nu afmeldt',
    body: (org) =>
      `${org} sender dig ikke mere markedsføring. Vi har noteret din afmelding, så den gælder, også hvis dine oplysninger senere bliver importeret igen.`,
    undo: 'Hvis du fortryder, kan du tilmelde dig igen på vores hjemmeside.',
  },
  confirm: {
    title: 'Bekræft din tilmelding',
    intro: (org) => `Bekræft, at du gerne vil have nyheder og tilbud fra ${org}.`,
    button: 'Ja, tilmeld mig',
  },
  confirmed: {
    title: 'Tak, du er nu tilmeldt',
    body: (org) =>
      `Du får nu nyheder og tilbud fra ${org}. I hver besked er der et link, så du altid kan afmelde dig igen.`,
  },
  invalid: {
    title: 'Linket virker ikke',
    body: 'Linket er ufuldstændigt, udløbet eller allerede brugt. Vil du afmelde dig, så brug linket i den seneste besked, du har fået.',
  },
}

const nb: SubscriptionPublicText = {
  unsubscribe: {
    title: 'Meld deg av',
    intro: (org) =>
      `Vil du melde deg av all markedsføring fra ${org}? Da får du ikke lenger nyhetsbrev, tilbud eller annen markedsføring på e-post, SMS eller i posten.`,
    button: 'Ja, meld meg av',
  },
  unsubscribed: {
    title: 'Du er nå meldt av',
    body: (org) =>
      `${org} sender deg ikke mer markedsføring. Vi har notert avmeldingen, så den gjelder også hvis opplysningene dine blir importert på nytt senere.`,
    undo: 'Hvis du ombestemmer deg, kan du melde deg på igjen på nettsiden vår.',
  },
  confirm: {
    title: 'Bekreft påmeldingen',
    intro: (org) => `Bekreft at du ønsker å få nyheter og tilbud fra ${org}.`,
    button: 'Ja, meld meg på',
  },
  confirmed: {
    title: 'Takk, du er nå påmeldt',
    body: (org) =>
      `Du får nå nyheter og tilbud fra ${org}. Hver melding har en lenke, så du når som helst kan melde deg av igjen.`,
  },
  invalid: {
    title: 'Lenken virker ikke',
    body: 'Lenken er ufullstendig, utløpt eller allerede brukt. Vil du melde deg av, bruker du lenken i den siste meldingen du fikk.',
  },
}

const sv: SubscriptionPublicText = {
  unsubscribe: {
    title: 'Avsluta prenumeration',
    intro: (org) =>
      `Vill du avsluta all marknadsföring från ${org}? Du får då inga fler nyhetsbrev, erbjudanden eller annan marknadsföring via e-post, sms eller vanlig post.`,
    button: 'Ja, avsluta',
  },
  unsubscribed: {
    title: 'Du får inga fler utskick',
    body: (org) =>
      `${org} skickar ingen mer marknadsföring till dig. Vi har noterat det, så det gäller även om dina uppgifter skulle importeras igen senare.`,
    undo: 'Om du ångrar dig kan du anmäla dig igen på vår webbplats.',
  },
  confirm: {
    title: 'Bekräfta din prenumeration',
    intro: (org) => `Bekräfta att du vill få nyheter och erbjudanden från ${org}.`,
    button: 'Ja, jag vill prenumerera',
  },
  confirmed: {
    title: 'Tack, nu prenumererar du',
    body: (org) =>
      `Du får nu nyheter och erbjudanden från ${org}. Varje utskick har en länk så att du när som helst kan avsluta.`,
  },
  invalid: {
    title: 'Länken fungerar inte',
    body: 'Länken är ofullständig, har slutat gälla eller har redan använts. Vill du avsluta din prenumeration, använd länken i det senaste utskicket du fick.',
  },
}

const fi: SubscriptionPublicText = {
  unsubscribe: {
    title: 'Peru tilaus',
    intro: (org) =>
      `Haluatko perua kaiken markkinoinnin (${org})? Et sen jälkeen saa uutiskirjeitä, tarjouksia tai muuta markkinointia sähköpostilla, tekstiviestillä tai postitse.`,
    button: 'Kyllä, peru tilaus',
  },
  unsubscribed: {
    title: 'Tilaus on peruttu',
    body: (org) =>
      `${org} ei enää lähetä sinulle markkinointia. Perumisesi on kirjattu, joten se pysyy voimassa, vaikka tietosi tuotaisiin myöhemmin uudelleen.`,
    undo: 'Jos muutat mielesi, voit tilata uudelleen verkkosivuillamme.',
  },
  confirm: {
    title: 'Vahvista tilaus',
    intro: (org) => `Vahvista, että haluat saada uutisia ja tarjouksia (${org}).`,
    button: 'Kyllä, tilaan',
  },
  confirmed: {
    title: 'Kiitos, tilaus on voimassa',
    body: (org) =>
      `Saat nyt uutisia ja tarjouksia (${org}). Jokaisessa viestissä on linkki, jolla voit perua tilauksen milloin tahansa.`,
  },
  invalid: {
    title: 'Linkki ei toimi',
    body: 'Linkki on vajaa, vanhentunut tai jo käytetty. Jos haluat perua tilauksen, käytä viimeisimmässä saamassasi viestissä olevaa linkkiä.',
  },
}

export const SUBSCRIPTION_TEXT: Record<Language, SubscriptionPublicText> = { en, da, nb, sv, fi }
