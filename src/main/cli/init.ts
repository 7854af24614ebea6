import { existsSync, rmSync } from 'node:fs'
import type { HubIdentity } from '../../shared/hub'
import { createTranslator } from '../../shared/i18n/translate'
import { formatPhone } from '../../shared/phone'
import type { CliOutput } from './main'
import { signingKeyFileFor } from '../hub/keystore'
import { databaseDirectory, openServices } from './context'
import { UsageError } from './usage'

export interface InitOptions {
  db?: string
  role?: string
  province?: string
  name?: string
  contact?: string
  phone?: string
  email?: string
  lang: 'id' | 'en'
}

export async function initCommand(options: InitOptions, out: CliOutput): Promise<number> {
  if (!options.db) throw new UsageError('init needs --db FILE')
  if (options.role !== 'hub' && options.role !== 'national')
    throw new UsageError('init needs --role hub or --role national')
  if (options.role === 'hub' && !options.province) throw new UsageError('init --role hub needs --province CODE')
  if (options.role === 'national' && options.province) throw new UsageError('--province is only for --role hub')
  if (options.name === undefined) throw new UsageError('init needs --name NAME')
  if (!existsSync(databaseDirectory(options.db)))
    throw new UsageError(`folder does not exist: ${databaseDirectory(options.db)}`)
  if (existsSync(signingKeyFileFor(options.db)) && !existsSync(options.db))
    throw new UsageError(`a signing key without its database already exists: ${signingKeyFileFor(options.db)}`)

  const createdHere = !existsSync(options.db)
  const { services, registry } = openServices(options.db, options.lang)
  let succeeded = false
  try {
    const result = await registry.invoke('hub:setup', {
      role: options.role,
      ...(options.role === 'hub' && { provinceCode: options.province }),
      name: options.name,
      contactName: options.contact ?? '',
      contactPhone: options.phone ?? '',
      contactEmail: options.email ?? '',
    })
    if (!result.ok) {
      out.error(result.error.message)
      for (const [field, message] of Object.entries(result.error.fields ?? {})) out.error(`  ${field}: ${message}`)
      return 1
    }
    const translate = createTranslator(options.lang)
    const keyStorage = `${services.keyStore.location} (${translate({ key: `keyProtection.${services.keyStore.protection}` })})`
    printIdentity(result.value as HubIdentity, services.database.path, keyStorage, out)
    succeeded = true
    return 0
  } finally {
    services.database.close()
    // A refused init must not leave a half-made hub behind that the next attempt trips over.
    if (createdHere && !succeeded)
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${services.database.path}${suffix}`, { force: true })
  }
}

function printIdentity(identity: HubIdentity, databasePath: string, keyStorage: string, out: CliOutput): void {
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
