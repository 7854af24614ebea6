import writeXlsxFile, { type SheetData } from 'write-excel-file/node'
import type { ImportKind, ImportOpened, ImportPreview, MatchDecision } from '../../../shared/members'
import type { HandlerRegistry } from '../../ipc/registry'

/** Spreadsheet files as users bring them, for the import tests. */
export const base64 = (content: string | Buffer): string => Buffer.from(content).toString('base64')

export async function xlsxBase64(rows: SheetData): Promise<string> {
  return (await writeXlsxFile(rows).toBuffer()).toString('base64')
}

export async function ok<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`)
  return result.value as T
}

/** A dry run's counts: these, and zero for the rest. */
export const counts = (some: Partial<ImportPreview['counts']>): ImportPreview['counts'] => ({
  ...{ create: 0, update: 0, skip: 0, error: 0, warning: 0 },
  ...{ matched: 0, contactsCreate: 0, contactsUpdate: 0 },
  ...some,
})

/** The mapping keyed by heading, for readable expectations. */
export const mappingByHeading = (opened: ImportOpened): Record<string, string | null> =>
  Object.fromEntries(opened.headers.map((header, index) => [header, opened.mapping[index] ?? null]))

/** Opens a file and runs a dry run with the guessed (or remembered) mapping. */
export async function openAndPreview(
  registry: HandlerRegistry,
  kind: ImportKind,
  contentBase64: string,
  options: Partial<{
    fileName: string
    regencyChoices: Record<string, string>
    edits: Record<string, Record<string, string>>
    skipped: number[]
    onMatch: MatchDecision
    decisions: Record<string, MatchDecision>
  }> = {},
): Promise<{ opened: ImportOpened; preview: ImportPreview }> {
  const opened = await ok<ImportOpened>(
    registry.invoke('members:importOpen', { kind, fileName: options.fileName ?? 'anggota.csv', contentBase64 }),
  )
  const preview = await ok<ImportPreview>(
    registry.invoke('members:importPreview', {
      importId: opened.importId,
      mapping: opened.mapping,
      regencyChoices: options.regencyChoices ?? {},
      edits: options.edits ?? {},
      skipped: options.skipped ?? [],
      onMatch: options.onMatch,
      decisions: options.decisions ?? {},
    }),
  )
  return { opened, preview }
}

/** The contact person's columns of the OMS export, as a secretariat reads them (Bahasa Indonesia). */
export const contactHeadings = [
  'Nama Kontak',
  'Jenis Kelamin Kontak',
  'Tahun Lahir Kontak',
  'Jabatan Kontak',
  'No HP Kontak',
  'Email Kontak',
  'Kontak Setuju Berbagi',
  'Tanggal Persetujuan Kontak',
]
