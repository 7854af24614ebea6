import { invoke } from '@renderer/api'
import type { LookupOption } from '@renderer/ui/Lookup'

/** People of the directory matching what was typed, each with their OMS to tell namesakes apart. */
export async function findPeople(query: string): Promise<LookupOption[]> {
  const result = await invoke('members:listPeople', { query, limit: 8 })
  return result.ok
    ? result.value.rows.map((row) => ({ id: row.id, label: row.name, detail: row.organisationName }))
    : []
}
