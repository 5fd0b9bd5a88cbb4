import type { AdminLanguage } from '../../i18n/languages.js'
import { html, type SafeHtml } from '../../ui/html.js'
import { longDate } from './erasure.text.js'

/** How the admin pages mark a restricted person (Art. 18). English is the shape. */
export interface RestrictionAdminText {
  badge: string
  byRequest: string
  erasing: string
  retention: (until: string) => string
}

const en: RestrictionAdminText = {
  badge: 'Restricted',
  byRequest:
    'This person’s data is restricted at their request: it is only stored. Do not use or change it; a rectification request or an erasure can still be carried out.',
  erasing: 'This person’s data is being erased. Nothing can be changed until the erasure has finished.',
  retention: (until) =>
    `This person’s data was erased. Only what the bookkeeping act requires is kept, restricted, until ${until}; do not use it for anything but bookkeeping and legal claims.`,
}

const da: RestrictionAdminText = {
  badge: 'Begrænset',
  byRequest:
    'Behandlingen af personens oplysninger er begrænset efter personens ønske: De må kun opbevares. Brug eller ændr dem ikke; en anmodning om berigtigelse eller sletning kan dog stadig gennemføres.',
  erasing: 'Personens oplysninger er ved at blive slettet. Intet kan ændres, før sletningen er færdig.',
  retention: (until) =>
    `Personens oplysninger er slettet. Kun det, bogføringsloven kræver, gemmes – begrænset – til og med ${until}. Brug det kun til bogføring og retskrav.`,
}

const nb: RestrictionAdminText = {
  badge: 'Begrenset',
  byRequest:
    'Behandlingen av personens opplysninger er begrenset etter personens ønske: De skal bare lagres. Ikke bruk eller endre dem; en anmodning om retting eller sletting kan likevel gjennomføres.',
  erasing: 'Personens opplysninger holder på å bli slettet. Ingenting kan endres før slettingen er ferdig.',
  retention: (until) =>
    `Personens opplysninger er slettet. Bare det bokføringsloven krever, oppbevares – begrenset – til og med ${until}. Bruk det bare til bokføring og rettskrav.`,
}

const sv: RestrictionAdminText = {
  badge: 'Begränsad',
  byRequest:
    'Behandlingen av personens uppgifter är begränsad på personens begäran: de får bara lagras. Använd eller ändra dem inte; en begäran om rättelse eller radering kan ändå genomföras.',
  erasing: 'Personens uppgifter håller på att raderas. Inget kan ändras förrän raderingen är klar.',
  retention: (until) =>
    `Personens uppgifter har raderats. Bara det som bokföringslagen kräver sparas – begränsat – till och med ${until}. Använd det bara för bokföring och rättsliga anspråk.`,
}

const fi: RestrictionAdminText = {
  badge: 'Rajoitettu',
  byRequest:
    'Henkilön tietojen käsittelyä on rajoitettu hänen pyynnöstään: tietoja saa vain säilyttää. Älä käytä tai muuta niitä; oikaisu- tai poistopyyntö voidaan silti toteuttaa.',
  erasing: 'Henkilön tietoja poistetaan parhaillaan. Mitään ei voi muuttaa ennen kuin poisto on valmis.',
  retention: (until) =>
    `Henkilön tiedot on poistettu. Vain kirjanpitolain edellyttämät tiedot säilytetään rajoitettuina ${until} asti. Käytä niitä vain kirjanpitoon ja oikeudellisiin vaatimuksiin.`,
}

export const RESTRICTION_TEXTS: Record<AdminLanguage, RestrictionAdminText> = { en, da, nb, sv, fi }

/** The badge shown beside a restricted person's name in lists. */
export function restrictedBadge(language: AdminLanguage, restricted: boolean): SafeHtml | '' {
  return restricted ? html` <span class="badge bad">${RESTRICTION_TEXTS[language].badge}</span>` : ''
}

/** The notice at the top of a restricted person's page: why, and until when when a law keeps the data. */
export function restrictionNotice(
  language: AdminLanguage,
  restriction: { basis: string; keepUntil: string | null } | null,
): SafeHtml | '' {
  if (!restriction) return ''
  const t = RESTRICTION_TEXTS[language]
  const text =
    restriction.basis === 'retention' && restriction.keepUntil
      ? t.retention(longDate(restriction.keepUntil, language))
      : restriction.basis === 'erasure'
        ? t.erasing
        : t.byRequest
  return html`<p class="warn" role="status"><span class="badge bad">${t.badge}</span> ${text}</p>`
}
