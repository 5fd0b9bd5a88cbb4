/**
 * Names of the default items in the five languages, as `key: 'da | nb | sv | fi | en'`. These names end
 * up in privacy policies and the record of processing, so they are written for the reader, not the
 * engineer (GDPR terms where the law has one, e.g. "fagforeningsmæssigt tilhørsforhold").
 */
export const CATEGORY_LABELS: Record<string, string> = {
  system: 'Systemdata | Systemdata | Systemdata | Järjestelmätiedot | System data',
  'system.authentication':
    'Godkendelsesdata | Autentiseringsdata | Autentiseringsdata | Tunnistautumistiedot | Authentication data',
  'system.operations': 'Driftsdata | Driftsdata | Driftsdata | Järjestelmän käyttötiedot | Operations data',
  user: 'Personoplysninger | Personopplysninger | Personuppgifter | Henkilötiedot | Personal data',
  'user.account':
    'Kontooplysninger | Kontoopplysninger | Kontouppgifter | Käyttäjätilin tiedot | Account information',
  'user.account.username': 'Brugernavn | Brukernavn | Användarnamn | Käyttäjätunnus | User name',
  'user.authorization':
    'Adgangsoplysninger | Tilgangsopplysninger | Behörighetsuppgifter | Käyttöoikeustiedot | Access rights',
  'user.authorization.credentials':
    'Loginoplysninger | Påloggingsopplysninger | Inloggningsuppgifter | Kirjautumistiedot | Sign-in credentials',
  'user.authorization.biometrics':
    'Biometrisk login | Biometrisk pålogging | Biometrisk inloggning | Biometrinen tunnistautuminen | Biometric sign-in',
  'user.authorization.password': 'Adgangskode | Passord | Lösenord | Salasana | Password',
  'user.authorization.password.hash':
    'Adgangskode gemt som hashværdi | Passord lagret som hashverdi | Lösenord lagrat som hashvärde | Salasanan tiiviste | Password stored as a hash',
  'user.behavior': 'Adfærdsdata | Atferdsdata | Beteendedata | Käyttäytymistiedot | Observed behaviour',
  'user.behavior.browsing_history':
    'Besøgte sider | Besøkte sider | Besökta sidor | Selaushistoria | Pages visited',
  'user.behavior.media_consumption':
    'Medieforbrug | Medieforbruk | Mediekonsumtion | Mediankäyttö | Media consumption',
  'user.behavior.purchase_history':
    'Købshistorik | Kjøpshistorikk | Köphistorik | Ostohistoria | Purchase history',
  'user.behavior.search_history':
    'Søgehistorik | Søkehistorikk | Sökhistorik | Hakuhistoria | Search history',
  'user.biometrics':
    'Biometriske data | Biometriske opplysninger | Biometriska uppgifter | Biometriset tiedot | Biometric data',
  'user.biometrics.fingerprint': 'Fingeraftryk | Fingeravtrykk | Fingeravtryck | Sormenjäljet | Fingerprints',
  'user.biometrics.retinal':
    'Nethindescanning | Netthinneskanning | Näthinneskanning | Verkkokalvokuva | Retina scan',
  'user.biometrics.voice': 'Stemmedata | Stemmedata | Röstdata | Äänitiedot | Voice data',
  'user.children':
    'Oplysninger om børn | Opplysninger om barn | Uppgifter om barn | Lasten tiedot | Data about children',
  'user.children.children_under_thirteen':
    'Børn under 13 år | Barn under 13 år | Barn under 13 år | Alle 13-vuotiaat lapset | Children under 13',
  'user.children.thirteen_to_sixteen':
    'Børn mellem 13 og 16 år | Barn mellom 13 og 16 år | Barn mellan 13 och 16 år | 13–16-vuotiaat lapset | Children aged 13 to 16',
  'user.contact':
    'Kontaktoplysninger | Kontaktopplysninger | Kontaktuppgifter | Yhteystiedot | Contact details',
  'user.contact.address': 'Adresse | Adresse | Adress | Osoite | Address',
  'user.contact.address.city': 'By | Poststed | Ort | Postitoimipaikka | City',
  'user.contact.address.country': 'Land | Land | Land | Maa | Country',
  'user.contact.address.postal_code': 'Postnummer | Postnummer | Postnummer | Postinumero | Postal code',
  'user.contact.address.state': 'Region | Region | Region | Alue | State or region',
  'user.contact.address.street':
    'Vejnavn og husnummer | Gateadresse | Gatuadress | Katuosoite | Street address',
  'user.contact.address.mailing_address':
    'Postadresse | Postadresse | Postadress | Postiosoite | Mailing address',
  'user.contact.email': 'E-mailadresse | E-postadresse | E-postadress | Sähköpostiosoite | E-mail address',
  'user.contact.phone_number': 'Telefonnummer | Telefonnummer | Telefonnummer | Puhelinnumero | Phone number',
  'user.contact.social_url':
    'Hjemmeside og profiler på sociale medier | Nettside og profiler i sosiale medier | Webbplats och profiler i sociala medier | Verkkosivusto ja sosiaalisen median profiilit | Website and social media profiles',
  'user.contact.fax_number': 'Faxnummer | Faksnummer | Faxnummer | Faksinumero | Fax number',
  'user.content':
    'Indhold fra personen | Innhold fra personen | Innehåll från personen | Henkilön tuottama sisältö | Content the person created',
  'user.content.private':
    'Privat indhold | Privat innhold | Privat innehåll | Yksityinen sisältö | Private content',
  'user.content.public':
    'Offentligt indhold | Offentlig innhold | Offentligt innehåll | Julkinen sisältö | Public content',
  'user.content.self_image':
    'Billeder af personen | Bilder av personen | Bilder på personen | Kuvat henkilöstä | Photos of the person',
  'user.criminal_history':
    'Oplysninger om strafbare forhold | Opplysninger om straffbare forhold | Uppgifter om lagöverträdelser | Rikostuomioita ja rikkomuksia koskevat tiedot | Criminal convictions and offences',
  'user.demographic':
    'Demografiske oplysninger | Demografiske opplysninger | Demografiska uppgifter | Demografiset tiedot | Demographic data',
  'user.demographic.age_range': 'Aldersgruppe | Aldersgruppe | Åldersgrupp | Ikäryhmä | Age group',
  'user.demographic.date_of_birth': 'Fødselsdato | Fødselsdato | Födelsedatum | Syntymäaika | Date of birth',
  'user.demographic.gender': 'Køn | Kjønn | Kön | Sukupuoli | Gender',
  'user.demographic.language': 'Sprog | Språk | Språk | Kieli | Language',
  'user.demographic.marital_status': 'Civilstand | Sivilstand | Civilstånd | Siviilisääty | Marital status',
  'user.demographic.political_opinion':
    'Politisk overbevisning | Politisk oppfatning | Politiska åsikter | Poliittiset mielipiteet | Political opinions',
  'user.demographic.profile':
    'Profil og præferencer | Profil og preferanser | Profil och preferenser | Profiili ja mieltymykset | Profile and preferences',
  'user.demographic.race_ethnicity':
    'Race eller etnisk oprindelse | Rase eller etnisk opprinnelse | Ras eller etniskt ursprung | Rotu tai etninen alkuperä | Racial or ethnic origin',
  'user.demographic.religious_belief':
    'Religiøs overbevisning | Religiøs oppfatning | Religiös övertygelse | Uskonnollinen vakaumus | Religious beliefs',
  'user.demographic.sexual_orientation':
    'Seksuel orientering | Seksuell orientering | Sexuell läggning | Seksuaalinen suuntautuminen | Sexual orientation',
  'user.demographic.citizenship_or_immigration_status':
    'Statsborgerskab eller opholdsstatus | Statsborgerskap eller oppholdsstatus | Medborgarskap eller uppehållsstatus | Kansalaisuus tai oleskeluasema | Citizenship or residence status',
  'user.demographic.philosophical_belief':
    'Filosofisk overbevisning | Filosofisk overbevisning | Filosofisk övertygelse | Filosofinen vakaumus | Philosophical beliefs',
  'user.demographic.protected_classifications':
    'Andre følsomme kendetegn | Andre sensitive kjennetegn | Andra känsliga egenskaper | Muut arkaluonteiset ominaisuudet | Other sensitive characteristics',
  'user.demographic.union_membership':
    'Fagforeningsmæssigt tilhørsforhold | Fagforeningsmedlemskap | Medlemskap i fackförening | Ammattiliiton jäsenyys | Trade union membership',
  'user.device': 'Enhedsdata | Enhetsdata | Enhetsdata | Laitetiedot | Device data',
  'user.device.cookie':
    'Data i cookies | Data i informasjonskapsler | Data i kakor | Evästeisiin tallennetut tiedot | Data stored in cookies',
  'user.device.cookie_id': 'Cookie-id | Informasjonskapsel-ID | Kak-id | Evästetunniste | Cookie ID',
  'user.device.device_id': 'Enheds-id | Enhets-ID | Enhets-id | Laitetunniste | Device ID',
  'user.device.ip_address': 'IP-adresse | IP-adresse | IP-adress | IP-osoite | IP address',
  'user.device.ip_address.truncated':
    'Afkortet IP-adresse | Avkortet IP-adresse | Förkortad IP-adress | Lyhennetty IP-osoite | Truncated IP address',
  'user.device.sensor':
    'Sensordata fra enheden | Sensordata fra enheten | Sensordata från enheten | Laitteen anturitiedot | Device sensor data',
  'user.device.telemetry':
    'Telemetri fra enheden | Telemetri fra enheten | Telemetri från enheten | Laitteen telemetriatiedot | Device telemetry',
  'user.device.session': 'Sessionsdata | Øktdata | Sessionsdata | Istuntotiedot | Session data',
  'user.financial':
    'Økonomiske oplysninger | Økonomiske opplysninger | Ekonomiska uppgifter | Taloudelliset tiedot | Financial data',
  'user.financial.bank_account':
    'Bankkontooplysninger | Bankkontoopplysninger | Bankkontouppgifter | Pankkitilin tiedot | Bank account details',
  'user.financial.credit_card':
    'Betalingskortoplysninger | Betalingskortopplysninger | Betalkortsuppgifter | Maksukortin tiedot | Payment card details',
  'user.financial.credit_card.last_four':
    'Betalingskortets sidste fire cifre | Betalingskortets siste fire sifre | Betalkortets fyra sista siffror | Maksukortin neljä viimeistä numeroa | Last four digits of the payment card',
  'user.financial.credit_card.expiry':
    'Betalingskortets udløbsdato | Betalingskortets utløpsdato | Betalkortets giltighetstid | Maksukortin voimassaoloaika | Payment card expiry date',
  'user.financial.invoice_history':
    'Fakturahistorik | Fakturahistorikk | Fakturahistorik | Laskuhistoria | Invoice history',
  'user.government_id':
    'Offentlige identifikationsnumre | Offentlige identifikasjonsnumre | Officiella identitetsnummer | Viranomaisten myöntämät tunnisteet | Government-issued identifiers',
  'user.government_id.birth_certificate':
    'Fødselsattest | Fødselsattest | Födelsebevis | Syntymätodistus | Birth certificate',
  'user.government_id.drivers_license_number':
    'Kørekortnummer | Førerkortnummer | Körkortsnummer | Ajokortin numero | Driving licence number',
  'user.government_id.immigration':
    'Opholdstilladelse | Oppholdstillatelse | Uppehållstillstånd | Oleskelulupa | Residence permit',
  'user.government_id.national_identification_number':
    'Personnummer | Nasjonalt identitetsnummer | Personnummer eller motsvarande | Henkilötunnus | National identity number',
  'user.government_id.national_identification_number.dk_cpr':
    'CPR-nummer | Dansk personnummer (CPR) | Danskt personnummer (CPR) | Tanskalainen henkilötunnus (CPR) | Danish CPR number',
  'user.government_id.national_identification_number.no_fodselsnummer':
    'Norsk fødselsnummer eller D-nummer | Fødselsnummer eller D-nummer | Norskt födelsenummer eller D-nummer | Norjalainen henkilötunnus (fødselsnummer tai D-nummer) | Norwegian national identity number',
  'user.government_id.national_identification_number.se_personnummer':
    'Svensk personnummer eller samordningsnummer | Svensk personnummer eller samordningsnummer | Personnummer eller samordningsnummer | Ruotsalainen henkilötunnus (personnummer tai samordningsnummer) | Swedish personal identity number',
  'user.government_id.national_identification_number.fi_henkilotunnus':
    'Finsk personnummer (henkilötunnus) | Finsk personnummer (henkilötunnus) | Finsk personbeteckning | Henkilötunnus | Finnish personal identity code',
  'user.government_id.passport_number':
    'Pasnummer | Passnummer | Passnummer | Passin numero | Passport number',
  'user.government_id.vehicle_registration':
    'Registreringsnummer på køretøj | Registreringsnummer på kjøretøy | Registreringsnummer för fordon | Ajoneuvon rekisterinumero | Vehicle registration number',
  'user.health': 'Helbredsoplysninger | Helseopplysninger | Uppgifter om hälsa | Terveystiedot | Health data',
  'user.health.genetic':
    'Genetiske data | Genetiske opplysninger | Genetiska uppgifter | Geneettiset tiedot | Genetic data',
  'user.health.insurance_beneficiary_id':
    'Sygesikringsnummer | Helseforsikringsnummer | Sjukförsäkringsnummer | Sairausvakuutusnumero | Health insurance number',
  'user.health.record_id':
    'Journalnummer | Journalnummer | Journalnummer | Potilaskertomuksen tunniste | Medical record number',
  'user.health.baby_formula':
    'Oplysninger om modermælkserstatning | Opplysninger om morsmelkerstatning | Uppgifter om modersmjölksersättning | Äidinmaidonkorvikkeita koskevat tiedot | Baby formula information',
  'user.health.condition':
    'Helbredstilstand | Helsetilstand | Hälsotillstånd | Terveydentila | Health condition',
  'user.health.maternity_clothing':
    'Køb af graviditetstøj | Kjøp av gravidklær | Köp av gravidkläder | Äitiysvaateostokset | Maternity clothing purchases',
  'user.health.medical_diagnosis': 'Diagnoser | Diagnoser | Diagnoser | Diagnoosit | Medical diagnoses',
  'user.health.medications': 'Medicin | Legemidler | Läkemedel | Lääkitys | Medication',
  'user.health.prescriptions': 'Recepter | Resepter | Recept | Reseptit | Prescriptions',
  'user.health.reproductive_or_sexual':
    'Reproduktiv og seksuel sundhed | Reproduktiv og seksuell helse | Reproduktiv och sexuell hälsa | Lisääntymis- ja seksuaaliterveys | Reproductive or sexual health',
  'user.health.social_psychological_behavioral':
    'Social og psykisk sundhed | Sosial og psykisk helse | Social och psykisk hälsa | Sosiaalinen ja psyykkinen terveys | Social and mental health',
  'user.health.symptons': 'Symptomer | Symptomer | Symtom | Oireet | Symptoms',
  'user.health.treatment':
    'Medicinsk behandling | Medisinsk behandling | Medicinsk behandling | Hoito | Medical treatment',
  'user.location': 'Lokationsdata | Posisjonsdata | Platsuppgifter | Sijaintitiedot | Location data',
  'user.location.coarse':
    'Omtrentlig placering | Omtrentlig posisjon | Ungefärlig plats | Likimääräinen sijainti | Approximate location',
  'user.location.precise':
    'Præcis placering | Nøyaktig posisjon | Exakt plats | Tarkka sijainti | Precise location',
  'user.name': 'Navn | Navn | Namn | Nimi | Name',
  'user.name.first': 'Fornavn | Fornavn | Förnamn | Etunimi | First name',
  'user.name.last': 'Efternavn | Etternavn | Efternamn | Sukunimi | Last name',
  'user.payment':
    'Betalingsoplysninger | Betalingsopplysninger | Betalningsuppgifter | Maksutiedot | Payment data',
  'user.privacy_preferences':
    'Samtykker og privatlivsvalg | Samtykker og personvernvalg | Samtycken och integritetsval | Suostumukset ja tietosuojavalinnat | Consents and privacy choices',
  'user.professional_information':
    'Arbejdsrelaterede oplysninger | Arbeidsrelaterte opplysninger | Yrkesrelaterade uppgifter | Työhön liittyvät tiedot | Professional information',
  'user.professional_information.job_title':
    'Stillingsbetegnelse | Stillingstittel | Befattning | Tehtävänimike | Job title',
  'user.professional_information.workplace':
    'Arbejdsplads | Arbeidsplass | Arbetsplats | Työpaikka | Workplace',
  'user.professional_information.workplace.company_registration_number':
    'CVR-nummer eller tilsvarende | Organisasjonsnummer eller tilsvarende | Organisationsnummer eller motsvarande | Y-tunnus tai vastaava | Company registration number',
  'user.professional_information.workplace.gln':
    'EAN-lokationsnummer (GLN) | GLN-lokasjonsnummer | GLN-nummer (EAN) | GLN-sijaintinumero (EAN) | EAN/GLN location number',
  'user.professional_information.workplace.address':
    'Virksomhedens adresse | Virksomhetens adresse | Företagets adress | Yrityksen osoite | Company address',
  'user.settings': 'Indstillinger | Innstillinger | Inställningar | Asetukset | Settings',
  'user.social_activity':
    'Aktivitet på sociale medier | Aktivitet i sosiale medier | Aktivitet i sociala medier | Toiminta sosiaalisessa mediassa | Social media activity',
  'user.unique_id':
    'Kunde- eller bruger-id | Kunde- eller bruker-ID | Kund- eller användar-id | Asiakas- tai käyttäjätunniste | Customer or user ID',
  'user.unique_id.deterministic':
    'Afledt bruger-id | Avledet bruker-ID | Härlett användar-id | Johdettu käyttäjätunniste | Derived user ID',
  'user.unique_id.probablistic':
    'Sandsynlighedsbaseret bruger-id | Sannsynlighetsbasert bruker-ID | Sannolikhetsbaserat användar-id | Todennäköisyyteen perustuva käyttäjätunniste | Probabilistic user ID',
  'user.correspondence':
    'Korrespondance og henvendelser | Korrespondanse og henvendelser | Korrespondens och ärenden | Yhteydenotot ja viestit | Correspondence',
  'user.correspondence.inquiry':
    'Henvendelser | Henvendelser | Förfrågningar | Kyselyt ja yhteydenotot | Inquiries',
  'user.correspondence.complaint':
    'Klager og reklamationer | Klager og reklamasjoner | Klagomål och reklamationer | Valitukset ja reklamaatiot | Complaints',
  'user.offer': 'Afgivne tilbud | Tilbud som er gitt | Lämnade offerter | Annetut tarjoukset | Offers given',
  'user.marketing_interaction':
    'Åbninger af og klik i markedsføring | Åpninger av og klikk i markedsføring | Öppningar av och klick i marknadsföring | Markkinointiviestien avaukset ja klikkaukset | Marketing opens and clicks',
}

export const USE_LABELS: Record<string, string> = {
  analytics: 'Analyse | Analyse | Analys | Analytiikka | Analytics',
  'analytics.reporting':
    'Statistik og rapportering | Statistikk og rapportering | Statistik och rapportering | Tilastointi ja raportointi | Statistics and reporting',
  'analytics.reporting.ad_performance':
    'Måling af annonceeffekt | Måling av annonseeffekt | Mätning av annonseffekt | Mainonnan tehon mittaaminen | Measuring advertising performance',
  'analytics.reporting.content_performance':
    'Måling af indholdets effekt | Måling av innholdets effekt | Mätning av innehållets effekt | Sisällön tehon mittaaminen | Measuring content performance',
  'analytics.reporting.campaign_insights':
    'Kampagneanalyse | Kampanjeanalyse | Kampanjanalys | Kampanja-analyysi | Campaign insights',
  'analytics.reporting.system':
    'Statistik over systemets brug | Statistikk over systembruk | Statistik över systemanvändning | Järjestelmän käyttötilastot | System usage statistics',
  'analytics.reporting.system.performance':
    'Måling af systemets ydeevne | Måling av systemytelse | Mätning av systemets prestanda | Järjestelmän suorituskyvyn mittaaminen | Measuring system performance',
  'analytics.surveys': 'Spørgeundersøgelser | Spørreundersøkelser | Enkäter | Kyselytutkimukset | Surveys',
  collect:
    'Indsamling til senere formål | Innsamling for senere formål | Insamling för senare ändamål | Keruu myöhempää käyttötarkoitusta varten | Collection for a later purpose',
  employment:
    'Ansættelse og personaleadministration | Ansettelse og personaladministrasjon | Anställning och personaladministration | Työsuhde ja henkilöstöhallinto | Employment and HR',
  'employment.recruitment': 'Rekruttering | Rekruttering | Rekrytering | Rekrytointi | Recruitment',
  essential:
    'Nødvendig drift | Nødvendig drift | Nödvändig drift | Välttämätön toiminta | Essential operation',
  'essential.fraud_detection':
    'Forebyggelse af svindel og misbrug | Forebygging av svindel og misbruk | Förebyggande av bedrägerier och missbruk | Petosten ja väärinkäytösten estäminen | Fraud and misuse prevention',
  'essential.legal_obligation':
    'Overholdelse af retlige forpligtelser | Oppfyllelse av rettslige forpliktelser | Fullgörande av rättsliga förpliktelser | Lakisääteisten velvoitteiden noudattaminen | Legal obligations',
  'essential.legal_obligation.bookkeeping':
    'Bogføring efter bogføringsloven | Bokføring etter bokføringsloven | Bokföring enligt bokföringslagen | Kirjanpitolain mukainen kirjanpito | Bookkeeping under the bookkeeping act',
  'essential.legal_obligation.data_subject_requests':
    'Behandling af anmodninger fra registrerede | Behandling av henvendelser fra registrerte | Hantering av begäranden från registrerade | Rekisteröityjen pyyntöjen käsittely | Handling data-subject requests',
  'essential.service':
    'Levering af tjenesten | Levering av tjenesten | Tillhandahållande av tjänsten | Palvelun tarjoaminen | Providing the service',
  'essential.service.authentication':
    'Login og brugergodkendelse | Innlogging og autentisering | Inloggning och autentisering | Kirjautuminen ja tunnistautuminen | Sign-in and authentication',
  'essential.service.notifications':
    'Servicemeddelelser | Tjenestemeldinger | Tjänstemeddelanden | Palveluilmoitukset | Service notifications',
  'essential.service.notifications.email':
    'Servicemeddelelser på e-mail | Tjenestemeldinger på e-post | Tjänstemeddelanden via e-post | Palveluilmoitukset sähköpostitse | Service notifications by e-mail',
  'essential.service.notifications.sms':
    'Servicemeddelelser på sms | Tjenestemeldinger på SMS | Tjänstemeddelanden via sms | Palveluilmoitukset tekstiviestillä | Service notifications by text message',
  'essential.service.operations':
    'Drift af tjenesten | Drift av tjenesten | Drift av tjänsten | Palvelun ylläpito | Operating the service',
  'essential.service.operations.support':
    'Kundeservice og support | Kundeservice og brukerstøtte | Kundtjänst och support | Asiakaspalvelu ja tuki | Customer service and support',
  'essential.service.operations.improve':
    'Forbedring af kundeservice | Forbedring av kundeservice | Förbättring av kundtjänsten | Asiakaspalvelun kehittäminen | Improving customer service',
  'essential.service.order_handling':
    'Ordrebehandling og levering | Ordrebehandling og levering | Orderhantering och leverans | Tilausten käsittely ja toimitus | Order handling and delivery',
  'essential.service.payment_processing':
    'Betalingshåndtering | Betalingshåndtering | Betalningshantering | Maksujen käsittely | Payment processing',
  'essential.service.security': 'Sikkerhed | Sikkerhet | Säkerhet | Tietoturva | Security',
  'essential.service.upgrades':
    'Information om opdateringer | Informasjon om oppdateringer | Information om uppdateringar | Tiedotus päivityksistä | Information about upgrades',
  finance:
    'Regnskab og økonomi | Regnskap og økonomi | Redovisning och ekonomi | Kirjanpito ja taloushallinto | Finance and accounting',
  'finance.invoicing': 'Fakturering | Fakturering | Fakturering | Laskutus | Invoicing',
  functional: 'Funktionalitet | Funksjonalitet | Funktionalitet | Toiminnallisuus | Functionality',
  'functional.storage':
    'Lagring på enheden | Lagring på enheten | Lagring på enheten | Tallennus laitteelle | Storage on the device',
  'functional.storage.privacy_preferences':
    'Lagring af privatlivsvalg på enheden | Lagring av personvernvalg på enheten | Lagring av integritetsval på enheten | Tietosuojavalintojen tallennus laitteelle | Storing privacy choices on the device',
  'functional.service':
    'Tjenestens funktioner | Tjenestens funksjoner | Tjänstens funktioner | Palvelun toiminnot | Service functions',
  'functional.service.improve':
    'Forbedring af tjenesten | Forbedring av tjenesten | Förbättring av tjänsten | Palvelun kehittäminen | Improving the service',
  marketing: 'Markedsføring | Markedsføring | Marknadsföring | Markkinointi | Marketing',
  'marketing.advertising':
    'Annoncering og markedsføring | Annonsering og markedsføring | Annonsering och marknadsföring | Mainonta ja markkinointi | Advertising and promotion',
  'marketing.advertising.first_party':
    'Annoncering ud fra egne data | Annonsering basert på egne data | Annonsering utifrån egna uppgifter | Mainonta omien tietojen perusteella | First-party advertising',
  'marketing.advertising.first_party.contextual':
    'Kontekstuel annoncering | Kontekstuell annonsering | Kontextuell annonsering | Kontekstuaalinen mainonta | Contextual advertising',
  'marketing.advertising.first_party.targeted':
    'Målrettet annoncering ud fra egne data | Målrettet annonsering basert på egne data | Riktad annonsering utifrån egna uppgifter | Kohdennettu mainonta omien tietojen perusteella | Targeted first-party advertising',
  'marketing.advertising.frequency_capping':
    'Begrænsning af antal annoncevisninger | Begrensning av antall annonsevisninger | Begränsning av antal annonsvisningar | Mainosnäyttöjen määrän rajoittaminen | Frequency capping',
  'marketing.advertising.negative_targeting':
    'Fravalg af målgrupper | Utelukkelse av målgrupper | Uteslutning av målgrupper | Kohderyhmien poissulkeminen | Negative targeting',
  'marketing.advertising.profiling':
    'Profilering til annoncering | Profilering for annonsering | Profilering för annonsering | Profilointi mainontaa varten | Profiling for advertising',
  'marketing.advertising.serving':
    'Visning af annoncer | Visning av annonser | Visning av annonser | Mainosten näyttäminen | Serving ads',
  'marketing.advertising.third_party':
    'Annoncering med data fra tredjeparter | Annonsering med data fra tredjeparter | Annonsering med uppgifter från tredje part | Mainonta kolmansien osapuolten tiedoilla | Third-party advertising',
  'marketing.advertising.third_party.targeted':
    'Målrettet annoncering med data fra tredjeparter | Målrettet annonsering med data fra tredjeparter | Riktad annonsering med uppgifter från tredje part | Kohdennettu mainonta kolmansien osapuolten tiedoilla | Third-party targeted advertising',
  'marketing.communications':
    'Markedsføringskommunikation | Markedsføringskommunikasjon | Marknadskommunikation | Markkinointiviestintä | Marketing communications',
  'marketing.communications.email':
    'Markedsføring på e-mail | Markedsføring på e-post | Marknadsföring via e-post | Sähköpostimarkkinointi | Marketing by e-mail',
  'marketing.communications.email.newsletter':
    'Nyhedsbrev | Nyhetsbrev | Nyhetsbrev | Uutiskirje | Newsletter',
  'marketing.communications.sms':
    'Markedsføring på sms | Markedsføring på SMS | Marknadsföring via sms | Tekstiviestimarkkinointi | Marketing by text message',
  'marketing.competitions':
    'Konkurrencer | Konkurranser | Tävlingar | Kilpailut ja arvonnat | Competitions and prize draws',
  'marketing.review_invitations':
    'Invitationer til at anmelde køb | Invitasjoner til å vurdere kjøp | Inbjudningar att recensera köp | Arvostelukutsut | Review invitations',
  operations:
    'Virksomhedens drift | Virksomhetens drift | Verksamhetens drift | Liiketoiminnan ylläpito | Business operations',
  personalize: 'Tilpasning | Tilpasning | Anpassning | Personointi | Personalisation',
  'personalize.content':
    'Tilpasset indhold | Tilpasset innhold | Anpassat innehåll | Sisällön personointi | Personalised content',
  'personalize.content.limited':
    'Begrænset tilpasning af indhold | Begrenset tilpasning av innhold | Begränsad anpassning av innehåll | Rajoitettu sisällön personointi | Limited content personalisation',
  'personalize.content.profiling':
    'Profilering til tilpasning af indhold | Profilering for tilpasning av innhold | Profilering för anpassat innehåll | Profilointi sisällön personointia varten | Profiling for personalisation',
  'personalize.content.profiled':
    'Indhold tilpasset ud fra profiler | Innhold tilpasset etter profiler | Innehåll anpassat efter profiler | Profiileihin perustuva sisältö | Profile-based content',
  'personalize.content.recommendations':
    'Personlige anbefalinger | Personlige anbefalinger | Personliga rekommendationer | Henkilökohtaiset suositukset | Personalised recommendations',
  'personalize.system':
    'Tilpasning af systemet | Tilpasning av systemet | Anpassning av systemet | Järjestelmän personointi | System personalisation',
  sales: 'Salg | Salg | Försäljning | Myynti | Sales',
  'sales.offers':
    'Tilbudsgivning | Tilbudsgivning | Offerthantering | Tarjousten laatiminen | Preparing offers',
  third_party_sharing:
    'Videregivelse til tredjeparter | Utlevering til tredjeparter | Utlämnande till tredje part | Luovutus kolmansille osapuolille | Sharing with third parties',
  'third_party_sharing.legal_obligation':
    'Videregivelse på grund af en retlig forpligtelse | Utlevering på grunn av en rettslig forpliktelse | Utlämnande på grund av en rättslig förpliktelse | Luovutus lakisääteisen velvoitteen perusteella | Sharing to meet a legal obligation',
  train_ai_system:
    'Træning af AI-systemer | Trening av KI-systemer | Träning av AI-system | Tekoälyjärjestelmien koulutus | Training AI systems',
}

export const SUBJECT_LABELS: Record<string, string> = {
  anonymous_user: 'Anonym bruger | Anonym bruker | Anonym användare | Anonyymi käyttäjä | Anonymous user',
  citizen_voter: 'Vælger | Velger | Väljare | Äänestäjä | Registered voter',
  commuter: 'Pendler | Pendler | Pendlare | Pendelöijä | Commuter',
  consultant: 'Konsulent | Konsulent | Konsult | Konsultti | Consultant',
  customer: 'Kunde | Kunde | Kund | Asiakas | Customer',
  'customer.b2b_contact':
    'Kontaktperson hos erhvervskunde | Kontaktperson hos bedriftskunde | Kontaktperson hos företagskund | Yritysasiakkaan yhteyshenkilö | Business customer contact',
  employee: 'Medarbejder | Ansatt | Anställd | Työntekijä | Employee',
  job_applicant: 'Jobansøger | Jobbsøker | Arbetssökande | Työnhakija | Job applicant',
  next_of_kin: 'Pårørende | Pårørende | Anhörig | Omainen | Next of kin',
  passenger: 'Passager | Passasjer | Passagerare | Matkustaja | Passenger',
  patient: 'Patient | Pasient | Patient | Potilas | Patient',
  prospect:
    'Potentiel kunde | Potensiell kunde | Potentiell kund | Potentiaalinen asiakas | Prospective customer',
  'prospect.b2b_contact':
    'Kontaktperson hos potentiel erhvervskunde | Kontaktperson hos potensiell bedriftskunde | Kontaktperson hos potentiell företagskund | Potentiaalisen yritysasiakkaan yhteyshenkilö | Business prospect contact',
  shareholder: 'Aktionær | Aksjonær | Aktieägare | Osakkeenomistaja | Shareholder',
  supplier_vendor: 'Leverandør | Leverandør | Leverantör | Toimittaja | Supplier',
  'supplier_vendor.contact':
    'Kontaktperson hos leverandør | Kontaktperson hos leverandør | Kontaktperson hos leverantör | Toimittajan yhteyshenkilö | Supplier contact',
  trainee:
    'Elev eller praktikant | Lærling eller praktikant | Praktikant eller lärling | Harjoittelija | Trainee',
  visitor: 'Besøgende | Besøkende | Besökare | Vierailija | Visitor',
  newsletter_subscriber:
    'Nyhedsbrevsabonnent | Nyhetsbrevabonnent | Nyhetsbrevsprenumerant | Uutiskirjeen tilaaja | Newsletter subscriber',
  website_visitor:
    'Besøgende på hjemmesiden | Besøkende på nettstedet | Besökare på webbplatsen | Verkkosivuston kävijä | Website visitor',
  competition_participant:
    'Deltager i konkurrencer og undersøgelser | Deltaker i konkurranser og undersøkelser | Deltagare i tävlingar och enkäter | Kilpailuihin ja kyselyihin osallistuja | Competition or survey participant',
}
