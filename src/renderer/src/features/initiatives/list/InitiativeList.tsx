import { useEffect, useMemo } from 'react'
import { useText } from '@renderer/i18n'
import { DataTable } from '@renderer/ui/DataTable'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { SearchBox } from '@renderer/ui/SearchBox'
import { useLanguage } from '@renderer/features/language/store'
import { countedText } from '@renderer/i18n/counted'
import { useHubProvince } from '@renderer/features/reference/store'
import { initiativesHref } from '../routes'
import { initiativeColumns } from './columns'
import { Filters } from './Filters'
import './list.css'
import { isFiltered, useInitiativeList } from './store'
import '@renderer/ui/ListToolbar.css'

/** Inisiatif: search, filters and a sortable virtualised list of the hub's local service initiatives. */
export function InitiativeList() {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const provinceCode = useHubProvince()
  const state = useInitiativeList()
  const { open, loadPage, list } = state

  useEffect(() => {
    void open(provinceCode)
  }, [open, provinceCode])

  const needPage = useMemo(() => (page: number) => void loadPage(page), [loadPage])
  const columns = useMemo(() => initiativeColumns(t, language), [t, language])
  const searching = state.query !== '' || isFiltered(state.filters)
  const addLink = (
    <a className="button button--primary" href={initiativesHref({ view: 'new' })}>
      {t('initiativeList.actions.add')}
    </a>
  )

  return (
    <>
      <ScreenHeading>{t('initiativeList.title')}</ScreenHeading>
      <div className="list-toolbar" role="group" aria-label={t('initiativeList.actions.label')}>
        {addLink}
        <a className="button" href={initiativesHref({ view: 'clusters' })}>
          {t('initiativeList.actions.clusters')}
        </a>
        <a className="button" href={initiativesHref({ view: 'stepGuide' })}>
          {t('initiativeList.actions.stepGuide')}
        </a>
      </div>

      {/* Search and filters share one row, leaving the screen's height to the list. */}
      <div className="list-find">
        <SearchBox
          id="initiative-search"
          label={t('initiativeList.search.label')}
          hint={t('initiativeList.search.hint')}
          value={state.queryText}
          onChange={state.type}
        />
        <Filters language={language} />
      </div>
      <ErrorAlert error={state.referenceError ?? list.error} />

      <p role="status" className="initiative-list__status">
        {list.total === null ? t('initiativeList.loading') : countedText(t, 'initiativeList.count_other', list.total)}
      </p>
      {list.total === 0 &&
        (searching ? (
          <div className="notice">
            <p className="notice__title">{t('initiativeList.empty.noMatch')}</p>
            <p>{t('initiativeList.empty.noMatchHint')}</p>
          </div>
        ) : (
          <div className="notice">
            <p className="notice__title">{t('initiativeList.empty.none')}</p>
            <p>
              {t('initiativeList.empty.noneHint')} {addLink}
            </p>
          </div>
        ))}
      {list.total !== null && list.total > 0 && (
        <DataTable
          label={t('initiativeList.table')}
          density="normal"
          columns={columns}
          total={list.total}
          pages={list.pages}
          searchKey={list.shown}
          sort={state.sort}
          onSort={state.sortBy}
          onNeedPage={needPage}
        />
      )}
    </>
  )
}
