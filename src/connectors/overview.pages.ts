import type { FastifyInstance } from 'fastify'
import { dataMapOf } from '../datamap/services.js'
import type { AdminLanguage } from '../i18n/languages.js'
import { html } from '../ui/html.js'
import { pageLanguage, sendPage } from '../ui/page.js'
import type { ConnectionService } from './connection.service.js'
import type { ConnectorService } from './connector.service.js'
import { connectorServices as handOverServices } from './webhooks/index.js'

/** The overview's words. English is the shape; every other language must fill it. */
const en = {
  title: 'Connections and discovery',
  intro:
    'How Vern reaches the personal data in each system of the data map. A system connected by database answers requests by itself: Vern reads and erases there. A system with a webhook or an e-mail connection is handed each request and answers it. Every other system gets a task that staff tick off.',
  system: 'System',
  database: 'Database',
  handOver: 'Hand-over',
  notConnected: 'Not connected',
  annotated: 'connected and described',
  notAnnotated: 'connected, not described yet',
  webhook: 'Webhook',
  email: 'E-mail',
  manual: 'Task for staff',
  setUp: 'Set up',
  handOvers: 'Webhooks and e-mail hand-overs, deliveries and dead letters',
  discovery: 'Find personal data in a connected database (discovery)',
  noSystems: 'The data map has no systems yet.',
}
type OverviewText = typeof en

const da: OverviewText = {
  title: 'Forbindelser og søgning',
  intro:
    'Sådan når Vern personoplysningerne i hvert system i datakortet. Et system med databaseforbindelse besvarer anmodninger af sig selv: Vern læser og sletter direkte i det. Et system med webhook eller e-mailforbindelse får hver anmodning overdraget og svarer selv. Alle andre systemer får en opgave, som medarbejderne krydser af.',
  system: 'System',
  database: 'Database',
  handOver: 'Overdragelse',
  notConnected: 'Ikke forbundet',
  annotated: 'forbundet og beskrevet',
  notAnnotated: 'forbundet, endnu ikke beskrevet',
  webhook: 'Webhook',
  email: 'E-mail',
  manual: 'Opgave til medarbejdere',
  setUp: 'Opsæt',
  handOvers: 'Webhooks og overdragelser pr. e-mail, leveringer og afviste leveringer',
  discovery: 'Find personoplysninger i en forbundet database (søgning)',
  noSystems: 'Datakortet har endnu ingen systemer.',
}

const nb: OverviewText = {
  title: 'Tilkoblinger og søk',
  intro:
    'Slik når Vern personopplysningene i hvert system i datakartet. Et system med databasetilkobling besvarer forespørsler selv: Vern leser og sletter direkte der. Et system med webhook eller e-posttilkobling får hver forespørsel overlevert og svarer selv. Alle andre systemer får en oppgave som de ansatte krysser av.',
  system: 'System',
  database: 'Database',
  handOver: 'Overlevering',
  notConnected: 'Ikke tilkoblet',
  annotated: 'tilkoblet og beskrevet',
  notAnnotated: 'tilkoblet, ikke beskrevet ennå',
  webhook: 'Webhook',
  email: 'E-post',
  manual: 'Oppgave for de ansatte',
  setUp: 'Sett opp',
  handOvers: 'Webhooker og overleveringer per e-post, leveranser og avviste leveranser',
  discovery: 'Finn personopplysninger i en tilkoblet database (søk)',
  noSystems: 'Datakartet har ingen systemer ennå.',
}

const sv: OverviewText = {
  title: 'Anslutningar och sökning',
  intro:
    'Så här når Vern personuppgifterna i varje system i datakartan. Ett system med databasanslutning besvarar begäranden själv: Vern läser och raderar direkt där. Ett system med webhook eller e-postanslutning får varje begäran överlämnad och svarar själv. Alla andra system får en uppgift som personalen bockar av.',
  system: 'System',
  database: 'Databas',
  handOver: 'Överlämning',
  notConnected: 'Inte ansluten',
  annotated: 'ansluten och beskriven',
  notAnnotated: 'ansluten, inte beskriven än',
  webhook: 'Webhook',
  email: 'E-post',
  manual: 'Uppgift för personalen',
  setUp: 'Ställ in',
  handOvers: 'Webhooks och överlämningar per e-post, leveranser och avvisade leveranser',
  discovery: 'Hitta personuppgifter i en ansluten databas (sökning)',
  noSystems: 'Datakartan har inga system än.',
}

const fi: OverviewText = {
  title: 'Yhteydet ja etsintä',
  intro:
    'Näin Vern tavoittaa henkilötiedot tietokartan kussakin järjestelmässä. Tietokantayhteydellä liitetty järjestelmä vastaa pyyntöihin itse: Vern lukee ja poistaa tiedot suoraan siellä. Webhookilla tai sähköpostilla liitetylle järjestelmälle jokainen pyyntö luovutetaan, ja se vastaa itse. Kaikille muille järjestelmille syntyy tehtävä, jonka henkilöstö kuittaa.',
  system: 'Järjestelmä',
  database: 'Tietokanta',
  handOver: 'Luovutus',
  notConnected: 'Ei yhteyttä',
  annotated: 'liitetty ja kuvattu',
  notAnnotated: 'liitetty, ei vielä kuvattu',
  webhook: 'Webhook',
  email: 'Sähköposti',
  manual: 'Tehtävä henkilöstölle',
  setUp: 'Määritä',
  handOvers: 'Webhookit ja sähköpostiluovutukset, toimitukset ja hylätyt toimitukset',
  discovery: 'Etsi henkilötietoja liitetystä tietokannasta (etsintä)',
  noSystems: 'Tietokartassa ei ole vielä järjestelmiä.',
}

const TEXTS: Record<AdminLanguage, OverviewText> = { en, da, nb, sv, fi }

/** /admin/connections: each system of the data map and how Vern reaches it, with links to set it up. */
export async function overviewPages(
  app: FastifyInstance,
  connections: ConnectionService,
  connectors: ConnectorService,
): Promise<void> {
  const { ctx } = app
  app.get(
    '/admin/connections',
    { config: { access: 'datamap.read', page: true } },
    async (request, reply) => {
      const t = TEXTS[pageLanguage(request)]
      const systems = await dataMapOf(ctx).systems.list(ctx.db)
      const described = new Set((await connectors.connected(ctx.db)).map((s) => s.systemId))
      const { webhooks, email } = handOverServices(ctx)
      const hooked = new Set((await webhooks.list(ctx.db)).map((w) => w.systemId))
      const mailed = new Set((await email.list(ctx.db)).map((e) => e.systemId))
      const rows = await Promise.all(
        systems.map(async (s) => {
          const sql = await connections.find(ctx.db, s.id)
          const database = sql
            ? `${sql.kind}, ${described.has(s.id) ? t.annotated : t.notAnnotated}`
            : t.notConnected
          const handOver = hooked.has(s.id) ? t.webhook : mailed.has(s.id) ? t.email : sql ? '–' : t.manual
          return html`<tr><th scope="row">${s.name}</th><td>${database}</td><td>${handOver}</td><td><a href="/admin/data-map/systems/${s.id}/connection">${t.setUp}<span class="visually-hidden">: ${s.name}</span></a></td></tr>`
        }),
      )
      return sendPage(request, reply, {
        title: t.title,
        body: html`<p>${t.intro}</p>
<ul><li><a href="/admin/connections/requests">${t.handOvers}</a></li><li><a href="/admin/discovery">${t.discovery}</a></li></ul>
${
  systems.length === 0
    ? html`<p>${t.noSystems}</p>`
    : html`<div class="table-wrap"><table><thead><tr><th scope="col">${t.system}</th><th scope="col">${t.database}</th><th scope="col">${t.handOver}</th><td></td></tr></thead><tbody>${rows}</tbody></table></div>`
}`,
      })
    },
  )
}
