import Type, { type Static } from 'typebox'
import { Country, DateOnly, Id, nullable, RECIPIENT_ROLES, SAFEGUARDS, text } from './datamap.schema.js'

const fields = {
  name: text(200),
  role: Type.Enum(RECIPIENT_ROLES),
  country: Country,
  description: Type.Optional(
    nullable(text(1000), { description: 'What the recipient does, in words fit for the public list' }),
  ),
  contactName: Type.Optional(nullable(text(200))),
  contactEmail: Type.Optional(nullable(Type.String({ format: 'email', maxLength: 254 }))),
  contactPhone: Type.Optional(nullable(text(40))),
  website: Type.Optional(nullable(Type.String({ format: 'uri', maxLength: 300 }))),
  parentId: Type.Optional(
    nullable(Id, { description: 'For a sub-processor: the processor that engages it' }),
  ),
  transferSafeguard: Type.Optional(
    nullable(Type.Enum(SAFEGUARDS), {
      description: 'Required when the country is outside the EU/EEA; cleared when it is inside',
    }),
  ),
  dpaSignedOn: Type.Optional(nullable(DateOnly)),
  dpaReviewOn: Type.Optional(nullable(DateOnly)),
  published: Type.Optional(Type.Boolean({ description: 'Shown on the public page /privacy/processors' })),
}

export const NewProcessor = Type.Object(fields, { additionalProperties: false })
export type NewProcessor = Static<typeof NewProcessor>

export const ProcessorPatch = Type.Partial(NewProcessor, { additionalProperties: false })
export type ProcessorPatch = Static<typeof ProcessorPatch>

export const DocumentView = Type.Object({
  id: Type.String(),
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String({ description: 'Hex SHA-256 of the stored bytes' }),
  uploadedAt: Type.String({ format: 'date-time' }),
})
export type DocumentView = Static<typeof DocumentView>

export const ProcessorView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Type.Enum(RECIPIENT_ROLES),
  country: Type.String(),
  thirdCountry: Type.Boolean({ description: 'Outside the EU/EEA' }),
  description: nullable(Type.String()),
  contactName: nullable(Type.String()),
  contactEmail: nullable(Type.String()),
  contactPhone: nullable(Type.String()),
  website: nullable(Type.String()),
  parentId: nullable(Type.String()),
  transferSafeguard: nullable(Type.Enum(SAFEGUARDS)),
  dpa: nullable(DocumentView),
  dpaSignedOn: nullable(Type.String({ format: 'date' })),
  dpaReviewOn: nullable(Type.String({ format: 'date' })),
  published: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})
export type Processor = Static<typeof ProcessorView>
