import type { ParticipantStatus, SessionFormat, SessionStatus } from '../../../shared/cop'
import { id as indonesian } from '../../../shared/i18n/id'
import { termNamesId } from '../../../shared/i18n/terms-id'
import type { SupportForm } from '../../../shared/initiatives'
import type { PledgeStatus, SupporterKind } from '../../../shared/pledges'
import type { StoryStatus } from '../../../shared/stories'
import type { AppDatabase } from '../../db'
import { readTaxonomies } from '../../reference/queries'
import { longest } from './cells'

/** Member and initiative codes have their names in the shared catalog, as the member export uses them. */
export const memberLabels = indonesian.member
export const initiativeStatusLabels = indonesian.initiatives.statusName

// Forms, formats and pledge statuses are named in the shared terms, as on screen; the words below
// are still only the renderer catalogs' (galang-daya/supporters, cop, initiatives/stories),
// capitalised, as a cell stands alone like the member labels above.

export const supportFormLabels: Record<SupportForm, string> = termNamesId.supportForm

export const pledgeStatusLabels: Record<PledgeStatus, string> = termNamesId.pledgeStatus

export const supporterKindLabels: Record<SupporterKind, string> = {
  individual: 'Individu',
  community: 'Kelompok masyarakat',
  umkm: 'UMKM',
  company: 'Perusahaan',
  government: 'Pemerintah (desa/daerah: Dana Desa, APBD)',
  philanthropy: 'Filantropi',
  organisation: 'OMS lain',
  media: 'Media',
  other: 'Lainnya',
}

export const sessionFormatLabels: Record<SessionFormat, string> = termNamesId.sessionFormat

export const sessionStatusLabels: Record<SessionStatus, string> = {
  planned: 'Direncanakan',
  ongoing: 'Berlangsung',
  done: 'Selesai',
  cancelled: 'Dibatalkan',
}

export const participantStatusLabels: Record<ParticipantStatus, string> = {
  registered: 'Terdaftar',
  present: 'Hadir',
  partial: 'Hadir sebagian',
  absent: 'Tidak hadir',
  cancelled: 'Batal',
}

export const storyStatusLabels: Record<StoryStatus, string> = { draft: 'Draf', published: 'Terbit' }

/** Reference terms (capacity aspects, organisation types, sectors) and kabupaten/kota by code, in Indonesian. */
export function termNames(database: AppDatabase): TermNames {
  const taxonomies = readTaxonomies(database.orm)
  const named = (terms: { code: string; nameId: string }[]): Naming => {
    const names = new Map(terms.map((term) => [term.code, term.nameId]))
    const name = (code: string | null) => (code === null ? null : (names.get(code) ?? code))
    return Object.assign(name, { longest: longest(names.values()) })
  }
  return {
    aspect: named(taxonomies.capacityAspects),
    organisationType: named(taxonomies.organisationTypes),
    sector: named(taxonomies.sectors),
    // Named here rather than joined in SQL: a lookup per row of a national sheet costs seconds.
    regency: named(
      database.sqlite.prepare('SELECT code, name AS nameId FROM ref_regencies').all() as {
        code: string
        nameId: string
      }[],
    ),
  }
}

/** A term's name by its code, and the length of the longest name. */
type Naming = ((code: string | null) => string | null) & { longest: number }
export type TermNames = Record<'aspect' | 'organisationType' | 'sector' | 'regency', Naming>

/** A JSON array of codes as one cell: "Kesehatan; Pendidikan". */
export const namesOf = (json: string, name: (code: string) => string | null): string =>
  (JSON.parse(json) as (string | number)[]).map((code) => name(String(code)) ?? String(code)).join('; ')
