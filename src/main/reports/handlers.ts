import type { HandlerRegistry } from '../ipc/registry'
import { dashboard } from './dashboard'
import { provincesView } from './national'
import { breakdown, drill } from './query'
import { printReport } from '../printing/report'
import { indicatorRows } from './indicator-rows'
import { reportSummary } from './summary'
import { startWorkbook, stepWorkbook } from './workbook/job'
import { createTarget, deleteTarget, listTargets, updateTarget } from './targets'

/** Beranda and Laporan: indicators, their breakdowns and records, targets, the national view. */
export function registerReportsHandlers(registry: HandlerRegistry): void {
  registry.register('reports:dashboard', ({ filter }, { database }) => dashboard(database, filter))
  registry.register('reports:breakdown', (input, { database }) => breakdown(database, input))
  registry.register('reports:drill', (input, { database }) => drill(database, input))
  registry.register('reports:provinces', (input, { database }) => provincesView(database, input))
  registry.register('reports:targets', (_, { database }) => listTargets(database))
  registry.register('reports:createTarget', (input, { database }) => createTarget(database, input))
  registry.register('reports:updateTarget', (input, { database }) => updateTarget(database, input))
  registry.register('reports:deleteTarget', ({ id }, { database }) => deleteTarget(database, id))
  registry.register('reports:summary', ({ filter }, { database }) => reportSummary(database, filter))
  registry.register('reports:printSummary', ({ filter }, services) => printReport(services, filter))
  registry.register('reports:workbookStart', ({ filter }, services) =>
    startWorkbook(services, filter, indicatorRows(services.database, filter)),
  )
  registry.register('reports:workbookStep', ({ jobId }, services) => stepWorkbook(services, jobId))
}
