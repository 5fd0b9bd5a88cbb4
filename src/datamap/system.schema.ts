import Type, { type Static } from 'typebox'
import { Country, Id, nullable, SECURITY_MEASURES, SYSTEM_KINDS, text } from './datamap.schema.js'

export const MeasureInput = Type.Object(
  { measure: Type.Enum(SECURITY_MEASURES), note: Type.Optional(nullable(text(500))) },
  { additionalProperties: false },
)

const fields = {
  name: text(200),
  description: Type.Optional(nullable(text(2000))),
  owner: Type.Optional(nullable(text(200), { description: 'Who is responsible for the system' })),
  kind: Type.Enum(SYSTEM_KINDS),
  hostingCountry: Type.Optional(nullable(Country)),
  processorId: Type.Optional(nullable(Id, { description: 'The processor that runs the system' })),
  securityMeasures: Type.Optional(Type.Array(MeasureInput, { maxItems: SECURITY_MEASURES.length })),
}

export const NewSystem = Type.Object(fields, { additionalProperties: false })
export type NewSystem = Static<typeof NewSystem>

export const SystemPatch = Type.Partial(NewSystem, { additionalProperties: false })
export type SystemPatch = Static<typeof SystemPatch>

export const SystemView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: nullable(Type.String()),
  owner: nullable(Type.String()),
  kind: Type.Enum(SYSTEM_KINDS),
  hostingCountry: nullable(Type.String()),
  processorId: nullable(Type.String()),
  securityMeasures: Type.Array(
    Type.Object({ measure: Type.Enum(SECURITY_MEASURES), note: nullable(Type.String()) }),
  ),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})
export type System = Static<typeof SystemView>
