import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Result } from '../../shared/errors'
import { jawaTimurServices } from '../members/records/testing'
import { scriptedDialogs } from '../testing/dialogs'

// 1 December 2026, 08:30 UTC: 15.30 WIB in Surabaya.
export const start = Date.UTC(2026, 11, 1, 8, 30)
export const HOUR = 3_600_000

/** A set-up hub whose clock the test moves, a folder for its backups, and dialogs that answer it. */
export async function hubWithBackupFolder(clock = { now: start }) {
  const context = await jawaTimurServices({ clock: () => clock.now })
  const dialogs = scriptedDialogs()
  context.services.files = dialogs
  const folder = join(context.directory, 'usb')
  mkdirSync(folder)
  const call = async <T>(channel: string, input?: unknown): Promise<Result<T>> =>
    (await context.registry.invoke(channel, input)) as Result<T>
  const value = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = await call<T>(channel, input)
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`)
    return result.value
  }
  const chooseFolder = (path = folder) => {
    dialogs.answerFolder(path)
    return value('backup:chooseFolder')
  }
  return { ...context, clock, dialogs, folder, call, value, chooseFolder }
}
