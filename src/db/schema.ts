import type { ApiKeysTable } from '../api-keys/api-key.table.js'
import type { AuditHeadTable, AuditLogTable } from '../audit/audit.table.js'
import type { SessionsTable } from '../auth/session.table.js'
import type { SqlConnectorTables } from '../connectors/connector.table.js'
import type { EmailConnectorTables } from '../connectors/email/email.table.js'
import type { WebhookConnectorTables } from '../connectors/webhooks/webhook.table.js'
import type { ConsentTables } from '../consent/consent.table.js'
import type { DataKeysTable } from '../crypto/data-key.table.js'
import type { DataMapTables } from '../datamap/datamap.table.js'
import type { DiscoveryTables } from '../discovery/discovery.table.js'
import type { ImportTables } from '../imports/import.table.js'
import type { IncidentTables } from '../incidents/incidents.table.js'
import type { JobRunsTable } from '../jobs/job.table.js'
import type { MailOutboxTable } from '../mail/mail.table.js'
import type { InstanceTable, OrganisationTable } from '../organisation/organisation.table.js'
import type { PolicyTables } from '../policy/policy.table.js'
import type { PrivacyTables } from '../privacy/privacy.table.js'
import type { AccessTables } from '../requests/access/access.table.js'
import type { ErasureTables } from '../requests/erasure/erasure.table.js'
import type { RequestTables } from '../requests/request.table.js'
import type { RetentionTables } from '../retention/retention.table.js'
import type { RegisterTables } from '../subjects/subject.table.js'
import type { SubscriptionTables } from '../subscriptions/subscription.table.js'
import type { TaxonomyTables } from '../taxonomy/taxonomy.table.js'
import type { UsersTable, UserTokensTable } from '../users/user.table.js'

/** Every table Vern has, as Kysely sees it. Each capability owns its `*.table.ts`. */
export interface DB
  extends TaxonomyTables,
    DataMapTables,
    RegisterTables,
    ImportTables,
    SubscriptionTables,
    PrivacyTables,
    ConsentTables,
    AccessTables,
    RequestTables,
    ErasureTables,
    DiscoveryTables,
    WebhookConnectorTables,
    EmailConnectorTables,
    SqlConnectorTables,
    RetentionTables,
    IncidentTables,
    PolicyTables {
  instance: InstanceTable
  organisation: OrganisationTable
  users: UsersTable
  user_tokens: UserTokensTable
  sessions: SessionsTable
  api_keys: ApiKeysTable
  audit_log: AuditLogTable
  audit_head: AuditHeadTable
  mail_outbox: MailOutboxTable
  job_runs: JobRunsTable
  data_keys: DataKeysTable
}
