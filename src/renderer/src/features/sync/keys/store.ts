import { create } from 'zustand'
import type { ErrorPayload, Result } from '@shared/errors'
import type { KeyFileChoice, KeysOverview } from '@shared/sync'
import { invoke } from '@renderer/api'

export type KeyNotice =
  | { kind: 'saved'; file: string }
  | { kind: 'rotated'; file: string; sequence: number }
  | { kind: 'enrolled'; name: string }
  | { kind: 'revoked'; name: string }

type Busy = 'saving' | 'rotating' | 'choosing' | 'enrolling' | 'revoking'

interface KeysState {
  overview: KeysOverview | null
  /** A key file read and shown, waiting for its fingerprint to be confirmed. */
  choice: KeyFileChoice | null
  /** Why main would not enrol the chosen key (a fingerprint that differs, mostly). */
  enrolError: string | null
  notice: KeyNotice | null
  busy: Busy | null
  error: ErrorPayload | null
  load(): Promise<void>
  saveKeyFile(): Promise<void>
  rotate(): Promise<void>
  chooseKeyFile(): Promise<void>
  enrol(fingerprint: string): Promise<void>
  revoke(keyId: string): Promise<void>
}

export const useKeys = create<KeysState>()((set, get) => {
  /** One action at a time; its result, or its failure in the screen's alert. */
  async function run<T>(busy: Busy, call: () => Promise<Result<T>>, then: (value: T) => void): Promise<void> {
    if (get().busy) return
    set({ busy, error: null, notice: null })
    const result = await call()
    set({ busy: null })
    if (!result.ok) return set({ error: result.error })
    then(result.value)
  }

  return {
    overview: null,
    choice: null,
    enrolError: null,
    notice: null,
    busy: null,
    error: null,
    async load() {
      const result = await invoke('sync:keys')
      set(result.ok ? { overview: result.value } : { error: result.error })
    },
    saveKeyFile: () =>
      run(
        'saving',
        () => invoke('sync:exportKeyFile'),
        (saved) => {
          if (saved) set({ notice: { kind: 'saved', file: saved.file } })
        },
      ),
    rotate: () =>
      run(
        'rotating',
        () => invoke('sync:rotateKey'),
        (rotation) => {
          if (!rotation) return
          set({ notice: { kind: 'rotated', file: rotation.bundle.file, sequence: rotation.bundle.sequence } })
          void get().load()
        },
      ),
    chooseKeyFile: () =>
      run(
        'choosing',
        () => invoke('sync:pickKeyFile'),
        (choice) => {
          if (choice) set({ choice, enrolError: null })
        },
      ),
    async enrol(fingerprint) {
      const choice = get().choice
      if (!choice || get().busy) return
      set({ busy: 'enrolling', enrolError: null, notice: null })
      const result = await invoke('sync:enrolKey', { path: choice.path, fingerprint })
      set({ busy: null })
      if (!result.ok) return set({ enrolError: result.error.message })
      set({ choice: null, notice: { kind: 'enrolled', name: result.value.name } })
      await get().load()
    },
    revoke: (keyId) =>
      run(
        'revoking',
        () => invoke('sync:revokeKey', { keyId }),
        (key) => {
          set({ notice: { kind: 'revoked', name: key.name } })
          void get().load()
        },
      ),
  }
})
