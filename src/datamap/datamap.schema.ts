import Type from 'typebox'

/** Where data lives, by the kind of tool. */
export const SYSTEM_KINDS = [
  'webshop',
  'newsletter',
  'accounting',
  'crm',
  'payment',
  'hosting',
  'analytics',
  'vern',
  'other',
] as const
export type SystemKind = (typeof SYSTEM_KINDS)[number]

/** The technical and organisational measures a system can name (Art. 32, Art. 30(1)(g)). */
export const SECURITY_MEASURES = [
  'encryption_at_rest',
  'encryption_in_transit',
  'access_control',
  'multi_factor',
  'logging',
  'backups',
  'vulnerability_scanning',
  'malware_scanning',
  'pseudonymisation',
  'staff_training',
  'physical_security',
] as const
export type SecurityMeasure = (typeof SECURITY_MEASURES)[number]

export const RECIPIENT_ROLES = [
  'processor',
  'sub_processor',
  'independent_controller',
  'public_authority',
] as const
export type RecipientRole = (typeof RECIPIENT_ROLES)[number]

/** Chapter V safeguards: adequacy decision (Art. 45), SCCs (46(2)(c)), BCRs (47), derogation (49). */
export const SAFEGUARDS = ['adequacy', 'scc', 'bcr', 'derogation', 'none'] as const
export type Safeguard = (typeof SAFEGUARDS)[number]

/** Art. 6(1)(a)-(f). */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const
export type LegalBasis = (typeof LEGAL_BASES)[number]

/** Art. 9(2)(a)-(j), the conditions that lift the ban on special categories. */
export const SPECIAL_CONDITIONS = [
  'explicit_consent',
  'employment_social_security',
  'vital_interests',
  'not_for_profit_body',
  'made_public',
  'legal_claims',
  'substantial_public_interest',
  'health_care',
  'public_health',
  'archiving_research_statistics',
] as const
export type SpecialCondition = (typeof SPECIAL_CONDITIONS)[number]

/** Art. 13(2)(e): whether providing the data is required, and by what. */
export const REQUIREMENTS = ['statutory', 'contractual', 'contract_prerequisite', 'voluntary'] as const
export type Requirement = (typeof REQUIREMENTS)[number]

export const PERIOD_UNITS = ['days', 'months', 'years'] as const
export type PeriodUnit = (typeof PERIOD_UNITS)[number]

export const text = (max: number) => Type.String({ minLength: 1, maxLength: max })
export const nullable = <T extends Type.TSchema>(schema: T, options?: Type.TSchemaOptions) =>
  Type.Union([schema, Type.Null()], options)
export const Country = Type.String({
  pattern: '^[A-Z]{2}$',
  maxLength: 2,
  description: 'ISO 3166-1 alpha-2 code, e.g. DK or US',
})
export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })
export const DateOnly = Type.String({ format: 'date', maxLength: 10 })
