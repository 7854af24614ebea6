import { useEffect } from 'react'
import { ErrorAlert } from '../../../ui/ErrorAlert'
import { ExportPanel } from './ExportPanel'
import { ImportPanel } from './ImportPanel'
import { useExchange } from './store'

/** Kirim & terima: the next bundle out, and the bundles coming in. */
export function ExchangeView() {
  const { error, loadPlan } = useExchange()
  useEffect(() => void loadPlan(), [loadPlan])
  return (
    <>
      <ErrorAlert error={error} />
      <ExportPanel />
      <ImportPanel />
    </>
  )
}
