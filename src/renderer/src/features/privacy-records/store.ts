import { create } from 'zustand'
import type { ErrorPayload, Result } from '@shared/errors'
import type { PrintedFile } from '@shared/printing'
import type { ProcessingRecord, RetentionPeriods, RetentionView } from '@shared/privacy-records'
import { invoke } from '@renderer/api'

interface PrivacyRecordsState {
  /** The record as main drew it up at the last load; null until then. */
  record: ProcessingRecord | null
  recordError: ErrorPayload | null
  retention: RetentionView | null
  retentionError: ErrorPayload | null
  loadRecord(): Promise<void>
  loadRetention(): Promise<void>
  /** Stores the periods; the record is drawn up again, as it states them. */
  saveRetention(periods: RetentionPeriods): Promise<Result<RetentionView>>
}

export const usePrivacyRecords = create<PrivacyRecordsState>()((set, get) => ({
  record: null,
  recordError: null,
  retention: null,
  retentionError: null,
  async loadRecord() {
    const result = await invoke('privacy:processingRecord')
    set(result.ok ? { record: result.value, recordError: null } : { recordError: result.error })
  },
  async loadRetention() {
    const result = await invoke('privacy:retention')
    set(result.ok ? { retention: result.value, retentionError: null } : { retentionError: result.error })
  },
  async saveRetention(periods) {
    const result = await invoke('privacy:setRetention', periods)
    if (result.ok) {
      set({ retention: result.value, retentionError: null })
      if (get().record) await get().loadRecord()
    }
    return result
  },
}))

/** Main asks where to save, prints the record's page there and says what it wrote; null when cancelled. */
export const printProcessingRecord = (): Promise<Result<PrintedFile | null>> => invoke('privacy:printProcessingRecord')
