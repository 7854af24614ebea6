import { useEffect } from 'react'
import { ReceiptSheet } from '../galang-daya/receipts/ReceiptSheet'
import { useReceipt } from '../galang-daya/receipts/store'
import { useText } from '@renderer/i18n'
import { usePrintRoute } from './route'

/**
 * A page of the app that is printed to PDF (main's printer opens it in a hidden window), drawn
 * without the sidebar. It says on <html> when what it prints is on screen, or that it cannot be.
 */
export default function PrintPage() {
  const route = usePrintRoute()
  return (
    <main className="receipt-page">
      {route && <ReceiptPrint key={route.fulfilmentId} fulfilmentId={route.fulfilmentId} />}
    </main>
  )
}

function ReceiptPrint({ fulfilmentId }: { fulfilmentId: string }) {
  const t = useText()
  const { shown, error, load } = useReceipt()
  const receipt = shown?.fulfilmentId === fulfilmentId ? shown.receipt : null
  useEffect(() => void load(fulfilmentId), [fulfilmentId, load])
  useEffect(() => {
    const root = document.documentElement
    if (receipt) root.dataset.printReady = 'true'
    else if (error) root.dataset.printReady = 'error'
    return () => void delete root.dataset.printReady
  }, [receipt, error])
  if (receipt) return <ReceiptSheet receipt={receipt} />
  return (
    error && (
      <p role="alert" className="alert">
        {t('receiptPrint.unreadable', { message: error.message })}
      </p>
    )
  )
}
