import { create } from 'zustand'
import type { ErrorPayload, Result } from '@shared/errors'
import type { Receipt } from '@shared/pledges'
import type { PrintedFile } from '@shared/printing'
import { invoke } from '@renderer/api'

interface ReceiptState {
  /** The receipt on the print page, with the fulfilment it is of. */
  shown: { fulfilmentId: string; receipt: Receipt } | null
  error: ErrorPayload | null
  load(fulfilmentId: string): Promise<void>
}

export const useReceipt = create<ReceiptState>()((set) => ({
  shown: null,
  error: null,
  async load(fulfilmentId) {
    set({ shown: null, error: null })
    const result = await invoke('pledges:receipt', { id: fulfilmentId })
    if (result.ok) set({ shown: { fulfilmentId, receipt: result.value } })
    else set({ error: result.error })
  },
}))

/** Main asks where to save, prints the receipt page there, and says what it wrote (null: cancelled). */
export const printReceipt = (fulfilmentId: string): Promise<Result<PrintedFile | null>> =>
  invoke('pledges:printReceipt', { fulfilmentId })
