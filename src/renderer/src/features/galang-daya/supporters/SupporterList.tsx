import { useEffect, useMemo } from 'react'
import { supporterKinds, type SupporterKind } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { DataTable } from '@renderer/ui/DataTable'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { SelectField } from '@renderer/ui/SelectField'
import { TextField } from '@renderer/ui/TextField'
import { GalangDayaNav } from '../GalangDayaNav'
import { galangDayaHref } from '../routes'
import { supporterColumns } from './columns'
import { useSupporters, type SupporterSort } from './store'
import '@renderer/ui/ListToolbar.css'
import './supporters.css'

/** Galang Daya's front: every supporter, found by name, narrowed by kind, in a virtualised list. */
export function SupporterList() {
  const t = useText()
  const state = useSupporters()
  const { openList, loadPage, list } = state
  useEffect(() => openList(), [openList])
  const needPage = useMemo(() => (page: number) => void loadPage(page), [loadPage])
  const narrowed = state.search !== '' || state.kind !== null

  return (
    <>
      <ScreenHeading>{t('supporters.title')}</ScreenHeading>
      <GalangDayaNav current="supporters" />
      <div className="list-toolbar" role="group" aria-label={t('supporters.list.actions')}>
        <a className="button button--primary" href={galangDayaHref({ view: 'newSupporter' })}>
          {t('supporters.list.add')}
        </a>
        <a className="button" href={galangDayaHref({ view: 'newPledge', initiativeId: null, supporterId: null })}>
          {t('supporters.list.pledge')}
        </a>
      </div>
      <div className="list-find supporters-find">
        <TextField
          label={t('supporters.list.search')}
          hint={t('supporters.list.searchHint')}
          type="search"
          autoComplete="off"
          // The contract's limit on a search: longer text would be refused rather than searched.
          maxLength={200}
          value={state.searchText}
          onChange={(event) => state.type(event.target.value)}
        />
        <SelectField
          label={t('supporters.list.kind')}
          placeholder={t('supporters.list.allKinds')}
          value={state.kind ?? ''}
          onChange={(event) => state.filterKind((event.target.value || null) as SupporterKind | null)}
          options={supporterKinds.map((kind) => ({ value: kind, label: t(`supporters.kind.${kind}`) }))}
        />
        <SelectField
          label={t('supporters.list.sort')}
          value={state.sort}
          onChange={(event) => state.sortBy(event.target.value as SupporterSort)}
          options={[
            { value: 'name', label: t('supporters.list.sortName') },
            { value: 'newest', label: t('supporters.list.sortNewest') },
          ]}
        />
      </div>
      <ErrorAlert error={list.error} />
      <p role="status" className="supporters-status">
        {list.total === null
          ? t('supporters.list.loading')
          : narrowed && list.total > 0
            ? t('supporters.list.found', { count: list.total })
            : ''}
      </p>
      {list.total === 0 && (
        <div className="notice">
          {narrowed ? (
            <>
              <p className="notice__title">{t('supporters.list.noMatch')}</p>
              <p>{t('supporters.list.noMatchHint')}</p>
            </>
          ) : (
            <p>{t('supporters.list.empty')}</p>
          )}
        </div>
      )}
      {list.total !== null && list.total > 0 && (
        <DataTable
          label={t('supporters.list.table')}
          density="normal"
          columns={supporterColumns(t)}
          total={list.total}
          pages={list.pages}
          searchKey={list.shown}
          // Main sorts by name from A or by the newest first: each a column's one direction.
          sort={{ column: state.sort, direction: state.sort === 'name' ? 'asc' : 'desc' }}
          onSort={state.sortBy}
          onNeedPage={needPage}
        />
      )}
    </>
  )
}
