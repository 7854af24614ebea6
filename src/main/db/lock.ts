import { randomUUID } from 'node:crypto'
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { AppError } from '../../shared/errors'
import { codeOf, PRIVATE_FILE_MODE, publishExclusively } from './files'

interface Holder {
  pid: number
  host: string
  token: string
}

export const lockFileFor = (databasePath: string): string => `${databasePath}.lock`

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: there is such a process, another user's.
    return codeOf(error) === 'EPERM'
  }
}

const readHolder = (path: string): Holder | null => {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Holder
  } catch {
    return null
  }
}

const inUse = (databasePath: string, host: string) =>
  new AppError('DB_IN_USE', { key: 'errors.databaseInUse', params: { path: databasePath, host } })

/**
 * Holds the database for this process: a second copy of the app opening it is told it is in use,
 * where SQLite alone would let both write and each show screens the other made stale. The lock is
 * a file beside the database naming the process, made whole under another name and linked into
 * place. One left by a process that died on this computer is taken over; one from another computer
 * (a shared folder) is respected. Returns the release.
 */
export function lockDatabase(databasePath: string): () => void {
  const path = lockFileFor(databasePath)
  const mine: Holder = { pid: process.pid, host: hostname(), token: randomUUID() }
  const made = `${path}.${mine.token}.new`
  writeFileSync(made, JSON.stringify(mine), { mode: PRIVATE_FILE_MODE })
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (publishExclusively(made, path))
        return () => {
          if (readHolder(path)?.token === mine.token) rmSync(path, { force: true })
        }
      const holder = readHolder(path)
      if (holder && (holder.host !== mine.host || alive(holder.pid))) throw inUse(databasePath, holder.host)
      // Its holder is gone: moved aside whole first, so of two starting at once only one removes it.
      const stale = `${path}.${randomUUID()}.stale`
      try {
        renameSync(path, stale)
        rmSync(stale, { force: true })
      } catch (error) {
        if (codeOf(error) !== 'ENOENT') throw error
      }
    }
    throw inUse(databasePath, mine.host)
  } finally {
    rmSync(made, { force: true })
  }
}
