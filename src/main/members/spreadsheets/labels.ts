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
const roleLabels: Labels<PersonRole> = {
  leader: [
    'ketua',
    'ketua pimpinan',
    'pimpinan',
    'pengurus',
    'wakil ketua',
    'direktur',
    'direktur eksekutif',
    'sekretaris',
    'bendahara',
    'koordinator umum',
    'leader',
    'chair',
    'director',
  ],
  manager: ['manajer', 'manager', 'koordinator', 'koordinator program', 'kepala program', 'manajer program'],
  staff: ['staf', 'staff', 'karyawan', 'pegawai', 'anggota staf'],
  trainer: ['pelatih', 'fasilitator', 'trainer', 'facilitator'],
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
export const roleCode = lookup(roleLabels)
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
