export const usage = `Lokadaya Hub command line

Usage: npm run --silent lokadaya -- <command> [options]

Commands:
  init --db FILE --role hub --province CODE --name NAME [contact options]
      Create a provincial hub's database, identity and signing key.
      CODE is the two-digit Kemendagri province code (35 = Jawa Timur).
  init --db FILE --role national --name NAME [contact options]
      Create the national instance that merges every province's bundles.
  seed --db FILE [--orgs N] [--people N] [--initiatives N] [--supporters N] [--pledges N]
       [--sessions N] [--seed S]
      Add synthetic data of the hub's province in one transaction: member OMS and their people
      (Indonesian names, real kabupaten/kota, kecamatan and desa, plausible phones); initiatives
      led by member OMS, with dated statuses, the six steps, needs of mixed forms and stories;
      supporters of every kind; pledges with instalments, due dates, fulfilments, receipt
      numbers and fees (two fee rates, when none is recorded); CoP & ToT sessions of the last
      two years and a few planned: webinar series, ToT cascades whose graduates become trainers
      and lead later sessions, attendance, pre/post-tests and certificates. Initiatives need
      member OMS, pledges need supporters and published initiatives, sessions need people,
      already there or seeded in the same call. The same seed S (default 1) gives the same
      data; each run adds to what is there.
  members import --db FILE --kind organisations|people SPREADSHEET [--commit]
      Check a CSV or XLSX member list as the import screen does (columns guessed from the
      headings, or as last chosen for them) and print the dry run: rows ready, skipped, with
      warnings and with errors, and the first errors. --commit then writes all rows or none.
      Exit code 1 when the file is refused or any row has an error.
  members export --db FILE --kind organisations|people --format xlsx|csv --out FILE [--force]
      Write the whole directory as the screen's export does, readable only by this user. An
      existing FILE is replaced only with --force; the hub's own files never.

  backup --db FILE --out FILE [--with-key]
      Write a backup as the app does: one file, checked, readable only by this user, with the
      attachments; never over an existing file. --with-key seals the signing key into it under a
      passphrase (from LOKADAYA_BACKUP_PASSPHRASE, or asked twice on a terminal; 10+ characters).
  restore --db FILE --from BACKUP [--with-key]
      Put the backup in place of FILE (created if missing: a new PC), after backing up what it
      replaces beside FILE. The result is a new instance of the hub with a new key: the old key
      is retired, and the national team enrols the new one by the fingerprint printed last.
      --with-key opens the key the backup carries (passphrase as for backup): the old key then
      vouches for the new one, and the national instance takes it with no fingerprint call.
  init --db FILE --rebuild BUNDLE --national-key KEYFILE --fingerprint FP
      Set up a hub that lost everything from the national copy of its data: BUNDLE is the
      national team's export --hub, KEYFILE and FP the national public key and its fingerprint
      as read aloud. The new instance's fingerprint is printed last, for the national team.

  join --db FILE --key KEYFILE --fingerprint FP BUNDLE
      Make FILE a second instance (another PC) of an existing hub, from the first instance's
      public key file, its fingerprint as read aloud, and a full bundle it exported (--full).

Sync (signed .lokadaya bundles):
  key export --db FILE --out KEYFILE
      Write this instance's public key file. The last line printed is its fingerprint.
  key rotate --db FILE --out BUNDLE
      Replace this instance's key; BUNDLE, signed by the old key, announces the new one.
  trust add --db FILE --key KEYFILE --fingerprint FP
      Enrol another instance's key once FP, read aloud by its owner, matches (spaces allowed).
  trust revoke --db FILE --key-id ID
      Refuse every bundle the key signed, from now on.
  trust list --db FILE [--json]
      The keys this instance trusts, and its own, with fingerprints and status.
  export --db FILE --out BUNDLE [--full]
      Write the changes not yet acknowledged by the receivers (everything with --full).
      Phone and e-mail of people without recorded consent are left out.
  export --db FILE --hub HUB_ID --out BUNDLE
      National instance: everything it holds of that provincial hub, signed, for init --rebuild.
  verify --db FILE BUNDLE...
      Check bundles as import does, writing nothing.
  import --db FILE BUNDLE... [--accept-drift]
      Verify and merge each bundle; one line per bundle. --accept-drift accepts clocks more
      than a day ahead of this computer's (recorded in the history).
  ack --db FILE --hub HUB_ID --out ACKFILE
      Write a signed acknowledgement of what this instance applied of that hub's bundles; the
      hub imports it, and its next export starts after it.
  digest --db FILE [--hub HUB_ID]
      Print a SHA-256 of all synced data (last line); with --hub, of what that hub shares.
      Two instances that have exchanged everything print the same digest.
  Exit codes: 0 all accepted (duplicates included), 1 any bundle refused, 2 usage errors.
  Backup, restore and rebuild: 0 done, 1 refused, 2 usage errors.

Personal data (UU PDP No. 27/2022):
  privacy export --db FILE --person ID --out FILE [--format json|csv] [--force]
      Everything this hub holds about a person, for an access or portability request: their
      record, OMS, consent, sessions, certificates, requests, and the bundles that carried their
      data. JSON by default (the app's format, key names stable), or CSV of section;field;value.
  privacy erase --db FILE --person ID --yes
      Erase the person as their page does: what identifies them goes, for good, here and on every
      instance the next bundle reaches; what the indicators count stays. Prints the fields
      removed, never their values. Without --yes nothing is done (exit code 2).
  privacy carried --db FILE BUNDLE|BACKUP [--json]
      Whose data a bundle (.lokadaya) or backup (.lokadaya-backup) carried, one person a line:
      for a lost USB stick, whom to notify within 3x24 hours.
  Exit codes: 0 done, 1 refused (unknown person, file not readable), 2 usage errors.

Contact options:
  --contact NAME   the secretariat's contact person
  --phone PHONE    e.g. 0812-3456-7890
  --email EMAIL

Other options:
  --json           machine-readable output (trust list, export, verify, import, privacy carried)
  --force          replace an existing --out file (never the hub's own files)
  --lang id|en     language of messages (default: id)
  -h, --help       show this help
`

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A refusal already put in words for the user (a file in the way, a database missing): exit code 1, no usage. */
export class CliRefusal extends Error {
  override name = 'CliRefusal'
}
