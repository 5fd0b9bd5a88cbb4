import type { AccessText } from './en.js'

/**
 * Tarkastuspaketti suomeksi. Organisaation ja viranomaisen nimet ovat muuttujia, joten lauseet on
 * rakennettu niin, että nimi jää perusmuotoon.
 */
export const fi: AccessText = {
  title: 'Henkilötietosi',
  portabilityTitle: 'Tietosi siirrettävässä muodossa',
  intro: (org, date) =>
    `Tämä on vastaus, jonka ${org} antaa pyyntöösi saada nähdä sinusta tallennetut henkilötiedot. Vastaus on laadittu ${date}.`,
  reference: 'Pyyntösi viite',
  held: 'Kyllä, käsittelemme sinua koskevia henkilötietoja. Alla näet, mitä tietoja meillä on, miksi, kuka niitä saa, kuinka kauan säilytämme niitä, mistä ne ovat peräisin ja mitä oikeuksia sinulla on.',
  filesNote:
    'Kaikki tiedot ovat myös tämän paketin data-kansiossa JSON- ja CSV-tiedostoina, joita muut ohjelmat voivat lukea.',
  notHeld: 'Olemme tarkistaneet rekisterimme, emmekä löytäneet sieltä sinua koskevia henkilötietoja.',
  notHeldOther:
    'Jos sähköpostiosoitteellasi on tallennettu evästeitä tai markkinointia koskevia valintoja, ne näkyvät alla.',
  erased:
    'Henkilötietosi on poistettu rekisteristämme. Säilytämme vain asiakassuhteen päivämäärät ja merkinnän siitä, että tiedot on poistettu.',
  systems: 'Tiedot muissa järjestelmissämme',
  systemsIntro: (folder) =>
    `Rekisterimme lisäksi etsimme sinua koskevia tietoja muista käyttämistämme järjestelmistä. Löytämämme tiedot ovat tämän paketin kansiossa ${folder}, kustakin järjestelmästä yksi JSON- ja yksi CSV-tiedosto:`,
  systemsUnreachable:
    'Emme saaneet yhteyttä näihin järjestelmiin pakettia tehdessämme, joten niiden tiedot puuttuvat. Ota meihin yhteyttä, niin lähetämme ne sinulle:',
  systemError: (system) =>
    `Emme saaneet yhteyttä järjestelmään ${system} pakettia tehdessämme, joten sen sinusta sisältämät tiedot puuttuvat tästä. Ota meihin yhteyttä, niin lähetämme ne sinulle.`,
  controller: 'Kuka vastaa tiedoistasi',
  controllerText: (org) =>
    `Rekisterinpitäjä on ${org}. Me päätämme, miksi ja miten henkilötietojasi käsitellään.`,
  dpo: 'Tietosuojavastaava',
  contact: 'Yhteystiedot',
  address: 'Osoite',
  data: 'Sinusta tallennetut tiedot',
  relationship: 'Suhteesi meihin',
  relationships: { prospect: 'Mahdollinen asiakas', customer: 'Asiakas', former_customer: 'Entinen asiakas' },
  firstContact: 'Ensimmäinen yhteydenotto',
  lastContact: 'Viimeisin yhteydenotto',
  relationshipEnded: 'Asiakassuhde päättyi',
  restricted: 'Käsittelyä on rajoitettu pyynnöstäsi',
  fields: {
    name: 'Nimi',
    email: 'Sähköposti',
    phone: 'Puhelin',
    address: 'Osoite',
    billingAddress: 'Laskutusosoite',
    jobTitle: 'Tehtävänimike',
    workplace: 'Työpaikka',
    nationalIds: 'Henkilötunnus',
    externalIds: 'Asiakasnumerot järjestelmissämme',
    companyNumber: 'Y-tunnus',
    gln: 'GLN-paikkatunniste',
    cardLast4: 'Maksukorttisi neljä viimeistä numeroa',
    cardExpiry: 'Maksukorttisi voimassaoloaika',
    notes: 'Henkilökuntamme muistiinpanot',
  },
  category: 'Tietotyyppi',
  value: 'Sisältö',
  interactions: 'Asiointisi kanssamme',
  interactionsCount: (total) =>
    total === 1
      ? 'Olemme tallentaneet yhden yhteydenoton, tilauksen tai muun asioinnin.'
      : `Olemme tallentaneet ${total} yhteydenottoa, tilausta ja muuta asiointia.`,
  interactionsShown: (shown, total) =>
    `Tässä näkyy ${total} merkinnästä uusimmat ${shown}. Kaikki ovat tiedostoissa data/interactions.csv ja data/interactions.json.`,
  noInteractions: 'Emme ole tallentaneet sinulta yhteydenottoja, tilauksia tai muuta asiointia.',
  interactionKinds: {
    inquiry: 'Yhteydenotto',
    complaint: 'Reklamaatio',
    offer: 'Tarjous',
    order: 'Tilaus',
    invoice: 'Lasku',
    note: 'Muistiinpano',
  },
  date: 'Päivämäärä',
  kind: 'Tyyppi',
  referenceColumn: 'Viite',
  summary: 'Lyhyt kuvaus',
  amount: 'Summa',
  purposes: 'Miksi käytämme tietojasi ja millä oikeusperusteella',
  purposesIntro:
    'Jokaisesta sinua koskevasta tietotyypistä: mihin käytämme sitä, mikä on käsittelyn peruste tietosuoja-asetuksen mukaan, kuka sen saa ja kuinka kauan säilytämme sitä.',
  noPurpose:
    'Emme ole kirjanneet näille tiedoille käyttötarkoitusta. Kysy niistä meiltä tai pyydä meitä poistamaan ne.',
  purpose: 'Käyttötarkoitus',
  dataUsed: 'Käytetyt tiedot',
  legalBasis: 'Käsittelyn peruste',
  legitimateInterest: 'Oikeutettu etumme',
  recipients: 'Kuka saa tietojasi',
  noRecipients: 'Ei kukaan organisaatiomme ulkopuolella.',
  transfers: 'Siirrot EU:n ja ETA:n ulkopuolelle',
  transfersIntro:
    'Osa vastaanottajista on EU:n ja ETA:n ulkopuolisissa maissa. Silloin tietosuoja-asetus edellyttää suojatoimia, jotka on lueteltu tässä.',
  noTransfers: 'Tietojasi ei siirretä EU:n ja ETA:n ulkopuolelle.',
  safeguard: 'Suojatoimi',
  country: 'Maa',
  recipient: 'Vastaanottaja',
  retention: 'Kuinka kauan säilytämme tiedot',
  source: 'Mistä tiedot ovat peräisin',
  fromYou: 'Sinulta itseltäsi.',
  recordSources: {
    api: 'Omista järjestelmistämme.',
    admin: 'Henkilökuntamme tallentamia.',
    import: 'Tuotu yhdestä tiedostostamme.',
  },
  recordSource: 'Miten tietosi tulivat rekisteriimme',
  automated: 'Automaattiset päätökset',
  noAutomated: 'Emme tee sinua koskevia päätöksiä pelkästään automaattisesti emmekä profiloi sinua.',
  rights: 'Oikeutesi',
  rightsIntro: 'Tiedot ovat sinun. Sinulla on oikeus',
  rightList: {
    access: 'nähdä sinusta tallennetut tiedot ja saada niistä kopio (tämä raportti),',
    rectification: 'saada virheelliset tai puutteelliset tiedot korjatuksi,',
    erasure: 'saada tietosi poistetuksi, kun meillä ei enää ole syytä säilyttää niitä,',
    restriction:
      'saada tietojesi käyttöä rajoitetuksi esimerkiksi sen ajan, kun tarkistamme niiden paikkansapitävyyttä,',
    objection:
      'vastustaa tietojesi käyttöä silloin, kun se perustuu oikeutettuun etuumme, ja aina suoramarkkinoinnissa,',
    portability: 'saada itse antamasi tiedot koneluettavassa muodossa tai siirtää ne toiselle,',
    withdraw:
      'peruuttaa suostumuksesi milloin tahansa. Peruuttaminen ei vaikuta siihen, mitä teimme ennen sitä.',
  },
  howTo: (url) => `Voit käyttää oikeuksiasi osoitteessa ${url} tai kirjoittamalla meille. Se on maksutonta.`,
  complaint: 'Jos haluat tehdä valituksen',
  complaintText: (authority) =>
    `Voit tehdä henkilötietojesi käsittelystä valituksen valvontaviranomaiselle: ${authority}. Toivomme kuitenkin, että otat ensin yhteyttä meihin, jotta voimme korjata asian.`,
  noAuthority: 'asuin- tai työskentelymaasi tietosuojaviranomainen',
  web: 'Verkkosivut',
  consents: 'Evästevalintasi',
  consentsIntro:
    'Olemme tallentaneet jokaisen valinnan, jonka olet tehnyt verkkosivumme evästebannerissa. Uusin ensin:',
  noConsents: 'Emme ole tallentaneet sinulta evästeitä koskevia valintoja.',
  consentColumns: { at: 'Milloin', method: 'Valintasi', categories: 'Luokat', policy: 'Selosteen versio' },
  methods: {
    accept_all: 'Hyväksyit kaikki',
    reject_all: 'Hylkäsit kaikki',
    custom: 'Valitsit itse',
    gpc: 'Selaimesi hylkäsi (Global Privacy Control)',
    withdraw: 'Peruutit suostumuksen',
  },
  cookieCategories: {
    necessary: 'Välttämättömät',
    preferences: 'Asetukset',
    statistics: 'Tilastointi',
    marketing: 'Markkinointi',
  },
  accepted: 'hyväksytty',
  refused: 'hylätty',
  marketing: 'Markkinointiluvat',
  marketingIntro: 'Luvat, jotka olet antanut meille markkinoinnin lähettämiseen, ja ovatko ne yhä voimassa:',
  noMarketing: 'Et ole antanut meille lupaa lähettää sinulle markkinointia.',
  marketingColumns: {
    channel: 'Kanava',
    purpose: 'Aihe',
    basis: 'Peruste',
    status: 'Tila',
    given: 'Annettu',
    withdrawn: 'Peruutettu',
  },
  channels: { email: 'Sähköposti', sms: 'Tekstiviesti', post: 'Kirje' },
  bases: {
    explicit_opt_in: 'Annoit suostumuksesi',
    soft_opt_in: 'Asiakkaana (saatoit kieltäytyä ostaessasi meiltä)',
  },
  statuses: { pending: 'Odottaa vahvistustasi', active: 'Voimassa', withdrawn: 'Peruutettu' },
  generated: (date) => `Laadittu ${date}.`,
  page: (n) => `Sivu ${n}`,
  download: {
    title: 'Tietosi ovat valmiina',
    intro: (org) =>
      `${org} on koonnut pyytämäsi tiedot. Ne ovat ZIP-tiedostossa, jonka useimmat tietokoneet osaavat avata.`,
    introPortability: (org) =>
      `${org} on koonnut itse antamasi tiedot JSON- ja CSV-tiedostoiksi, jotka voit viedä toiseen palveluun.`,
    button: 'Lataa tietosi',
    once: 'Linkki toimii vain kerran, joten tallenna tiedosto, kun olet ladannut sen.',
    expires: (date) => `Linkki vanhenee ${date}.`,
    goneTitle: 'Linkki ei enää toimi',
    goneBody:
      'Linkkiä on ehkä jo käytetty, tai se on vanhentunut. Jos tarvitset yhä tietojasi, tee uusi pyyntö tietosuojasivullamme.',
  },
  readme: (org, date) =>
    [
      `Tietosi, jotka ${org} on koonnut ${date}.`,
      '',
      'Paketissa ovat henkilötiedot, jotka olet itse antanut meille, kahdessa yleisessä muodossa:',
      'JSON-tiedostoina ohjelmia varten ja CSV-tiedostoina, jotka voit avata taulukkolaskentaohjelmassa.',
      'Voit antaa tiedostot toiselle palvelulle tai säilyttää ne itse.',
      '',
      'manifest.json luettelee kaikki tiedostot ja sen, montako tietuetta kussakin on.',
    ].join('\n'),
}
