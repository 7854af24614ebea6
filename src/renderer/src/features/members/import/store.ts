import { create } from 'zustand'
import type { ErrorPayload, Result } from '@shared/errors'
import {
  MAX_IMPORT_BYTES,
  type ImportCommitted,
  type ImportKind,
  type ImportOpened,
  type ImportPreview,
  type ImportProgress,
  type MatchDecision,
  type SpreadsheetFormat,
} from '@shared/members'
import { invoke } from '@renderer/api'
import { i18n } from '@renderer/i18n'
import { readFileBase64, saveFile } from '@renderer/ui/download'

const POLL_MS = 250

type Busy = 'opening' | 'checking' | 'saving' | 'downloading' | null

interface ImportState {
  kind: ImportKind
  fileName: string | null
  opened: ImportOpened | null
  mapping: (string | null)[]
  regencyChoices: Record<string, string>
  /** Row number → field → corrected text. */
  edits: Record<string, Record<string, string>>
  skipped: number[]
  /** What rows matching a record already in the directory do, unless a row says otherwise. */
  onMatch: MatchDecision
  /** Row number → what that matching row does instead. */
  decisions: Record<string, MatchDecision>
  preview: ImportPreview | null
  /** The mapping, choices, edits or skips changed after the last dry run: it must run again. */
  changed: boolean
  progress: ImportProgress | null
  committed: ImportCommitted | null
  busy: Busy
  error: ErrorPayload | null
  /** A fresh wizard for this kind; an open session is simply left to expire in main. */
  start(kind: ImportKind): void
  open(file: File): Promise<void>
  downloadTemplate(format: SpreadsheetFormat): Promise<void>
  /** Sets the field of the column at this position of the headings. */
  mapColumn(column: number, field: string | null): void
  chooseRegency(value: string, code: string): void
  edit(rowNumber: number, field: string, value: string): void
  toggleSkip(rowNumber: number): void
  chooseOnMatch(decision: MatchDecision): void
  decide(rowNumber: number, decision: MatchDecision): void
  check(): Promise<void>
  commit(): Promise<void>
  cancel(): Promise<void>
}

const fresh = (kind: ImportKind) => ({
  kind,
  fileName: null,
  opened: null,
  mapping: [],
  regencyChoices: {},
  edits: {},
  skipped: [],
  // Nothing the directory has changes unless the user says so.
  onMatch: 'skip' as MatchDecision,
  decisions: {},
  preview: null,
  changed: false,
  progress: null,
  committed: null,
  busy: null,
  error: null,
})

export const useImport = create<ImportState>()((set, get) => {
  /** Runs a long call while polling its progress, so the bar moves and Cancel has something to stop. */
  async function withProgress<T>(
    busy: Busy,
    call: () => Promise<Result<T>>,
    progress: ImportProgress | null = null,
  ): Promise<Result<T>> {
    const importId = get().opened?.importId
    set({ busy, error: null, progress })
    const timer = setInterval(() => {
      if (!importId) return
      void invoke('members:importProgress', { importId }).then((result) => {
        if (result.ok && get().busy === busy) set({ progress: result.value })
      })
    }, POLL_MS)
    try {
      return await call()
    } finally {
      clearInterval(timer)
      set({ busy: null })
    }
  }

  async function download(call: () => Promise<Result<Parameters<typeof saveFile>[0]>>) {
    set({ busy: 'downloading', error: null })
    const result = await call()
    set({ busy: null })
    if (result.ok) saveFile(result.value)
    else set({ error: result.error })
  }

  const touch = (changes: Partial<ImportState>) => set({ ...changes, changed: get().preview !== null })

  return {
    ...fresh('organisations'),
    start(kind) {
      if (get().busy === 'checking' || get().busy === 'saving') void get().cancel()
      set(fresh(kind))
    },
    async open(file) {
      const kind = get().kind
      // Refused here as main would refuse it, without first copying megabytes across.
      if (file.size > MAX_IMPORT_BYTES) {
        set({ ...fresh(kind), error: { code: 'VALIDATION', message: i18n.t('validation.import.tooLarge') } })
        return
      }
      set({ ...fresh(kind), busy: 'opening', fileName: file.name })
      const result = await invoke('members:importOpen', {
        kind,
        fileName: file.name,
        contentBase64: await readFileBase64(file),
      })
      if (result.ok) set({ opened: result.value, mapping: result.value.mapping, busy: null })
      else set({ error: result.error, busy: null })
    },
    downloadTemplate: (format) => download(() => invoke('members:importTemplate', { kind: get().kind, format })),
    mapColumn(column, field) {
      touch({ mapping: get().mapping.map((current, index) => (index === column ? field : current)) })
    },
    chooseRegency(value, code) {
      touch({ regencyChoices: { ...get().regencyChoices, [value]: code } })
    },
    edit(rowNumber, field, value) {
      const row = String(rowNumber)
      touch({ edits: { ...get().edits, [row]: { ...get().edits[row], [field]: value } } })
    },
    toggleSkip(rowNumber) {
      const skipped = get().skipped
      touch({ skipped: skipped.includes(rowNumber) ? skipped.filter((n) => n !== rowNumber) : [...skipped, rowNumber] })
    },
    chooseOnMatch(onMatch) {
      touch({ onMatch })
    },
    decide(rowNumber, decision) {
      const row = String(rowNumber)
      const others = Object.entries(get().decisions).filter(([other]) => other !== row)
      // A row that does what the whole file does follows the file's choice when that changes.
      touch({ decisions: Object.fromEntries(decision === get().onMatch ? others : [...others, [row, decision]]) })
    },
    async check() {
      const { opened, mapping, regencyChoices, edits, skipped, onMatch, decisions } = get()
      if (!opened || get().busy) return
      const result = await withProgress('checking', () =>
        invoke('members:importPreview', {
          importId: opened.importId,
          mapping,
          regencyChoices,
          edits,
          skipped,
          onMatch,
          decisions,
        }),
      )
      if (result.ok) set({ preview: result.value, changed: false, progress: null })
      else set({ error: result.error })
    },
    async commit() {
      const { opened, preview, changed } = get()
      if (!opened || !preview || changed || preview.counts.error > 0 || get().busy) return
      // Main cannot answer a poll while it writes, so the wizard says it is saving before asking.
      const total = preview.counts.create + preview.counts.update
      const result = await withProgress('saving', () => invoke('members:importCommit', { importId: opened.importId }), {
        phase: 'saving',
        done: 0,
        total,
      })
      if (result.ok) set({ committed: result.value, progress: null })
      else set({ error: result.error })
    },
    async cancel() {
      const importId = get().opened?.importId
      if (!importId) return
      const result = await invoke('members:importCancel', { importId })
      if (result.ok) set({ progress: result.value })
    },
  }
})
