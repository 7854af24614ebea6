import type { ImportKind } from '../../../shared/members'
import { foldText } from '../names'

/**
 * A column of the member spreadsheets: the field it fills, the Indonesian heading the template and
 * exports use, and other headings people give it in their own Excel lists.
 */
export interface Column {
  field: string
  header: string
  required?: boolean
  synonyms: string[]
}

// Columns both kinds of list have.
const idColumn: Column = { field: 'id', header: 'ID', synonyms: ['id', 'uuid'] }
const phoneColumn: Column = {
  field: 'phone',
  header: 'Telepon',
  synonyms: [
    'no hp',
    'nomor hp',
    'hp',
    'no telp',
    'no telepon',
    'nomor telepon',
    'telp',
    'whatsapp',
    'no wa',
    'wa',
    'phone',
    'telephone',
    'mobile',
  ],
}
const emailColumn: Column = { field: 'email', header: 'E-mail', synonyms: ['email', 'surel', 'alamat email', 'e mail'] }
const notesColumn: Column = { field: 'notes', header: 'Catatan', synonyms: ['keterangan', 'ket', 'notes', 'remarks'] }

export const organisationColumns: Column[] = [
  {
    field: 'name',
    header: 'Nama OMS',
    required: true,
    synonyms: [
      'nama',
      'nama organisasi',
      'nama lembaga',
      'nama oms',
      'organisasi',
      'lembaga',
      'name',
      'organisation',
      'organization',
    ],
  },
  {
    field: 'regency',
    header: 'Kabupaten/Kota',
    required: true,
    synonyms: [
      'kabupaten',
      'kota',
      'kab kota',
      'kabupaten kota',
      'kab',
      'regency',
      'city',
      'regency city',
      'kode kabupaten kota',
    ],
  },
  { field: 'acronym', header: 'Singkatan', synonyms: ['akronim', 'nama singkat', 'acronym', 'abbreviation'] },
  {
    field: 'type',
    header: 'Jenis Organisasi',
    synonyms: [
      'jenis',
      'jenis oms',
      'tipe',
      'tipe organisasi',
      'kategori',
      'type',
      'organisation type',
      'organization type',
    ],
  },
  { field: 'legalForm', header: 'Bentuk Badan Hukum', synonyms: ['badan hukum', 'bentuk hukum', 'legal form'] },
  {
    field: 'registrationNumber',
    header: 'Nomor Registrasi',
    synonyms: ['no registrasi', 'nomor ahu', 'no ahu', 'ahu', 'nomor skt', 'no skt', 'registration number'],
  },
  {
    field: 'foundedYear',
    header: 'Tahun Berdiri',
    synonyms: ['tahun didirikan', 'berdiri', 'founded', 'founded year', 'year founded'],
  },
  { field: 'district', header: 'Kecamatan', synonyms: ['kec', 'district'] },
  { field: 'village', header: 'Desa/Kelurahan', synonyms: ['desa', 'kelurahan', 'desa kelurahan', 'village'] },
  {
    field: 'address',
    header: 'Alamat',
    synonyms: ['alamat lengkap', 'alamat kantor', 'alamat sekretariat', 'address'],
  },
  phoneColumn,
  emailColumn,
  { field: 'website', header: 'Situs Web', synonyms: ['website', 'situs', 'web', 'laman'] },
  {
    field: 'socialMedia',
    header: 'Media Sosial',
    synonyms: ['medsos', 'sosial media', 'social media', 'instagram', 'facebook'],
  },
  {
    field: 'sectors',
    header: 'Sektor',
    synonyms: ['bidang', 'sektor kegiatan', 'bidang kegiatan', 'sectors', 'sector'],
  },
  { field: 'sdgs', header: 'TPB/SDG', synonyms: ['sdg', 'sdgs', 'tpb', 'tpb sdg', 'tujuan pembangunan berkelanjutan'] },
  { field: 'focus', header: 'Fokus', synonyms: ['fokus kegiatan', 'fokus kerja', 'isu', 'focus'] },
  { field: 'beneficiaries', header: 'Penerima Manfaat', synonyms: ['sasaran', 'kelompok sasaran', 'beneficiaries'] },
  {
    field: 'staffCount',
    header: 'Jumlah Staf',
    synonyms: ['staf', 'jumlah pengurus', 'jumlah karyawan', 'staff', 'staff count'],
  },
  { field: 'volunteerCount', header: 'Jumlah Relawan', synonyms: ['relawan', 'volunteers', 'volunteer count'] },
  {
    field: 'status',
    header: 'Status Keanggotaan',
    synonyms: ['status', 'status anggota', 'keanggotaan', 'membership status', 'membership'],
  },
  {
    field: 'statusSince',
    header: 'Status Sejak',
    synonyms: ['tanggal status', 'sejak', 'tanggal bergabung', 'status since'],
  },
  notesColumn,
  idColumn,
]

export const personColumns: Column[] = [
  {
    field: 'name',
    header: 'Nama',
    required: true,
    synonyms: ['nama lengkap', 'nama orang', 'nama anggota', 'name', 'full name'],
  },
  {
    field: 'gender',
    header: 'Jenis Kelamin',
    required: true,
    synonyms: ['jk', 'l p', 'p l', 'kelamin', 'gender', 'sex'],
  },
  { field: 'role', header: 'Peran', required: true, synonyms: ['jabatan', 'posisi', 'role', 'position'] },
  {
    field: 'organisation',
    header: 'Nama OMS',
    required: true,
    synonyms: ['oms', 'organisasi', 'nama organisasi', 'lembaga', 'nama lembaga', 'organisation', 'organization'],
  },
  { field: 'organisationId', header: 'ID OMS', synonyms: ['id organisasi', 'organisation id', 'organization id'] },
  { field: 'birthYear', header: 'Tahun Lahir', synonyms: ['thn lahir', 'lahir', 'birth year', 'year of birth'] },
  phoneColumn,
  emailColumn,
  {
    field: 'consent',
    header: 'Setuju Berbagi Kontak',
    synonyms: ['persetujuan', 'setuju', 'izin berbagi kontak', 'consent'],
  },
  { field: 'consentOn', header: 'Tanggal Persetujuan', synonyms: ['tgl persetujuan', 'consent date'] },
  notesColumn,
  idColumn,
]

export const columnsFor = (kind: ImportKind): Column[] =>
  kind === 'organisations' ? organisationColumns : personColumns

/** Headings compare folded: "No. HP", "NO HP" and "no hp" are one heading. */
export const headerKey = (header: string): string => foldText(header)

/** Each heading's field, guessed from its name; each field is taken by its first matching column. */
export function guessMapping(kind: ImportKind, headers: string[]): Record<string, string | null> {
  const byKey = new Map<string, string>()
  for (const column of columnsFor(kind))
    for (const name of [column.header, column.field, ...column.synonyms]) {
      const key = headerKey(name)
      if (!byKey.has(key)) byKey.set(key, column.field)
    }
  const taken = new Set<string>()
  return Object.fromEntries(
    headers.map((header) => {
      const field = byKey.get(headerKey(header)) ?? null
      if (field === null || taken.has(field)) return [header, null]
      taken.add(field)
      return [header, field]
    }),
  )
}
