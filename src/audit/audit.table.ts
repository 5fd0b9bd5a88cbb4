export interface AuditLogTable {
  seq: number
  id: string
  at: string
  actor_type: string
  actor_id: string | null
  action: string
  target_type: string | null
  target_id: string | null
  outcome: string
  details: string | null
  request_id: string | null
  prev_hash: string
  hash: string
}

export interface AuditHeadTable {
  id: number
  seq: number
  hash: string
}
