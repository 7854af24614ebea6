import { registerMessages } from '@renderer/i18n'
import '@renderer/features/reference/support-forms'
import { receiptPrintEn, receiptPrintId } from './messages'

const receiptMessagesId = { receiptPrint: receiptPrintId }
type ReceiptMessages = typeof receiptMessagesId

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the receipt's section in
  interface FeatureMessages extends ReceiptMessages {}
}

// Imported by the print page and the print button, so the texts load with whichever comes first.
registerMessages({ id: receiptMessagesId, en: { receiptPrint: receiptPrintEn } })
