import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type ReactNode } from 'react'
import { useText } from '../../../i18n'
import { PAGE_SIZE } from './store'

export interface Column<Row, Key extends string> {
  key: Key
  label: string
  cell(row: Row): ReactNode
}

interface Props<Row, Key extends string> {
  label: string
  variant: 'organisations' | 'people'
  columns: Column<Row, Key>[]
  total: number
  pages: Record<number, Row[]>
  /** Changes with each new search, filter or sort: the list starts again from its top. */
  searchKey: number
  sort: { column: Key; direction: 'asc' | 'desc' }
  onSort(column: Key): void
  onNeedPage(page: number): void
}

/** Every row is the same height, so the scroll position says which rows (and pages) are in view. */
const ROW_HEIGHT = 41

/**
 * The directory as an ARIA table that keeps only the rows in view in the DOM, however long the
 * list: 100k rows scroll like 100. Rows not fetched yet show a placeholder while their page of
 * 100 loads.
 */
export function DirectoryTable<Row extends { id: string }, Key extends string>(props: Props<Row, Key>) {
  const { label, variant, columns, total, pages, searchKey, sort, onSort, onNeedPage } = props
  const t = useText()
  const scrollRef = useRef<HTMLDivElement>(null)
  // The compiler leaves this component unmemoised, which is what a virtualiser needs: it re-renders
  // on every scroll with fresh measurements.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const firstPage = Math.floor((items.at(0)?.index ?? 0) / PAGE_SIZE)
  const lastPage = Math.floor((items.at(-1)?.index ?? 0) / PAGE_SIZE)

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 })
  }, [searchKey])

  useEffect(() => {
    for (let page = firstPage; page <= lastPage; page++) onNeedPage(page)
  }, [firstPage, lastPage, onNeedPage, pages])

  return (
    <div
      role="table"
      aria-label={label}
      aria-rowcount={total + 1}
      className={`directory-table directory-table--${variant}`}
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="directory-table__row directory-table__row--head">
          {columns.map((column) => {
            const sorted = sort.column === column.key
            return (
              <div
                key={column.key}
                role="columnheader"
                aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="directory-table__sort" onClick={() => onSort(column.key)}>
                  {column.label}
                  <span aria-hidden="true" className="directory-table__arrow">
                    {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </div>
            )
          })}
        </div>
      </div>
      {/* Focusable so the list scrolls with the keyboard too; the rowgroup itself, so that nothing
          but row groups stands between the table and its rows. */}
      <div ref={scrollRef} role="rowgroup" className="directory-table__scroll" tabIndex={0}>
        <div className="directory-table__body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = pages[Math.floor(item.index / PAGE_SIZE)]?.[item.index % PAGE_SIZE]
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className="directory-table__row"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row ? (
                  columns.map((column) => (
                    <div key={column.key} role="cell">
                      {column.cell(row)}
                    </div>
                  ))
                ) : (
                  <div role="cell" className="directory-table__loading">
                    {t('directory.table.loadingRow')}
                  </div>
                )}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
