import { create } from 'zustand'
import type { Dimension, IndicatorKey } from '@shared/reports'

export interface DrillRequest {
  key: IndicatorKey
  dimension: Dimension | null
  bucket: string | null
  /** The bucket as the user saw it, for the dialog's title. */
  bucketName: string | null
  /** A target's own period, in place of the filter's. */
  period?: { from: string; to: string }
  /** The ways the number splits, offered as a breakdown beside its records. */
  dimensions?: Dimension[]
}

/** The number whose records are open; one dialog at a time, wherever the number was clicked. */
export const useDrill = create<{ open: DrillRequest | null; show(request: DrillRequest): void; close(): void }>()(
  (set) => ({
    open: null,
    show: (open) => set({ open }),
    close: () => set({ open: null }),
  }),
)
