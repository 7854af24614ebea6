/**
 * The recompute of a status kept as a dated history (an OMS's membership, an initiative's
 * status): the row takes its latest live history entry's status and date, by effective date and
 * then creation clock, so instances that merged the same history agree whatever the order. Once
 * every entry is deleted, the latest deleted one still decides. Only rows whose result differs
 * are written: an UPDATE fires the row's search-index triggers.
 */
export const latestStatusRecompute = (table: string, history: string, owner: string): string =>
  `UPDATE ${table} SET status = latest.status, status_since = latest.effective_on
    FROM (SELECT t.id, h.status, h.effective_on FROM temp.sync_touched t
      JOIN ${history} h ON h.id = (SELECT c.id FROM ${history} c
        WHERE c.${owner} = t.id
        ORDER BY c.deleted_at IS NOT NULL, c.effective_on DESC, c.created_hlc DESC LIMIT 1)
      WHERE t.tbl = '${table}') AS latest
    WHERE ${table}.id = latest.id
      AND (${table}.status IS NOT latest.status OR ${table}.status_since IS NOT latest.effective_on)`
