import { create } from 'zustand'
import type { ErrorPayload } from '@shared/errors'
import type { ExportPlan, ExportReport, ImportedBundle } from '@shared/sync'
import { invoke } from '@renderer/api'

/** One bundle the user chose or dropped, and what became of it. */
export interface ImportResult {
  path: string
  /** The file's name, as long as main has not answered with its own. */
  name: string
  report: ImportedBundle | null
  /** Main could not even open it (no such file, a folder): said instead of a report. */
  failure: string | null
}

type Exported = { kind: 'written'; report: ExportReport } | { kind: 'cancelled' }

interface ExchangeState {
  full: boolean
  plan: ExportPlan | null
  exporting: boolean
  exported: Exported | null
  /** Bundles of the current import: answered ones have a report or a failure. */
  results: ImportResult[]
  importing: boolean
  error: ErrorPayload | null
  loadPlan(): Promise<void>
  chooseFull(full: boolean): Promise<void>
  exportBundle(): Promise<void>
  pickAndImport(): Promise<void>
  importDropped(files: File[]): Promise<void>
  /** Imports one refused bundle again (by its place in the results), its sender's clock accepted. */
  acceptDrift(index: number): Promise<void>
}

const nameOf = (path: string) => path.split(/[\\/]/).pop() || path

export const useExchange = create<ExchangeState>()((set, get) => {
  async function importOne(index: number, acceptDrift: boolean): Promise<void> {
    const path = get().results[index]?.path
    if (path === undefined) return
    const result = await invoke('sync:importBundle', { path, acceptDrift })
    const answered = result.ok
      ? { report: result.value, failure: null, name: result.value.file }
      : { report: null, failure: result.error.message }
    set({ results: get().results.map((each, at) => (at === index ? { ...each, ...answered } : each)) })
  }

  /** One call per bundle, in turn, so the bar moves and each result shows as it comes. */
  async function importAll(paths: string[]): Promise<void> {
    if (paths.length === 0) return
    set({
      importing: true,
      error: null,
      results: paths.map((path) => ({ path, name: nameOf(path), report: null, failure: null })),
    })
    for (let index = 0; index < paths.length; index++) await importOne(index, false)
    set({ importing: false })
    // Imports change what the next export starts after (an acknowledgement) and what it holds.
    void get().loadPlan()
  }

  return {
    full: false,
    plan: null,
    exporting: false,
    exported: null,
    results: [],
    importing: false,
    error: null,
    async loadPlan() {
      const result = await invoke('sync:exportPlan', { full: get().full })
      set(result.ok ? { plan: result.value } : { error: result.error })
    },
    async chooseFull(full) {
      set({ full, exported: null })
      await get().loadPlan()
    },
    async exportBundle() {
      if (get().exporting) return
      set({ exporting: true, exported: null, error: null })
      const result = await invoke('sync:export', { full: get().full })
      set({ exporting: false })
      if (!result.ok) return set({ error: result.error })
      set({ exported: result.value ? { kind: 'written', report: result.value } : { kind: 'cancelled' } })
      await get().loadPlan()
    },
    async pickAndImport() {
      if (get().importing) return
      const picked = await invoke('sync:pickBundles')
      if (!picked.ok) return set({ error: picked.error })
      await importAll(picked.value)
    },
    async importDropped(files) {
      if (get().importing || files.length === 0) return
      // A file with no place on disk (dragged out of a zip or a browser) goes as its bare name,
      // which main refuses in words that say what to do instead.
      const paths = window.lokadaya.pathsOf?.(files) ?? []
      await importAll(files.map((file, index) => paths[index] || file.name))
    },
    async acceptDrift(index) {
      if (get().importing) return
      set({ importing: true })
      await importOne(index, true)
      set({ importing: false })
      void get().loadPlan()
    },
  }
})
