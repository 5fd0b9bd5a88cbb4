import Type from 'typebox'
import { CLOCK_STARTS, RETENTION_ACTIONS } from './retention.dates.js'
import { HOLD_SCOPES } from './retention.schema.js'
import { SWEEP_TARGETS } from './sweep.plan.js'

const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })

export const StepReportView = Type.Object({
  ruleId: nullable(Type.String()),
  ruleName: nullable(Type.String()),
  target: Type.Enum(SWEEP_TARGETS),
  action: Type.Enum(RETENTION_ACTIONS),
  clockStart: nullable(Type.Enum(CLOCK_STARTS)),
  cutoff: nullable(Day),
  evaluated: Type.Integer({ description: 'Records of the kinds the step covers' }),
  done: Type.Integer({
    description: 'Deleted, anonymised or restricted (people), per the action; in a preview, what would be',
  }),
  held: Type.Array(
    Type.Object({ holdId: Type.String(), scope: Type.Enum(HOLD_SCOPES), count: Type.Integer() }),
    { description: 'The legal holds that stopped due records, and how many' },
  ),
  restricted: Type.Integer({ description: 'Due records of restricted people, left alone' }),
  kept: Type.Integer({
    description: 'People due but still needed by their records, a permission or a request',
  }),
  tasksOpened: Type.Integer({ description: 'Manual tasks opened for systems outside Vern' }),
  erasedIn: Type.Integer({
    description: 'Erasures of people in connected systems (one per person and system)',
  }),
  failed: Type.Integer({
    description: 'People whose erasure in a connected system failed: kept, and tried again by the next sweep',
  }),
  sample: Type.Optional(
    Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), date: Type.String() }), {
      description: 'Preview only: ids, kinds and dates of some records the step would act on',
    }),
  ),
})

export const SweepReportView = Type.Object({
  runId: nullable(Type.String()),
  trigger: Type.String(),
  dryRun: Type.Boolean(),
  today: Day,
  startedAt: Type.String({ format: 'date-time' }),
  finishedAt: nullable(Type.String({ format: 'date-time' })),
  status: Type.Union([Type.Literal('running'), Type.Literal('finished')]),
  steps: Type.Array(StepReportView),
})

export const TaskView = Type.Object({
  id: Type.String(),
  ruleId: Type.String(),
  systemId: Type.String(),
  cutoff: Day,
  status: Type.Union([Type.Literal('open'), Type.Literal('done')]),
  openedAt: Type.String({ format: 'date-time' }),
  doneAt: nullable(Type.String({ format: 'date-time' })),
  doneCutoff: nullable(Day),
})

export const TaskQuery = Type.Object(
  { status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('done')])) },
  { additionalProperties: false },
)

export const AggregateView = Type.Object({
  ruleId: Type.String(),
  recordType: Type.String(),
  kind: Type.String(),
  month: Type.String(),
  count: Type.Integer(),
})
