import './catalog'
import './PrintReceiptButton.css'
import { useState } from 'react'
import type { ErrorPayload } from '@shared/errors'
import type { PrintedFile } from '@shared/printing'
import { useText } from '@renderer/i18n'
import { printReceipt } from './store'

type Outcome =
  { state: 'idle' | 'printing' } | { state: 'printed'; file: PrintedFile } | { state: 'failed'; error: ErrorPayload }

/**
 * "Cetak tanda terima" beside a fulfilment: main opens the save dialog and prints the receipt page to
 * the PDF chosen; the button then says which file it wrote, or why it could not. `receiptNumber`
 * names the button where several stand in one list.
 */
export function PrintReceiptButton({ fulfilmentId, receiptNumber }: { fulfilmentId: string; receiptNumber?: string }) {
  const t = useText()
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' })
  async function print() {
    if (outcome.state === 'printing') return
    setOutcome({ state: 'printing' })
    const result = await printReceipt(fulfilmentId)
    if (!result.ok) setOutcome({ state: 'failed', error: result.error })
    else setOutcome(result.value ? { state: 'printed', file: result.value } : { state: 'idle' })
  }
  return (
    <span className="receipt-action">
      <button
        type="button"
        className="button"
        aria-busy={outcome.state === 'printing'}
        aria-label={receiptNumber ? t('receiptPrint.printNamed', { number: receiptNumber }) : undefined}
        onClick={() => void print()}
      >
        {t('receiptPrint.print')}
      </button>
      <span role="status">
        {outcome.state === 'printing' && t('receiptPrint.printing')}
        {outcome.state === 'printed' &&
          t('receiptPrint.printed', {
            file: outcome.file.file,
            size: Math.max(1, Math.round(outcome.file.bytes / 1024)),
          })}
      </span>
      <span role="alert" className={outcome.state === 'failed' ? 'field-error' : undefined}>
        {outcome.state === 'failed' && outcome.error.message}
      </span>
    </span>
  )
}
