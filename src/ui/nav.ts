import type { Principal } from '../auth/principal.js'
import { can, type Permission } from '../auth/roles.js'
import type { AdminText } from '../i18n/admin/index.js'

type NavKey = keyof AdminText['nav']

export interface NavItem {
  key: NavKey
  href: string
  /** Shown when the role has any of these. */
  anyOf: Permission[] | 'authenticated'
  /** The issue that builds the page; until then it is a placeholder that says so. */
  plannedIn?: number
  placeholder?: keyof AdminText['placeholder']['descriptions']
}

export interface NavSection {
  key: NavKey
  items: NavItem[]
}

/** The admin navigation: one entry per capability in PRODUCT.md. */
export const NAVIGATION: NavSection[] = [
  { key: 'overview', items: [{ key: 'dashboard', href: '/', anyOf: 'authenticated' }] },
  {
    key: 'dataMapSection',
    items: [
      { key: 'dataMap', href: '/admin/data-map', anyOf: ['datamap.read'] },
      { key: 'processors', href: '/admin/processors', anyOf: ['datamap.read'] },
      { key: 'ropa', href: '/admin/ropa', anyOf: ['datamap.read'] },
      { key: 'taxonomy', href: '/admin/taxonomy', anyOf: ['datamap.read'] },
      { key: 'people', href: '/admin/people', anyOf: ['subjects.read', 'subjects.billing.read'] },
    ],
  },
  {
    key: 'consentSection',
    items: [
      {
        key: 'consent',
        href: '/admin/consent',
        anyOf: ['consents.read'],
      },
      {
        key: 'subscriptions',
        href: '/admin/subscriptions',
        anyOf: ['subscriptions.read'],
      },
    ],
  },
  {
    key: 'rightsSection',
    items: [{ key: 'requests', href: '/admin/requests', anyOf: ['requests.read'] }],
  },
  {
    key: 'systemsSection',
    items: [
      {
        key: 'connections',
        href: '/admin/connections',
        anyOf: ['datamap.read'],
      },
    ],
  },
  {
    key: 'retentionSection',
    items: [
      {
        key: 'retention',
        href: '/admin/retention',
        anyOf: ['retention.read'],
      },
      {
        key: 'legalHolds',
        href: '/admin/legal-holds',
        anyOf: ['retention.read'],
      },
    ],
  },
  {
    key: 'incidentsSection',
    items: [
      {
        key: 'breaches',
        href: '/admin/breaches',
        anyOf: ['breaches.read'],
      },
      {
        key: 'vulnerabilities',
        href: '/admin/vulnerability-reports',
        anyOf: ['vulnerabilities.read'],
      },
    ],
  },
  {
    key: 'policySection',
    items: [{ key: 'policy', href: '/admin/policy', anyOf: ['policy.read'] }],
  },
  {
    key: 'adminSection',
    items: [
      { key: 'organisation', href: '/admin/organisation', anyOf: ['organisation.read'] },
      { key: 'users', href: '/admin/users', anyOf: ['users.manage'] },
      { key: 'apiKeys', href: '/admin/api-keys', anyOf: ['apikeys.manage'] },
      { key: 'audit', href: '/admin/audit', anyOf: ['audit.read'] },
      { key: 'outbox', href: '/admin/outbox', anyOf: ['outbox.read'] },
      { key: 'jobs', href: '/admin/jobs', anyOf: ['jobs.read'] },
    ],
  },
]

export function mayOpen(principal: Principal, item: NavItem): boolean {
  return item.anyOf === 'authenticated' || item.anyOf.some((p) => can(principal.role, p))
}

/** The sections and items this principal may open; empty sections are left out. */
export function visibleNavigation(principal: Principal): NavSection[] {
  return NAVIGATION.map((s) => ({ ...s, items: s.items.filter((i) => mayOpen(principal, i)) })).filter(
    (s) => s.items.length > 0,
  )
}
