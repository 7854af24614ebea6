import { create } from 'zustand'
import type { InputOf } from '@shared/contract'
import type { ErrorPayload, Result } from '@shared/errors'
import type { BreachNotice, BreachNoticeInput, CarriedFile, PrivacyRequestView } from '@shared/privacy'
import type { HistoryEntry } from '@shared/sync'
import { invoke } from '@renderer/api'
import type { LookupOption } from '@renderer/ui/Lookup'

/** What the register says once it is back from a form: the request just recorded or answered. */
export interface SavedRequest {
  action: 'opened' | 'closed'
  request: PrivacyRequestView
}

interface RequestsState {
  /** The register as main sorts it (open first, most urgent on top); null until loaded. */
  requests: PrivacyRequestView[] | null
  error: ErrorPayload | null
  saved: SavedRequest | null
  load(): Promise<void>
  open(input: InputOf<'privacy:openRequest'>): Promise<Result<PrivacyRequestView>>
  close(input: InputOf<'privacy:closeRequest'>): Promise<Result<PrivacyRequestView>>
  /** The register shows a saved notice once, then forgets it. */
  forgetSaved(): void
}

export const useRequests = create<RequestsState>()((set, get) => ({
  requests: null,
  error: null,
  saved: null,
  async load() {
    const result = await invoke('privacy:requests')
    set(result.ok ? { requests: result.value, error: null } : { error: result.error })
  },
  async open(input) {
    const result = await invoke('privacy:openRequest', input)
    if (result.ok) {
      set({ saved: { action: 'opened', request: result.value } })
      await get().load()
    }
    return result
  },
  async close(input) {
    const result = await invoke('privacy:closeRequest', input)
    if (result.ok) {
      set({ saved: { action: 'closed', request: result.value } })
      await get().load()
    }
    return result
  },
  forgetSaved() {
    set({ saved: null })
  },
}))

/** People of the directory for a type-to-find list, each with their OMS and its kabupaten/kota: two of one name differ. */
export async function findPeople(query: string): Promise<LookupOption[]> {
  const result = await invoke('members:listPeople', { query, limit: 8 })
  return result.ok
    ? result.value.rows.map((row) => ({
        id: row.id,
        label: row.name,
        detail: [row.organisationName, row.regencyName].filter(Boolean).join(', '),
      }))
    : []
}

/** A lost file (Pasal 46): main opens a file dialog and says whose data the chosen copy carried; null when cancelled. */
export const chooseCarried = (): Promise<Result<CarriedFile | null>> => invoke('privacy:carried')

/** Who is to be told of a lost file, and the draft notice, always in Bahasa Indonesia. */
export const draftBreachNotice = (input: BreachNoticeInput): Promise<Result<BreachNotice>> =>
  invoke('privacy:breachNotice', input)

/** The bundles this hub sent (its own changes, or a national copy handed back to a hub), newest first. */
export async function sentBundles(): Promise<Result<HistoryEntry[]>> {
  const result = await invoke('sync:history')
  if (!result.ok) return result
  const sent = result.value.filter(
    (entry) => entry.direction === 'out' && (entry.kind === 'changes' || entry.kind === 'rebuild'),
  )
  return { ok: true, value: sent.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt)) }
}
