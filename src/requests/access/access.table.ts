/**
 * An access or portability package of one data-subject request: what to build and the single-use
 * download link to it, kept only as a keyed hash. Nothing personal is stored: the package is built
 * from the register when it is downloaded.
 */
export interface AccessPackagesTable {
  id: string
  request_id: string
  /** The person in the register, or null when the register does not know them. */
  subject_id: string | null
  /** 'access' (Art. 15) or 'portability' (Art. 20). */
  kind: string
  language: string
  /** Keyed hash of the e-mail the request came from: finds consents of someone the register does not know. */
  email_hash: string | null
  /**
   * `{ email, phone? }` as JSON, sealed under the system key (context
   * `access-package-identity|<id>`): what the connected systems are searched by when the package is
   * downloaded. Set to null when the link is spent.
   */
  identity: Buffer | null
  token_hash: string
  created_at: string
  expires_at: string
  downloaded_at: string | null
}

export interface AccessTables {
  access_packages: AccessPackagesTable
}
