import { create } from 'zustand'
import type { ErrorPayload } from '@shared/errors'
import type { RestoreDone, RestorePlan, StartupProblem } from '@shared/restore'
import { invoke } from '@renderer/api'

interface RestoreState {
  /** Set when the database would not open at start: the app shows the recovery screen. */
  problem: StartupProblem | null
  plan: RestorePlan | null
  running: boolean
  done: RestoreDone | null
  error: ErrorPayload | null
  /** True when the app must open on the recovery screen. */
  loadProblem(): Promise<boolean>
  choose(): Promise<void>
  check(path: string): Promise<void>
  run(passphrase?: string): Promise<void>
  cancel(): void
  /** Forgets a plan, result or error: leaving Pengaturan ends the restore flow. */
  reset(): void
}

export const useRestore = create<RestoreState>()((set, get) => ({
  problem: null,
  plan: null,
  running: false,
  done: null,
  error: null,
  async loadProblem() {
    const result = await invoke('restore:problem')
    const problem = result.ok ? result.value : null
    set({ problem })
    return problem !== null
  },
  async choose() {
    set({ error: null, done: null })
    const result = await invoke('restore:choose')
    if (!result.ok) return set({ error: result.error, plan: null })
    if (result.value) set({ plan: result.value })
  },
  async check(path) {
    set({ error: null, done: null, plan: null })
    const result = await invoke('restore:plan', { path })
    set(result.ok ? { plan: result.value } : { error: result.error })
  },
  async run(passphrase) {
    const { plan, running } = get()
    if (!plan || running) return
    set({ running: true, error: null })
    const result = await invoke('restore:run', {
      path: plan.backup.path,
      ...(passphrase !== undefined && passphrase !== '' && { passphrase }),
    })
    set(result.ok ? { running: false, done: result.value, plan: null } : { running: false, error: result.error })
  },
  cancel: () => set({ plan: null, error: null }),
  reset: () => set({ plan: null, error: null, done: null }),
}))
