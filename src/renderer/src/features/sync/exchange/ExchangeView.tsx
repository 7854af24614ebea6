import { useEffect } from 'react'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useIsNational } from '../words'
import { ExportPanel } from './ExportPanel'
import { ImportPanel } from './ImportPanel'
import { useExchange } from './store'

/**
 * Kirim & terima: the next bundle out, and the bundles coming in. A hub mostly sends; the national
 * team mostly receives, so its import comes first.
 */
export function ExchangeView() {
  const { error, loadPlan } = useExchange()
  const national = useIsNational()
  useEffect(() => void loadPlan(), [loadPlan])
  return (
    <>
      <ErrorAlert error={error} />
      {national ? (
        <>
          <ImportPanel />
          <ExportPanel />
        </>
      ) : (
        <>
          <ExportPanel />
          <ImportPanel />
        </>
      )}
    </>
  )
}
