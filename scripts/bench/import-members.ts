import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import writeXlsxFile from 'write-excel-file/node'
import { openServices } from '../../src/main/cli/context'
import type { HandlerRegistry } from '../../src/main/ipc/registry'
import type { ImportCommitted, ImportOpened, ImportPreview } from '../../src/shared/members'

const ROWS = 10_000

const regencies = [
  'Kabupaten Madiun',
  'Kab. Ponorogo',
  'KOTA SURABAYA',
  'kab malang',
  'Kota Malang',
  'Kabupaten Jember',
  '35.10',
  'Kota Batu',
  'Kab. Sidoarjo',
  'Kabupaten Gresik',
]
const kinds = ['Yayasan', 'Perkumpulan', 'Kelompok Tani', 'Kelompok Nelayan', 'Forum', 'LSM', 'Komunitas', 'Koperasi']
const words = [
  'Bina',
  'Desa',
  'Sejahtera',
  'Makmur',
  'Lestari',
  'Mandiri',
  'Harapan',
  'Suara',
  'Warga',
  'Tunas',
  'Bangsa',
  'Sumber',
  'Rejeki',
  'Maju',
  'Bersama',
  'Peduli',
  'Hijau',
  'Amanah',
]
const types = ['Yayasan', 'organisasi tani lokal', 'Kelompok nelayan', 'NGO/LSM', 'Organisasi perempuan', 'KSM']
const sectors = [
  'Ekonomi hijau',
  'Pendidikan; Kesehatan',
  'Sistem pangan berkelanjutan',
  'Ekonomi & UMKM; Pelibatan pemuda',
  '',
]
const statuses = ['aktif', 'calon', 'nonaktif', '']

/** A deterministic pseudo-random pick, so every run imports the same file. */
const pick = <T>(list: T[], n: number): T => list[n % list.length] as T

function organisationRows() {
  const header = [
    'Nama OMS',
    'Singkatan',
    'Jenis Organisasi',
    'Kabupaten/Kota',
    'Alamat',
    'No. HP',
    'E-mail',
    'Sektor',
    'TPB/SDG',
    'Tahun Berdiri',
    'Jumlah Staf',
    'Status',
  ]
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const name = `${pick(kinds, i)} ${pick(words, i * 7 + 3)} ${pick(words, i * 13 + 5)} ${i + 1}`
    return [
      name,
      `${pick(words, i).slice(0, 1)}${pick(words, i * 7 + 3).slice(0, 1)}${i}`,
      pick(types, i * 3),
      pick(regencies, i),
      `Jl. ${pick(words, i * 5)} No. ${(i % 120) + 1}`,
      // Phones as numbers, as Excel keeps them after a paste: the leading 0 is gone.
      812_0000_0000 + i,
      `oms${i + 1}@contoh.or.id`,
      pick(sectors, i),
      `${(i % 17) + 1}`,
      1980 + (i % 45),
      i % 30,
      pick(statuses, i),
    ]
  })
  return [header, ...rows]
}

async function call<T>(registry: HandlerRegistry, channel: string, input: unknown): Promise<T> {
  const result = await registry.invoke(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

const perSecond = (rows: number, ms: number) => `${Math.round((rows / ms) * 1000).toLocaleString('en')} rows/s`

/**
 * Import throughput of a 10k-row organisations XLSX through the registry, on a fresh Jawa Timur
 * hub: open + dry run (read, map, validate, duplicate checks), then the commit's one transaction.
 */
export async function benchImport(): Promise<string[]> {
  const directory = mkdtempSync(join(tmpdir(), 'lokadaya-bench-import-'))
  const { services, registry } = openServices(join(directory, 'hub.db'))
  try {
    await call(registry, 'hub:setup', { role: 'hub', provinceCode: '35', name: 'Forum OMS Jawa Timur' })
    const file = (await writeXlsxFile(organisationRows()).toBuffer()).toString('base64')

    const start = performance.now()
    const opened = await call<ImportOpened>(registry, 'members:importOpen', {
      kind: 'organisations',
      fileName: 'anggota.xlsx',
      contentBase64: file,
    })
    const preview = await call<ImportPreview>(registry, 'members:importPreview', {
      importId: opened.importId,
      mapping: opened.mapping,
    })
    const previewed = performance.now()
    if (preview.counts.create !== ROWS)
      throw new Error(`expected ${ROWS} rows to create, got ${JSON.stringify(preview.counts)}`)
    const committed = await call<ImportCommitted>(registry, 'members:importCommit', { importId: opened.importId })
    const done = performance.now()
    if (committed.created !== ROWS) throw new Error(`expected ${ROWS} rows created, got ${committed.created}`)

    return [
      `import ${ROWS.toLocaleString('en')}-row XLSX (${((file.length * 0.75) / 1024).toFixed(0)} KB):`,
      `  read + dry run  ${(previewed - start).toFixed(0)} ms  (${perSecond(ROWS, previewed - start)})`,
      `  commit          ${(done - previewed).toFixed(0)} ms  (${perSecond(ROWS, done - previewed)})`,
      `  total           ${(done - start).toFixed(0)} ms  (${perSecond(ROWS, done - start)})`,
    ]
  } finally {
    services.database.close()
    rmSync(directory, { recursive: true, force: true })
  }
}
