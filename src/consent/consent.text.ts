import type { Language } from '../i18n/languages.js'

export const CATEGORIES = ['necessary', 'preferences', 'statistics', 'marketing'] as const
export type Category = (typeof CATEGORIES)[number]

/** What the banner says in one language. Every key is configurable in the admin UI. */
export interface BannerTexts {
  title: string
  body: string
  policyLink: string
  acceptAll: string
  rejectAll: string
  choose: string
  save: string
  /** Said when the browser sends Global Privacy Control and Vern treats it as a refusal. */
  gpcNotice: string
  /** The floating button that reopens the choices. */
  reopen: string
  alwaysOn: string
  categories: Record<Category, { name: string; description: string }>
}

/** The default texts, written for each language rather than translated word by word. */
export const DEFAULT_BANNER_TEXTS: Record<Language, BannerTexts> = {
  en: {
    title: 'Cookies on this site',
    body: 'We use cookies to make the site work. With your permission we also use them to remember your settings, to see how the site is used and to show you relevant marketing. You choose, and you can change your mind at any time.',
    policyLink: 'Read our privacy policy',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    choose: 'Choose',
    save: 'Save my choices',
    gpcNotice:
      'Your browser asks sites not to share or sell your data (Global Privacy Control). We respect that, so marketing is switched off.',
    reopen: 'Cookie settings',
    alwaysOn: 'Always on',
    categories: {
      necessary: {
        name: 'Necessary',
        description:
          'Needed for the site to work, for example the basket and your sign-in. These cannot be switched off.',
      },
      preferences: {
        name: 'Preferences',
        description: 'Remember choices such as language and region, so you do not have to make them again.',
      },
      statistics: {
        name: 'Statistics',
        description: 'Help us understand how the site is used, so we can improve it.',
      },
      marketing: {
        name: 'Marketing',
        description:
          'Let us and our partners show you ads that match your interests, here and on other sites.',
      },
    },
  },
  da: {
    title: 'Cookies på siden',
    body: 'Vi bruger cookies, for at siden kan fungere. Med dit samtykke bruger vi dem også til at huske dine indstillinger, se hvordan siden bliver brugt og vise dig relevant markedsføring. Du bestemmer selv, og du kan altid ombestemme dig.',
    policyLink: 'Læs vores privatlivspolitik',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    choose: 'Vælg selv',
    save: 'Gem mine valg',
    gpcNotice:
      'Din browser beder hjemmesider om ikke at dele eller sælge dine data (Global Privacy Control). Det respekterer vi, så markedsføring er slået fra.',
    reopen: 'Cookieindstillinger',
    alwaysOn: 'Altid slået til',
    categories: {
      necessary: {
        name: 'Nødvendige',
        description: 'Skal til for at siden virker, fx indkøbskurven og dit login. De kan ikke slås fra.',
      },
      preferences: {
        name: 'Præferencer',
        description: 'Husker dine valg, fx sprog og land, så du ikke skal vælge igen.',
      },
      statistics: {
        name: 'Statistik',
        description: 'Hjælper os med at forstå, hvordan siden bliver brugt, så vi kan gøre den bedre.',
      },
      marketing: {
        name: 'Markedsføring',
        description:
          'Lader os og vores partnere vise dig annoncer, der passer til dine interesser, her og på andre sider.',
      },
    },
  },
  nb: {
    title: 'Informasjonskapsler på nettstedet',
    body: 'Vi bruker informasjonskapsler for at nettstedet skal fungere. Med ditt samtykke bruker vi dem også til å huske innstillingene dine, se hvordan nettstedet brukes og vise deg relevant markedsføring. Du bestemmer selv, og du kan ombestemme deg når som helst.',
    policyLink: 'Les personvernerklæringen vår',
    acceptAll: 'Godta alle',
    rejectAll: 'Avvis alle',
    choose: 'Velg selv',
    save: 'Lagre valgene mine',
    gpcNotice:
      'Nettleseren din ber nettsteder om ikke å dele eller selge dataene dine (Global Privacy Control). Det respekterer vi, så markedsføring er slått av.',
    reopen: 'Innstillinger for informasjonskapsler',
    alwaysOn: 'Alltid på',
    categories: {
      necessary: {
        name: 'Nødvendige',
        description:
          'Trengs for at nettstedet skal virke, for eksempel handlekurven og innloggingen. De kan ikke slås av.',
      },
      preferences: {
        name: 'Preferanser',
        description: 'Husker valgene dine, som språk og land, så du slipper å velge på nytt.',
      },
      statistics: {
        name: 'Statistikk',
        description: 'Hjelper oss å forstå hvordan nettstedet brukes, slik at vi kan gjøre det bedre.',
      },
      marketing: {
        name: 'Markedsføring',
        description:
          'Lar oss og partnerne våre vise deg annonser som passer interessene dine, her og på andre nettsteder.',
      },
    },
  },
  sv: {
    title: 'Kakor på webbplatsen',
    body: 'Vi använder kakor för att webbplatsen ska fungera. Med ditt samtycke använder vi dem också för att komma ihåg dina inställningar, se hur webbplatsen används och visa dig relevant marknadsföring. Du väljer själv och kan ändra dig när du vill.',
    policyLink: 'Läs vår integritetspolicy',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Avvisa alla',
    choose: 'Välj själv',
    save: 'Spara mina val',
    gpcNotice:
      'Din webbläsare ber webbplatser att inte dela eller sälja dina uppgifter (Global Privacy Control). Det respekterar vi, så marknadsföring är avstängd.',
    reopen: 'Inställningar för kakor',
    alwaysOn: 'Alltid på',
    categories: {
      necessary: {
        name: 'Nödvändiga',
        description:
          'Behövs för att webbplatsen ska fungera, till exempel varukorgen och din inloggning. De går inte att stänga av.',
      },
      preferences: {
        name: 'Inställningar',
        description: 'Kommer ihåg dina val, som språk och land, så att du slipper välja igen.',
      },
      statistics: {
        name: 'Statistik',
        description: 'Hjälper oss att förstå hur webbplatsen används så att vi kan göra den bättre.',
      },
      marketing: {
        name: 'Marknadsföring',
        description:
          'Låter oss och våra partner visa annonser som passar dina intressen, här och på andra webbplatser.',
      },
    },
  },
  fi: {
    title: 'Evästeet tällä sivustolla',
    body: 'Käytämme evästeitä, jotta sivusto toimii. Suostumuksellasi käytämme niitä myös asetustesi muistamiseen, sivuston käytön seuraamiseen ja sinulle sopivan markkinoinnin näyttämiseen. Sinä päätät, ja voit muuttaa valintaasi milloin tahansa.',
    policyLink: 'Lue tietosuojaselosteemme',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    choose: 'Valitse itse',
    save: 'Tallenna valintani',
    gpcNotice:
      'Selaimesi pyytää sivustoja olemaan jakamatta tai myymättä tietojasi (Global Privacy Control). Noudatamme pyyntöä, joten markkinointi on pois päältä.',
    reopen: 'Evästeasetukset',
    alwaysOn: 'Aina käytössä',
    categories: {
      necessary: {
        name: 'Välttämättömät',
        description:
          'Tarvitaan sivuston toimintaan, esimerkiksi ostoskoriin ja kirjautumiseen. Näitä ei voi poistaa käytöstä.',
      },
      preferences: {
        name: 'Asetukset',
        description:
          'Muistavat valintasi, kuten kielen ja maan, joten sinun ei tarvitse valita niitä uudelleen.',
      },
      statistics: {
        name: 'Tilastot',
        description: 'Auttavat meitä ymmärtämään, miten sivustoa käytetään, jotta voimme parantaa sitä.',
      },
      marketing: {
        name: 'Markkinointi',
        description:
          'Antavat meidän ja kumppaniemme näyttää kiinnostuksesi mukaisia mainoksia täällä ja muilla sivustoilla.',
      },
    },
  },
}
