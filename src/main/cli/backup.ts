import { formatNumber } from '../../shared/format'
import type { Language } from '../../shared/hub'
import { writeBackup } from '../backup/write'
import { existingDatabase, openServices } from './context'
import type { CliOutput } from './main'
import { backupPassphrase } from './passphrase'
import { UsageError } from './usage'

export interface BackupCommandOptions {
  db?: string
  out?: string
  'with-key'?: boolean
  lang: Language
}

/** `backup --db FILE --out FILE [--with-key]`: the backup the app makes, with the same checks. */
export async function backupCommand(options: BackupCommandOptions, out: CliOutput): Promise<number> {
  const path = existingDatabase(options.db, 'backup')
  if (!options.out) throw new UsageError('backup needs --out FILE')
  // Asked before the database is opened: a refused passphrase leaves everything as it was.
  const passphrase = options['with-key'] ? await backupPassphrase() : undefined
  const { services } = openServices(path, options.lang)
  try {
    let shown = -1
    const made = await writeBackup(services.database, options.out, {
      appVersion: services.appVersion,
      ...(passphrase !== undefined && { key: { store: services.keyStore, passphrase } }),
      onProgress: (done, total) => {
        const percent = Math.floor((done / Math.max(total, 1)) * 10) * 10
        if (percent > shown) out.error(`  ${(shown = percent)}%`)
      },
    })
    const key = made.withKey ? ', signing key sealed under the passphrase' : ', without the signing key'
    if (made.attachmentsMissing > 0)
      out.error(
        `lokadaya: ${made.attachmentsMissing} attachment(s) recorded here have no file and are not in the backup`,
      )
    out.log(
      `Backup written: ${made.path} (${formatNumber(made.bytes, options.lang)} bytes, ${made.attachments} attachment(s)${key})`,
    )
    return 0
  } finally {
    services.database.close()
  }
}
