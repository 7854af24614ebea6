import type { Gender, LegalForm, MembershipStatus, PersonRole } from '../../../shared/members'
import type { Taxonomies, Term } from '../../../shared/reference'
import { foldText } from '../names'

/** What people write in a cell for each code, folded; the code itself and its export label included. */
type Labels<Code extends string> = Record<Code, string[]>

const statusLabels: Labels<MembershipStatus> = {
  candidate: ['calon', 'calon anggota', 'candidate'],
  active: ['aktif', 'anggota aktif', 'active'],
  inactive: ['nonaktif', 'non aktif', 'tidak aktif', 'inactive'],
  left: ['keluar', 'berhenti', 'mengundurkan diri', 'left'],
}
const genderLabels: Labels<Gender> = {
  female: ['perempuan', 'p', 'wanita', 'pr', 'female', 'f', 'woman'],
  male: ['laki laki', 'l', 'lk', 'pria', 'laki', 'male', 'm', 'man'],
}
/**
 * Job titles as Indonesian OMS lists write them, by the app's role. The programme counts "leaders/
 * managers" (Co-Evolve: 400 of them) and trains trainers (ToT), so the head of the OMS is a leader,
 * the rest of its board and management (sekretaris, bendahara, pengurus) are managers.
 * "Koordinator" alone heads a forum or network, as do a network's sekretaris jenderal/eksekutif/nasional;
 * a koordinator of a programme, division or area manages under them.
 */
const roleLabels: Labels<PersonRole> = {
  leader: [
    'ketua/pimpinan',
    'ketua',
    'ketua umum',
    'pimpinan',
    'pemimpin',
    'kepala',
    'wakil ketua',
    'direktur',
    'direktur eksekutif',
    'direktur utama',
    'wakil direktur',
    'koordinator',
    'koordinator umum',
    'koordinator nasional',
    'sekretaris jenderal',
    'sekjen',
    'sekretaris eksekutif',
    'sekretaris nasional',
    'seknas',
    'leader',
    'chair',
    'chairperson',
    'director',
    'executive director',
  ],
  manager: [
    'manajer',
    'manajer program',
    'manajer keuangan',
    'pengelola',
    'pengurus',
    'sekretaris',
    'sekretaris umum',
    'wakil sekretaris',
    'bendahara',
    'bendahara umum',
    'wakil bendahara',
    'direktur program',
    'kepala program',
    'kepala divisi',
    'kepala bidang',
    'ketua divisi',
    'ketua bidang',
    'koordinator program',
    'koordinator divisi',
    'koordinator bidang',
    'koordinator wilayah',
    'koordinator lapangan',
    'manager',
    'program manager',
    'secretary',
    'treasurer',
  ],
  staff: ['staf', 'staff', 'karyawan', 'pegawai', 'anggota', 'anggota staf', 'admin', 'administrasi', 'petugas'],
  trainer: ['pelatih', 'fasilitator', 'pendamping', 'instruktur', 'narasumber', 'mentor', 'trainer', 'facilitator'],
  volunteer: ['relawan', 'sukarelawan', 'volunteer'],
}
const legalFormLabels: Labels<LegalForm> = {
  foundation: ['yayasan', 'foundation'],
  association: ['perkumpulan', 'perkumpulan berbadan hukum', 'association'],
  registered_ormas: ['ormas', 'ormas terdaftar', 'ormas terdaftar skt', 'skt', 'registered ormas'],
  other: ['lainnya', 'lain lain', 'other'],
}
const yes = new Set(['ya', 'y', 'iya', 'setuju', 'yes', 'true', '1', 'v', 'x'])
const no = new Set(['tidak', 't', 'tdk', 'tidak setuju', 'no', 'n', 'false', '0', '-'])

function indexLabels<Code extends string>(labels: Labels<Code>): Map<string, Code> {
  const index = new Map<string, Code>()
  for (const [code, names] of Object.entries(labels) as [Code, string[]][])
    for (const name of [code, ...names]) index.set(foldText(name), code)
  return index
}

function lookup<Code extends string>(labels: Labels<Code>): (value: string) => Code | undefined {
  const index = indexLabels(labels)
  return (value) => index.get(foldText(value))
}

export const statusCode = lookup(statusLabels)
export const genderCode = lookup(genderLabels)

const roleIndex = indexLabels(roleLabels)
const ORDINAL = / (?:\d+|i{1,3}|iv|v)$/

/**
 * The role a job title names. "Sekretaris II" is a sekretaris. A longer title is read by the
 * longest known title it starts with ("Staf Keuangan", "Ketua Yayasan Bina Desa", "Koordinator
 * Program Air Bersih"), and `guessed` says so, for the dry run to show. Anything else is unknown:
 * the user says what it is, nothing is assumed.
 */
export function roleOf(value: string): { code: PersonRole; guessed: boolean } | undefined {
  const title = foldText(value).replace(ORDINAL, '')
  const exact = roleIndex.get(title)
  if (exact) return { code: exact, guessed: false }
  const words = title.split(' ')
  for (let length = words.length - 1; length > 0; length -= 1) {
    const code = roleIndex.get(words.slice(0, length).join(' '))
    if (code) return { code, guessed: true }
  }
  return undefined
}
export const legalFormCode = lookup(legalFormLabels)

export function consentValue(value: string): boolean | undefined {
  const folded = foldText(value) || value.trim()
  if (yes.has(folded) || value.trim() === '✓') return true
  if (no.has(folded) || folded === '') return false
  return undefined
}

/** Reference terms by code and by each part of their names: "NGO/LSM" answers to "LSM" too. */
export function termLookup(terms: Term[]): (value: string) => string | undefined {
  const index = new Map<string, string>()
  for (const term of terms)
    for (const name of [term.code, term.nameId, term.nameEn]) {
      index.set(foldText(name), term.code)
      for (const part of name.split(/[/()]/)) if (part.trim()) index.set(foldText(part), term.code)
    }
  return (value) => index.get(foldText(value))
}

/** "Ekonomi hijau; Kesehatan", "green_economy, health": several values in one cell. */
export const splitList = (value: string): string[] =>
  value
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter(Boolean)

/** SDGs by number ("5", "SDG 5", "TPB 13") or by name. */
export function sdgLookup(taxonomies: Taxonomies): (value: string) => number | undefined {
  const byName = new Map<string, number>()
  for (const sdg of taxonomies.sdgs) for (const name of [sdg.nameId, sdg.nameEn]) byName.set(foldText(name), sdg.number)
  return (value) => {
    const number = /^(?:sdg|tpb|goal|tujuan)?\s*(\d{1,2})$/i.exec(
      value
        .trim()
        .replace(/[.#:-]/g, ' ')
        .trim(),
    )
    if (number) return Number(number[1])
    return byName.get(foldText(value))
  }
}

const pad = (n: string) => n.padStart(2, '0')

/** 2026-01-31, 31/01/2026, 31-1-2026 or 31.01.2026 → 2026-01-31; anything else is left as written. */
export function isoDate(value: string): string {
  const text = value.trim()
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
  if (dayFirst) return `${dayFirst[3]}-${pad(dayFirst[2] ?? '')}-${pad(dayFirst[1] ?? '')}`
  return text
}

/**
 * A mobile number kept in an Excel number cell lost its leading 0: 81234567890 is 081234567890.
 * Anything else is left for the phone field to judge.
 */
export const phoneText = (value: string): string => (/^8\d{8,11}$/.test(value.trim()) ? `0${value.trim()}` : value)
