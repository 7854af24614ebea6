import type { SyncedTableDeclaration } from '../sync/declare'
import { latestStatusRecompute } from '../sync/status-history'
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
      recompute: latestStatusRecompute('initiatives', 'initiative_status_changes', 'initiative_id'),
      dependsOn: [{ table: 'initiative_status_changes', column: 'initiative_id' }],
    },
  },
  { table: initiativeStatusChanges },
  { table: initiativeSteps },
  { table: needs },
  { table: stories, attachments: [{ column: 'photos', holds: 'photos' }] },
]
