import type { HandlerRegistry } from '../ipc/registry'
import { printReceipt } from '../printing/receipt'
import { createFeeRate, deleteFeeRate, listFeeRates, updateFeeRate } from './fee-rates'
import { createFulfilment, deleteFulfilment, updateFulfilment } from './fulfilment-service'
import { cancelPledge, createPledge, deletePledge, pledgeDetail, updatePledge } from './pledge-service'
import { fulfilmentTotals, listPledges, listSupporters, overduePledges, supporterDetail } from './queries'
import { receipt } from './receipts'
import { createSupporter, deleteSupporter, supporterDuplicates, updateSupporter } from './supporters'

/** Galang Daya: supporters, pledges and their fulfilments, fees, receipts. */
export function registerPledgeHandlers(registry: HandlerRegistry): void {
  registry.register('supporters:list', (input, { database }) => listSupporters(database, input))
  registry.register('supporters:get', ({ id }, { database }) => supporterDetail(database, id))
  registry.register('supporters:create', (input, { database }) => createSupporter(database, input))
  registry.register('supporters:update', (input, { database }) => updateSupporter(database, input))
  registry.register('supporters:delete', ({ id }, { database }) => deleteSupporter(database, id))
  registry.register('supporters:duplicates', ({ excludeId, ...draft }, { database }) =>
    supporterDuplicates(database, draft, excludeId),
  )
  registry.register('pledges:list', (input, { database }) => listPledges(database, input))
  registry.register('pledges:get', ({ id }, { database }) => pledgeDetail(database, id))
  registry.register('pledges:create', (input, { database }) => createPledge(database, input))
  registry.register('pledges:update', (input, { database }) => updatePledge(database, input))
  registry.register('pledges:cancel', (input, { database }) => cancelPledge(database, input))
  registry.register('pledges:delete', ({ id }, { database }) => deletePledge(database, id))
  registry.register('pledges:overdue', (_, { database }) => overduePledges(database))
  registry.register('pledges:createFulfilment', (input, { database }) => createFulfilment(database, input))
  registry.register('pledges:updateFulfilment', (input, { database }) => updateFulfilment(database, input))
  registry.register('pledges:deleteFulfilment', ({ id }, { database }) => deleteFulfilment(database, id))
  registry.register('pledges:receipt', ({ id }, { database }) => receipt(database, id))
  registry.register('pledges:printReceipt', ({ fulfilmentId }, services) => printReceipt(services, fulfilmentId))
  registry.register('pledges:feeRates', (_, { database }) => listFeeRates(database))
  registry.register('pledges:createFeeRate', (input, { database }) => createFeeRate(database, input))
  registry.register('pledges:updateFeeRate', (input, { database }) => updateFeeRate(database, input))
  registry.register('pledges:deleteFeeRate', ({ id }, { database }) => deleteFeeRate(database, id))
  registry.register('pledges:totals', (input, { database }) => fulfilmentTotals(database, input))
}
