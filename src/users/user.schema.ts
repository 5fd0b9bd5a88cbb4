import Type, { type Static } from 'typebox'
import { ROLES } from '../auth/roles.js'
import { ADMIN_LANGUAGES } from '../i18n/languages.js'

export const UserView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Type.Enum(ROLES),
  locale: Type.Union([Type.Enum(ADMIN_LANGUAGES), Type.Null()]),
  hasPassword: Type.Boolean({ description: 'False until the invitation is accepted' }),
  twoFactorEnabled: Type.Boolean(),
  disabled: Type.Boolean(),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
})

export const NewUserBody = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    role: Type.Enum(ROLES),
    locale: Type.Optional(Type.Union([Type.Enum(ADMIN_LANGUAGES), Type.Null()])),
    sendInvite: Type.Optional(
      Type.Boolean({ default: true, description: 'Mail the user a link to choose a password' }),
    ),
  },
  { additionalProperties: false },
)
export type NewUserBody = Static<typeof NewUserBody>

export const UserPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    role: Type.Optional(Type.Enum(ROLES)),
    disabled: Type.Optional(Type.Boolean()),
    locale: Type.Optional(Type.Union([Type.Enum(ADMIN_LANGUAGES), Type.Null()])),
  },
  { additionalProperties: false },
)
export type UserPatch = Static<typeof UserPatch>
