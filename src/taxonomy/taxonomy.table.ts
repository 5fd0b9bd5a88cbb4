/** One item of a taxonomy tree; `labels` is JSON text with names per language, booleans are 0/1. */
export interface TaxonomyItemsTable {
  kind: string
  key: string
  parent_key: string | null
  name: string
  description: string | null
  labels: string
  is_default: number
  disabled: number
  created_at: string
  updated_at: string
}

/** The tables of the taxonomy (data categories, data uses, kinds of data subjects). */
export interface TaxonomyTables {
  taxonomy_items: TaxonomyItemsTable
}
