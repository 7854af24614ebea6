import type { BundleReport, ImportedBundle } from '@shared/sync'
import { useText } from '@renderer/i18n'
import { messageText, useSignerName } from '../words'
import { shownOf } from './outcomes'
import type { ImportResult } from './store'

const CLOCK_AHEAD = 'sync.refused.clockAhead'

function Origin({ report }: { report: BundleReport }) {
  const t = useText()
  const signerName = useSignerName()
  const parts = [
    report.signer && t('syncScreen.import.from', { name: signerName(report.signer.name, report.signer.provinceCode) }),
    report.kind === 'ack'
      ? t('syncScreen.import.ack')
      : report.sequence !== null && t('syncScreen.import.sequence', { sequence: report.sequence }),
  ].filter(Boolean)
  return parts.length > 0 ? <p>{parts.join(', ')}</p> : null
}

function Detail({ report }: { report: ImportedBundle }) {
  const t = useText()
  if (report.madeHere) return <p>{t('syncScreen.import.madeHere')}</p>
  if (report.outcome === 'duplicate') return <p>{t('syncScreen.import.duplicate')}</p>
  if (report.outcome === 'refused') return <p>{report.reason ? messageText(t, report.reason) : null}</p>
  return (
    <>
      <p>{report.kind === 'ack' ? t('syncScreen.import.ackAccepted') : t('syncScreen.counts', report.counts)}</p>
      {report.driftAccepted && <p>{t('syncScreen.import.driftAccepted')}</p>}
    </>
  )
}

/** What became of one bundle, in words; an alarm is announced at once and stands out. */
export function BundleResult({ result, onAcceptDrift }: { result: ImportResult; onAcceptDrift(): void }) {
  const t = useText()
  const shown = shownOf(result)
  const body = (
    <>
      <p className="sync-result__title">
        <strong>{t(`syncScreen.import.outcome.${shown}`)}</strong> — {result.name}
      </p>
      {result.report ? <Origin report={result.report} /> : null}
      {result.report ? <Detail report={result.report} /> : <p>{result.failure}</p>}
      {result.report?.reason?.key === CLOCK_AHEAD && (
        <button type="button" className="button" onClick={onAcceptDrift}>
          {t('syncScreen.import.acceptDrift')}
        </button>
      )}
    </>
  )
  return (
    <li className={`sync-result sync-result--${shown}`}>{shown === 'alarm' ? <div role="alert">{body}</div> : body}</li>
  )
}
