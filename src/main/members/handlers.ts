import type { HandlerRegistry } from '../ipc/registry'
import { registerDuplicateHandlers } from './duplicate-handlers'
import { registerRecordHandlers } from './records/handlers'
import { registerSearchHandlers } from './search/handlers'
import { registerSpreadsheetHandlers } from './spreadsheets/handlers'

/** The member directory: records and merges, search and lists, spreadsheet import and export. */
export function registerMembersHandlers(registry: HandlerRegistry): void {
  registerRecordHandlers(registry)
  registerSearchHandlers(registry)
  registerSpreadsheetHandlers(registry)
  registerDuplicateHandlers(registry)
}
