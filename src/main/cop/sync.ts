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
  { table: copCertificates },
]
