import { useEffect, useState } from 'react'
import type { Certificate } from '@shared/cop'
import type { ErrorPayload } from '@shared/errors'
import { useAspects } from '../cop/aspects'
import { CertificateSheet } from '../cop/certificates/CertificateSheet'
import { copCalls } from '../cop/store'
import { ReceiptSheet } from '../galang-daya/receipts/ReceiptSheet'
import { useReceipt } from '../galang-daya/receipts/store'
import { useText } from '@renderer/i18n'
import { usePrintReady } from './ready'
import { usePrintRoute } from './route'
import { LazyScreen } from '../shell/LazyScreen'

// The summary brings the chart library; receipts and certificates need not load it.
const loadReport = () => import('../reports/print/ReportPrint')
const loadProcessingRecord = () => import('../privacy-records/ProcessingRecordPrint')
const loadDossier = () => import('../privacy/person/DossierPrint')

/**
 * A page of the app that is printed to PDF (main's printer opens it in a hidden window), drawn
 * without the sidebar. It says on <html> when what it prints is on screen, or that it cannot be.
 */
export default function PrintPage() {
  const route = usePrintRoute()
  if (route?.page === 'report')
    return (
      <main className="report-page">
        <LazyScreen key={route.filter} load={loadReport} />
      </main>
    )
  if (route?.page === 'processing-record')
    return (
      <main className="processing-record-page">
        <LazyScreen load={loadProcessingRecord} />
      </main>
    )
  if (route?.page === 'dossier')
    return (
      <main className="dossier-page">
        <LazyScreen key={route.personId} load={loadDossier} />
      </main>
    )
  if (route?.page === 'certificate')
    return (
      <main className="certificate-page">
        <CertificatePrint key={route.certificateId} certificateId={route.certificateId} />
      </main>
    )
  return (
    <main className="receipt-page">
      {route?.page === 'receipt' && <ReceiptPrint key={route.fulfilmentId} fulfilmentId={route.fulfilmentId} />}
    </main>
  )
}

function ReceiptPrint({ fulfilmentId }: { fulfilmentId: string }) {
  const t = useText()
  const { shown, error, load } = useReceipt()
  const receipt = shown?.fulfilmentId === fulfilmentId ? shown.receipt : null
  useEffect(() => void load(fulfilmentId), [fulfilmentId, load])
  usePrintReady(receipt !== null, error !== null)
  if (receipt) return <ReceiptSheet receipt={receipt} />
  return (
    error && (
      <p role="alert" className="alert">
        {t('receiptPrint.unreadable', { message: error.message })}
      </p>
    )
  )
}

function CertificatePrint({ certificateId }: { certificateId: string }) {
  const t = useText()
  const [certificate, setCertificate] = useState<Certificate | null>(null)
  const [error, setError] = useState<ErrorPayload | null>(null)
  useEffect(() => {
    void copCalls.certificate(certificateId).then((result) => {
      if (result.ok) setCertificate(result.value)
      else setError(result.error)
    })
  }, [certificateId])
  // The aspect is printed by name: ready once the reference data has it too.
  const { aspects } = useAspects()
  usePrintReady(certificate !== null && aspects.length > 0, error !== null)
  if (certificate) return <CertificateSheet certificate={certificate} />
  return (
    error && (
      <p role="alert" className="alert">
        {t('cop.certificate.unreadable', { message: error.message })}
      </p>
    )
  )
}
