import type { ErrorPayload, Result } from '@shared/errors'

/** Rows per request: what one screenful of a virtualised list asks main for at a time. */
export const PAGE_SIZE = 100
/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
export const SEARCH_DELAY_MS = 150

export interface PagedRows<Row> {
  rows: Row[]
  total: number
  /** A search matched more rows than it lists. */
  more?: boolean
}

export interface ListState<Row> {
  /** Null until the first page of the current search has come back. */
  total: number | null
  more: boolean
  /** Page number → rows; pages are fetched as the table scrolls to them. */
  pages: Record<number, Row[]>
  /**
   * Which search the rows on screen answer. A new search keeps the old rows until its own arrive,
   * so typing does not flash an empty list; the table scrolls back to the top when this changes.
   */
  shown: number
  error: ErrorPayload | null
}

export const emptyList: ListState<never> = { total: null, more: false, pages: {}, shown: 0, error: null }

export interface PagedList {
  /** A new query, filter or sort: answers to the old one arrive too late to matter and are dropped. */
  restart(): void
  loadPage(page: number): Promise<void>
}

/**
 * The page cache behind one virtualised list, kept in whatever store owns the list (`read` and
 * `write` reach its ListState there). Every restart starts a new generation, so fast typing never
 * shows a stale list.
 */
export function pagedList<Row>(options: {
  fetch(window: { offset: number; limit: number }): Promise<Result<PagedRows<Row>>>
  read(): ListState<Row>
  write(list: ListState<Row>): void
}): PagedList {
  let generation = 0
  const inFlight = new Set<number>()
  const loadPage = async (page: number) => {
    const list = options.read()
    const asked = generation
    if ((list.shown === asked && list.pages[page]) || inFlight.has(page)) return
    inFlight.add(page)
    const result = await options.fetch({ offset: page * PAGE_SIZE, limit: PAGE_SIZE })
    if (asked !== generation) return
    inFlight.delete(page)
    const current = options.read()
    const pages = current.shown === asked ? current.pages : {}
    options.write(
      result.ok
        ? {
            total: result.value.total,
            more: result.value.more ?? false,
            pages: { ...pages, [page]: result.value.rows },
            shown: asked,
            error: null,
          }
        : { ...current, error: result.error },
    )
  }
  return {
    restart() {
      generation += 1
      inFlight.clear()
      void loadPage(0)
    },
    loadPage,
  }
}

/** Runs `action` once typing pauses; each call replaces the one still waiting. */
export function afterTypingPauses(): (action: () => void) => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  return (action) => {
    clearTimeout(timer)
    timer = setTimeout(action, SEARCH_DELAY_MS)
  }
}

/** Clicking the sorted column again reverses it; another column sorts ascending. */
export const nextSort = <S extends { column: string; direction: 'asc' | 'desc' }>(sort: S, column: S['column']): S =>
  ({ column, direction: sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc' }) as S
