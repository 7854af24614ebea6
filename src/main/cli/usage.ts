export const usage = `Lokadaya Hub command line

Usage: npm run --silent lokadaya -- <command> [options]

Commands:
  init --db FILE --role hub --province CODE --name NAME [contact options]
      Create a provincial hub's database, identity and signing key.
      CODE is the two-digit Kemendagri province code (35 = Jawa Timur).
  init --db FILE --role national --name NAME [contact options]
      Create the national instance that merges every province's bundles.
  seed --db FILE --orgs N --people N [--seed S]
      Add N synthetic member OMS and N people of the hub's province (Indonesian names, real
      kabupaten/kota, kecamatan and desa, plausible phones). The same seed S (default 1) gives
      the same data; each run adds to what the database holds.
  members import --db FILE --kind organisations|people SPREADSHEET [--commit]
      Check a CSV or XLSX member list as the import screen does (columns guessed from the
      headings, or as last chosen for them) and print the dry run: rows ready, skipped, with
      warnings and with errors, and the first errors. --commit then writes all rows or none.
      Exit code 1 when the file is refused or any row has an error.
  members export --db FILE --kind organisations|people --format xlsx|csv --out FILE [--force]
      Write the whole directory as the screen's export does, readable only by this user. An
      existing FILE is replaced only with --force; the hub's own files never.

Contact options:
  --contact NAME   the secretariat's contact person
  --phone PHONE    e.g. 0812-3456-7890
  --email EMAIL

Other options:
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
