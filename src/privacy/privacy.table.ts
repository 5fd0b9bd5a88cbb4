/** A mailed privacy-center link: the keyed hash of its token, whose permissions it opens, until when. */
export interface PrivacyLinksTable {
  hash: string
  /** The person the address belonged to when the link was sent; the page shows everyone sharing it. */
  subject_id: string
  language: string
  created_at: string
  expires_at: string
}

export interface PrivacyTables {
  privacy_links: PrivacyLinksTable
}
