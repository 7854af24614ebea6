import type { SyncedTableDeclaration } from '../sync/declare'
import { indicatorTargets } from './schema'

/** Targets travel both ways: the national team's down to every hub, a province's own up. */
export const reportTables: SyncedTableDeclaration[] = [{ table: indicatorTargets }]
