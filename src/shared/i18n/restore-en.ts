import type { Catalog } from './id'
import type { restoreId } from './restore-id'

export const restoreEn: Catalog<typeof restoreId> = {
  notBackup:
    'The file {{path}} is not a Lokadaya Hub backup (perhaps a plain database, another app’s file, or cut short). Choose a file ending in .lokadaya-backup.',
  backupDamaged:
    'The backup {{path}} is damaged ({{detail}}) and cannot be restored. Choose another backup, an older one perhaps.',
  backupNewer:
    'This backup was made by a newer Lokadaya Hub (version {{version}}). Update this app first, then restore again.',
  otherHub:
    'This backup belongs to the hub "{{backupHub}}", but the database on this computer belongs to "{{currentHub}}". Another hub’s backup is not restored over it. Choose a backup of this hub.',
  stillOpen:
    'The database {{path}} is still open in another program, so it cannot be replaced yet. Close that program (or the other copy of Lokadaya Hub), then try again.',
  failed:
    'The restore did not finish ({{detail}}). The hub database is unchanged. Check the free disk space, then try again.',
  keyMismatch:
    'The key inside this backup is not the key of the hub it backed up, so it cannot vouch for the new key. Restore without the passphrase; the national team then enrols the new key by its fingerprint.',
  noKey:
    'This backup does not carry the signing key, so no passphrase is needed. Restore without it; the national team then enrols the new key by its fingerprint.',
}
