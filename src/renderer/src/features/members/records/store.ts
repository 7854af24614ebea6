import { create } from 'zustand'
import type { InputOf } from '@shared/contract'
import type { ErrorPayload } from '@shared/errors'
import type {
  DeletedRecord,
  DuplicateCandidate,
  RecordKind,
  MergeSummary,
  OrganisationDetail,
  OrganisationRow,
  PersonDetail,
  PersonRow,
} from '@shared/members'
import { invoke } from '@renderer/api'
import { busyCall } from '@renderer/ui/busy-call'
import { useReference } from '@renderer/features/reference/store'

/** What a save came to: done, held back by likely duplicates, or refused with field messages. */
export type SaveOutcome = { saved: true; id: string } | { saved: false }

interface RecordsState {
  organisation: OrganisationDetail | null
  person: PersonDetail | null
  /** The other side of a merge, shown next to `organisation` or `person`. */
  mergeCandidate: OrganisationDetail | PersonDetail | null
  lastMerge: MergeSummary | null
  /** The record just deleted here, offered for undo on the directory until a record page or form opens. */
  deleted: DeletedRecord | null
  /** The record whose delete was just undone, greeted once on its page. */
  restored: DeletedRecord | null
  /** Likely duplicates from the last save attempt, waiting for "save anyway" or "cancel". */
  duplicates: DuplicateCandidate[] | null
  /** A form's typed values, kept while the user looks at a likely duplicate, with the form's address. */
  parked: { at: string; draft: unknown } | null
  /** Live hint while typing; never blocks anything. */
  hint: DuplicateCandidate[]
  fieldErrors: Record<string, string>
  error: ErrorPayload | null
  busy: boolean
  /** The shared reference lists the record pages show (features/reference/store.ts). */
  loadReference(provinceCode: string | null): Promise<void>
  loadOrganisation(id: string): Promise<void>
  loadPerson(id: string): Promise<void>
  loadMerge(kind: RecordKind, survivorId: string, mergedId: string): Promise<void>
  saveOrganisation(input: OrganisationInput, id: string | null): Promise<SaveOutcome>
  savePerson(input: PersonInput, id: string | null): Promise<SaveOutcome>
  checkOrganisationDraft(draft: InputOf<'members:organisationDuplicates'>): Promise<void>
  changeStatus(input: InputOf<'members:changeStatus'>): Promise<boolean>
  /** A status history entry corrected or removed: null once done, else main's refusal for that form alone. */
  correctStatus(input: InputOf<'members:correctStatus'>): Promise<ErrorPayload | null>
  removeStatus(changeId: string): Promise<ErrorPayload | null>
  addAssessment(input: InputOf<'members:addAssessment'>): Promise<boolean>
  /** Finds the other side of a merge, a person's organisation, an initiative's OMS; [] when refused. */
  search(kind: RecordKind, query: string): Promise<SearchHit[]>
  merge(input: InputOf<'members:merge'>): Promise<MergeSummary | null>
  undoMerge(): Promise<MergeSummary | null>
  deleteRecord(kind: RecordKind, id: string): Promise<DeletedRecord | null>
  undoDelete(): Promise<DeletedRecord | null>
  takeRestored(): void
  endAffiliation(input: InputOf<'members:endAffiliation'>): Promise<boolean>
  dismissDuplicates(): void
  park(draft: unknown): void
  unpark(): void
  reset(): void
}

/** An organisation (with its kabupaten/kota) or a person (with their OMS) found by name. */
export interface SearchHit {
  id: string
  name: string
  context: string
}

export type OrganisationInput = InputOf<'members:createOrganisation'>
export type PersonInput = InputOf<'members:createPerson'>

/** Field messages keyed by the input's top-level field, as forms show them next to inputs. */
function byField(error: ErrorPayload): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [path, message] of Object.entries(error.fields ?? {})) fields[path.split('.')[0] ?? path] ??= message
  return fields
}

const idle = {
  organisation: null,
  person: null,
  deleted: null,
  mergeCandidate: null,
  duplicates: null,
  hint: [],
  fieldErrors: {},
  error: null,
  busy: false,
}

export const useRecords = create<RecordsState>()((set, get) => {
  const run = busyCall(set, byField)

  /** An edit of the survivor ends the latest merge's undo, so its banner asks main again. */
  async function refreshLastMerge() {
    const result = await invoke('members:lastMerge')
    set({ lastMerge: result.ok ? result.value : null })
  }

  /**
   * Kept out of the page's alert and field messages, which belong to the status form below the
   * history; a correction or removal is a new action, so it clears them: a refusal judged on the old
   * history is stale.
   */
  async function historyEdit(call: () => ReturnType<typeof invoke<'members:correctStatus'>>) {
    set({ busy: true, error: null, fieldErrors: {} })
    const result = await call()
    set({ busy: false, ...(result.ok && { organisation: result.value }) })
    if (!result.ok) return result.error
    await refreshLastMerge()
    return null
  }

  async function save(call: () => ReturnType<typeof invoke<'members:createOrganisation'>>): Promise<SaveOutcome> {
    const result = await run(call)
    if (!result) return { saved: false }
    if (!result.saved) {
      set({ duplicates: result.duplicates })
      return { saved: false }
    }
    set({ duplicates: null })
    return result
  }

  return {
    lastMerge: null,
    restored: null,
    parked: null,
    ...idle,
    async loadReference(provinceCode) {
      const error = await useReference.getState().loadTaxonomies(provinceCode)
      if (error) set({ error })
    },
    async loadOrganisation(id) {
      // A reload of the page shown keeps it on screen, with whatever notice it has, until fresh data arrives.
      if (get().organisation?.id !== id) set({ organisation: null })
      const [detail] = await Promise.all([run(() => invoke('members:getOrganisation', { id })), refreshLastMerge()])
      set({ organisation: detail })
    },
    async loadPerson(id) {
      if (get().person?.id !== id) set({ person: null })
      const detail = await run(() => invoke('members:getPerson', { id }))
      set({ person: detail })
      if (detail) await get().loadOrganisation(detail.organisationId)
    },
    async loadMerge(kind, survivorId, mergedId) {
      set({ organisation: null, person: null, mergeCandidate: null })
      const channel = kind === 'organisation' ? 'members:getOrganisation' : 'members:getPerson'
      const [survivor, merged] = await Promise.all([
        run(() => invoke(channel, { id: survivorId })),
        run(() => invoke(channel, { id: mergedId })),
      ])
      if (!survivor || !merged) return
      set(
        kind === 'organisation'
          ? { organisation: survivor as OrganisationDetail, mergeCandidate: merged }
          : { person: survivor as PersonDetail, mergeCandidate: merged },
      )
    },
    saveOrganisation(input, id) {
      return save(() =>
        id ? invoke('members:updateOrganisation', { ...input, id }) : invoke('members:createOrganisation', input),
      )
    },
    savePerson(input, id) {
      return save(() => (id ? invoke('members:updatePerson', { ...input, id }) : invoke('members:createPerson', input)))
    },
    async checkOrganisationDraft(draft) {
      const result = await invoke('members:organisationDuplicates', draft)
      // A half-typed phone or e-mail is not an error worth showing while typing.
      set({ hint: result.ok ? result.value : [] })
    },
    async changeStatus(input) {
      const detail = await run(() => invoke('members:changeStatus', input))
      if (detail) set({ organisation: detail })
      if (detail) await refreshLastMerge()
      return detail !== null
    },
    async correctStatus(input) {
      return historyEdit(() => invoke('members:correctStatus', input))
    },
    async removeStatus(changeId) {
      return historyEdit(() => invoke('members:removeStatus', { changeId }))
    },
    async addAssessment(input) {
      const added = await run(() => invoke('members:addAssessment', input))
      const organisation = get().organisation
      if (added && organisation)
        set({
          organisation: {
            ...organisation,
            assessments: [added, ...organisation.assessments].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn)),
          },
        })
      return added !== null
    },
    async search(kind, query) {
      const result =
        kind === 'organisation'
          ? await invoke('members:listOrganisations', { query, limit: 20 })
          : await invoke('members:listPeople', { query, limit: 20 })
      if (!result.ok) {
        set({ error: result.error })
        return []
      }
      const rows: (OrganisationRow | PersonRow)[] = result.value.rows
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        context: 'organisationName' in row ? row.organisationName : row.regencyName,
      }))
    },
    async merge(input) {
      const summary = await run(() => invoke('members:merge', input))
      if (summary) set({ lastMerge: summary })
      return summary
    },
    async undoMerge() {
      const summary = await run(() => invoke('members:undoMerge'))
      if (summary) set({ lastMerge: summary })
      return summary
    },
    async deleteRecord(kind, id) {
      const deleted = await run(() => invoke('members:deleteRecord', { kind, id }))
      if (deleted) set({ deleted, restored: null })
      return deleted
    },
    async undoDelete() {
      const deleted = get().deleted
      if (!deleted) return null
      const restored = await run(() => invoke('members:undoDelete', { kind: deleted.kind, id: deleted.id }))
      // The page the delete left behind would show for a moment, and greet the record before loading it.
      if (restored) set({ deleted: null, restored, organisation: null, person: null })
      return restored
    },
    takeRestored() {
      set({ restored: null })
    },
    async endAffiliation(input) {
      const detail = await run(() => invoke('members:endAffiliation', input))
      if (detail) set({ person: detail })
      return detail !== null
    },
    dismissDuplicates() {
      set({ duplicates: null })
    },
    park(draft) {
      set({ parked: { at: window.location.hash, draft } })
    },
    unpark() {
      set({ parked: null })
    },
    reset() {
      set(idle)
    },
  }
})
