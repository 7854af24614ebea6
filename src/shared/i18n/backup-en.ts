import type { backupId } from './backup-id'
import type { Catalog } from './id'

export const backupEn: Catalog<typeof backupId> = {
  passphraseShort:
    'A backup passphrase needs at least {{min}} characters. Choose a sentence easy to remember but hard to guess.',
  passphraseWrong: 'Wrong backup passphrase, or a damaged backup file. The key cannot be opened.',
  keyDamaged: 'The key inside this backup is damaged and cannot be opened.',
  targetIsHubFile: "A backup may not be written over the hub's own file ({{path}}). Choose another name or folder.",
  targetExists: 'A file named {{path}} already exists. The backup does not overwrite it; choose another name.',
  writeFailed:
    'The backup could not be written at {{path}} ({{detail}}). The previous backup is intact. Check the free space and that the disk or USB stick is still connected, then try again.',
  folderMissing:
    'The backup folder {{folder}} was not found. If backups go to a USB disk, plug it back in (or choose another folder), then try again. The previous backup is intact.',
  folderReadOnly:
    'The backup folder {{folder}} cannot be written (it is read-only, or this account may not write there). Choose another folder or check its permissions, then try again. The previous backup is intact.',
  diskFull:
    'The disk of the backup folder {{folder}} is full. Free some space or choose another disk, then try again. The previous backup is intact.',
  noFolder: 'No backup folder yet. Choose a backup folder in Settings first.',
  busy: 'A backup is being made. Wait until it is done, then try again if needed.',
  checkFailed:
    'The backup copy at {{path}} failed its check ({{detail}}) and was deleted. The hub database is unchanged. Try backing up again.',
}
