import type { Migration } from 'kysely'
import * as foundation from './2026-11-22-0001-foundation.js'
import * as taxonomy from './2026-11-22-0002-taxonomy.js'
import * as dataMap from './2026-11-22-0003-data-map.js'
import * as register from './2026-11-22-0004-register.js'
import * as imports from './2026-11-22-0005-imports.js'
import * as consent from './2026-11-22-0006-consent.js'
import * as subscriptions from './2026-11-22-0007-subscriptions.js'
import * as requests from './2026-12-07-0001-requests.js'
import * as privacyLinks from './2026-12-07-0002-privacy-links.js'
import * as accessPackages from './2026-12-07-0003-access-packages.js'
import * as erasure from './2026-12-07-0004-erasure.js'
import * as sqlConnections from './2026-12-07-0005-sql-connections.js'
import * as discovery from './2026-12-07-0006-discovery.js'
import * as connections from './2026-12-07-0007-connections.js'
import * as retention from './2026-12-07-0008-retention.js'
import * as retentionSweep from './2026-12-07-0009-retention-sweep.js'
import * as incidents from './2026-12-07-0010-incidents.js'
import * as policy from './2026-12-07-0011-policy.js'
import * as consentPersonIndex from './2026-12-07-0012-consent-person-index.js'

/**
 * Every migration, in order. Listed here rather than read from the folder so the bundled server
 * carries them; names are timestamps so the order is also the alphabetical one.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-22-0001-foundation': foundation,
  '2026-11-22-0002-taxonomy': taxonomy,
  '2026-11-22-0003-data-map': dataMap,
  '2026-11-22-0004-register': register,
  '2026-11-22-0005-imports': imports,
  '2026-11-22-0006-consent': consent,
  '2026-11-22-0007-subscriptions': subscriptions,
  '2026-12-07-0001-requests': requests,
  '2026-12-07-0002-privacy-links': privacyLinks,
  '2026-12-07-0003-access-packages': accessPackages,
  '2026-12-07-0004-erasure': erasure,
  '2026-12-07-0005-sql-connections': sqlConnections,
  '2026-12-07-0006-discovery': discovery,
  '2026-12-07-0007-connections': connections,
  '2026-12-07-0008-retention': retention,
  '2026-12-07-0009-retention-sweep': retentionSweep,
  '2026-12-07-0010-incidents': incidents,
  '2026-12-07-0011-policy': policy,
  '2026-12-07-0012-consent-person-index': consentPersonIndex,
}
