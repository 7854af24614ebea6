import { CONTACT_FIELD, isContactField, type ImportKind } from '../../../shared/members'
import { foldText } from '../names'

/**
 * A column of the member spreadsheets: the field it fills, the Indonesian heading the template and
 * exports use, what the template's "Petunjuk" sheet says about it, and other headings people give
 * it in their own Excel lists. Listed in the order exports write them.
 */
export interface Column {
  field: string
  header: string
  /** For a contact column: required once any contact column is mapped. */
  required?: boolean
  note: string
  synonyms: string[]
}

// Columns both kinds of list have.
const idColumn: Column = {
  field: 'id',
  header: 'ID',
  note: 'Diisi aplikasi saat ekspor. Baris dengan ID yang sudah tercatat cocok dengan data itu; uji coba impor menanyakan apakah data itu diperbarui. Kosongkan untuk data baru.',
  synonyms: ['id', 'uuid'],
}
const phoneColumn: Column = {
  field: 'phone',
  header: 'Telepon',
  note: 'Nomor HP atau telepon kantor, misalnya 0812-3456-7890 atau (0351) 123456.',
  synonyms: [
    'no hp',
    'nomor hp',
    'hp',
    'no telp',
    'no telepon',
    'nomor telepon',
    'telp',
    'tlp',
    'no tlp',
    'telpon',
    'no telpon',
    'handphone',
    'no handphone',
    'whatsapp',
    'no whatsapp',
    'nomor wa',
    'no wa',
    'wa',
    'phone',
    'telephone',
    'mobile',
  ],
}
const emailColumn: Column = {
  field: 'email',
  header: 'E-mail',
  note: 'Satu alamat e-mail.',
  synonyms: ['email', 'surel', 'alamat email', 'e mail'],
}
const notesColumn: Column = {
  field: 'notes',
  header: 'Catatan',
  note: 'Teks bebas.',
  synonyms: ['keterangan', 'ket', 'notes', 'remarks'],
}

export const organisationColumns: Column[] = [
  {
    field: 'name',
    header: 'Nama OMS',
    required: true,
    note: 'Nama lengkap organisasi.',
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
    field: 'acronym',
    header: 'Singkatan',
    note: 'Nama singkat, bila ada.',
    synonyms: ['akronim', 'nama singkat', 'acronym', 'abbreviation'],
  },
  {
    field: 'type',
    header: 'Jenis Organisasi',
    note: 'Salah satu jenis dalam daftar.',
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
  {
    field: 'legalForm',
    header: 'Bentuk Badan Hukum',
    note: 'Bila berbadan hukum.',
    synonyms: ['badan hukum', 'bentuk hukum', 'legal form'],
  },
  {
    field: 'registrationNumber',
    header: 'Nomor Registrasi',
    note: 'Nomor AHU atau SKT, bila ada.',
    synonyms: ['no registrasi', 'nomor ahu', 'no ahu', 'ahu', 'nomor skt', 'no skt', 'registration number'],
  },
  {
    field: 'foundedYear',
    header: 'Tahun Berdiri',
    note: 'Tahun empat angka, misalnya 2015.',
    synonyms: ['tahun didirikan', 'berdiri', 'founded', 'founded year', 'year founded'],
  },
  {
    field: 'regency',
    header: 'Kabupaten/Kota',
    required: true,
    note: 'Tulis "Kabupaten …" atau "Kota …" (misalnya Kabupaten Madiun, Kota Madiun), atau kodenya (35.19).',
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
  {
    field: 'district',
    header: 'Kecamatan',
    note: 'Nama kecamatan di kabupaten/kota itu.',
    synonyms: ['kec', 'district'],
  },
  {
    field: 'village',
    header: 'Desa/Kelurahan',
    note: 'Nama desa atau kelurahan di kecamatan itu.',
    synonyms: ['desa', 'kelurahan', 'desa kelurahan', 'village'],
  },
  {
    field: 'address',
    header: 'Alamat',
    note: 'Alamat jalan.',
    synonyms: ['alamat lengkap', 'alamat kantor', 'alamat sekretariat', 'address'],
  },
  phoneColumn,
  emailColumn,
  {
    field: 'website',
    header: 'Situs Web',
    note: 'Misalnya www.contoh.or.id.',
    synonyms: ['website', 'situs', 'web', 'laman'],
  },
  {
    field: 'socialMedia',
    header: 'Media Sosial',
    note: 'Akun atau tautan media sosial.',
    synonyms: ['medsos', 'sosial media', 'social media', 'instagram', 'facebook'],
  },
  {
    field: 'sectors',
    header: 'Sektor',
    note: 'Satu atau beberapa sektor dari daftar, dipisah titik koma.',
    synonyms: ['bidang', 'sektor kegiatan', 'bidang kegiatan', 'sectors', 'sector'],
  },
  {
    field: 'sdgs',
    header: 'TPB/SDG',
    note: 'Nomor TPB/SDG 1 sampai 17, dipisah titik koma, misalnya 1; 5.',
    synonyms: ['sdg', 'sdgs', 'tpb', 'tpb sdg', 'tujuan pembangunan berkelanjutan'],
  },
  {
    field: 'focus',
    header: 'Fokus',
    note: 'Fokus kegiatan.',
    synonyms: ['fokus kegiatan', 'fokus kerja', 'isu', 'focus'],
  },
  {
    field: 'beneficiaries',
    header: 'Penerima Manfaat',
    note: 'Kelompok penerima manfaat.',
    synonyms: ['sasaran', 'kelompok sasaran', 'beneficiaries'],
  },
  {
    field: 'staffCount',
    header: 'Jumlah Staf',
    note: 'Bilangan bulat.',
    synonyms: ['staf', 'jumlah pengurus', 'jumlah karyawan', 'staff', 'staff count'],
  },
  {
    field: 'volunteerCount',
    header: 'Jumlah Relawan',
    note: 'Bilangan bulat.',
    synonyms: ['relawan', 'volunteers', 'volunteer count'],
  },
  {
    field: 'status',
    header: 'Status Keanggotaan',
    note: 'Untuk OMS baru; kosong berarti calon. Status OMS yang sudah tercatat diubah di halaman OMS.',
    synonyms: ['status', 'status anggota', 'keanggotaan', 'membership status', 'membership'],
  },
  {
    field: 'statusSince',
    header: 'Status Sejak',
    note: 'Tanggal, misalnya 2025-01-31 atau 31/01/2025. Kosong berarti hari ini.',
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
    note: 'Nama lengkap.',
    synonyms: ['nama lengkap', 'nama orang', 'nama anggota', 'name', 'full name'],
  },
  {
    field: 'gender',
    header: 'Jenis Kelamin',
    required: true,
    note: 'P/perempuan atau L/laki-laki.',
    synonyms: ['jk', 'l p', 'p l', 'kelamin', 'gender', 'sex'],
  },
  {
    field: 'birthYear',
    header: 'Tahun Lahir',
    note: 'Tahun empat angka, misalnya 1995.',
    synonyms: ['thn lahir', 'lahir', 'birth year', 'year of birth'],
  },
  {
    field: 'role',
    header: 'Peran',
    required: true,
    note: 'Peran di OMS.',
    synonyms: ['jabatan', 'posisi', 'role', 'position'],
  },
  {
    field: 'organisation',
    header: 'Nama OMS',
    required: true,
    note: 'Nama OMS yang sudah tercatat di hub ini (atau isi kolom ID OMS).',
    synonyms: ['oms', 'organisasi', 'nama organisasi', 'lembaga', 'nama lembaga', 'organisation', 'organization'],
  },
  {
    field: 'organisationId',
    header: 'ID OMS',
    note: 'ID OMS dari ekspor daftar OMS; mengalahkan Nama OMS.',
    synonyms: ['id organisasi', 'organisation id', 'organization id'],
  },
  phoneColumn,
  emailColumn,
  {
    field: 'consent',
    header: 'Setuju Berbagi Kontak',
    note: 'ya atau tidak: orang ini setuju kontaknya disimpan dan dibagikan ke tingkat nasional.',
    synonyms: ['persetujuan', 'setuju', 'izin berbagi kontak', 'consent'],
  },
  {
    field: 'consentOn',
    header: 'Tanggal Persetujuan',
    note: 'Wajib bila setuju. Misalnya 2025-01-31 atau 31/01/2025.',
    synonyms: ['tgl persetujuan', 'consent date'],
  },
  notesColumn,
  idColumn,
]

/**
 * The contact person an OMS list often gives in the same row ("Nama Kontak", "No HP Kontak",
 * "Jabatan"): imported as a person of that OMS. Headings an OMS column also answers to ("Nama",
 * "Telepon") stay the OMS's; these are guessed only from headings that name the contact.
 */
export const contactColumns: Column[] = [
  {
    field: 'name',
    header: 'Nama Kontak',
    required: true,
    note: 'Orang kontak OMS ini, dicatat sebagai orang di OMS itu. Kosongkan semua kolom kontak bila tidak ada.',
    // Not "Kontak" or "CP" alone: lists often head a phone number so.
    synonyms: [
      'nama kontak person',
      'kontak person',
      'narahubung',
      'nama narahubung',
      'nama penghubung',
      'nama cp',
      'contact name',
      'contact person',
      'name of contact',
    ],
  },
  {
    field: 'gender',
    header: 'Jenis Kelamin Kontak',
    required: true,
    note: 'P/perempuan atau L/laki-laki.',
    synonyms: ['jenis kelamin', 'jk', 'l p', 'p l', 'kelamin', 'gender', 'sex', 'contact gender', 'contact sex'],
  },
  {
    field: 'birthYear',
    header: 'Tahun Lahir Kontak',
    note: 'Tahun empat angka, misalnya 1990.',
    synonyms: ['tahun lahir', 'thn lahir', 'birth year', 'contact birth year'],
  },
  {
    field: 'role',
    header: 'Jabatan Kontak',
    required: true,
    note: 'Peran orang kontak di OMS, misalnya ketua, sekretaris, staf.',
    synonyms: [
      'jabatan',
      'jabatan narahubung',
      'peran kontak',
      'posisi',
      'position',
      'role',
      'contact role',
      'contact position',
    ],
  },
  {
    field: 'phone',
    header: 'No HP Kontak',
    note: 'Nomor HP orang kontak, misalnya 0812-3456-7890.',
    synonyms: [
      'hp kontak',
      'nomor hp kontak',
      'no telp kontak',
      'telepon kontak',
      'no wa kontak',
      'wa kontak',
      'no hp narahubung',
      'hp narahubung',
      'no hp cp',
      'contact phone',
      'contact mobile',
      'contact phone number',
    ],
  },
  {
    field: 'email',
    header: 'Email Kontak',
    note: 'E-mail orang kontak.',
    synonyms: ['e mail kontak', 'surel kontak', 'email narahubung', 'email cp', 'contact email', 'contact e mail'],
  },
  {
    field: 'consent',
    header: 'Kontak Setuju Berbagi',
    note: 'ya atau tidak: orang kontak setuju kontaknya disimpan dan dibagikan ke tingkat nasional.',
    synonyms: ['setuju berbagi kontak', 'persetujuan', 'persetujuan kontak', 'consent', 'contact consent'],
  },
  {
    field: 'consentOn',
    header: 'Tanggal Persetujuan Kontak',
    note: 'Wajib bila setuju. Misalnya 2025-01-31 atau 31/01/2025.',
    synonyms: ['tanggal persetujuan', 'tgl persetujuan', 'consent date'],
  },
].map((column) => ({ ...column, field: CONTACT_FIELD + column.field }))

export const columnsFor = (kind: ImportKind): Column[] =>
  kind === 'organisations' ? organisationColumns : personColumns

/** Every column a file of this kind may map: an OMS row may carry its contact person. */
export const mappableColumns = (kind: ImportKind): Column[] =>
  kind === 'organisations' ? [...organisationColumns, ...contactColumns] : personColumns

/** Headings compare folded: "No. HP", "NO HP" and "no hp" are one heading. */
export const headerKey = (header: string): string => foldText(header)

/**
 * Words an OMS list adds to say a column is the organisation's own: "No. Telp Lembaga", "E-mail
 * Kantor", "Alamat Organisasi" are the OMS's phone, e-mail and address.
 */
const ORGANISATION_QUALIFIER = / (?:lembaga|organisasi|oms|kantor|sekretariat)$/

/** Each heading's field, guessed from its name; each field is taken by its first matching column. */
export function guessMapping(kind: ImportKind, headers: string[]): (string | null)[] {
  const byKey = new Map<string, string>()
  for (const column of mappableColumns(kind))
    for (const name of [column.header, column.field, ...column.synonyms]) {
      const key = headerKey(name)
      if (!byKey.has(key)) byKey.set(key, column.field)
    }
  const fieldOf = (header: string) => {
    const key = headerKey(header)
    const field = byKey.get(key)
    if (field || kind !== 'organisations') return field
    const plain = byKey.get(key.replace(ORGANISATION_QUALIFIER, ''))
    // A contact's column never answers to a heading that says it is the organisation's.
    return plain && !isContactField(plain) ? plain : undefined
  }
  const taken = new Set<string>()
  return headers.map((header) => {
    const field = fieldOf(header) ?? null
    if (field === null || taken.has(field)) return null
    taken.add(field)
    return field
  })
}
