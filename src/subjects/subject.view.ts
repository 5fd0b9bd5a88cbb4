import Type, { type Static } from 'typebox'
import {
  COMPANY_NUMBER_KINDS,
  INTERACTION_KINDS,
  NATIONAL_ID_KINDS,
  RELATIONSHIPS,
  SUBJECT_KINDS,
} from './subject.schema.js'

const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const str = nullable(Type.String())

export const AddressView = Type.Object({ street: str, postalCode: str, city: str, country: str })
export type Address = Static<typeof AddressView>

/** Personal fields; a field the caller's role may not see is left out, not sent as null. */
const profileView = {
  name: Type.Optional(str),
  email: Type.Optional(str),
  phone: Type.Optional(Type.Union([Type.String({ description: 'E.164' }), Type.Null()])),
  address: Type.Optional(nullable(AddressView)),
  billingAddress: Type.Optional(nullable(AddressView)),
  jobTitle: Type.Optional(str),
  workplace: Type.Optional(str),
  nationalIds: Type.Optional(
    Type.Array(Type.Object({ kind: Type.Enum(NATIONAL_ID_KINDS), value: Type.String() })),
  ),
  externalIds: Type.Optional(Type.Array(Type.Object({ system: Type.String(), id: Type.String() }))),
  companyNumber: Type.Optional(
    nullable(Type.Object({ kind: Type.Enum(COMPANY_NUMBER_KINDS), value: Type.String(), vatNumber: str })),
  ),
  gln: Type.Optional(str),
  cardLast4: Type.Optional(str),
  cardExpiry: Type.Optional(str),
  notes: Type.Optional(str),
}

export const SubjectView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.Enum(SUBJECT_KINDS),
  companyId: nullable(Type.String()),
  relationship: Type.Enum(RELATIONSHIPS),
  firstContactAt: nullable(Type.String({ format: 'date-time' })),
  lastContactAt: nullable(Type.String({ format: 'date-time' })),
  relationshipEndedAt: nullable(Type.String({ format: 'date-time' })),
  source: Type.String(),
  restricted: Type.Boolean(),
  erased: Type.Boolean({ description: 'The data key was destroyed: nothing personal can be read' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  ...profileView,
})
/** A person or company as a staff member sees it: only the fields their role may see. */
export type Subject = Static<typeof SubjectView>

export const SubjectPage = Type.Object({
  subjects: Type.Array(SubjectView),
  next: nullable(Type.String({ description: 'Pass as `before` for the next page; null at the end' })),
})

export const InteractionView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  subjectId: Type.String({ format: 'uuid' }),
  kind: Type.Enum(INTERACTION_KINDS),
  occurredAt: Type.String({ format: 'date-time' }),
  reference: str,
  summary: str,
  amount: nullable(Type.Number()),
  currency: str,
  createdAt: Type.String({ format: 'date-time' }),
})
export type Interaction = Static<typeof InteractionView>

export const InteractionList = Type.Object({ interactions: Type.Array(InteractionView) })
