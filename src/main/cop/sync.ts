import { nameGroup } from '../privacy/sync'
import type { SyncedTableDeclaration } from '../sync/declare'
import { copCertificates, copParticipants, copSeries, copSessions, copTrainers } from './schema'

/**
 * CoP & ToT's synced tables: sessions before the attendance and certificates that name them. A
 * trainer's own laptop is an instance of the hub, so a session run there reaches the hub by bundle.
 */
export const copTables: SyncedTableDeclaration[] = [
  { table: copSeries },
  { table: copSessions },
  { table: copParticipants },
  { table: copTrainers },
  {
    table: copCertificates,
    // The holder's name leaves the hub as the holder's own name does: with consent to share it
    // with the national team. A national copy without it still knows the code, session and date.
    derived: {
      columns: ['holder_released'],
      recompute: `UPDATE cop_certificates SET holder_released = coalesce((SELECT ${nameGroup.releasedSql}
          FROM cop_participants p JOIN people ON people.id = p.person_id WHERE p.id = cop_certificates.participant_id), 0)
        WHERE id IN (SELECT id FROM temp.sync_touched WHERE tbl = 'cop_certificates')`,
      follows: [
        {
          table: 'people',
          ids: `SELECT c.id FROM cop_participants p JOIN cop_certificates c ON c.participant_id = p.id
            WHERE p.person_id IN (SELECT id FROM temp.sync_touched WHERE tbl = 'people')`,
        },
      ],
    },
    personal: [
      {
        columns: ['holder_name'],
        releasedSql: 'holder_released',
        released: (row) => row.holder_released === 1,
        mirrors: nameGroup,
      },
    ],
  },
]
