import Type, { type Static } from 'typebox'
import { ROLES } from '../auth/roles.js'

export const ApiKeyView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Type.Enum(ROLES),
  createdBy: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
})

export const NewApiKeyBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }), role: Type.Enum(ROLES) },
  { additionalProperties: false },
)
export type NewApiKeyBody = Static<typeof NewApiKeyBody>

export const CreatedApiKey = Type.Object({
  key: Type.String({ description: 'The secret key. Shown only in this answer; store it now.' }),
  apiKey: ApiKeyView,
})
