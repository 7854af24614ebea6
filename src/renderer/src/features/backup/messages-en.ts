import type { Catalog } from '@shared/i18n/id'
import type { backupUiId } from './messages-id'

/** Backups: the settings section and the home screen's line (English). */
export const backupUiEn: Catalog<typeof backupUiId> = {
  title: 'Backup',
  lead: "A backup copies all of this hub's data, photos and attachments included, into one file in a folder you choose: best a USB disk or a folder that is synced elsewhere. If this computer breaks or is lost, the data can be restored from a backup.",
  folder: 'Backup folder',
  noFolder: 'Not chosen yet',
  chooseFolder: 'Choose folder…',
  changeFolder: 'Change folder…',
  schedule: 'Back up automatically every day',
  scheduleHint:
    'While the app is open, a backup is made once a day, and before every app update. Automatic backups do not carry the signing key.',
  nextDue: 'Next automatic backup: {{when}}.',
  retention: 'Backups kept',
  retentionValue: '{{daily}} daily, {{weekly}} weekly, {{monthly}} monthly; older ones are deleted automatically.',
  last: 'Last backup',
  lastValue: '{{when}}, {{file}} ({{size}})',
  never: 'Never',
  failure: 'The last backup failed ({{when}}): {{message}}',
  now: {
    title: 'Back up now',
    withKey: 'Include the signing key (needs a backup passphrase)',
    withKeyHint:
      "The hub's signing key is kept in the backup too, locked with this passphrase, so it is not lost with the computer. A restored hub still gets a new key, which the national team enrols by its fingerprint. The passphrase is not stored: write it down somewhere safe; without it the key cannot be opened.",
    passphrase: 'Backup passphrase',
    passphraseHint: 'At least {{min}} characters, for example a short sentence.',
    repeat: 'Repeat the backup passphrase',
    mismatch: 'The two passphrases differ. Type both again carefully.',
    button: 'Back up now',
    progress: 'Making the backup… {{percent}}',
    starting: 'Preparing the backup…',
    done: 'Backup saved: {{file}} ({{size}}).',
    doneWithKey: 'Backup saved with the signing key: {{file}} ({{size}}).',
  },
  list: {
    title: 'Backups in this folder',
    empty: 'No backup of this hub in this folder yet.',
    caption: "This hub's backups, newest first",
    takenAt: 'Time',
    file: 'File',
    size: 'Size',
  },
  home: {
    label: 'Data backup',
    last: 'Last backup: {{age}}.',
    justNow: 'just now',
    never: "This hub's data has never been backed up. If this computer breaks, all data may be lost.",
    overdue: 'That is more than 2 days: better back up now.',
    noFolder: 'Set up the backup folder',
    open: 'Open backup settings',
    failed: 'The last backup failed: {{message}}',
  },
}
