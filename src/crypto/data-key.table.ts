export interface DataKeysTable {
  owner_id: string
  wrapped: Buffer
  kek_version: number
  created_at: string
}
