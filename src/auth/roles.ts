/** The roles of CONTRACT.md. */
export const ROLES = ['owner', 'dpo', 'support', 'billing', 'marketing', 'auditor'] as const
export type Role = (typeof ROLES)[number]

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

/**
 * Every right a route can require. Later capabilities use the names already here, so the role
 * matrix below is the one place where need-to-know access is decided (P17).
 */
export const PERMISSIONS = [
  'organisation.read',
  'organisation.write',
  'users.manage',
  'apikeys.manage',
  'audit.read',
  'outbox.read',
  'jobs.read',
  'datamap.read',
  'datamap.write',
  'subjects.read',
  'subjects.write',
  'subjects.billing.read',
  'subjects.billing.write',
  'requests.read',
  'requests.write',
  'consents.read',
  'consents.write',
  'subscriptions.read',
  'subscriptions.write',
  'retention.read',
  'retention.write',
  'breaches.read',
  'breaches.write',
  'vulnerabilities.read',
  'vulnerabilities.write',
  'policy.read',
  'policy.write',
] as const
export type Permission = (typeof PERMISSIONS)[number]

const ALL = new Set<Permission>(PERMISSIONS)
const ADMIN_ONLY: Permission[] = ['users.manage', 'apikeys.manage']

/** Which role may do what. owner: everything; dpo: everything but users and keys; the rest: their job. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  owner: ALL,
  dpo: new Set(PERMISSIONS.filter((p) => !ADMIN_ONLY.includes(p))),
  support: new Set<Permission>([
    'organisation.read',
    'datamap.read',
    'subjects.read',
    'subjects.write',
    'requests.read',
    'requests.write',
    'policy.read',
  ]),
  billing: new Set<Permission>([
    'organisation.read',
    'datamap.read',
    'subjects.billing.read',
    'subjects.billing.write',
    'requests.read',
    'policy.read',
  ]),
  marketing: new Set<Permission>([
    'organisation.read',
    'datamap.read',
    'consents.read',
    'consents.write',
    'subscriptions.read',
    'subscriptions.write',
    'policy.read',
  ]),
  auditor: new Set<Permission>([
    'organisation.read',
    'datamap.read',
    'audit.read',
    'jobs.read',
    'retention.read',
    'breaches.read',
    'vulnerabilities.read',
    'policy.read',
  ]),
}

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission)
}
