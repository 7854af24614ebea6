import { readFileSync } from 'node:fs'
import { AppError } from '../../shared/errors'
import { formatNumber } from '../../shared/format'
import type { Language } from '../../shared/hub'
import { createTranslator } from '../../shared/i18n/translate'
import { fingerprint } from '../hub/keys'
import { rebuildHub } from '../sync/rebuild'
import { ownKey } from '../sync/keys'
import { openServices } from './context'
import type { CliOutput } from './main'
import { CliRefusal, UsageError } from './usage'

export interface RebuildOptions {
  db: string
  rebuild: string
  'national-key'?: string
  fingerprint?: string
  lang: Language
}

/**
 * `init --db FILE --rebuild BUNDLE --national-key KEYFILE --fingerprint FP`: a new instance of a
 * hub that lost everything, from the national copy of its data.
 */
export async function rebuildCommand(options: RebuildOptions, out: CliOutput): Promise<number> {
  const keyFile = options['national-key']
  if (!keyFile) throw new UsageError('init --rebuild needs --national-key KEYFILE')
  if (!options.fingerprint) throw new UsageError('init --rebuild needs --fingerprint FP')
  let keyFileText: string
  try {
    keyFileText = readFileSync(keyFile, 'utf8')
  } catch {
    throw new CliRefusal(`cannot read ${keyFile}`)
  }
  const { services } = openServices(options.db, options.lang)
  try {
    const { identity, bundle, replaced } = await rebuildHub(services.database, services.keyStore, {
      keyFileText,
      fingerprint: options.fingerprint,
      bundlePath: options.rebuild,
    }).catch((error: unknown) => {
      if (error instanceof AppError) throw new CliRefusal(createTranslator(options.lang)(error.userMessage))
      throw error
    })
    const key = ownKey(services.database, identity)
    out.log(
      `Rebuilt ${identity.name} from the national copy: ${formatNumber(bundle.counts.new, options.lang)} records.`,
    )
    out.log(`New key id ${key.keyId}; it retires ${replaced.length} old key(s) of the hub in its first bundle.`)
    out.log('Send the national team this instance’s key file (key export) and read them its fingerprint:')
    out.log(fingerprint(key.publicKey))
    return 0
  } finally {
    services.database.close()
  }
}
