import { useState } from 'react'
import type { ErrorPayload } from '@shared/errors'
import type { ReportFilter } from '@shared/reports'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { reportsCalls } from '../calls'

type Progress = { kind: 'workbook'; done: number; total: number; sheet: string | null } | { kind: 'pdf' }

// aria-disabled, not disabled, while a report is built: a disabled button drops keyboard focus.
/**
 * The two reports of the filter shown: the workbook, built a sheet per call so the bar moves as it
 * goes, and the PDF summary, which Chromium prints in one go.
 */
export function ExportPanel({ filter }: { filter: ReportFilter | null }) {
  const t = useText()
  const [progress, setProgress] = useState<Progress | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const [error, setError] = useState<ErrorPayload | null>(null)
  const busy = progress !== null

  async function exportWorkbook(chosen: ReportFilter) {
    setSaved(null)
    setError(null)
    const started = await reportsCalls.workbookStart({ filter: chosen })
    if (!started.ok) return setError(started.error)
    if (started.value === null) return
    let step = started.value
    setProgress({ kind: 'workbook', done: step.done, total: step.total, sheet: step.sheet })
    while (step.file === null) {
      const next = await reportsCalls.workbookStep({ jobId: step.jobId })
      if (!next.ok) {
        setProgress(null)
        return setError(next.error)
      }
      step = next.value
      setProgress({ kind: 'workbook', done: step.done, total: step.total, sheet: step.sheet })
    }
    setProgress(null)
    setSaved(step.file)
  }

  async function printSummary(chosen: ReportFilter) {
    setSaved(null)
    setError(null)
    setProgress({ kind: 'pdf' })
    const printed = await reportsCalls.printSummary({ filter: chosen })
    setProgress(null)
    if (!printed.ok) return setError(printed.error)
    if (printed.value !== null) setSaved(printed.value.file)
  }

  return (
    <section className="report-export" aria-labelledby="export-title">
      <h2 id="export-title">{t('reports.export.title')}</h2>
      <p className="hint">{t('reports.export.lead')}</p>
      <div className="report-export__actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={busy || filter === null}
          onClick={() => !busy && filter && void exportWorkbook(filter)}
        >
          {t('reports.export.workbook')}
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={busy || filter === null}
          onClick={() => !busy && filter && void printSummary(filter)}
        >
          {t('reports.export.pdf')}
        </button>
      </div>
      <div aria-live="polite">
        {progress?.kind === 'workbook' && (
          <>
            <label htmlFor="report-progress">
              {t('reports.export.building', {
                sheet: progress.sheet ?? '…',
                done: progress.done,
                total: progress.total,
              })}
            </label>
            <progress id="report-progress" className="report-progress" max={progress.total} value={progress.done} />
          </>
        )}
        {progress?.kind === 'pdf' && (
          <>
            <label htmlFor="report-progress">{t('reports.export.printing')}</label>
            <progress id="report-progress" className="report-progress" />
          </>
        )}
        {saved && <p className="notice">{t('reports.export.saved', { file: saved })}</p>}
      </div>
      <ErrorAlert error={error} />
    </section>
  )
}
