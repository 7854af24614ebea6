import { nameGroup } from '../privacy/sync'
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
  {
    table: stories,
    attachments: [{ column: 'photos', holds: 'photos' }],
    // A story's words and photos leave the hub as the names of the people it names or pictures do:
    // only when each of them consents to sharing with the national team.
    derived: {
      columns: ['people_released'],
      recompute: `UPDATE stories SET people_released = NOT EXISTS (SELECT 1 FROM json_each(stories.people) j
          LEFT JOIN people ON people.id = j.value WHERE people.id IS NULL OR NOT (${nameGroup.releasedSql}))
        WHERE id IN (SELECT id FROM temp.sync_touched WHERE tbl = 'stories')`,
      follows: [
        {
          table: 'people',
          ids: `SELECT s.id FROM stories s, json_each(s.people) j
            WHERE j.value IN (SELECT id FROM temp.sync_touched WHERE tbl = 'people')`,
        },
      ],
    },
    personal: [
      {
        columns: ['title', 'narrative', 'before', 'after', 'photos'],
        releasedSql: 'people_released',
        released: (row) => row.people_released === 1,
        mirrors: nameGroup,
      },
    ],
  },
]
