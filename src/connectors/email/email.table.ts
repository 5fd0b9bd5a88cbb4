/** A system answered by e-mail to its processor: the address (null: the processor's contact), language, reminders. */
export interface ConnectorEmailTable {
  system_id: string
  address: string | null
  language: string
  reminder_days: number
  created_at: string
  updated_at: string
}

export interface EmailConnectorTables {
  connector_email: ConnectorEmailTable
}
