import type { SyncedTableDeclaration } from '../sync/declare'
import { initiatives, initiativeStatusChanges, initiativeSteps, issueClusters, needs, stories } from './schema'

/**
 * The initiatives capability's synced tables. An initiative's current status is its latest status
 * change, recomputed from the merged history as an OMS's membership status is, so two instances
 * recording changes concurrently agree on the result.
 */
export const initiativeTables: SyncedTableDeclaration[] = [
  { table: issueClusters },
  {
    table: initiatives,
    derived: {
      columns: ['status', 'status_since'],
      recompute: `UPDATE initiatives SET status = latest.status, status_since = latest.effective_on
        FROM (SELECT t.id, c.status, c.effective_on FROM temp.sync_touched t
          JOIN initiative_status_changes c ON c.id = (SELECT s.id FROM initiative_status_changes s
            WHERE s.initiative_id = t.id
            ORDER BY s.deleted_at IS NOT NULL, s.effective_on DESC, s.created_hlc DESC LIMIT 1)
          WHERE t.tbl = 'initiatives') AS latest
        WHERE initiatives.id = latest.id
          AND (initiatives.status IS NOT latest.status OR initiatives.status_since IS NOT latest.effective_on)`,
      dependsOn: [{ table: 'initiative_status_changes', column: 'initiative_id' }],
    },
  },
  { table: initiativeStatusChanges },
  { table: initiativeSteps },
  { table: needs },
  { table: stories },
]
