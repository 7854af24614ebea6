import type { SyncedTableDeclaration } from '../sync/declare'
import { latestStatusRecompute } from '../sync/status-history'
import { organisationNameKey, personNameKey } from './names'
import {
  affiliations,
  capacityAssessments,
  duplicateDismissals,
  membershipChanges,
  organisations,
  people,
} from './schema'
import { consentDerived, personalGroups } from '../privacy/sync'
import { organisationSearch, personSearch } from './search/batch-refresh'

/**
 * The member directory's synced tables. An organisation's current status is its latest membership
 * change, and a person's current organisation is their latest open affiliation: recomputed from
 * the merged history, so two instances recording changes concurrently agree on the result. Once
 * every history row is deleted, the latest deleted one still decides, so instances that saw the
 * deletions in different orders agree too.
 */
export const memberTables: SyncedTableDeclaration[] = [
  {
    table: organisations,
    derived: {
      columns: ['name_key', 'status', 'status_since'],
      row: (values) => ({ name_key: organisationNameKey(String(values.name ?? '')) }),
      recompute: latestStatusRecompute('organisations', 'membership_changes', 'organisation_id'),
      dependsOn: [{ table: 'membership_changes', column: 'organisation_id' }],
    },
    index: organisationSearch,
  },
  { table: membershipChanges },
  { table: capacityAssessments },
  {
    table: people,
    derived: {
      columns: ['name_key', 'organisation_id', 'consent', 'consent_on', 'consent_purposes'],
      row: (values) => ({ name_key: personNameKey(String(values.name ?? '')) }),
      recompute: [
        `UPDATE people SET organisation_id = latest.organisation_id
        FROM (SELECT t.id, (SELECT a.organisation_id FROM affiliations a
            WHERE a.person_id = t.id
            ORDER BY a.deleted_at IS NOT NULL, a.until_on IS NOT NULL, coalesce(a.until_on, a.from_on) DESC, a.from_on DESC, a.created_hlc DESC
            LIMIT 1) AS organisation_id
          FROM temp.sync_touched t WHERE t.tbl = 'people') AS latest
        WHERE people.id = latest.id AND latest.organisation_id IS NOT NULL
          AND people.organisation_id IS NOT latest.organisation_id`,
        ...consentDerived.recompute,
      ],
      dependsOn: [
        { table: 'affiliations', column: 'person_id' },
        { table: 'consent_records', column: 'person_id' },
      ],
    },
    index: personSearch,
    personal: personalGroups,
  },
  { table: affiliations },
  { table: duplicateDismissals },
]
