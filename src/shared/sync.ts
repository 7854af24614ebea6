import { z } from 'zod'
import type { Message } from './errors'
import type { HubRole } from './hub'

/** A province whose last bundle was made longer ago than this is behind: the national team calls. */
export const STALE_AFTER_DAYS = 14

/** The history screen shows this many of the latest bundles in and out. */
export const HISTORY_LIMIT = 200

/** Paths come from a file dialog or a drop; main checks the file before it reads it. */
const filePath = z.string().min(1).max(4096)

export const exportInput = z.strictObject({
  /** Everything this hub owns, instead of what changed since the last acknowledged bundle. */
  full: z.boolean(),
})

export const importBundleInput = z.strictObject({
  path: filePath,
  /** The operator saw that the sender's clock is ahead and accepts this bundle anyway. */
  acceptDrift: z.boolean(),
})

export const enrolKeyInput = z.strictObject({
  path: filePath,
  /** As the other side read it aloud; spaces and dashes do not count. */
  fingerprint: z.string().max(100),
})

export const keyIdInput = z.strictObject({ keyId: z.string().regex(/^[0-9a-f]{32}$/) })

export const hubIdInput = z.strictObject({ hubId: z.uuid() })

export type MergeCounts = Record<'new' | 'updated' | 'unchanged' | 'deleted', number>

/** What a bundle will hold, shown before it is written. */
export interface ExportPlan {
  full: boolean
  /** The bundle carries every change after this sequence of the key (0: everything). */
  coversFrom: number
  /** Rows per synced table (SQL name). */
  tables: Record<string, number>
  /** Rows of people and supporters with some personal field staying here, for want of consent or by a restriction. */
  peopleWithheld: number
  /** `table.column` of every field that stays here unless consent releases it. */
  personalFields: string[]
  /** Per group of fields released together: how many rows of this bundle keep them here. */
  withheld: { table: string; columns: string[]; rows: number }[]
}

export interface ExportReport extends ExportPlan {
  /** The file's name, without its folder. */
  file: string
  sequence: number
  fileSha256: string
  bytes: number
}

export type KeyStatus = 'self' | 'trusted' | 'revoked' | 'retired'

export interface KeyDescription {
  keyId: string
  hubId: string
  instanceId: string
  role: HubRole
  provinceCode: string | null
  name: string
  /** Six groups of five digits, read aloud to compare. */
  fingerprint: string
  status: KeyStatus
  enrolledAt: string
  revokedAt: string | null
}

export interface KeysOverview {
  own: KeyDescription
  /** Every key this instance knows, its own included. */
  keys: KeyDescription[]
}

/** A key file the user chose, read but not enrolled yet. */
export interface KeyFileChoice {
  path: string
  key: Pick<KeyDescription, 'keyId' | 'hubId' | 'role' | 'provinceCode' | 'name' | 'fingerprint'>
  /** The same key is already known here, with this status. */
  known: KeyStatus | null
}

export interface BundleReport {
  file: string
  outcome: 'accepted' | 'duplicate' | 'refused'
  /** Signs of a copied database or a stolen key. */
  alarm: boolean
  kind: 'changes' | 'ack' | 'rebuild' | null
  signer: Pick<KeyDescription, 'keyId' | 'name' | 'hubId' | 'provinceCode' | 'role'> | null
  sequence: number | null
  counts: MergeCounts
  tables: Record<string, MergeCounts>
  attachments: number
  /** Why it was refused: a `sync.refused.*` message. */
  reason: Message | null
  driftAccepted: boolean
}

/** A bundle imported from the screen: the report, and whether this computer made it itself. */
export interface ImportedBundle extends BundleReport {
  /**
   * Signed by a key of this instance: a bundle or acknowledgement written here to be sent, chosen
   * for import by mistake. Never said of an alarm, which a copied database raises with our key.
   */
  madeHere: boolean
}

export interface KeyProgress {
  keyId: string
  latest: number
  gaps: number[]
  appliedThrough: number
}

export interface AckReport {
  file: string
  hubId: string
  keys: KeyProgress[]
}

export interface RotationReport {
  bundle: ExportReport
  key: KeyDescription
}

export interface KeyFileSaved {
  file: string
  fingerprint: string
}

export type HistoryOutcome = 'exported' | 'accepted' | 'duplicate' | 'refused' | 'alarm'

/** One bundle in or out, as the history screen lists it. */
export interface HistoryEntry {
  id: number
  direction: 'in' | 'out'
  kind: 'changes' | 'ack' | 'rebuild' | null
  outcome: HistoryOutcome
  sequence: number | null
  /** Who sent it (in) or, for an acknowledgement, whom it is for (out); our own name otherwise. */
  party: string | null
  provinceCode: string | null
  fileName: string | null
  /** When the file was made, as it says; null when it could not be read. */
  createdAt: string | null
  recordedAt: string
  /** Rows merged from an accepted bundle. */
  merged: MergeCounts | null
  /** Rows written into an exported bundle. */
  exportedRows: number | null
  reason: Message | null
  driftAccepted: boolean
  /** A file in that this instance wrote itself, chosen for import by mistake (never an alarm). */
  madeHere: boolean
}

/** One enrolled hub of a province, as the national team follows it. */
export interface ProvinceHub {
  hubId: string
  name: string
  /** The latest bundle of changes applied from this hub. */
  lastBundle: { sequence: number; createdAt: string; recordedAt: string } | null
  /** Whole days since that bundle was made. */
  ageDays: number | null
  stale: boolean
  /** Sequences neither received nor covered by a later bundle, per key of the hub. */
  gaps: number[]
  organisations: number
  people: number
  /** Bundles refused as signs of a copied database or a stolen key. */
  alarms: number
}

export interface ProvinceRow {
  code: string
  name: string
  hubs: ProvinceHub[]
}
