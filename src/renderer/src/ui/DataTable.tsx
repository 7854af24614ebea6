import { useVirtualizer } from '@tanstack/react-virtual'
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type ReactNode,
} from 'react'
import type { DirectoryDensity as Density } from '@shared/directory-view'
import { useText } from '@renderer/i18n'
import './DataTable.css'
import { PAGE_SIZE } from './paged-list'

export interface Column<Row, Id extends string, Sort extends string> {
  id: Id
  label: string
  /** The sort its header offers; columns main cannot sort by have a plain header. */
  sort?: Sort
  /** At least `min` rem wide, so no word of the header is cut, plus `grow` shares of what is left. */
  width: { min: number; grow: number }
  numeric?: boolean
  cell(row: Row): ReactNode
}

interface Props<Row, Id extends string, Sort extends string> {
  label: string
  density: Density
  columns: Column<Row, Id, Sort>[]
  total: number
  pages: Record<number, Row[]>
  /** Changes with each new search, filter or sort: the list starts again from its top. */
  searchKey: number
  sort: { column: Sort; direction: 'asc' | 'desc' }
  onSort(column: Sort): void
  onNeedPage(page: number): void
}

/** Every row is the same height, so the scroll position says which rows (and pages) are in view. */
const ROW_HEIGHT: Record<Density, number> = { normal: 41, compact: 26 }
/** The gap between columns and the padding at each end of a row, in rem (see DataTable.css). */
const GAP_REM = 0.6

/**
 * A list as an ARIA table that keeps only the rows in view in the DOM, however long the
 * list: 100k rows scroll like 100. Rows not fetched yet show a placeholder while their page of
 * 100 loads. The table itself is the scrolling, focusable element, so the keyboard scrolls it,
 * nothing but row groups stands between it and its rows, and its header scrolls sideways with
 * the rows while staying on top.
 */
export function DataTable<Row extends { id: string }, Id extends string, Sort extends string>(
  props: Props<Row, Id, Sort>,
) {
  const { label, density, columns, total, pages, searchKey, sort, onSort, onNeedPage } = props
  const t = useText()
  const tableRef = useRef<HTMLDivElement>(null)
  const headRef = useRef<HTMLDivElement>(null)
  const headHeight = useHeight(headRef)
  const rowHeight = ROW_HEIGHT[density]
  // The compiler leaves this component unmemoised, which is what a virtualiser needs: it re-renders
  // on every scroll with fresh measurements.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => tableRef.current,
    estimateSize: () => rowHeight,
    // The rows start below the header, inside the same scrolling element.
    scrollMargin: headHeight,
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const firstPage = Math.floor((items.at(0)?.index ?? 0) / PAGE_SIZE)
  const lastPage = Math.floor((items.at(-1)?.index ?? 0) / PAGE_SIZE)

  useEffect(() => {
    tableRef.current?.scrollTo({ top: 0 })
  }, [searchKey])

  // Sizes are kept per row once computed; a new density makes them all stale.
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight])

  useEffect(() => {
    for (let page = firstPage; page <= lastPage; page++) onNeedPage(page)
  }, [firstPage, lastPage, onNeedPage, pages])

  const minRem = columns.reduce((sum, column) => sum + column.width.min, 0) + (columns.length + 1) * GAP_REM
  const layout = {
    '--data-table-columns': columns.map(({ width }) => `minmax(${width.min}rem, ${width.grow}fr)`).join(' '),
    '--data-table-min-width': `${minRem}rem`,
    // Keyboard focus scrolls a cell into view below the header and right of the name column.
    scrollPaddingTop: headHeight,
    scrollPaddingLeft: `${(columns[0]?.width.min ?? 0) + 2 * GAP_REM}rem`,
  } as CSSProperties

  return (
    <div
      ref={tableRef}
      role="table"
      aria-label={label}
      aria-rowcount={total + 1}
      tabIndex={0}
      className={`data-table data-table--${density}`}
      style={layout}
      onFocus={revealFocused}
    >
      <div ref={headRef} role="rowgroup" className="data-table__head">
        <div role="row" aria-rowindex={1} className="data-table__row">
          {columns.map((column) => {
            const sorted = column.sort !== undefined && sort.column === column.sort
            const direction = sort.direction === 'asc' ? 'ascending' : 'descending'
            return (
              <div
                key={column.id}
                role="columnheader"
                aria-sort={column.sort === undefined ? undefined : sorted ? direction : 'none'}
                className={column.numeric ? 'data-table__numeric' : undefined}
              >
                {column.sort === undefined ? (
                  column.label
                ) : (
                  <button type="button" className="data-table__sort" onClick={() => onSort(column.sort as Sort)}>
                    {column.label}
                    <span aria-hidden="true" className="data-table__arrow">
                      {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                )}
              </div>
            )
          })}
        </div>
      </div>
      <div role="rowgroup" className="data-table__body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = pages[Math.floor(item.index / PAGE_SIZE)]?.[item.index % PAGE_SIZE]
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              className="data-table__row"
              style={{ transform: `translateY(${item.start - headHeight}px)` }}
            >
              {row ? (
                columns.map((column) => (
                  <div key={column.id} role="cell" className={column.numeric ? 'data-table__numeric' : undefined}>
                    {clipping(column.cell(row))}
                  </div>
                ))
              ) : (
                <div role="cell" className="data-table__loading">
                  {t('app.loadingRow')}
                </div>
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}

/**
 * Focus scrolls a cell only just into view, ring and scroll margins aside; this brings it in whole,
 * clear of the header and the name column.
 */
const revealFocused = (event: FocusEvent<HTMLDivElement>) => {
  if (event.target !== event.currentTarget) event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' })
}

/** Bare text in an element of its own, which cuts it short; the cell itself never clips. */
const clipping = (content: ReactNode): ReactNode =>
  typeof content === 'string' || typeof content === 'number' ? <span>{content}</span> : content

/** The element's height as laid out, following it when it changes (a new language, a density). */
function useHeight(ref: React.RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    setHeight(element.offsetHeight)
    const observer = new ResizeObserver(() => setHeight(element.offsetHeight))
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return height
}
