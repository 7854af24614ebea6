import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useText } from '../../../i18n'
import { ErrorAlert } from '../../../ui/ErrorAlert'
import { ScreenHeading } from '../../../ui/ScreenHeading'
import { useHub } from '../../hub/store'
import { UndoDelete } from '../records/UndoDelete'
import { membersHref } from '../routes'
import { organisationColumns, peopleColumns } from './columns'
import { DirectoryTable } from './DirectoryTable'
import { Filters } from './Filters'
import { isFiltered, useDirectory, type Tab } from './store'

/** Anggota: one search over OMS and people, filters, sortable virtualised lists, import and export. */
export function DirectoryView({ tab }: { tab: Tab }) {
  const t = useText()
  const language = useTranslation().i18n.language
  const provinceCode = useHub((state) => (state.status?.setUp ? state.status.identity.provinceCode : null))
  const state = useDirectory()
  const { open, loadPage } = state
  const list = state[tab]

  useEffect(() => {
    void open(provinceCode)
  }, [open, provinceCode])

  const needPage = useMemo(() => (page: number) => void loadPage(tab, page), [loadPage, tab])
  const count = (total: number | null) => (total === null ? '…' : total.toLocaleString(language))
  const searching =
    state.query !== '' || isFiltered(tab === 'organisations' ? state.organisationFilters : state.peopleFilters)

  return (
    <>
      <ScreenHeading>{t('directory.title')}</ScreenHeading>
      <UndoDelete />
      <div className="directory-bar">
        <nav aria-label={t('directory.tabs.label')} className="directory-tabs">
          {(['organisations', 'people'] as const).map((each) => (
            <a
              key={each}
              href={membersHref({ view: 'directory', tab: each })}
              aria-current={each === tab ? 'page' : undefined}
            >
              {t(`directory.tabs.${each}`, { count: count(state[each].total) })}
            </a>
          ))}
        </nav>

        <div className="directory-toolbar" role="group" aria-label={t('directory.actions.label')}>
          <a className="button button--primary" href={membersHref({ view: 'newOrganisation' })}>
            {t('directory.actions.addOrganisation')}
          </a>
          <a className="button" href={membersHref({ view: 'newPerson', organisationId: null })}>
            {t('directory.actions.addPerson')}
          </a>
          <a className="button" href={membersHref({ view: 'import', kind: tab })}>
            {t('directory.actions.import')}
          </a>
          {(['xlsx', 'csv'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button"
              aria-busy={state.exporting}
              disabled={state.exporting}
              onClick={() => void state.exportList(tab, format)}
            >
              {t(format === 'xlsx' ? 'directory.actions.exportXlsx' : 'directory.actions.exportCsv')}
            </button>
          ))}
        </div>
      </div>
      <ErrorAlert error={state.exportError} />

      <div className="directory-search">
        <label htmlFor="directory-search">{t('directory.search.label')}</label>
        <p id="directory-search-hint" className="hint">
          {t('directory.search.hint')}
        </p>
        <input
          id="directory-search"
          type="search"
          aria-describedby="directory-search-hint"
          autoComplete="off"
          // The contract's limit on a query: longer text would be refused rather than searched.
          maxLength={200}
          value={state.queryText}
          onChange={(event) => state.type(event.target.value)}
        />
      </div>
      <Filters tab={tab} language={language} />
      <ErrorAlert error={state.referenceError ?? list.error} />

      <p role="status" className="directory-status">
        {list.total === null
          ? t('directory.loading')
          : searching
            ? t('directory.found', { count: count(list.total) })
            : ''}
      </p>
      {list.total === 0 &&
        (searching ? (
          <div className="notice">
            <p className="notice__title">{t('directory.empty.noMatch')}</p>
            <p>{t('directory.empty.noMatchHint')}</p>
          </div>
        ) : (
          <div className="notice">
            <p>{t(`directory.empty.${tab}`)}</p>
          </div>
        ))}
      {list.total !== null && list.total > 0 && <DirectoryList tab={tab} language={language} onNeedPage={needPage} />}
    </>
  )
}

function DirectoryList({ tab, language, onNeedPage }: { tab: Tab; language: string; onNeedPage(page: number): void }) {
  const t = useText()
  const state = useDirectory()
  const zone = useHub((hub) => (hub.status?.setUp ? hub.status.identity.timeZone : 'WIB'))
  return tab === 'organisations' ? (
    <DirectoryTable
      label={t('directory.table.organisations')}
      variant="organisations"
      columns={organisationColumns(t, state.taxonomies, language, zone)}
      total={state.organisations.total ?? 0}
      pages={state.organisations.pages}
      searchKey={state.organisations.shown}
      sort={state.organisationSort}
      onSort={state.sortOrganisations}
      onNeedPage={onNeedPage}
    />
  ) : (
    <DirectoryTable
      label={t('directory.table.people')}
      variant="people"
      columns={peopleColumns(t, zone)}
      total={state.people.total ?? 0}
      pages={state.people.pages}
      searchKey={state.people.shown}
      sort={state.peopleSort}
      onSort={state.sortPeople}
      onNeedPage={onNeedPage}
    />
  )
}
