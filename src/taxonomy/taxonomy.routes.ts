import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { actorOf } from '../auth/principal.js'
import { ErrorBody, STANDARD_ERRORS } from '../http/schemas.js'
import {
  IMPORT_MAX,
  ImportJson,
  ImportResult,
  ImportYaml,
  ItemParams,
  KindQuery,
  TaxonomyCreate,
  TaxonomyItemView,
  TaxonomyList,
  TaxonomyPatch,
} from './taxonomy.schema.js'

const YAML_TYPES = ['application/yaml', 'text/yaml']

/** The taxonomy API: list, create, change, and fideslang YAML import and export. */
export async function taxonomyRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const { ctx } = app
  // Only this plugin's routes take YAML bodies; everywhere else they stay 415.
  app.addContentTypeParser(YAML_TYPES, { parseAs: 'string', bodyLimit: IMPORT_MAX }, (_request, body, done) =>
    done(null, body),
  )
  const tags = ['taxonomy']

  app.get(
    '/api/v1/taxonomy',
    {
      config: { access: 'datamap.read' },
      schema: {
        tags,
        summary: 'Data categories, data uses and kinds of data subjects',
        description: 'Every item of the three trees, or of one (`kind`), parents before their children.',
        querystring: KindQuery,
        response: { 200: TaxonomyList, ...STANDARD_ERRORS },
      },
    },
    async (request) => ({ items: await ctx.taxonomy.list(ctx.db, request.query.kind) }),
  )

  app.post(
    '/api/v1/taxonomy',
    {
      config: { access: 'datamap.write' },
      schema: {
        tags,
        summary: 'Add a custom key',
        description:
          'A new root, or a key under an existing item of the same kind: `parentKey` is the key minus its last part. 409 when the key exists.',
        body: TaxonomyCreate,
        response: { 201: TaxonomyItemView, ...STANDARD_ERRORS, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const item = await ctx.db
        .transaction()
        .execute((trx) => ctx.taxonomy.create(trx, request.body, actorOf(request.principal), request.id))
      return reply.status(201).send(item)
    },
  )

  app.get(
    '/api/v1/taxonomy/export',
    {
      config: { access: 'datamap.read' },
      schema: {
        tags,
        summary: 'Export as fideslang YAML',
        description:
          'A fideslang document with `data_category`, `data_use` and `data_subject` lists (or one, with `kind`), keys in a fixed order. Vern’s five-language names are in `vern_labels` and the disabled state in `vern_disabled`; fideslang ignores both. `is_default` is left out.',
        querystring: KindQuery,
        response: {
          200: { description: 'fideslang YAML', content: { 'application/yaml': { schema: Type.String() } } },
          ...STANDARD_ERRORS,
        },
      },
    },
    async (request, reply) => {
      const yaml = await ctx.taxonomy.exportYaml(ctx.db, request.query.kind)
      return reply
        .type('application/yaml; charset=utf-8')
        .header('content-disposition', `attachment; filename="vern-taxonomy.yml"`)
        .send(yaml)
    },
  )

  app.post(
    '/api/v1/taxonomy/import',
    {
      config: { access: 'datamap.write' },
      bodyLimit: IMPORT_MAX + 1024,
      schema: {
        tags,
        summary: 'Import fideslang YAML',
        description:
          'Send the document as the body with content type `application/yaml` or `text/yaml`, or as JSON `{"yaml": "…"}`. Items are created or updated (name, description, and `vern_labels` / `vern_disabled` where given); nothing is deleted. A parent must exist or come in the same file. All or nothing: any error (malformed YAML, a bad key, an unknown parent) answers 400 naming the item, e.g. `data_category.3.parent_key`, and writes nothing.',
        body: {
          content: {
            'application/yaml': { schema: ImportYaml },
            'text/yaml': { schema: ImportYaml },
            'application/json': { schema: ImportJson },
          },
        },
        response: { 200: ImportResult, ...STANDARD_ERRORS, 415: ErrorBody },
      },
    },
    async (request) => {
      const body = request.body as string | { yaml: string }
      const text = typeof body === 'string' ? body : body.yaml
      return ctx.db
        .transaction()
        .execute((trx) => ctx.taxonomy.importYaml(trx, text, actorOf(request.principal), request.id))
    },
  )

  app.get(
    '/api/v1/taxonomy/:kind/:key',
    {
      config: { access: 'datamap.read' },
      schema: {
        tags,
        summary: 'One item',
        params: ItemParams,
        response: { 200: TaxonomyItemView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) => ctx.taxonomy.get(ctx.db, request.params.kind, request.params.key),
  )

  app.patch(
    '/api/v1/taxonomy/:kind/:key',
    {
      config: { access: 'datamap.write' },
      schema: {
        tags,
        summary: 'Change an item',
        description:
          'Name, description, labels (replaced as a whole) and whether it is disabled. A disabled item, and everything under it, can no longer be chosen; where it is already used it stays.',
        params: ItemParams,
        body: TaxonomyPatch,
        response: { 200: TaxonomyItemView, ...STANDARD_ERRORS, 404: ErrorBody },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          ctx.taxonomy.update(
            trx,
            request.params.kind,
            request.params.key,
            request.body,
            actorOf(request.principal),
            request.id,
          ),
        ),
  )
}
