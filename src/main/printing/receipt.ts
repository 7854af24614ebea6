import type { PrintedFile } from '../../shared/printing'
import { receipt } from '../pledges/receipts'
import type { Services } from '../services'
import { savePrintedPage } from './save-pdf'

/** The hash route of a fulfilment's printable tanda terima, as the renderer routes it. */
export const receiptRoute = (fulfilmentId: string) => `/print/receipt/${encodeURIComponent(fulfilmentId)}`

/**
 * A fulfilment's tanda terima saved as a PDF where the user chooses, offered under its number
 * (TT/35/2026/… with its slashes made file-safe). Reading the receipt first refuses a fulfilment
 * that does not exist before any dialog opens.
 */
export async function printReceipt(services: Services, fulfilmentId: string): Promise<PrintedFile | null> {
  const { receiptNumber } = receipt(services.database, fulfilmentId)
  const suggestedName = `Tanda-terima-${receiptNumber.replace(/[^\w-]+/g, '-')}.pdf`
  return savePrintedPage(services, { route: receiptRoute(fulfilmentId), suggestedName })
}
