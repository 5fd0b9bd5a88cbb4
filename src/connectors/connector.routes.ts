import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { actorOf } from '../auth/principal.js'
import { ErrorBody, IdParams, STANDARD_ERRORS } from '../http/schemas.js'
import { ConnectionInput, ConnectionTestAnswer, ConnectionView } from './connection.schema.js'
import type { ConnectionService } from './connection.service.js'
import { type ConnectorService, MAX_DATASET_BYTES } from './connector.service.js'
import { DatasetDocument, ValidationReport } from './dataset.schema.js'

const YAML_TYPES = ['application/yaml', 'text/yaml']
const tags = ['connected systems']
const YamlBody = Type.String({ minLength: 1, maxLength: MAX_DATASET_BYTES })
const DATASET_BODY = {
  content: {
    'application/json': { schema: DatasetDocument },
    'application/yaml': { schema: YamlBody },
    'text/yaml': { schema: YamlBody },
  },
}

/** /api/v1/systems/{id}/connection and /api/v1/systems/{id}/dataset. */
export async function connectorRoutes(
  fastify: FastifyInstance,
  connections: ConnectionService,
  connectors: ConnectorService,
): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  // Only this plugin's routes take YAML bodies.
  app.addContentTypeParser(
    YAML_TYPES,
    { parseAs: 'string', bodyLimit: MAX_DATASET_BYTES },
    (_request, body, done) => done(null, body),
  )
  const who = (request: { principal: Parameters<typeof actorOf>[0]; id: string }) => ({
    actor: actorOf(request.principal),
    requestId: request.id,
  })

  app.get(
    '/api/v1/systems/:id/connection',
    {
      config: { access: 'datamap.read' },
      schema: {
        tags,
        summary: 'The system’s SQL connection',
        description:
          'Kind, host, database and whether read and write credentials are set; never the credentials.',
        params: IdParams,
        response: { 200: ConnectionView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => connections.get(ctx.db, request.params.id),
  )

  app.put(
    '/api/v1/systems/:id/connection',
    {
      config: { access: 'datamap.write' },
      schema: {
        tags,
        summary: 'Set the system’s SQL connection',
        description:
          'PostgreSQL, MySQL/MariaDB (`mysql`) or SQLite (a file path). Give `url` or the separate fields; `read` credentials are needed, `write` ones only for erasure (SQLite: `writable`). Credentials left out are kept; `write: null` removes them. Sealed at rest and never returned. Audited.',
        params: IdParams,
        body: ConnectionInput,
        response: { 200: ConnectionView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) => connections.put(trx, request.params.id, request.body, who(request))),
  )

  app.delete(
    '/api/v1/systems/:id/connection',
    {
      config: { access: 'datamap.write' },
      schema: {
        tags,
        summary: 'Remove the system’s SQL connection',
        params: IdParams,
        response: { 204: Type.Null(), ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      await ctx.db.transaction().execute((trx) => connections.remove(trx, request.params.id, who(request)))
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/api/v1/systems/:id/connection/test',
    {
      config: { access: 'datamap.write' },
      schema: {
        tags,
        summary: 'Test the connection',
        description:
          'Connects with the read credentials (5 s to connect) and lists the tables, then tries the write credentials when set. A failure answers 502 connection_failed saying what went wrong (unreachable, timed out, refused, no such database), never a credential. Audited.',
        params: IdParams,
        response: { 200: ConnectionTestAnswer, ...STANDARD_ERRORS, 409: ErrorBody, 502: ErrorBody },
      },
    },
    async (request) => connections.test(ctx.db, request.params.id, who(request)),
  )

  app.get(
    '/api/v1/systems/:id/dataset',
    {
      config: { access: 'datamap.read' },
      schema: {
        tags,
        summary: 'The system’s dataset annotation',
        description: 'JSON by default; YAML when `Accept` asks for application/yaml or text/yaml.',
        params: IdParams,
        response: {
          200: {
            description: 'The annotation',
            content: {
              'application/json': { schema: DatasetDocument },
              'application/yaml': { schema: Type.String() },
            },
          },
          ...STANDARD_ERRORS,
          404: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const doc = await connectors.getDataset(ctx.db, request.params.id)
      const accept = request.headers.accept ?? ''
      if (/yaml/.test(accept) && !/json/.test(accept))
        return reply.type('application/yaml; charset=utf-8').send(connectors.toYaml(doc))
      return doc
    },
  )

  app.put(
    '/api/v1/systems/:id/dataset',
    {
      config: { access: 'datamap.write' },
      bodyLimit: MAX_DATASET_BYTES + 1024,
      schema: {
        tags,
        summary: 'Set the system’s dataset annotation',
        description:
          'A fideslang dataset (`dataset: { fides_key, collections: [{ name, fields: [{ name, data_categories, fides_meta: { identity, references } }] }] }`) with Vern’s `erasure: { action, replacement, retention }` per field, as JSON or YAML. Checked against the connected database and the taxonomy first; any problem answers 422 dataset_invalid naming the first (validate lists them all), and nothing is stored. Audited.',
        params: IdParams,
        body: DATASET_BODY,
        response: {
          200: DatasetDocument,
          ...STANDARD_ERRORS,
          404: ErrorBody,
          409: ErrorBody,
          415: ErrorBody,
          422: ErrorBody,
          502: ErrorBody,
        },
      },
    },
    async (request) => {
      const document = connectors.parse(request.body, request.headers['content-type'])
      const report = await connectors.validate(ctx.db, request.params.id, document)
      return ctx.db
        .transaction()
        .execute((trx) => connectors.putDataset(trx, request.params.id, report, document, who(request)))
    },
  )

  app.post(
    '/api/v1/systems/:id/dataset/validate',
    {
      config: { access: 'datamap.read' },
      bodyLimit: MAX_DATASET_BYTES + 1024,
      schema: {
        tags,
        summary: 'Check a dataset annotation without storing it',
        description:
          'Every problem at once, each with its path: unknown tables, columns and data categories, tables no identity reaches, set_null on a NOT NULL column, deleted rows that others point at.',
        params: IdParams,
        body: {
          content: {
            'application/json': { schema: Type.Unknown() },
            'application/yaml': { schema: YamlBody },
            'text/yaml': { schema: YamlBody },
          },
        },
        response: {
          200: ValidationReport,
          ...STANDARD_ERRORS,
          404: ErrorBody,
          409: ErrorBody,
          415: ErrorBody,
          502: ErrorBody,
        },
      },
    },
    async (request) => {
      const document = connectors.parse(request.body, request.headers['content-type'])
      const { valid, issues } = await connectors.validate(ctx.db, request.params.id, document)
      return { valid, issues }
    },
  )
}
