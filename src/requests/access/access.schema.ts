import Type, { type Static } from 'typebox'

/** The download link's token. Only its shape is checked here: a wrong token gets the neutral page. */
export const DownloadParams = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 512 }) },
  { additionalProperties: false },
)
export type DownloadParams = Static<typeof DownloadParams>

/** The download form sends nothing but the button. */
export const DownloadForm = Type.Object({}, { additionalProperties: false })
