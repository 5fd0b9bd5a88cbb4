import Type, { type Static } from 'typebox'
import { ADMIN_LANGUAGES } from '../i18n/languages.js'
import { CLOCK_STARTS, PERIOD_UNITS, RETENTION_ACTIONS } from './retention.dates.js'
import { PRESET_KEYS } from './retention.presets.js'

const text = (max: number) => Type.String({ minLength: 1, maxLength: max })
const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const CategoryKey = Type.String({ minLength: 1, maxLength: 200, pattern: '^[a-z0-9_]+(\\.[a-z0-9_]+)*$' })
const ActivityId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })

export const PeriodInput = Type.Object(
  {
    value: Type.Integer({ minimum: 0, maximum: 36500 }),
    unit: Type.Enum(PERIOD_UNITS),
    toCalendarYearEnd: Type.Optional(
      Type.Boolean({
        description: 'Run on to the end of the calendar year the period ends in (SE, FI vouchers)',
      }),
    ),
  },
  { additionalProperties: false },
)

const fields = {
  name: text(200),
  dataCategories: Type.Optional(Type.Array(CategoryKey, { maxItems: 100, uniqueItems: true })),
  activityIds: Type.Optional(Type.Array(ActivityId, { maxItems: 100, uniqueItems: true })),
  dataSubjects: Type.Optional(
    Type.Array(CategoryKey, {
      maxItems: 50,
      uniqueItems: true,
      description:
        'Kinds of data subject (taxonomy keys, e.g. "prospect") whose records the rule covers; empty or absent: every kind',
    }),
  ),
  clockStart: Type.Enum(CLOCK_STARTS),
  period: PeriodInput,
  action: Type.Enum(RETENTION_ACTIONS),
  legalGround: Type.String({
    minLength: 1,
    maxLength: 2000,
    description: 'The legal ground in words, as the privacy policy will show it',
  }),
}

export const NewRule = Type.Object(fields, { additionalProperties: false })
export type NewRule = Static<typeof NewRule>

export const RulePatch = Type.Partial(NewRule, { additionalProperties: false })
export type RulePatch = Static<typeof RulePatch>

export const ApplyPreset = Type.Object(
  {
    preset: Type.Enum(PRESET_KEYS),
    language: Type.Optional(
      Type.Enum(ADMIN_LANGUAGES, {
        description: "The language of the rule's name and legal ground; default the organisation's",
      }),
    ),
  },
  { additionalProperties: false },
)
export type ApplyPreset = Static<typeof ApplyPreset>

export const RuleView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  dataCategories: Type.Array(Type.String()),
  activityIds: Type.Array(Type.String()),
  dataSubjects: Type.Array(Type.String()),
  clockStart: Type.Enum(CLOCK_STARTS),
  period: Type.Object({
    value: Type.Integer(),
    unit: Type.Enum(PERIOD_UNITS),
    toCalendarYearEnd: Type.Boolean(),
  }),
  action: Type.Enum(RETENTION_ACTIONS),
  legalGround: Type.String(),
  preset: nullable(Type.Enum(PRESET_KEYS)),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})
export type Rule = Static<typeof RuleView>

export const HOLD_SCOPES = ['subject', 'system', 'data_category'] as const
export type HoldScope = (typeof HOLD_SCOPES)[number]

export const NewHold = Type.Object(
  {
    scope: Type.Enum(HOLD_SCOPES),
    target: Type.String({
      minLength: 1,
      maxLength: 200,
      pattern: '^[A-Za-z0-9_.-]+$',
      description: 'The subject id, system id or data category key',
    }),
    reason: text(2000),
    endsAt: Type.Optional(nullable(Type.String({ format: 'date-time', maxLength: 40 }))),
  },
  { additionalProperties: false },
)
export type NewHold = Static<typeof NewHold>

export const HoldView = Type.Object({
  id: Type.String(),
  scope: Type.Enum(HOLD_SCOPES),
  target: Type.String(),
  reason: Type.String(),
  endsAt: nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
  releasedAt: nullable(Type.String({ format: 'date-time' })),
  active: Type.Boolean(),
})
export type Hold = Static<typeof HoldView>

export const HoldQuery = Type.Object(
  {
    active: Type.Optional(
      Type.Boolean({ description: 'Only the holds in force (true) or only the released' }),
    ),
  },
  { additionalProperties: false },
)
