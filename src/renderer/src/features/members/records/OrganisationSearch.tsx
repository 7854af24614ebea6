import { useEffect, useState, type ReactNode } from 'react'
import type { OrganisationRow } from '../../../../../shared/members'
import { TextField } from '../../../ui/TextField'
import { useRecords } from './store'

/** Finds organisations by typing part of a name; what to do with each hit is the caller's. */
export function OrganisationSearch({
  label,
  excludeId,
  action,
}: {
  label: string
  excludeId?: string
  action: (row: OrganisationRow) => ReactNode
}) {
  const { searchResults, searchOrganisations } = useRecords()
  const [query, setQuery] = useState('')
  const searching = query.trim().length >= 2
  useEffect(() => {
    if (!searching) return
    const timer = window.setTimeout(() => void searchOrganisations(query), 300)
    return () => window.clearTimeout(timer)
  }, [query, searching, searchOrganisations])
  const rows = searching ? searchResults.filter((row) => row.id !== excludeId) : []

  return (
    <div className="records-search">
      <TextField label={label} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      <ul className="records-candidates" aria-live="polite">
        {rows.map((row) => (
          <li key={row.id}>
            {action(row)}
            <span className="records-muted"> — {row.regencyName}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
