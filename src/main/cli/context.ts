import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { createDb, type CreateDbOptions } from '../db'
import { openOrRecover } from '../backup/recovery'
import { createAppRegistry } from '../handlers'
import { createFileKeyStore, isHubOwnFile, signingKeyFileFor } from '../hub/keystore'
import type { HandlerRegistry } from '../ipc/registry'
import { noFileDialogs, type FileDialogs, type PagePrinter, type Services } from '../services'
import { noticeMessage, type Language } from '../../shared/hub'
import { createTranslator } from '../../shared/i18n/translate'
import { storageNotices } from '../hub/service'
import type { CliOutput } from './main'
import { CliRefusal, UsageError } from './usage'

/** Read on use, from the source tree: the CLI and the harness run from a checkout. */
export const packageVersion = (): string =>
  (JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { version: string }).version

/**
 * Services over a database file under plain Node, for the CLI and the browser-test harness.
 * `language`: answer in this language whatever the database's setting, which stays untouched.
 * `files`: the CLI names its files in arguments; the harness answers dialogs as its tests say.
 * `printer`: the harness prints pages; the CLI cannot.
 */
export function openServices(
  databasePath: string,
  language?: Language,
  databaseOptions?: CreateDbOptions,
  files: FileDialogs = noFileDialogs,
  printer?: PagePrinter,
  recover = false,
): { services: Services; registry: HandlerRegistry } {
  const path = resolve(databasePath)
  const { database, startupProblem } = recover
    ? openOrRecover(path, databaseOptions)
    : { database: createDb(path, databaseOptions), startupProblem: undefined }
  const services: Services = {
    database,
    ...(databaseOptions && { databaseOptions }),
    ...(startupProblem && { startupProblem }),
    keyStore: createFileKeyStore(signingKeyFileFor(path)),
    appVersion: packageVersion(),
    files,
    ...(printer && { printer }),
    ...(language && { language }),
  }
  return { services, registry: createAppRegistry(services) }
}

/** What the app shows as notices at start, said before a command works on the database. */
export async function reportStorageNotices(services: Services, out: CliOutput): Promise<void> {
  const translate = createTranslator(services.language ?? 'id')
  for (const notice of await storageNotices(services.database, services.keyStore))
    out.error(`lokadaya: ${translate(noticeMessage(notice))}`)
}

export const databaseDirectory = (databasePath: string): string => dirname(resolve(databasePath))

/** The --db of a command that works on a hub set up before: named, and there. */
export function existingDatabase(databasePath: string | undefined, command: string): string {
  if (!databasePath) throw new UsageError(`${command} needs --db FILE`)
  if (!existsSync(databasePath)) throw new CliRefusal(`no database at ${databasePath} (create one with init first)`)
  return databasePath
}

export function checkTarget(target: string, databasePath: string, force: boolean): void {
  if (isHubOwnFile(databasePath, target))
    throw new CliRefusal(`--out ${target} is one of the hub's own files (database or signing key); choose another name`)
  if (existsSync(target) && !force) throw new CliRefusal(`${target} already exists; add --force to replace it`)
}
