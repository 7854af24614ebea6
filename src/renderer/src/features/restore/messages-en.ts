import type { Catalog } from '@shared/i18n/id'
import type { restoreUiId } from './messages-id'

/** Restoring a backup, and the start-up screen for a database that will not open (English). */
export const restoreUiEn: Catalog<typeof restoreUiId> = {
  title: 'Restore from a backup',
  lead: "Replaces all of this hub's data on this computer with the contents of a backup file. Use it when data is damaged or deleted, or the computer is replaced.",
  choose: 'Choose a backup file…',
  plan: {
    title: 'Check before restoring',
    backup: 'Backup',
    backupValue: '{{file}}, made {{when}} (app version {{version}})',
    hub: 'Hub',
    contains: 'The backup holds',
    replaces: 'Will be replaced',
    replacesValue: "This hub's current data: {{counts}}",
    replacesNothing: 'No readable hub data on this computer; nothing is lost.',
    safety: 'Before it is replaced, the current state is backed up to {{folder}}.',
    counts:
      'OMS {{organisations}}, people {{people}}, initiatives {{initiatives}}, pledges {{pledges}}, sessions {{sessions}}',
    later:
      'Changes made on this computer after this backup do not come back, except those already sent to the national team.',
    newInstance:
      'Once restored, this hub is a new instance with a new signing key. Send the new key file to the national team and read them its fingerprint; your bundles are accepted again once they enrol it.',
    passphrase: 'Backup passphrase (if you remember it)',
    passphraseHint:
      "This backup carries the hub's signing key. With its passphrase, the old key vouches for the new one and the national team takes it automatically with your next bundle. Without it, the restore still works; the new key is then enrolled by its fingerprint.",
    confirm: 'Restore this backup',
    cancel: 'Cancel',
    confirmTitle: "Replace the hub's data with this backup?",
    confirmBody:
      "The hub's data on this computer is replaced with the backup {{file}}. The current state is backed up first.",
  },
  running: 'Restoring the backup… Do not close the app.',
  done: {
    title: 'Backup restored',
    body: "The hub's data was restored from {{file}}.",
    safety: 'The data it replaced was backed up to {{path}}.',
    damaged: 'The damaged file was kept as {{path}}.',
    fingerprint: 'Fingerprint of the new key (read it to the national team):',
    keyExport: 'Export the new key file under Sync → Keys, and send it to the national team.',
    endorsed:
      'The old key from the backup vouches for the new one: the national team takes it automatically with your next bundle, with no new enrolment.',
    open: 'Open Lokadaya Hub',
  },
  recovery: {
    title: 'The hub database cannot be opened',
    doneTitle: 'The hub database was restored from a backup',
    file: 'File',
    untouched:
      'That file was neither changed nor deleted. Lokadaya Hub does not make a new, empty database in its place.',
    found: 'Backups found',
    foundCaption: 'Backups in the backup folder and beside the database, newest first',
    modified: 'File time',
    fileColumn: 'File',
    size: 'Size',
    action: 'Action',
    check: 'Check {{file}}',
    checkShort: 'Check',
    none: 'No backup was found in the backup folder or beside the database. Choose a backup file from a USB disk or another folder.',
    other: 'Choose another backup file…',
    help: "If there is no backup at all, contact the national team: the hub's data already sent can be rebuilt from the national copy.",
  },
}
