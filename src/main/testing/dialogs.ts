import type { FileDialogs, FileKind } from '../services'

/**
 * Test-only stand-in for the system's open and save dialogs: each dialog answers what the test
 * queued for it, in order, and one with nothing queued is as if the user cancelled it.
 */
export interface ScriptedDialogs extends FileDialogs {
  /** The next save dialog answers this path. */
  answerSave(path: string): void
  /** The next open dialog answers these paths. */
  answerOpen(paths: string[]): void
  /** The next folder dialog answers this folder. */
  answerFolder(path: string): void
  /** What each dialog offered, oldest first: its kind and, for a save, the suggested name. */
  readonly asked: { kind: FileKind | 'folder'; suggestedName?: string }[]
}

export function scriptedDialogs(): ScriptedDialogs {
  const saves: string[] = []
  const opens: string[][] = []
  const folders: string[] = []
  const asked: ScriptedDialogs['asked'] = []
  return {
    asked,
    answerSave: (path) => void saves.push(path),
    answerOpen: (paths) => void opens.push(paths),
    answerFolder: (path) => void folders.push(path),
    async chooseSavePath({ suggestedName, kind }) {
      asked.push({ kind, suggestedName })
      return saves.shift() ?? null
    },
    async chooseOpenPaths({ kind }) {
      asked.push({ kind })
      return opens.shift() ?? []
    },
    async chooseFolder() {
      asked.push({ kind: 'folder' })
      return folders.shift() ?? null
    },
  }
}
