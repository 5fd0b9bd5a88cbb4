import type { PolicyText } from './en.js'

export const fi: PolicyText = {
  title: 'Tietosuojaseloste',
  intro: (org) =>
    `Tässä selosteessa kerromme, mitä henkilötietoja ${org} kerää sinusta, miksi, kuinka kauan tietoja säilytetään, keille niitä annetaan ja mitä oikeuksia sinulla on. Olemme kirjoittaneet sen luettavaksi, ei ohitettavaksi.`,
  list: (items) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ja ${items.at(-1)}`,
  sections: {
    controller: 'Kuka vastaa tiedoistasi',
    dpo: 'Tietosuojavastaava',
    purposes: 'Mihin käytämme tietojasi ja millä perusteella',
    categories: 'Mitä tietoja käsittelemme ja mistä ne saadaan',
    recipients: 'Tietojesi vastaanottajat',
    transfers: 'Siirrot EU:n ja ETA:n ulkopuolelle',
    retention: 'Kuinka kauan säilytämme tietojasi',
    cookies: 'Evästeet verkkosivustollamme',
    marketing: 'Uutiskirjeet ja markkinointi',
    rights: 'Oikeutesi',
    consent: 'Suostumuksen peruminen',
    complaint: 'Valitus valvontaviranomaiselle',
    requirement: 'Onko sinun pakko antaa meille tietojasi?',
    automated: 'Automaattiset päätökset ja profilointi',
    security: 'Tietoturva, tietoturvaloukkaukset ja haavoittuvuudet',
    changes: 'Muutokset tähän selosteeseen',
  },
  controller: {
    is: (org) =>
      `Rekisterinpitäjä on ${org}. Päätämme, miksi ja miten henkilötietojasi käsitellään, ja vastaamme käsittelystä.`,
    registration: {
      DK: 'Yritystunnus (CVR)',
      NO: 'Yritystunnus (organisasjonsnummer)',
      SE: 'Yritystunnus (organisationsnummer)',
      FI: 'Y-tunnus',
      other: 'Yritystunnus',
    },
    vat: 'ALV-numero',
    address: 'Osoite',
    email: 'Sähköposti',
    phone: 'Puhelin',
    unnamed: 'tämän verkkosivuston ylläpitäjä',
  },
  dpo: {
    designated: (name) =>
      `Tietosuojavastaavamme on ${name}. Häneen voit ottaa yhteyttä kaikissa tätä selostetta koskevissa asioissa.`,
    contact: 'Ota yhteyttä tietosuojavastaavaan',
    none: 'Meidän ei tarvitse nimittää tietosuojavastaavaa, emmekä ole nimittäneet. Jos sinulla on kysyttävää tiedoistasi, kirjoita meille yllä olevaan osoitteeseen.',
  },
  purposes: {
    intro:
      'Käytämme tietojasi vain alla kerrottuihin tarkoituksiin. Kerromme jokaisen tarkoituksen kohdalla, mihin käsittely perustuu.',
    none: 'Emme tällä hetkellä käsittele henkilötietoja muuhun kuin vastataksemme sinulle, kun otat meihin yhteyttä.',
    why: 'Käyttötarkoitus',
    basis: 'Käsittelyperuste',
    interest: 'Oikeutettu etumme',
    special: 'Peruste arkaluonteisten tietojen käsittelylle',
    data: 'Käyttämämme tiedot',
    people: 'Keitä tiedot koskevat',
    sharedWith: 'Vastaanottajat',
  },
  legalBases: {
    consent:
      'suostumuksesi (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta), jonka voit perua milloin tahansa',
    contract:
      'käsittely on tarpeen sopimuksen tekemiseksi tai täyttämiseksi kanssasi (6 artiklan 1 kohdan b alakohta)',
    legal_obligation: 'laki velvoittaa meitä (6 artiklan 1 kohdan c alakohta)',
    vital_interests:
      'käsittely on tarpeen jonkun hengen tai terveyden suojaamiseksi (6 artiklan 1 kohdan d alakohta)',
    public_task:
      'käsittely on tarpeen yleistä etua koskevan tehtävän hoitamiseksi (6 artiklan 1 kohdan e alakohta)',
    legitimate_interests:
      'oikeutettu etumme, joka on punnittu sinun etujasi vasten (6 artiklan 1 kohdan f alakohta)',
  },
  missingBasis: 'ei vielä ilmoitettu',
  specialConditions: {
    explicit_consent: 'olet antanut nimenomaisen suostumuksesi (9 artiklan 2 kohdan a alakohta)',
    employment_social_security:
      'työ- tai sosiaaliturvaoikeus edellyttää sitä (9 artiklan 2 kohdan b alakohta)',
    vital_interests:
      'se suojaa sellaisen henkilön henkeä, joka ei itse voi antaa suostumusta (9 artiklan 2 kohdan c alakohta)',
    not_for_profit_body:
      'olemme voittoa tavoittelematon yhteisö ja olet jäsenemme (9 artiklan 2 kohdan d alakohta)',
    made_public: 'olet itse saattanut tiedot julkisiksi (9 artiklan 2 kohdan e alakohta)',
    legal_claims:
      'se on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi (9 artiklan 2 kohdan f alakohta)',
    substantial_public_interest:
      'laissa säädetty tärkeä yleinen etu edellyttää sitä (9 artiklan 2 kohdan g alakohta)',
    health_care: 'se on tarpeen terveyden- tai sosiaalihuollon vuoksi (9 artiklan 2 kohdan h alakohta)',
    public_health: 'kansanterveys edellyttää sitä (9 artiklan 2 kohdan i alakohta)',
    archiving_research_statistics:
      'se palvelee arkistointia, tutkimusta tai tilastointia (9 artiklan 2 kohdan j alakohta)',
  },
  categories: {
    intro: 'Tässä on yhteenveto siitä, millaisia tietoja käsittelemme ja keitä ne koskevat.',
    data: 'Tietojen tyypit',
    people: 'Henkilöt',
    sources: 'Mistä tiedot saadaan',
    fromYou: 'Ellei alla toisin kerrota, saamme tiedot sinulta itseltäsi.',
    fromElsewhere: (activity, source) => `${activity}: ${source}`,
    none: 'Emme ole vielä kirjanneet tietojen tyyppejä.',
  },
  recipients: {
    intro:
      'Tietojasi saavat vain ne, jotka tarvitsevat niitä edellä kerrottuihin tarkoituksiin. Henkilötietojen käsittelijät toimivat ohjeidemme mukaan ja tietojenkäsittelysopimuksen perusteella.',
    none: 'Emme anna tietojasi muille.',
    roles: {
      processor: 'henkilötietojen käsittelijä, joka toimii puolestamme',
      sub_processor: 'alikäsittelijä',
      independent_controller: 'itsenäinen rekisterinpitäjä, joka vastaa omasta käsittelystään',
      public_authority: 'viranomainen',
    },
    line: (name, role, country) => `${name}, ${role}, sijaintimaa: ${country}`,
    subOf: (name) => `käsittelijän ${name} käyttämä`,
    list: 'Koko luettelo henkilötietojen käsittelijöistämme',
  },
  transfers: {
    none: 'Tietosi pysyvät EU:n ja ETA:n alueella.',
    intro: 'Osa tiedoistasi siirretään EU:n ja ETA:n ulkopuolisiin maihin. Jokainen siirto on suojattu näin:',
    line: (name, country, safeguard) => `${name} (${country}): ${safeguard}`,
    safeguards: {
      adequacy: 'Euroopan komissio on todennut maan tietosuojan tason riittäväksi',
      scc: 'EU:n vakiosopimuslausekkeet',
      bcr: 'tietosuojaviranomaisen hyväksymät yritystä koskevat sitovat säännöt',
      derogation:
        'tietosuoja-asetuksen 49 artiklan erityinen poikkeus, esimerkiksi nimenomainen suostumuksesi',
      none: 'suojatoimia ei ole vielä otettu käyttöön',
    },
    copy: 'Voit pyytää meiltä jäljennöksen suojatoimista.',
  },
  retention: {
    intro:
      'Säilytämme tietoja vain niin kauan kuin tarvitsemme niitä. Sen jälkeen poistamme tai anonymisoimme ne.',
    rules: 'Säilytyssääntömme',
    none: 'Emme ole vielä laatineet sääntöjä tietojen säilytysajoista.',
    perActivity: 'Käyttötarkoituksittain',
    activity: (name, period, from) => `${name}: ${period}, laskettuna alkaen: ${from}`,
    until: (name, trigger) => `${name}: ei kiinteää säilytysaikaa, säilytys päättyy: ${trigger}`,
    period: (value, unit) =>
      value === 1
        ? `1 ${{ days: 'päivä', months: 'kuukausi', years: 'vuosi' }[unit]}`
        : `${value} ${{ days: 'päivää', months: 'kuukautta', years: 'vuotta' }[unit]}`,
  },
  cookies: {
    intro: (site) =>
      `Verkkosivustollamme${site ? ` (${site})` : ''} kysymme sinulta ennen kuin käytämme muita kuin välttämättömiä evästeitä. Valitset jokaisen luokan erikseen, ja kieltäytyminen on yhtä helppoa kuin hyväksyminen.`,
    ourSite: '',
    services: 'Palvelut',
    noServices: 'Tässä luokassa ei ole palveluita.',
    alwaysOn: 'aina käytössä',
    change:
      'Voit muuttaa tai perua valintasi milloin tahansa sivuston evästeasetukset-painikkeesta. Kun tämä seloste tai palveluiden luettelo muuttuu, kysymme sinulta uudelleen.',
    categories: {
      necessary: 'Välttämättömät',
      preferences: 'Asetukset',
      statistics: 'Tilastot',
      marketing: 'Markkinointi',
    },
  },
  marketing: {
    none: 'Emme lähetä uutiskirjeitä tai muuta markkinointia sähköpostitse, tekstiviestillä tai postitse.',
    uses: (channels) => `Markkinointikanavamme: ${channels}.`,
    channels: { email: 'sähköposti', sms: 'tekstiviesti', post: 'kirje' },
    practice: [
      'Jos et ole asiakkaamme, lähetämme sinulle markkinointia vasta, kun olet antanut luvan ja vahvistanut sen lähettämämme viestin kautta.',
      'Jos olet asiakkaamme, voimme kertoa sinulle tuotteista, jotka muistuttavat ostamiasi. Voit kieltäytyä, kun keräämme tietosi, ja jokaisessa viestissä.',
      'Jokaisessa viestissä on linkki, josta peruutat tilauksen heti. Kun peruutat, kaikki markkinointimme sinulle loppuu pysyvästi: emme lisää sinua uudelleen postituslistalle, ellet itse pyydä.',
    ],
    manage: 'Katso tai peru markkinointiluvat tietosuojakeskuksessamme',
  },
  rights: {
    intro:
      'Sinulla on seuraavat oikeudet, kun käsittelemme tietojasi. Voit tehdä pyynnön tietosuojakeskuksessamme linkkien kautta. Vahvistamme sähköpostiosoitteesi, jotta kukaan muu ei voi tehdä pyyntöä sinun nimissäsi.',
    items: {
      access: {
        name: 'Tarkastusoikeus',
        text: 'Saat tietää, mitä tietoja meillä on sinusta ja miksi, ja saat niistä jäljennöksen.',
      },
      rectification: {
        name: 'Oikaisuoikeus',
        text: 'Voit pyytää meitä korjaamaan virheelliset tiedot ja täydentämään puutteelliset.',
      },
      erasure: {
        name: 'Poisto-oikeus',
        text: 'Voit pyytää tietojesi poistamista. Tiedot, jotka meidän on muun lain mukaan säilytettävä, kuten kirjanpitoaineisto, pidämme erillään ja poistamme, kun säilytysaika päättyy. Kerromme tästä sinulle.',
      },
      restriction: {
        name: 'Käsittelyn rajoittaminen',
        text: 'Voit pyytää, että vain säilytämme tietojasi emmekä käytä niitä, esimerkiksi sen ajan, kun tarkistamme niiden paikkansapitävyyttä.',
      },
      portability: {
        name: 'Siirto-oikeus',
        text: 'Saat meille itse antamasi tiedot jäsennellyssä, koneluettavassa tiedostossa (JSON ja CSV), jonka voit viedä muualle.',
      },
      objection: {
        name: 'Vastustamisoikeus',
        text: 'Voit vastustaa käsittelyä, joka perustuu oikeutettuun etuumme. Lopetamme sen, ellei meillä ole huomattavan tärkeää ja perusteltua syytä jatkaa.',
      },
      stop_marketing: {
        name: 'Suoramarkkinoinnin kieltäminen',
        text: 'Voit aina kieltää markkinoinnin, ja lopetamme sen heti kysymättä syytä.',
      },
    },
    use: 'Tee pyyntö',
    free: 'Pyyntö on maksuton. Vastaamme kuukauden kuluessa. Jos pyyntö on monimutkainen, voimme tarvita kaksi kuukautta lisää, ja kerromme syyn ensimmäisen kuukauden aikana.',
  },
  consent: {
    used: 'Kun käsittely perustuu suostumukseesi, voit perua sen milloin tahansa yhtä helposti kuin annoit sen. Peruminen ei vaikuta ennen sitä tehdyn käsittelyn lainmukaisuuteen.',
    how: 'Peru suostumus',
    none: 'Käsittelymme ei perustu suostumukseesi muuten kuin evästeiden ja markkinoinnin osalta, ja ne voit perua edellä kerrotulla tavalla.',
  },
  complaint: {
    text: (authority) =>
      `Jos katsot, että käsittelemme tietojasi väärin, voit tehdä valituksen valvontaviranomaiselle (${authority}). Kerrothan meille ensin, niin voimme korjata asian.`,
    address: 'Osoite',
    web: 'Verkkosivusto',
    noAuthority:
      'Jos katsot, että käsittelemme tietojasi väärin, voit tehdä valituksen asuin- tai työskentelymaasi tietosuojaviranomaiselle.',
    first:
      'Voit tehdä valituksen myös sen EU- tai ETA-maan valvontaviranomaiselle, jossa asut tai työskentelet.',
  },
  requirement: {
    intro: 'Se, onko sinun annettava meille tietoja, riippuu käyttötarkoituksesta:',
    kinds: {
      statutory: 'laki edellyttää sitä',
      contractual: 'sopimuksemme edellyttää sitä',
      contract_prerequisite: 'tarvitsemme tiedot voidaksemme tehdä sopimuksen kanssasi',
      voluntary: 'tietojen antaminen on vapaaehtoista',
    },
    consequence: 'Jos et anna tietoja',
    none: 'Tietojen antaminen meille on vapaaehtoista.',
  },
  automated: {
    none: 'Emme tee sinua koskevia päätöksiä pelkästään automaattisesti emmekä profiloi sinua tavalla, jolla olisi sinuun oikeusvaikutuksia tai muita merkittäviä vaikutuksia.',
    used: 'Teemme joitakin päätöksiä automaattisesti. Näin se tapahtuu ja tätä se merkitsee sinulle:',
    rights:
      'Voit pyytää, että ihminen tarkastelee päätöstä, esittää oman näkemyksesi ja riitauttaa päätöksen.',
  },
  security: {
    measures:
      'Suojaamme tietojasi salauksella, myönnämme pääsyn vain niille työntekijöille, jotka tarvitsevat sitä, ja kirjaamme jokaisen pääsyn lokiin.',
    breaches:
      'Jos henkilötietojen tietoturvaloukkaus koskee tietojasi, arvioimme sen heti, rajoitamme vahingot ja kirjaamme loukkauksen. Ilmoitamme siitä valvontaviranomaiselle 72 tunnin kuluessa siitä, kun saimme tiedon, ellei loukkauksesta todennäköisesti aiheudu riskiä kenellekään.',
    notify:
      'Jos loukkaus todennäköisesti aiheuttaa sinulle suuren riskin, kerromme siitä sinulle suoraan ja selkeästi: mitä tapahtui, mitä siitä todennäköisesti seuraa, mitä teemme asialle ja keneen voit ottaa yhteyttä.',
    report:
      'Löysitkö tietoturva-aukon? Voit ilmoittaa siitä meille, halutessasi nimettömänä. Vahvistamme vastaanottamisen kahden arkipäivän kuluessa ja vastaamme kahden viikon kuluessa.',
    reportLink: 'Ilmoita haavoittuvuudesta',
  },
  changes: {
    review:
      'Tarkistamme tämän selosteen vähintään kerran vuodessa ja aina, kun tapamme käsitellä tietoja muuttuu.',
    versions: 'Aiemmat versiot ovat edelleen saatavilla, ja niistä näkee, mikä on muuttunut.',
    versionsLink: 'Selosteen kaikki versiot',
    material:
      'Jos muutoksella on merkitystä sinulle, pyydämme sinua tekemään evästevalinnat uudelleen, ja voimme kertoa muutoksesta tilaajille sähköpostitse.',
  },
}
