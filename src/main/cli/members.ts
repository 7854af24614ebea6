import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import type { Result } from '../../shared/errors'
import { formatNumber } from '../../shared/format'
import {
  importKinds,
  spreadsheetFormats,
  type ImportCommitted,
  type ImportKind,
  type ImportOpened,
  type ImportPreview,
  type SpreadsheetFile,
} from '../../shared/members'
import type { HandlerRegistry } from '../ipc/registry'
import { headerFor } from '../members/spreadsheets/mapping'
import { checkTarget, existingDatabase, openServices, reportStorageNotices } from './context'
import type { CliOutput } from './main'
import { CliRefusal, UsageError } from './usage'

export interface MembersOptions {
  db?: string
  kind?: string
  format?: string
  out?: string
  commit?: boolean
  force?: boolean
  lang: 'id' | 'en'
}

/** Errors listed in full; the rest are counted, and the screen shows them all. */
const ERRORS_SHOWN = 20

/** A refusal of the handler, as the screen would show it, ends the command with exit code 1. */
async function call<T>(registry: HandlerRegistry, channel: string, input: unknown): Promise<T> {
  const result = (await registry.invoke(channel, input)) as Result<T>
  if (!result.ok) throw new CliRefusal(result.error.message)
  return result.value
}

function kindOf(options: MembersOptions): ImportKind {
  const kind = importKinds.find((known) => known === options.kind)
  if (!kind) throw new UsageError(`--kind must be ${importKinds.join(' or ')}`)
  return kind
}

function summary(kind: ImportKind, opened: ImportOpened, preview: ImportPreview, out: CliOutput): void {
  const { counts } = preview
  // Columns and fields by the headings of the import template, as the screen names them.
  const mapped = opened.headers.map((header, index) => {
    const field = opened.mapping[index]
    return `${header} → ${field ? headerFor(kind, field) : '(ignored)'}`
  })
  out.log(`Columns: ${mapped.join('; ')}`)
  out.log(`Rows read:                      ${formatNumber(opened.rowCount)}`)
  out.log(`Ready:                          ${formatNumber(counts.create)} new, ${formatNumber(counts.update)} updates`)
  out.log(`Skipped (duplicate or example): ${formatNumber(counts.skip)}`)
  out.log(`With warnings:                  ${formatNumber(counts.warning)}`)
  out.log(`With errors:                    ${formatNumber(counts.error)}`)
  const problems = preview.rows.filter((row) => row.action === 'error' || row.duplicates.length > 0)
  for (const row of problems.slice(0, ERRORS_SHOWN))
    for (const { field, severity, message } of row.issues) {
      const cell = field ? `, ${headerFor(kind, field)} "${row.values[field] ?? ''}"` : ''
      out.log(`  row ${row.rowNumber}${cell}, ${severity}: ${message}`)
    }
  if (problems.length > ERRORS_SHOWN) out.log(`  … and ${formatNumber(problems.length - ERRORS_SHOWN)} more rows`)
}

async function importCommand(registry: HandlerRegistry, file: string, options: MembersOptions, out: CliOutput) {
  const kind = kindOf(options)
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    throw new UsageError(`cannot read ${file}`)
  }
  const opened = await call<ImportOpened>(registry, 'members:importOpen', {
    kind,
    fileName: basename(file),
    contentBase64: bytes.toString('base64'),
  })
  const preview = await call<ImportPreview>(registry, 'members:importPreview', {
    importId: opened.importId,
    mapping: opened.mapping,
  })
  summary(kind, opened, preview, out)
  if (preview.counts.error > 0) {
    out.error('Nothing was written: fix the rows with errors and run again.')
    return 1
  }
  if (!options.commit) {
    out.log('Dry run: nothing was written. Add --commit to write these rows.')
    return 0
  }
  const committed = await call<ImportCommitted>(registry, 'members:importCommit', { importId: opened.importId })
  out.log(`Written: ${formatNumber(committed.created)} new, ${formatNumber(committed.updated)} updated.`)
  return 0
}

async function exportCommand(registry: HandlerRegistry, databasePath: string, options: MembersOptions, out: CliOutput) {
  const kind = kindOf(options)
  const format = spreadsheetFormats.find((known) => known === options.format)
  if (!format) throw new UsageError(`--format must be ${spreadsheetFormats.join(' or ')}`)
  if (!options.out) throw new UsageError('members export needs --out FILE')
  const extension = extname(options.out).toLowerCase()
  if (['.xlsx', '.csv'].includes(extension) && extension !== `.${format}`)
    throw new UsageError(`--out ${options.out} names a .${extension.slice(1)} file but --format is ${format}`)
  checkTarget(options.out, databasePath, options.force === true)
  const channel = kind === 'organisations' ? 'members:exportOrganisations' : 'members:exportPeople'
  const file = await call<SpreadsheetFile>(registry, channel, { format })
  // Written beside and renamed, so a failed write never leaves half a file under the name given;
  // only for this user, as lists of people hold their phone numbers and e-mail addresses.
  const partial = `${options.out}.partial`
  try {
    writeFileSync(partial, Buffer.from(file.contentBase64, 'base64'), { mode: 0o600 })
    renameSync(partial, options.out)
  } catch (error) {
    rmSync(partial, { force: true })
    throw new CliRefusal(`cannot write ${options.out} (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  out.log(`Wrote ${options.out}.`)
  return 0
}

/** members import|export: the same spreadsheet handlers the screen uses, for scripts and tests. */
export async function membersCommand(args: string[], options: MembersOptions, out: CliOutput): Promise<number> {
  const [action, file, ...extra] = args
  if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra.join(' ')}`)
  if (action !== 'import' && action !== 'export') throw new UsageError('members needs import or export')
  if (action === 'import' && !file) throw new UsageError('members import needs the spreadsheet FILE')
  if (action === 'export' && file) throw new UsageError(`unexpected argument: ${file}`)
  if (action === 'export' && options.commit) throw new UsageError('--commit goes with members import')
  if (action === 'import' && options.force) throw new UsageError('--force goes with members export')
  const databasePath = existingDatabase(options.db, `members ${action}`)
  const { services, registry } = openServices(databasePath, options.lang)
  try {
    await reportStorageNotices(services, out)
    return action === 'import'
      ? await importCommand(registry, file as string, options, out)
      : await exportCommand(registry, databasePath, options, out)
  } finally {
    services.database.close()
  }
}
