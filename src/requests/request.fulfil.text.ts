import type { Language } from '../i18n/languages.js'
import { longDate } from './requests.text.js'

/** What the completion mail adds for a kind that Vern fulfils itself. English is the shape. */
const en = {
  packageReady: (until: string) =>
    `Your copy is ready. The link below works once and until ${until}. The file is a ZIP archive with your data as JSON and CSV, and a report that explains it.`,
  portabilityReady: (until: string) =>
    `The data you gave us is ready in formats other services can read (JSON and CSV). The link below works once and until ${until}.`,
  download: 'Download your data',
  nothingHeld: 'We looked for you in our register and found no personal data about you.',
  restricted:
    'We have restricted the use of your data: from now on we only store it, or use it to establish or defend legal claims, until the restriction is lifted. We will tell you before we lift it.',
}
export type FulfilText = typeof en

const da: FulfilText = {
  packageReady: (until) =>
    `Din kopi er klar. Linket herunder virker én gang og indtil ${until}. Filen er et ZIP-arkiv med dine oplysninger som JSON og CSV og en rapport, der forklarer dem.`,
  portabilityReady: (until) =>
    `De oplysninger, du har givet os, er klar i formater, som andre tjenester kan læse (JSON og CSV). Linket herunder virker én gang og indtil ${until}.`,
  download: 'Hent dine oplysninger',
  nothingHeld: 'Vi har søgt efter dig i vores register og fandt ingen personoplysninger om dig.',
  restricted:
    'Vi har begrænset brugen af dine oplysninger: fremover opbevarer vi dem kun eller bruger dem til at fastlægge, gøre gældende eller forsvare et retskrav, indtil begrænsningen ophæves. Vi giver dig besked, inden vi ophæver den.',
}

const nb: FulfilText = {
  packageReady: (until) =>
    `Kopien din er klar. Lenken nedenfor virker én gang og fram til ${until}. Filen er et ZIP-arkiv med opplysningene dine som JSON og CSV og en rapport som forklarer dem.`,
  portabilityReady: (until) =>
    `Opplysningene du har gitt oss, er klare i formater som andre tjenester kan lese (JSON og CSV). Lenken nedenfor virker én gang og fram til ${until}.`,
  download: 'Last ned opplysningene dine',
  nothingHeld: 'Vi har søkt etter deg i registeret vårt og fant ingen personopplysninger om deg.',
  restricted:
    'Vi har begrenset bruken av opplysningene dine: fra nå av lagrer vi dem bare, eller bruker dem til å fastsette, gjøre gjeldende eller forsvare rettskrav, til begrensningen oppheves. Vi sier fra til deg før vi opphever den.',
}

const sv: FulfilText = {
  packageReady: (until) =>
    `Din kopia är klar. Länken nedan fungerar en gång och till och med ${until}. Filen är ett ZIP-arkiv med dina uppgifter som JSON och CSV och en rapport som förklarar dem.`,
  portabilityReady: (until) =>
    `Uppgifterna du har lämnat till oss är klara i format som andra tjänster kan läsa (JSON och CSV). Länken nedan fungerar en gång och till och med ${until}.`,
  download: 'Hämta dina uppgifter',
  nothingHeld: 'Vi har sökt efter dig i vårt register och hittade inga personuppgifter om dig.',
  restricted:
    'Vi har begränsat behandlingen av dina uppgifter: från och med nu lagrar vi dem bara, eller använder dem för att fastställa, göra gällande eller försvara rättsliga anspråk, tills begränsningen hävs. Vi meddelar dig innan vi häver den.',
}

const fi: FulfilText = {
  packageReady: (until) =>
    `Kopiosi on valmis. Alla oleva linkki toimii kerran ja ${until} asti. Tiedosto on ZIP-arkisto, jossa tietosi ovat JSON- ja CSV-muodossa, sekä raportti, joka selittää ne.`,
  portabilityReady: (until) =>
    `Meille antamasi tiedot ovat valmiina muodoissa, joita muut palvelut voivat lukea (JSON ja CSV). Alla oleva linkki toimii kerran ja ${until} asti.`,
  download: 'Lataa tietosi',
  nothingHeld: 'Etsimme sinua rekisteristämme emmekä löytäneet sinusta henkilötietoja.',
  restricted:
    'Olemme rajoittaneet tietojesi käsittelyä: tästä lähtien säilytämme niitä vain tai käytämme niitä oikeudellisen vaateen laatimiseen, esittämiseen tai puolustamiseen, kunnes rajoitus poistetaan. Kerromme sinulle ennen kuin poistamme sen.',
}

const TEXTS: Record<Language, FulfilText> = { en, da, nb, sv, fi }

export function fulfilText(language: Language): FulfilText {
  return TEXTS[language]
}

/** The last day a link works, as the person reads dates. */
export function untilDay(language: Language, iso: string): string {
  return longDate(language, iso.slice(0, 10))
}
