import type { SyncedTableDeclaration } from '../sync/declare'
import { hubs } from './schema'

/** Each hub's own row travels, so the national instance knows every province's name and contact. */
export const hubTables: SyncedTableDeclaration[] = [{ table: hubs }]
