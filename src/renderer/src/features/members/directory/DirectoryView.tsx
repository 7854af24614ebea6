import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format'
import type { Language } from '@shared/hub'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { SearchBox } from '@renderer/ui/SearchBox'
import { useHub } from '@renderer/features/hub/store'
import { ExportMenu } from '../import/ExportChoices'
import { UndoDelete } from '../records/UndoDelete'
import { membersHref } from '../routes'
import { organisationColumns, peopleColumns } from './columns'
import { DataTable } from '@renderer/ui/DataTable'
import { Filters } from './Filters'
import { isFiltered, useDirectory, type Tab } from './store'
import { useDirectoryView } from './view'
import { ViewControls } from './ViewControls'
import { useHubProvince, useReference } from '@renderer/features/reference/store'
import '@renderer/ui/ListToolbar.css'

const useLanguage = (): Language => (useTranslation().i18n.language === 'en' ? 'en' : 'id')

/** Anggota: one search over OMS and people, filters, sortable virtualised lists, import and export. */
export function DirectoryView({ tab }: { tab: Tab }) {
  const t = useText()
  const language = useLanguage()
  const provinceCode = useHubProvince()
  const state = useDirectory()
  const { open, loadPage } = state
  const list = state[tab]
  const loadView = useDirectoryView((view) => view.load)

  useEffect(() => {
    void open(provinceCode)
  }, [open, provinceCode])

  useEffect(() => {
    void loadView()
  }, [loadView])

  const needPage = useMemo(() => (page: number) => void loadPage(tab, page), [loadPage, tab])
  const count = ({ total, more }: { total: number | null; more: boolean }) =>
    total === null ? '…' : `${formatNumber(total, language)}${more ? '+' : ''}`
  const searching =
    state.query !== '' || isFiltered(tab === 'organisations' ? state.organisationFilters : state.peopleFilters)
  // A search the other list answers, when this one has nothing: a phone number that is a person's.
  const otherTab: Tab = tab === 'organisations' ? 'people' : 'organisations'
  const otherTotal = state.query === '' ? null : state[otherTab].total

  return (
    <>
      <ScreenHeading>{t('directory.title')}</ScreenHeading>
      <UndoDelete />
      <div className="directory-bar">
        <div className="list-toolbar" role="group" aria-label={t('directory.actions.label')}>
          <a className="button button--primary" href={membersHref({ view: 'newOrganisation' })}>
            {t('directory.actions.addOrganisation')}
          </a>
          <a className="button" href={membersHref({ view: 'newPerson', organisationId: null })}>
            {t('directory.actions.addPerson')}
          </a>
          <a className="button" href={membersHref({ view: 'import', kind: tab })}>
            {t('directory.actions.import')}
          </a>
          <a className="button" href={membersHref({ view: 'trash' })}>
            {t('memberTrash.open')}
          </a>
          <a
            className="button"
            href={membersHref({
              view: 'duplicates',
              kind: tab === 'people' ? 'person' : 'organisation',
              dismissed: false,
            })}
          >
            {t('memberDuplicates.open')}
          </a>
          <ExportMenu kind={tab} />
        </div>
      </div>

      {/* Search and filters share one row, leaving the screen's height to the list. */}
      <div className="list-find">
        <SearchBox
          id="directory-search"
          label={t('directory.search.label')}
          hint={t('directory.search.hint')}
          value={state.queryText}
          onChange={state.type}
        />
        <Filters tab={tab} language={language} />
      </div>
      <ErrorAlert error={state.referenceError ?? list.error} />

      {/* The lists' tabs sit on the list they switch, with how it is shown. */}
      <div className="directory-listbar">
        <nav aria-label={t('directory.tabs.label')} className="directory-tabs">
          {(['organisations', 'people'] as const).map((each) => (
            <a
              key={each}
              href={membersHref({ view: 'directory', tab: each })}
              aria-current={each === tab ? 'page' : undefined}
            >
              {t(`directory.tabs.${each}`, { count: count(state[each]) })}
            </a>
          ))}
        </nav>
        <p role="status" className="directory-status">
          {list.total === null
            ? t('directory.loading')
            : list.more
              ? t('directory.foundMore', { count: formatNumber(list.total, language) })
              : searching
                ? t('directory.found', { count: count(list) })
                : ''}
        </p>
        <ViewControls tab={tab} />
      </div>
      {list.total === 0 &&
        (searching ? (
          <div className="notice">
            <p className="notice__title">{t('directory.empty.noMatch')}</p>
            {otherTotal ? (
              <p>
                {t(`directory.empty.otherMatches.${otherTab}`, { count: count(state[otherTab]) })}{' '}
                <a href={membersHref({ view: 'directory', tab: otherTab })}>
                  {t(`directory.empty.otherTab.${otherTab}`)}
                </a>
              </p>
            ) : (
              <p>{t('directory.empty.noMatchHint')}</p>
            )}
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

function DirectoryList({
  tab,
  language,
  onNeedPage,
}: {
  tab: Tab
  language: Language
  onNeedPage(page: number): void
}) {
  const t = useText()
  const state = useDirectory()
  const view = useDirectoryView((directory) => directory.view)
  const zone = useHub((hub) => (hub.status?.setUp ? hub.status.identity.timeZone : 'WIB'))
  const taxonomies = useReference((reference) => reference.taxonomies)
  // The columns as this user left them, once main has said how; the name always comes first.
  if (!view) return null
  const shown = <Column extends { id: string }>(all: Column[]): Column[] =>
    all.filter((column) => column.id === 'name' || (view.columns[tab] as readonly string[]).includes(column.id))
  // Keyed by list: the other list opens at its own top-left, not where this one was scrolled to.
  return tab === 'organisations' ? (
    <DataTable
      key={tab}
      label={t('directory.table.organisations')}
      density={view.density}
      columns={shown(organisationColumns(t, taxonomies, language, zone))}
      total={state.organisations.total ?? 0}
      pages={state.organisations.pages}
      searchKey={state.organisations.shown}
      sort={state.organisationSort}
      onSort={state.sortOrganisations}
      onNeedPage={onNeedPage}
    />
  ) : (
    <DataTable
      key={tab}
      label={t('directory.table.people')}
      density={view.density}
      columns={shown(peopleColumns(t, language, zone))}
      total={state.people.total ?? 0}
      pages={state.people.pages}
      searchKey={state.people.shown}
      sort={state.peopleSort}
      onSort={state.sortPeople}
      onNeedPage={onNeedPage}
    />
  )
}
