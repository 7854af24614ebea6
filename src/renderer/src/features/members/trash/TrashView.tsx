import { useEffect, useRef } from 'react'
import { formatNumber } from '@shared/format'
import type { TrashEntry } from '@shared/members'
import { useText } from '@renderer/i18n'
import { useLanguage } from '@renderer/features/language/store'
import { useDates } from '@renderer/ui/dates'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { PageHeading } from '../records/PageHeading'
import { membersHref } from '../routes'
import { useTrash } from './store'

/** "Data terhapus": the OMS and people deleted here, newest first, each to be brought back. */
export function TrashView() {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const { dateTime } = useDates()
  const { list, restored, error, busy, open, restore } = useTrash()
  const outcomeRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    void open()
  }, [open])

  // The restored row is gone from the list, so focus goes to what was done, with the way to it.
  async function bringBack(entry: TrashEntry) {
    if (await restore(entry)) outcomeRef.current?.focus()
  }

  return (
    <>
      <PageHeading back="organisations">{t('memberTrash.title')}</PageHeading>
      <p className="lead">{t('memberTrash.intro')}</p>
      <div ref={outcomeRef} tabIndex={-1} role="status" className={restored ? 'notice' : undefined}>
        {restored && (
          <p>
            {t(`memberTrash.restored.${restored.kind}`, { name: restored.name })}{' '}
            <a href={membersHref({ view: restored.kind, id: restored.id })}>
              {t('memberTrash.openRestored', { name: restored.name })}
            </a>
          </p>
        )}
      </div>
      <ErrorAlert error={error} />
      {list?.entries.length === 0 && <p className="notice">{t('memberTrash.empty')}</p>}
      {list && list.entries.length > 0 && (
        <table className="records-table" aria-label={t('memberTrash.table')}>
          <thead>
            <tr>
              <th scope="col">{t('memberTrash.columns.name')}</th>
              <th scope="col">{t('memberTrash.columns.kind')}</th>
              <th scope="col">{t('memberTrash.columns.context')}</th>
              <th scope="col">{t('memberTrash.columns.deletedAt')}</th>
              <th scope="col">{t('memberTrash.columns.action')}</th>
            </tr>
          </thead>
          <tbody>
            {list.entries.map((entry) => (
              <tr key={`${entry.kind}-${entry.id}`}>
                <th scope="row">{entry.name}</th>
                <td>{t(`memberTrash.kind.${entry.kind}`)}</td>
                <td>{entry.context}</td>
                <td>{dateTime(entry.deletedAt)}</td>
                <td>
                  {entry.organisationDeleted ? (
                    t('memberTrash.organisationFirst', { organisation: entry.context ?? '' })
                  ) : (
                    <button
                      type="button"
                      className="button"
                      aria-busy={busy}
                      aria-label={t('memberTrash.restoreName', { name: entry.name })}
                      onClick={() => void bringBack(entry)}
                    >
                      {t('memberTrash.restore')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list && list.total > list.entries.length && (
        <p className="hint">
          {t('memberTrash.more', {
            shown: formatNumber(list.entries.length, language),
            total: formatNumber(list.total, language),
          })}
        </p>
      )}
    </>
  )
}
