import { create } from 'zustand'
import type { BackupDone, BackupEntry, BackupProgress, BackupSettings, BackupStatus } from '@shared/backup'
import type { ErrorPayload } from '@shared/errors'
import { invoke } from '@renderer/api'

/** As often as an import's progress is asked for: often enough for a bar that moves. */
const POLL_MS = 250

interface BackupState {
  settings: BackupSettings | null
  list: BackupEntry[]
  status: BackupStatus | null
  /** A backup is being made; its progress once main has told it. */
  running: boolean
  progress: BackupProgress | null
  done: BackupDone | null
  error: ErrorPayload | null
  load(): Promise<void>
  loadStatus(): Promise<void>
  chooseFolder(): Promise<void>
  setScheduled(scheduled: boolean): Promise<void>
  backUp(passphrase?: string): Promise<boolean>
}

export const useBackup = create<BackupState>()((set, get) => ({
  settings: null,
  list: [],
  status: null,
  running: false,
  progress: null,
  done: null,
  error: null,
  async load() {
    const [settings, list, status] = await Promise.all([
      invoke('backup:settings'),
      invoke('backup:list'),
      invoke('backup:status'),
    ])
    if (!settings.ok) return set({ error: settings.error })
    set({
      settings: settings.value,
      list: list.ok ? list.value : [],
      status: status.ok ? status.value : null,
      ...(!list.ok && { error: list.error }),
    })
  },
  async loadStatus() {
    const status = await invoke('backup:status')
    if (status.ok) set({ status: status.value })
  },
  async chooseFolder() {
    set({ error: null, done: null })
    const result = await invoke('backup:chooseFolder')
    if (!result.ok) return set({ error: result.error })
    if (result.value !== null) await get().load()
  },
  async setScheduled(scheduled) {
    const result = await invoke('backup:setSchedule', { scheduled })
    if (!result.ok) return set({ error: result.error })
    set({ settings: result.value })
    await get().loadStatus()
  },
  /** Runs the backup while polling its progress, as an import does; true when it was made. */
  async backUp(passphrase) {
    if (get().running) return false
    set({ running: true, progress: null, done: null, error: null })
    const timer = setInterval(() => {
      void invoke('backup:progress').then((result) => {
        if (result.ok && result.value && get().running) set({ progress: result.value })
      })
    }, POLL_MS)
    try {
      const result = await invoke('backup:run', passphrase === undefined ? {} : { passphrase })
      set(result.ok ? { done: result.value } : { error: result.error })
      return result.ok
    } finally {
      clearInterval(timer)
      set({ running: false, progress: null })
      await get().load()
    }
  },
}))
