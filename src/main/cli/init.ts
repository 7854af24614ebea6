import { randomUUID } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { AppError } from '../../shared/errors'
import type { HubIdentity, KeyProtection, Language } from '../../shared/hub'
import { createTranslator } from '../../shared/i18n/translate'
import { formatPhone } from '../../shared/phone'
import type { CliOutput } from './main'
import { databaseFiles, publishExclusively } from '../db/files'
import { signingKeyFileFor } from '../hub/keystore'
import { databaseDirectory, openServices } from './context'
import { rebuildCommand } from './rebuild'
import { UsageError } from './usage'

export interface InitOptions {
  db?: string
  role?: string
  province?: string
  name?: string
  contact?: string
  phone?: string
  email?: string
  rebuild?: string
  'national-key'?: string
  fingerprint?: string
  lang: 'id' | 'en'
}

export async function initCommand(options: InitOptions, out: CliOutput): Promise<number> {
  if (!options.db) throw new UsageError('init needs --db FILE')
  if (options.rebuild !== undefined) {
    if (options.role || options.province || options.name)
      throw new UsageError('init --rebuild takes no --role, --province or --name: they come from the bundle')
    return rebuildCommand({ ...options, db: options.db, rebuild: options.rebuild }, out)
  }
  if (options.role !== 'hub' && options.role !== 'national')
    throw new UsageError('init needs --role hub or --role national')
  if (options.role === 'hub' && !options.province) throw new UsageError('init --role hub needs --province CODE')
  if (options.role === 'national' && options.province) throw new UsageError('--province is only for --role hub')
  if (options.name === undefined) throw new UsageError('init needs --name NAME')
  if (!existsSync(databaseDirectory(options.db)))
    throw new UsageError(`folder does not exist: ${databaseDirectory(options.db)}`)
  if (existsSync(signingKeyFileFor(options.db)) && !existsSync(options.db))
    throw new UsageError(`a signing key without its database already exists: ${signingKeyFileFor(options.db)}`)

  const input = {
    role: options.role,
    ...(options.role === 'hub' && { provinceCode: options.province }),
    name: options.name,
    contactName: options.contact ?? '',
    contactPhone: options.phone ?? '',
    contactEmail: options.email ?? '',
  }
  const db = resolve(options.db)
  // A database the app (or an earlier init) created but nobody has set up yet is set up in place.
  const building = existsSync(db) ? null : `${db}.${randomUUID()}.init`
  try {
    const { result, protection } = await setUp(building ?? db, input, options.lang)
    if (!result.ok) {
      out.error(result.error.message)
      for (const [field, message] of Object.entries(result.error.fields ?? {})) out.error(`  ${field}: ${message}`)
      return 1
    }
    if (building) publish(building, db)
    printIdentity(result.value as HubIdentity, db, protection, options.lang, out)
    return 0
  } finally {
    if (building)
      for (const file of [...databaseFiles(building), signingKeyFileFor(building)]) rmSync(file, { force: true })
  }
}

async function setUp(db: string, input: unknown, lang: Language) {
  const { services, registry } = openServices(db, lang)
  try {
    return { result: await registry.invoke('hub:setup', input), protection: services.keyStore.protection }
  } finally {
    services.database.close()
  }
}

/**
 * A new hub, database and key, is made under a name of its own and only then given the names asked
 * for, each exclusively: a refused set-up leaves nothing behind, and of two inits racing for the
 * same new path the loser finds the names taken and stops without touching the winner's files. It
 * removes only what it made itself.
 */
function publish(building: string, db: string): void {
  const key = signingKeyFileFor(db)
  const takenMeanwhile = new AppError('DB_EXISTS', { key: 'errors.dbCreatedMeanwhile', params: { path: db } })
  if (!publishExclusively(signingKeyFileFor(building), key)) throw takenMeanwhile
  if (!publishExclusively(building, db)) {
    rmSync(key)
    throw takenMeanwhile
  }
}

function printIdentity(
  identity: HubIdentity,
  databasePath: string,
  protection: KeyProtection,
  lang: Language,
  out: CliOutput,
): void {
  const keyStorage = `${signingKeyFileFor(databasePath)} (${createTranslator(lang)({ key: `keyProtection.${protection}` })})`
  const lines: [string, string | null][] = [
    ['Hub', identity.name],
    ['Role', identity.role],
    ['Province', identity.provinceName && `${identity.provinceName} (${identity.provinceCode}, ${identity.timeZone})`],
    ['Contact', identity.contactName],
    ['Phone', identity.contactPhone && formatPhone(identity.contactPhone)],
    ['E-mail', identity.contactEmail],
    ['Hub id', identity.hubId],
    ['Fingerprint', identity.fingerprint],
    ['Database', databasePath],
    ['Signing key', keyStorage],
  ]
  for (const [label, value] of lines) if (value) out.log(`${`${label}:`.padEnd(13)}${value}`)
}
