import { readFileSync, writeFileSync } from 'node:fs'
import { AppError } from '../../shared/errors'
import { formatNumber } from '../../shared/format'
import { createTranslator } from '../../shared/i18n/translate'
import type { Language } from '../../shared/hub'
import { fingerprint } from '../hub/keys'
import { loadSigningKey, requireIdentity } from '../hub/service'
import type { Services } from '../services'
import { writeAck } from '../sync/ack'
import { syncDigest } from '../sync/digest'
import { exportBundle } from '../sync/export'
import { exportRebuildBundle } from '../sync/rebuild'
import type { BundleReport } from '../../shared/sync'
import { importBundles } from '../sync/import'
import { joinHub } from '../sync/join'
import { keyFileText } from '../sync/key-file'
import { ownKey } from '../sync/keys'
import { rotateKey } from '../sync/rotate'
import { enrolKey, listKeys, revokeKey } from '../sync/trust'
import { checkTarget, existingDatabase, openServices, reportStorageNotices } from './context'
import type { CliOutput } from './main'
import { CliRefusal, UsageError } from './usage'

export interface SyncOptions {
  db?: string
  out?: string
  key?: string
  fingerprint?: string
  'key-id'?: string
  hub?: string
  full?: boolean
  json?: boolean
  force?: boolean
  'accept-drift'?: boolean
  lang: Language
}

type Run = (services: Services, args: string[], options: SyncOptions, out: CliOutput) => Promise<number>

const required = (value: string | undefined, what: string): string => {
  if (!value) throw new UsageError(`${what} is required`)
  return value
}

const noArguments = (args: string[]) => {
  if (args.length > 0) throw new UsageError(`unexpected argument: ${args.join(' ')}`)
}

/** Runs a domain call, turning its refusal into the user's words and exit code 1. */
async function refusing<T>(options: SyncOptions, call: () => T | Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof AppError) throw new CliRefusal(createTranslator(options.lang)(error.userMessage))
    throw error
  }
}

const keyExport: Run = async ({ database, keyStore }, args, options, out) => {
  noArguments(args)
  const target = required(options.out, 'key export --out KEYFILE')
  checkTarget(target, required(options.db, '--db'), options.force === true)
  const identity = requireIdentity(database)
  const privateKeyPem = await refusing(options, () => loadSigningKey(database, keyStore))
  const key = ownKey(database, identity)
  writeFileSync(target, keyFileText(key, privateKeyPem), { mode: 0o644 })
  out.log(`Wrote ${target}: the public key of ${key.name} (key id ${key.keyId}).`)
  out.log('The receiving side enrols it only after comparing this fingerprint with you, read aloud:')
  out.log(fingerprint(key.publicKey))
  return 0
}

const keyRotate: Run = async (services, args, options, out) => {
  noArguments(args)
  const target = required(options.out, 'key rotate --out BUNDLE')
  checkTarget(target, required(options.db, '--db'), options.force === true)
  const { bundle, key } = await refusing(options, () =>
    rotateKey(services.database, services.keyStore, target, services.appVersion),
  )
  out.log(`Wrote ${target} (sequence ${bundle.sequence}), signed by the old key, announcing the new one.`)
  out.log(`New key id ${key.keyId}; fingerprint:`)
  out.log(key.fingerprint)
  return 0
}

const trustAdd: Run = async ({ database }, args, options, out) => {
  noArguments(args)
  const file = required(options.key, 'trust add --key KEYFILE')
  const confirmed = required(options.fingerprint, 'trust add --fingerprint FP')
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new CliRefusal(`cannot read ${file}`)
  }
  const key = await refusing(options, () => enrolKey(database, text, confirmed))
  out.log(
    `Enrolled ${key.name} (${key.role}${key.provinceCode ? `, province ${key.provinceCode}` : ''}), key id ${key.keyId}.`,
  )
  return 0
}

const trustRevoke: Run = async ({ database }, args, options, out) => {
  noArguments(args)
  const key = await refusing(options, () =>
    revokeKey(database, required(options['key-id'], 'trust revoke --key-id ID')),
  )
  out.log(`Revoked ${key.name}, key id ${key.keyId}: every bundle it signed is refused from now on.`)
  return 0
}

const trustList: Run = async ({ database }, args, options, out) => {
  noArguments(args)
  const keys = listKeys(database)
  if (options.json) {
    const fields = keys.map(({ keyId, hubId, provinceCode, name, fingerprint, status }) => ({
      keyId,
      hubId,
      provinceCode,
      name,
      fingerprint,
      status,
    }))
    out.log(JSON.stringify(fields, null, 2))
    return 0
  }
  for (const key of keys)
    out.log(`${key.status.padEnd(8)} ${key.keyId}  ${key.provinceCode ?? '--'}  ${key.name}  [${key.fingerprint}]`)
  if (keys.length === 0) out.log('No keys.')
  return 0
}

const exportCommand: Run = async (services, args, options, out) => {
  noArguments(args)
  const target = required(options.out, 'export --out BUNDLE')
  checkTarget(target, required(options.db, '--db'), options.force === true)
  if (options.hub) return rebuildExport(services, options.hub, target, options, out)
  const report = await refusing(options, () =>
    exportBundle(services.database, services.keyStore, target, services.appVersion, { full: options.full === true }),
  )
  if (options.json) {
    out.log(JSON.stringify(report, null, 2))
    return 0
  }
  const tables = Object.entries(report.tables).map(([table, n]) => `${table} ${formatNumber(n)}`)
  out.log(
    `Wrote ${target}: sequence ${report.sequence}, ${report.full ? 'everything' : `changes after sequence ${report.coversFrom}`}.`,
  )
  out.log(`Rows: ${tables.length > 0 ? tables.join(', ') : 'none'}.`)
  out.log(
    `Contact details withheld (no consent recorded) for ${formatNumber(report.peopleWithheld)} people or supporters.`,
  )
  return 0
}

async function rebuildExport(services: Services, hubId: string, target: string, options: SyncOptions, out: CliOutput) {
  if (options.full) throw new UsageError('export --hub always holds everything of the hub; drop --full')
  const report = await refusing(options, () =>
    exportRebuildBundle(services.database, services.keyStore, hubId, target, services.appVersion),
  )
  if (options.json) {
    out.log(JSON.stringify(report, null, 2))
    return 0
  }
  const tables = Object.entries(report.tables).map(([table, n]) => `${table} ${formatNumber(n)}`)
  out.log(`Wrote ${target}: the national copy of ${report.hubName}, to rebuild it on a new instance.`)
  out.log(`Rows: ${tables.length > 0 ? tables.join(', ') : 'none'}; attachments: ${formatNumber(report.attachments)}.`)
  out.log(`The rebuilt instance retires ${report.replaces.length} key(s) of the hub; enrol its new key by fingerprint.`)
  return 0
}

function reportLine(report: BundleReport, translate: (m: { key: string }) => string, verifying: boolean): string {
  const signer = report.signer
    ? `${report.signer.name}${report.signer.provinceCode ? ` (${report.signer.provinceCode})` : ''}`
    : ''
  const what = report.kind === 'ack' ? 'acknowledgement' : `#${report.sequence}`
  if (report.outcome === 'refused')
    return `${report.alarm ? 'ALARM  ' : 'refused'} ${report.file}${signer ? ` from ${signer}` : ''}: ${translate(report.reason ?? { key: 'errors.internal' })}`
  if (report.outcome === 'duplicate')
    return `duplicate ${report.file} from ${signer} ${what}: already applied, nothing changed`
  const drift = report.driftAccepted ? ' (clock difference accepted)' : ''
  if (verifying) {
    const rows = Object.values(report.tables).reduce((n, counts) => n + counts.new, 0)
    return `ok ${report.file} from ${signer} ${what}: signature and ${formatNumber(rows)} rows valid${drift}`
  }
  const { counts } = report
  return `accepted ${report.file} from ${signer} ${what}: ${formatNumber(counts.new)} new, ${formatNumber(counts.updated)} updated, ${formatNumber(counts.unchanged)} unchanged, ${formatNumber(counts.deleted)} deleted${drift}`
}

const importOrVerify =
  (verifyOnly: boolean): Run =>
  async ({ database }, files, options, out) => {
    if (files.length === 0) throw new UsageError(`${verifyOnly ? 'verify' : 'import'} needs at least one BUNDLE`)
    const translate = createTranslator(options.lang)
    const reports = importBundles(database, files, { verifyOnly, acceptDrift: options['accept-drift'] === true })
    if (options.json)
      out.log(
        JSON.stringify(
          reports.map((report) => ({ ...report, reason: report.reason ? translate(report.reason) : null })),
          null,
          2,
        ),
      )
    else for (const report of reports) out.log(reportLine(report, translate, verifyOnly))
    return reports.some((report) => report.outcome === 'refused') ? 1 : 0
  }

const ackCommand: Run = async (services, args, options, out) => {
  noArguments(args)
  const target = required(options.out, 'ack --out ACKFILE')
  checkTarget(target, required(options.db, '--db'), options.force === true)
  const hub = required(options.hub, 'ack --hub HUB_ID')
  const report = await refusing(options, () =>
    writeAck(services.database, services.keyStore, hub, target, services.appVersion),
  )
  for (const key of report.keys)
    out.log(
      `key ${key.keyId}: applied through ${key.appliedThrough}${key.gaps.length ? `, missing ${key.gaps.join(', ')}` : ''}`,
    )
  out.log(`Wrote ${target}.`)
  return 0
}

const digestCommand: Run = async ({ database }, args, options, out) => {
  noArguments(args)
  out.log(options.hub ? `Digest of what hub ${options.hub} shares:` : 'Digest of all synced data:')
  out.log(syncDigest(database, options.hub))
  return 0
}

/** A second instance of an existing hub: a new database set up from the first instance's files. */
const joinCommand: Run = async ({ database, keyStore }, files, options, out) => {
  if (files.length !== 1) throw new UsageError('join needs exactly one BUNDLE (a full export of the first instance)')
  const keyFile = required(options.key, 'join --key KEYFILE')
  const confirmed = required(options.fingerprint, 'join --fingerprint FP')
  let text: string
  try {
    text = readFileSync(keyFile, 'utf8')
  } catch {
    throw new CliRefusal(`cannot read ${keyFile}`)
  }
  const { identity } = await refusing(options, () =>
    joinHub(database, keyStore, { keyFileText: text, fingerprint: confirmed, bundlePath: files[0] as string }),
  )
  const key = ownKey(database, identity)
  out.log(`Joined ${identity.name} as a new instance (key id ${key.keyId}).`)
  out.log('Enrol this instance at the first one with key export / trust add; its fingerprint:')
  out.log(fingerprint(key.publicKey))
  return 0
}

const commands: Record<string, Run> = {
  join: joinCommand,
  'key export': keyExport,
  'key rotate': keyRotate,
  'trust add': trustAdd,
  'trust revoke': trustRevoke,
  'trust list': trustList,
  export: exportCommand,
  verify: importOrVerify(true),
  import: importOrVerify(false),
  ack: ackCommand,
  digest: digestCommand,
}

export const syncCommandNames = ['join', 'key', 'trust', 'export', 'verify', 'import', 'ack', 'digest']

/** The sync commands: bundles, keys and digests, for the national team's scripts and for tests. */
export async function syncCommand(
  command: string,
  args: string[],
  options: SyncOptions,
  out: CliOutput,
): Promise<number> {
  const grouped = command === 'key' || command === 'trust'
  const name = grouped ? `${command} ${args[0] ?? ''}` : command
  const run = commands[name]
  if (!run)
    throw new UsageError(
      grouped
        ? `${command} needs one of: ${Object.keys(commands)
            .filter((c) => c.startsWith(command))
            .map((c) => c.split(' ')[1])
            .join(', ')}`
        : `unknown command: ${command}`,
    )
  const databasePath = name === 'join' ? required(options.db, 'join --db FILE') : existingDatabase(options.db, name)
  const { services } = openServices(databasePath, options.lang)
  try {
    await reportStorageNotices(services, out)
    return await run(services, grouped ? args.slice(1) : args, options, out)
  } finally {
    services.database.close()
  }
}
