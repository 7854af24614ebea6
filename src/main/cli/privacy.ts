import { resolve } from 'node:path'
import { formatDateTime, formatNumber } from '../../shared/format'
import type { Language } from '../../shared/hub'
import type { CarriedFile, CarriedPerson, DossierFormat, PersonDossier } from '../../shared/privacy'
import { requireIdentity } from '../hub/service'
import { dossierCsv, dossierJson, personDossier, writeWhole } from '../privacy/access'
import { carriedBy } from '../privacy/carried'
import { erasePerson, previewErasure } from '../privacy/erase'
import type { Services } from '../services'
import { existingFile } from '../sync/chosen-files'
import { checkTarget, existingDatabase, openServices, reportStorageNotices } from './context'
import type { CliOutput } from './main'
import { UsageError } from './usage'

export interface PrivacyOptions {
  db?: string
  person?: string
  out?: string
  format?: string
  force?: boolean
  yes?: boolean
  json?: boolean
  lang: Language
}

type Run = (services: Services, args: string[], options: PrivacyOptions, out: CliOutput) => number

const noArguments = (args: string[]) => {
  if (args.length > 0) throw new UsageError(`unexpected argument: ${args.join(' ')}`)
}

const personOf = (options: PrivacyOptions, action: string): string => {
  if (!options.person) throw new UsageError(`privacy ${action} needs --person ID`)
  return options.person
}

const dossierBytes = (dossier: PersonDossier, format: Exclude<DossierFormat, 'pdf'>): Buffer =>
  format === 'json' ? Buffer.from(dossierJson(dossier), 'utf8') : dossierCsv(dossier)

/** `privacy export`: everything held about a person (Pasal 7, 13), as the app's JSON or CSV export. */
const exportCommand: Run = ({ database }, args, options, out) => {
  noArguments(args)
  const personId = personOf(options, 'export')
  if (!options.out) throw new UsageError('privacy export needs --out FILE')
  const format = (['json', 'csv'] as const).find((known) => known === (options.format ?? 'json'))
  if (!format) throw new UsageError('--format must be json or csv (the PDF is printed by the app)')
  checkTarget(options.out, database.path, options.force === true)
  const dossier = personDossier(database, personId)
  writeWhole(resolve(options.out), dossierBytes(dossier, format))
  const n = (count: number) => formatNumber(count, options.lang)
  out.log(`Wrote ${options.out}: everything this hub holds about person ${personId}, readable only by this user.`)
  out.log(
    `${n(dossier.consents.length)} consent record(s), ${n(dossier.participations.length)} session(s), ` +
      `${n(dossier.certificates.length)} certificate(s), ${n(dossier.requests.length)} request(s), ` +
      `${n(dossier.disclosures.length)} bundle(s) that carried their data.`,
  )
  return 0
}

const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  birthYear: 'birth year',
  phone: 'phone',
  email: 'e-mail',
  notes: 'notes',
}

/**
 * `privacy erase`: the erasure the person's page makes (Pasal 43–44), only with --yes, as it
 * cannot be undone. It names the fields removed, never their values, which would otherwise
 * outlive the erasure in a terminal's scrollback or a script's log.
 */
const eraseCommand: Run = ({ database }, args, options, out) => {
  noArguments(args)
  const personId = personOf(options, 'erase')
  if (!options.yes)
    throw new UsageError(
      'privacy erase removes what identifies the person, for good, here and on every instance it reaches; add --yes to confirm',
    )
  const preview = previewErasure(database, personId)
  erasePerson(database, personId)
  const removed = preview.removes.map(({ field }) => FIELD_WORDS[field] ?? field)
  const { keeps } = preview
  const n = (count: number) => formatNumber(count, options.lang)
  out.log(`Erased person ${personId}: removed ${removed.length > 0 ? removed.join(', ') : 'nothing left to remove'}.`)
  out.log(
    `Kept for the indicators: gender ${keeps.gender}, age band ${keeps.ageBand}, role ${keeps.role}, ` +
      `OMS ${keeps.organisationName ?? '(unknown)'}, attendance at ${n(preview.attendance)} session(s).`,
  )
  out.log(
    `Also removed: the name on ${n(preview.certificates)} certificate(s), ${n(preview.consentScans)} consent scan(s), ` +
      'guardians named in their consent records.',
  )
  out.log('The erasure travels in the next bundle; every instance that applies it blanks these fields too.')
  return 0
}

/** `privacy carried` speaks --lang throughout, so its words never sit beside a date in the other language. */
const CARRIED_WORDS = {
  id: {
    made: (when: string) => `dibuat ${when}`,
    madeUnknown: 'dibuat pada waktu yang tidak tercatat',
    backup: 'cadangan',
    ownBundle: 'paket yang ditulis hub ini',
    bundle: 'paket',
    carrying: (people: string, named: string) => `memuat data ${people} orang (${named} dengan nama)`,
    unknown: '(tidak dikenal di hub ini)',
    erased: '(sudah dihapus)',
    fields: { name: 'nama', phone: 'telepon', email: 'e-mail', notes: 'catatan' } as Record<string, string>,
  },
  en: {
    made: (when: string) => `made ${when}`,
    madeUnknown: 'made at a time not known',
    backup: 'a backup',
    ownBundle: 'a bundle this instance wrote',
    bundle: 'a bundle',
    carrying: (people: string, named: string) => `carrying ${people} people (${named} with their name)`,
    unknown: '(not known here)',
    erased: '(erased)',
    fields: { name: 'name', phone: 'phone', email: 'e-mail', notes: 'notes' } as Record<string, string>,
  },
} satisfies Record<Language, unknown>

function describeFile(carried: CarriedFile, services: Services, language: Language): string {
  const words = CARRIED_WORDS[language]
  const zone = requireIdentity(services.database).timeZone
  const when = carried.madeAt ? words.made(formatDateTime(carried.madeAt, zone, language)) : words.madeUnknown
  const what = carried.kind === 'backup' ? words.backup : carried.bundleId ? words.ownBundle : words.bundle
  const named = carried.people.filter((person) => person.identifying).length
  const carrying = words.carrying(formatNumber(carried.people.length, language), formatNumber(named, language))
  return `${carried.file}: ${what}, ${when}, ${carrying}.`
}

/** One person a line: the id, the identifying fields the file held, and the name and OMS known here. */
function personLine(person: CarriedPerson, language: Language): string {
  const words = CARRIED_WORDS[language]
  const fields = person.fields.map((field) => words.fields[field] ?? field).join(',') || '-'
  const name = person.name === null ? words.unknown : person.name === '' ? words.erased : person.name
  const organisation = person.organisationName ? ` (${person.organisationName})` : ''
  return `${person.personId}  ${fields.padEnd(22)}  ${name}${organisation}`
}

/** `privacy carried FILE`: whose data a bundle or backup carried (Pasal 46), one person a line. */
const carriedCommand: Run = (services, args, options, out) => {
  const [file, ...extra] = args
  if (!file) throw new UsageError('privacy carried needs the BUNDLE or BACKUP file')
  noArguments(extra)
  const carried = carriedBy(services.database, existingFile(resolve(file)), services.databaseOptions?.migrationsFolder)
  if (options.json) {
    out.log(JSON.stringify(carried, null, 2))
    return 0
  }
  out.log(describeFile(carried, services, options.lang))
  for (const person of carried.people) out.log(personLine(person, options.lang))
  return 0
}

const actions: Record<string, Run> = { export: exportCommand, erase: eraseCommand, carried: carriedCommand }

/** privacy export|erase|carried: a person's data handed over or erased, and whose data a file carried. */
export async function privacyCommand(args: string[], options: PrivacyOptions, out: CliOutput): Promise<number> {
  const [action, ...rest] = args
  const run = action !== undefined && Object.hasOwn(actions, action) ? actions[action] : undefined
  if (!run) throw new UsageError('privacy needs export, erase or carried')
  const databasePath = existingDatabase(options.db, `privacy ${action}`)
  const { services } = openServices(databasePath, options.lang)
  try {
    await reportStorageNotices(services, out)
    return run(services, rest, options, out)
  } finally {
    services.database.close()
  }
}
