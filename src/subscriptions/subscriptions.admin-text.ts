import type { AdminLanguage } from '../i18n/languages.js'

/** Texts of /admin/subscriptions in the five admin languages. */
export interface SubscriptionAdminText {
  title: string
  intro: string
  channel: string
  purpose: string
  active: string
  pending: string
  withdrawn: string
  channels: Record<'email' | 'sms' | 'post', string>
  empty: string
  suppressed: (n: number) => string
  webhooks: string
  webhooksIntro: string
  url: string
  add: string
  remove: string
  noWebhooks: string
  secretOnce: string
  recent: string
  added: string
  removed: string
}

const en: SubscriptionAdminText = {
  title: 'Marketing permissions',
  intro:
    'Permissions to send newsletters and other marketing by e-mail, text message and post. People who unsubscribe are suppressed: no import or API call subscribes them again without a new, confirmed opt-in.',
  channel: 'Channel',
  purpose: 'Purpose',
  active: 'Active',
  pending: 'Awaiting confirmation',
  withdrawn: 'Withdrawn',
  channels: { email: 'E-mail', sms: 'Text message', post: 'Post' },
  empty: 'No permissions recorded yet. Your shop records them with POST /api/v1/subscriptions.',
  suppressed: (n) =>
    `${n} entries on the suppression list (keyed hashes of e-mail addresses, phone numbers and customer ids, per channel).`,
  webhooks: 'Webhooks',
  webhooksIntro:
    'Every change of a permission is sent to these addresses, signed as the Standard Webhooks specification describes (webhook-id, webhook-timestamp, webhook-signature).',
  url: 'Address (URL)',
  add: 'Add webhook',
  remove: 'Remove',
  noWebhooks: 'No webhooks configured.',
  secretOnce: 'Signing secret, shown only now. Store it in the receiving system:',
  recent: 'Recent deliveries',
  added: 'Webhook added.',
  removed: 'Webhook removed.',
}

const da: SubscriptionAdminText = {
  title: 'Markedsføringstilladelser',
  intro:
    'Tilladelser til at sende nyhedsbreve og anden markedsføring på e-mail, sms og med posten. Den, der afmelder sig, kommer på spærrelisten: ingen import eller API-kald tilmelder dem igen uden en ny, bekræftet tilmelding.',
  channel: 'Kanal',
  purpose: 'Formål',
  active: 'Aktive',
  pending: 'Afventer bekræftelse',
  withdrawn: 'Trukket tilbage',
  channels: { email: 'E-mail', sms: 'Sms', post: 'Post' },
  empty: 'Der er endnu ingen tilladelser. Webshoppen registrerer dem med POST /api/v1/subscriptions.',
  suppressed: (n) =>
    `${n} poster på spærrelisten (nøglede hashværdier af e-mailadresser, telefonnumre og kundenumre, pr. kanal).`,
  webhooks: 'Webhooks',
  webhooksIntro:
    'Hver ændring af en tilladelse sendes til disse adresser, signeret efter Standard Webhooks-specifikationen (webhook-id, webhook-timestamp, webhook-signature).',
  url: 'Adresse (URL)',
  add: 'Tilføj webhook',
  remove: 'Fjern',
  noWebhooks: 'Ingen webhooks er sat op.',
  secretOnce: 'Signeringsnøgle, vises kun nu. Gem den i det modtagende system:',
  recent: 'Seneste leveringer',
  added: 'Webhook tilføjet.',
  removed: 'Webhook fjernet.',
}

const nb: SubscriptionAdminText = {
  title: 'Markedsføringstillatelser',
  intro:
    'Tillatelser til å sende nyhetsbrev og annen markedsføring på e-post, SMS og i posten. Den som melder seg av, havner på sperrelisten: ingen import eller API-kall melder dem på igjen uten en ny, bekreftet påmelding.',
  channel: 'Kanal',
  purpose: 'Formål',
  active: 'Aktive',
  pending: 'Venter på bekreftelse',
  withdrawn: 'Trukket tilbake',
  channels: { email: 'E-post', sms: 'SMS', post: 'Post' },
  empty: 'Ingen tillatelser er registrert ennå. Nettbutikken registrerer dem med POST /api/v1/subscriptions.',
  suppressed: (n) =>
    `${n} oppføringer på sperrelisten (nøklede hashverdier av e-postadresser, telefonnumre og kundenumre, per kanal).`,
  webhooks: 'Webhooks',
  webhooksIntro:
    'Hver endring av en tillatelse sendes til disse adressene, signert etter Standard Webhooks-spesifikasjonen (webhook-id, webhook-timestamp, webhook-signature).',
  url: 'Adresse (URL)',
  add: 'Legg til webhook',
  remove: 'Fjern',
  noWebhooks: 'Ingen webhooks er satt opp.',
  secretOnce: 'Signeringsnøkkel, vises bare nå. Lagre den i systemet som mottar:',
  recent: 'Siste leveranser',
  added: 'Webhook lagt til.',
  removed: 'Webhook fjernet.',
}

const sv: SubscriptionAdminText = {
  title: 'Marknadsföringstillstånd',
  intro:
    'Tillstånd att skicka nyhetsbrev och annan marknadsföring via e-post, sms och post. Den som avregistrerar sig hamnar på spärrlistan: ingen import eller API-anrop registrerar dem igen utan ett nytt, bekräftat samtycke.',
  channel: 'Kanal',
  purpose: 'Ändamål',
  active: 'Aktiva',
  pending: 'Väntar på bekräftelse',
  withdrawn: 'Återkallade',
  channels: { email: 'E-post', sms: 'Sms', post: 'Post' },
  empty: 'Inga tillstånd har registrerats ännu. Webbutiken registrerar dem med POST /api/v1/subscriptions.',
  suppressed: (n) =>
    `${n} poster på spärrlistan (nyckelhashade e-postadresser, telefonnummer och kundnummer, per kanal).`,
  webhooks: 'Webhooks',
  webhooksIntro:
    'Varje ändring av ett tillstånd skickas till dessa adresser, signerad enligt Standard Webhooks-specifikationen (webhook-id, webhook-timestamp, webhook-signature).',
  url: 'Adress (URL)',
  add: 'Lägg till webhook',
  remove: 'Ta bort',
  noWebhooks: 'Inga webhooks har konfigurerats.',
  secretOnce: 'Signeringsnyckel, visas bara nu. Spara den i det mottagande systemet:',
  recent: 'Senaste leveranser',
  added: 'Webhook tillagd.',
  removed: 'Webhook borttagen.',
}

const fi: SubscriptionAdminText = {
  title: 'Markkinointiluvat',
  intro:
    'Luvat lähettää uutiskirjeitä ja muuta markkinointia sähköpostilla, tekstiviestillä ja postitse. Tilauksen perunut päätyy estolistalle: mikään tuonti tai API-kutsu ei tilaa häntä uudelleen ilman uutta, vahvistettua suostumusta.',
  channel: 'Kanava',
  purpose: 'Käyttötarkoitus',
  active: 'Voimassa',
  pending: 'Odottaa vahvistusta',
  withdrawn: 'Peruttu',
  channels: { email: 'Sähköposti', sms: 'Tekstiviesti', post: 'Posti' },
  empty: 'Lupia ei ole vielä kirjattu. Verkkokauppa kirjaa ne kutsulla POST /api/v1/subscriptions.',
  suppressed: (n) =>
    `Estolistalla on ${n} merkintää (sähköpostiosoitteiden, puhelinnumeroiden ja asiakasnumeroiden avainnettuja tiivisteitä kanavittain).`,
  webhooks: 'Webhookit',
  webhooksIntro:
    'Jokainen luvan muutos lähetetään näihin osoitteisiin Standard Webhooks -määrittelyn mukaisesti allekirjoitettuna (webhook-id, webhook-timestamp, webhook-signature).',
  url: 'Osoite (URL)',
  add: 'Lisää webhook',
  remove: 'Poista',
  noWebhooks: 'Webhookeja ei ole määritetty.',
  secretOnce: 'Allekirjoitusavain näytetään vain nyt. Tallenna se vastaanottavaan järjestelmään:',
  recent: 'Viimeisimmät toimitukset',
  added: 'Webhook lisätty.',
  removed: 'Webhook poistettu.',
}

export const SUBSCRIPTION_ADMIN_TEXT: Record<AdminLanguage, SubscriptionAdminText> = { en, da, nb, sv, fi }
