import './catalog'
import { useText } from '@renderer/i18n'
import { PrintButton } from '@renderer/ui/PrintButton'
import { printReceipt } from './store'

/**
 * "Cetak tanda terima" beside a fulfilment: main opens the save dialog and prints the receipt page to
 * the PDF chosen. `receiptNumber` names the button where several stand in one list.
 */
export function PrintReceiptButton({ fulfilmentId, receiptNumber }: { fulfilmentId: string; receiptNumber?: string }) {
  const t = useText()
  return (
    <PrintButton
      label={t('receiptPrint.print')}
      accessibleLabel={receiptNumber ? t('receiptPrint.printNamed', { number: receiptNumber }) : undefined}
      printingText={t('receiptPrint.printing')}
      printedText={(file) =>
        t('receiptPrint.printed', { file: file.file, size: Math.max(1, Math.round(file.bytes / 1024)) })
      }
      print={() => printReceipt(fulfilmentId)}
    />
  )
}
