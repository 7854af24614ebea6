import { useCallback, useEffect, useRef, useState } from 'react'
import type { Dimension, DrillPage, ReportFilter } from '@shared/reports'
import type { ErrorPayload } from '@shared/errors'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { ModalDialog } from '@renderer/ui/ModalDialog'
import { SelectField } from '@renderer/ui/SelectField'
import { reportsCalls } from '../calls'
import { useReportFigures } from '../figures'
import { recordHref } from '../records'
import { BreakdownTable } from './BreakdownTable'
import { useDrill } from './store'
import '@renderer/ui/PlainTable.css'

const PAGE = 100

/** The records behind the number clicked, a hundred at a time, each a link to its own page. */
export function DrillDialog({ filter }: { filter: ReportFilter }) {
  const request = useDrill((state) => state.open)
  const close = useDrill((state) => state.close)
  if (request === null) return null
  return <DrillRecords key={JSON.stringify(request)} filter={filter} onClose={close} />
}

function DrillRecords({ filter, onClose }: { filter: ReportFilter; onClose(): void }) {
  const t = useText()
  const figures = useReportFigures()
  const request = useDrill((state) => state.open)
  const closeRef = useRef<HTMLButtonElement>(null)
  const [page, setPage] = useState<DrillPage | null>(null)
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [splitBy, setSplitBy] = useState<Dimension | null>(null)
  // After "show more", focus goes to the first record it brought, not to the page behind a vanished button.
  const [focusRow, setFocusRow] = useState<number | null>(null)
  const tableRef = useRef<HTMLTableElement>(null)
  useEffect(() => {
    if (focusRow === null) return
    tableRef.current?.querySelectorAll<HTMLAnchorElement>('tbody a')[focusRow]?.focus()
  }, [focusRow, page])
  const fetchPage = useCallback(
    (offset: number) =>
      request === null
        ? null
        : reportsCalls.drill({
            filter: request.period ? { ...filter, ...request.period } : filter,
            key: request.key,
            dimension: request.dimension,
            bucket: request.bucket,
            offset,
            limit: PAGE,
          }),
    [filter, request],
  )
  const apply = useCallback((result: Awaited<NonNullable<ReturnType<typeof fetchPage>>>, offset: number) => {
    if (!result.ok) return setError(result.error)
    setPage((shown) =>
      offset === 0 || shown === null ? result.value : { ...result.value, rows: [...shown.rows, ...result.value.rows] },
    )
  }, [])
  useEffect(() => {
    void fetchPage(0)?.then((result) => apply(result, 0))
  }, [fetchPage, apply])
  const more = (offset: number) =>
    void fetchPage(offset)?.then((result) => {
      apply(result, offset)
      setFocusRow(offset)
    })
  if (request === null) return null
  const name = figures.name(request.key)
  const title =
    request.bucketName === null ? name : t('reports.drill.bucketTitle', { name, bucket: request.bucketName })
  const dated = page?.rows.some((row) => row.day !== null) ?? false
  const summed = page !== null && page.unit !== 'count'
  return (
    <ModalDialog
      title={title}
      initialFocus={closeRef}
      onDismiss={onClose}
      wide={{ descriptionId: 'drill-count' }}
      actions={
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          {t('reports.drill.close')}
        </button>
      }
    >
      <div className="drill">
        <ErrorAlert error={error} />
        {request.dimension === null && request.dimensions && request.dimensions.length > 0 && (
          <SelectField
            label={t('reports.drill.byDimension')}
            value={splitBy ?? ''}
            placeholder={t('reports.drill.records')}
            options={request.dimensions.map((dimension) => ({
              value: dimension,
              label: t(`reports.dimension.${dimension}`),
            }))}
            onChange={(event) => setSplitBy((event.target.value || null) as Dimension | null)}
          />
        )}
        {splitBy !== null ? (
          <BreakdownTable filter={filter} request={request} dimension={splitBy} />
        ) : page === null ? (
          <p id="drill-count" aria-live="polite">
            {t('reports.dashboard.loading')}
          </p>
        ) : page.total === 0 ? (
          <p id="drill-count" className="notice">
            {t('reports.drill.empty')}
          </p>
        ) : (
          <>
            <p id="drill-count" aria-live="polite">
              {t('reports.drill.showing', { shown: figures.count(page.rows.length), total: figures.count(page.total) })}
            </p>
            <div className="drill__scroll">
              <table ref={tableRef} className="plain-table">
                <thead>
                  <tr>
                    <th scope="col">{t('reports.drill.name')}</th>
                    <th scope="col">{t('reports.drill.detail')}</th>
                    {dated && <th scope="col">{t('reports.drill.day')}</th>}
                    {summed && (
                      <th scope="col" className="number">
                        {t('reports.drill.amount')}
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {page.rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">
                        <a href={recordHref(row.kind, row.openId)} onClick={onClose}>
                          {row.label || '—'}
                        </a>
                      </th>
                      <td>{row.detail ?? ''}</td>
                      {dated && <td>{row.day === null ? '' : figures.day(row.day)}</td>}
                      {summed && <td className="number">{figures.value(page.unit, row.amount)}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {page.rows.length < page.total && (
              <button type="button" className="button" onClick={() => more(page.rows.length)}>
                {t('reports.drill.more')}
              </button>
            )}
          </>
        )}
      </div>
    </ModalDialog>
  )
}
