import Type from 'typebox'

/** The error body of CONTRACT.md, for the OpenAPI document. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable snake_case code; see docs/errors.md' }),
      message: Type.String(),
      field: Type.Optional(Type.String({ description: 'The offending field, for validation_failed' })),
      rule: Type.Optional(
        Type.String({
          description:
            'For validation_failed: which rule the field broke, e.g. required, too_long, check_digit',
        }),
      ),
      requestId: Type.Optional(Type.String()),
    }),
  },
  { description: 'An error' },
)

/** The usual error answers of an authenticated route. */
export const STANDARD_ERRORS = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody } as const

export const IdParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
)
