import { resolve } from 'node:path'
import { formatDateTime, formatNumber } from '../../shared/format'
import type { Language } from '../../shared/hub'
import { restoreBackup } from '../backup/restore'
import { lockDatabase } from '../db/lock'
import { createFileKeyStore, signingKeyFileFor } from '../hub/keystore'
import { databaseDirectory, packageVersion } from './context'
import type { CliOutput } from './main'
import { backupPassphrase } from './passphrase'
import { UsageError } from './usage'

export interface RestoreCommandOptions {
  db?: string
  from?: string
  'with-key'?: boolean
  lang: Language
}

/**
 * `restore --db FILE --from BACKUP`: the restore the app makes, as a new instance of the hub. The
 * state replaced is backed up first beside the database; a missing FILE is created (a new PC).
 */
export async function restoreCommand(options: RestoreCommandOptions, out: CliOutput): Promise<number> {
  if (!options.db) throw new UsageError('restore needs --db FILE')
  if (!options.from) throw new UsageError('restore needs --from BACKUP')
  const databasePath = resolve(options.db)
  const passphrase = options['with-key'] ? await backupPassphrase() : undefined
  const release = lockDatabase(databasePath)
  try {
    const keyStore = createFileKeyStore(signingKeyFileFor(databasePath))
    const report = await restoreBackup({
      databasePath,
      backupPath: resolve(options.from),
      keyStore,
      appVersion: packageVersion(),
      safetyFolder: databaseDirectory(databasePath),
      ...(passphrase !== undefined && { passphrase }),
    })
    const { restored } = report
    const counts = Object.entries(restored.counts).map(([what, n]) => `${formatNumber(n, options.lang)} ${what}`)
    if (report.safetyBackup) out.log(`The database it replaced was backed up first: ${report.safetyBackup}`)
    if (report.damagedCopy) out.log(`The damaged database it replaced was kept as: ${report.damagedCopy}`)
    out.log(
      `Restored ${restored.hubName} as of ${formatDateTime(restored.madeAt, restored.timeZone, options.lang)} (${counts.join(', ')}).`,
    )
    out.log(`This is now a new instance of the hub, with a new key (key id ${report.keyId}); the old key`)
    if (report.endorsed) {
      out.log(`${report.replacedKeyId}, opened from the backup, vouches for it in every bundle: the national`)
      out.log('instance takes the new key with your next bundle, and retires the old one. New fingerprint:')
    } else {
      out.log(`${report.replacedKeyId} is retired. Send the national team this instance's key file (key export)`)
      out.log('and read them its fingerprint; once they enrol it, your bundles are accepted again:')
    }
    out.log(report.fingerprint)
    return 0
  } finally {
    release()
  }
}
