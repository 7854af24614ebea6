import { useEffect, useState, type ReactNode } from 'react'
import type { RecordKind } from '@shared/members'
import { TextField } from '@renderer/ui/TextField'
import { useRecords, type SearchHit } from './store'

/**
 * Finds organisations or people by typing part of a name; what to do with each hit is the caller's.
 * Each search keeps its own hits, so two on one form (an initiative's lead and partners) stay apart.
 */
export function RecordSearch({
  kind,
  label,
  excludeId,
  action,
  name,
  error,
}: {
  kind: RecordKind
  label: string
  excludeId?: string
  action: (hit: SearchHit) => ReactNode
  /** The field a refused save's focus looks for when the choice this search makes is wrong. */
  name?: string
  error?: string
}) {
  const search = useRecords((state) => state.search)
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<SearchHit[]>([])
  const searching = query.trim().length >= 2
  useEffect(() => {
    if (!searching) return
    let current = true
    const timer = window.setTimeout(async () => {
      const hits = await search(kind, query)
      if (current) setFound(hits)
    }, 300)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [kind, query, searching, search])
  const hits = searching ? found.filter((hit) => hit.id !== excludeId) : []

  return (
    <div className="records-search">
      <TextField
        label={label}
        type="search"
        name={name}
        error={error}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul className="records-candidates" aria-live="polite">
        {hits.map((hit) => (
          <li key={hit.id}>
            {action(hit)}
            <span className="records-muted"> — {hit.context}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
