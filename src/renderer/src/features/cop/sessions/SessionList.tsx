import { useCallback, useEffect, useState } from 'react'
import { sessionFormats, sessionStatuses, type SessionFormat, type SessionRow, type SessionStatus } from '@shared/cop'
import type { ErrorPayload } from '@shared/errors'
import { useText } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { FilterSelect, ListFilters } from '@renderer/ui/ListFilters'
import { SearchBox } from '@renderer/ui/SearchBox'
import { useDates } from '@renderer/ui/dates'
import { useAspects } from '../aspects'
import { CopNav } from '../CopNav'
import { copHref } from '../routes'
import { copCalls } from '../store'
import { SessionStatusBadge } from './SessionStatusBadge'
import '@renderer/ui/PlainTable.css'
import '../cop.css'

const PAGE = 100

interface Filters {
  status: SessionStatus | null
  aspect: string | null
  format: SessionFormat | null
}
const noFilters: Filters = { status: null, aspect: null, format: null }

/** Sessions newest first: search by title, narrow by status, aspect and format, then open one. */
export function SessionList() {
  const t = useText()
  const { dateTime } = useDates()
  const aspects = useAspects()
  const [search, setSearch] = useState('')
  const [filters, setFilters] = useState(noFilters)
  const [shown, setShown] = useState(PAGE)
  const [page, setPage] = useState<{ rows: SessionRow[]; total: number } | null>(null)
  const [error, setError] = useState<ErrorPayload | null>(null)

  const load = useCallback(async () => {
    const result = await copCalls.listSessions({ search, ...filters, limit: shown })
    if (result.ok) setPage(result.value)
    setError(result.ok ? null : result.error)
  }, [search, filters, shown])
  useEffect(() => {
    const timer = window.setTimeout(() => void load(), 150)
    return () => window.clearTimeout(timer)
  }, [load])

  const filtered = search.trim() !== '' || Object.values(filters).some((value) => value !== null)
  const filter = (patch: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...patch }))
    setShown(PAGE)
  }
  return (
    <div className="cop-page">
      <CopNav current="sessions" />
      <PageHeading>{t('cop.title')}</PageHeading>
      <div className="list-toolbar">
        <a className="button button--primary" href={copHref({ view: 'newSession' })}>
          {t('cop.list.add')}
        </a>
      </div>
      <div className="list-find">
        <SearchBox
          id="cop-session-search"
          label={t('cop.list.search')}
          hint={page ? countedText(t, 'cop.list.count_other', page.total) : ''}
          value={search}
          onChange={(value) => {
            setSearch(value)
            setShown(PAGE)
          }}
        />
        <ListFilters
          legend={t('cop.list.caption')}
          clearLabel={t('cop.list.clearFilters')}
          filtered={Object.values(filters).some((value) => value !== null)}
          onClear={() => filter(noFilters)}
        >
          <FilterSelect
            label={t('cop.list.status')}
            anyLabel={t('cop.list.anyStatus')}
            value={filters.status}
            options={sessionStatuses.map((status) => ({ value: status, label: t(`cop.sessionStatus.${status}`) }))}
            onChange={(status) => filter({ status: status as SessionStatus | null })}
          />
          <FilterSelect
            label={t('cop.list.aspect')}
            anyLabel={t('cop.list.anyAspect')}
            value={filters.aspect}
            options={aspects.options}
            onChange={(aspect) => filter({ aspect })}
          />
          <FilterSelect
            label={t('cop.list.format')}
            anyLabel={t('cop.list.anyFormat')}
            value={filters.format}
            options={sessionFormats.map((format) => ({ value: format, label: t(`cop.format.${format}`) }))}
            onChange={(format) => filter({ format: format as SessionFormat | null })}
          />
        </ListFilters>
      </div>
      <ErrorAlert error={error} />
      {page?.total === 0 && <p className="notice">{t(filtered ? 'cop.list.noMatch' : 'cop.list.empty')}</p>}
      {page && page.total > 0 && (
        <table className="plain-table">
          <caption>{t('cop.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cop.list.when')}</th>
              <th scope="col">{t('cop.list.session')}</th>
              <th scope="col">{t('cop.list.aspect')}</th>
              <th scope="col">{t('cop.list.facilitators')}</th>
              <th scope="col">{t('cop.list.status')}</th>
              <th scope="col" className="number">
                {t('cop.list.attendance')}
              </th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row.id}>
                <td className="cop-when">{dateTime(row.startsAt)}</td>
                <td>
                  <a href={copHref({ view: 'session', id: row.id })}>{row.title}</a>
                  <br />
                  <span className="hint">
                    {t(`cop.format.${row.format}`)}
                    {row.seriesTitle && ` · ${row.seriesTitle}, ${t('cop.list.part', { part: row.seriesPart ?? 0 })}`}
                  </span>
                </td>
                <td>{aspects.name(row.aspect)}</td>
                <td>{row.facilitatorNames.join(', ')}</td>
                <td>
                  <SessionStatusBadge status={row.status} />
                </td>
                <td className="number">
                  {t('cop.list.attendanceValue', { attended: row.attended, registered: row.registered })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page && page.rows.length < page.total && (
        <button type="button" className="button" onClick={() => setShown((count) => count + PAGE)}>
          {t('cop.list.more')}
        </button>
      )}
    </div>
  )
}
