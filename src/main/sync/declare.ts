import type { SQLiteTable } from 'drizzle-orm/sqlite-core'

/**
 * How a capability makes one of its tables sync: it declares it, and the one write path, export,
 * merge and digest take it from there. Column names here are SQL names, as bundles carry them.
 */
export interface SyncedTableDeclaration {
  table: SQLiteTable
  /**
   * Columns computed from other data (a normalised name key, the current status of a history),
   * never carried in bundles. `row` computes them from the row's own values on every write;
   * `recompute` runs set-based SQL after a transaction over the ids in temp.sync_touched whose
   * `tbl` is this table, which the write path fills with the rows written here and the rows named
   * by `dependsOn` columns of rows written in other tables.
   */
  derived?: {
    columns: string[]
    row?: (values: Record<string, unknown>) => Record<string, unknown>
    recompute?: string | string[]
    dependsOn?: { table: string; column: string }[]
    /**
     * The other way round: rows of this table that follow rows touched in `table` without being
     * named by them (a certificate follows its holder's consent); `ids` selects them in SQL.
     */
    follows?: { table: string; ids: string }[]
  }
  /**
   * An index the table's triggers keep row by row (full-text search). A batch import suspends
   * `triggers` and runs `refresh` once before commit instead, set-based over temp.sync_touched
   * after derived columns are recomputed: the same index for a fraction of the work when a
   * national import writes hundreds of thousands of rows. Any write of many rows (an import, a
   * seed) runs `compact` before commit: row-by-row writes leave the index in many segments, and
   * every search then merges them. `purge` runs after every write that touched the table, once the
   * index is current, to leave no trace of erased values in it.
   */
  index?: { triggers: string[]; refresh: string[]; compact: string[]; purge?: string[] }
  /**
   * Personal fields, in groups that leave this instance only while the row's consent releases
   * them: the rest of the row travels without them, and an instance holding another hub's row
   * blanks them when it learns they are no longer released (consent withdrawn, a restriction).
   */
  personal?: PersonalGroup[]
  /**
   * Columns naming attachments by sha256, whose bytes travel in the same bundle as the row: a
   * plain hash, or a JSON array of photos each naming its image and thumbnail.
   */
  attachments?: { column: string; holds: 'sha256' | 'photos' }[]
}

/**
 * Columns released together, and when: `releasedSql` over the row's own columns (unqualified), and
 * `released` the same test on a row as read, so counts in SQL and bundles in code agree.
 */
export interface PersonalGroup {
  columns: string[]
  /** Derived columns computed from these, which a receiver without them cannot compute alike. */
  derived?: string[]
  releasedSql: string
  released: (row: Record<string, unknown>) => boolean
  /** The group of another table this one is released with, through a derived flag (a holder's name on a certificate, as the holder's name). */
  mirrors?: PersonalGroup
}

/** Tables of this installation only, never synced, each with the reason. */
export type LocalTables = Record<string, string>
