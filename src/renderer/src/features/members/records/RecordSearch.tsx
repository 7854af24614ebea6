import { useEffect, useState, type ReactNode } from 'react'
import type { RecordKind } from '@shared/members'
import { TextField } from '@renderer/ui/TextField'
import { useRecords, type SearchHit } from './store'

/** Finds organisations or people by typing part of a name; what to do with each hit is the caller's. */
export function RecordSearch({
  kind,
  label,
  excludeId,
  action,
}: {
  kind: RecordKind
  label: string
  excludeId?: string
  action: (hit: SearchHit) => ReactNode
}) {
  const { searchResults, search } = useRecords()
  const [query, setQuery] = useState('')
  const searching = query.trim().length >= 2
  useEffect(() => {
    if (!searching) return
    const timer = window.setTimeout(() => void search(kind, query), 300)
    return () => window.clearTimeout(timer)
  }, [kind, query, searching, search])
  const hits = searching ? searchResults.filter((hit) => hit.id !== excludeId) : []

  return (
    <div className="records-search">
      <TextField label={label} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
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
