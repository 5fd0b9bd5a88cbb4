import Type, { type Static } from 'typebox'

const Id = Type.String({ format: 'uuid', maxLength: 36 })

export const ScanParams = Type.Object({ id: Id }, { additionalProperties: false })
export type ScanParams = Static<typeof ScanParams>

/** The admin form that starts a scan of a data-map system (form fields arrive as strings). */
export const StartScanForm = Type.Object(
  {
    _csrf: Type.Optional(Type.String({ maxLength: 200 })),
    systemId: Id,
    sampleRows: Type.Optional(Type.String({ pattern: '^(|[1-9][0-9]{0,5}|1000000)$', maxLength: 7 })),
  },
  { additionalProperties: false },
)
export type StartScanForm = Static<typeof StartScanForm>
