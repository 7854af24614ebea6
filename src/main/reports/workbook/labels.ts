import type { ParticipantStatus, SessionFormat, SessionStatus } from '../../../shared/cop'
import { id as indonesian } from '../../../shared/i18n/id'
import type { SupportForm } from '../../../shared/initiatives'
import type { PledgeStatus, SupporterKind } from '../../../shared/pledges'
import type { StoryStatus } from '../../../shared/stories'
import type { AppDatabase } from '../../db'
import { readTaxonomies } from '../../reference/queries'

/** Member and initiative codes have their names in the shared catalog, as the member export uses them. */
export const memberLabels = indonesian.member
export const initiativeStatusLabels = indonesian.initiatives.statusName

// The words below are the renderer catalogs' (features/reference/support-forms.ts,
// galang-daya/pledges, galang-daya/supporters, cop, initiatives/stories), which main cannot import;
// capitalised, as a cell stands alone like the member labels above.

export const supportFormLabels: Record<SupportForm, string> = {
  funds: 'Dana',
  goods: 'Barang/fasilitas',
  time: 'Waktu & keahlian',
  knowledge: 'Pengetahuan & teknologi',
  policy: 'Kebijakan/advokasi',
  cooperation: 'Kerja sama',
  other: 'Lainnya',
}

export const pledgeStatusLabels: Record<PledgeStatus, string> = {
  promised: 'Dijanjikan',
  partial: 'Sebagian terpenuhi',
  fulfilled: 'Terpenuhi',
  overdue: 'Terlambat',
  cancelled: 'Dibatalkan',
}

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

export const sessionFormatLabels: Record<SessionFormat, string> = {
  webinar: 'Webinar',
  online_training: 'Pelatihan daring',
  offline_training: 'Pelatihan luring',
  tot: 'ToT',
  mentoring: 'Pendampingan',
  cop_discussion: 'Diskusi CoP',
}

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

/** Reference terms (capacity aspects, organisation types, sectors) by code, in Indonesian. */
export function termNames(database: AppDatabase): TermNames {
  const taxonomies = readTaxonomies(database.orm)
  const named = (terms: { code: string; nameId: string }[]) => {
    const names = new Map(terms.map((term) => [term.code, term.nameId]))
    return (code: string | null) => (code === null ? null : (names.get(code) ?? code))
  }
  return {
    aspect: named(taxonomies.capacityAspects),
    organisationType: named(taxonomies.organisationTypes),
    sector: named(taxonomies.sectors),
  }
}

type Naming = (code: string | null) => string | null
export type TermNames = Record<'aspect' | 'organisationType' | 'sector', Naming>

/** A JSON array of codes as one cell: "Kesehatan; Pendidikan". */
export const namesOf = (json: string, name: (code: string) => string | null): string =>
  (JSON.parse(json) as (string | number)[]).map((code) => name(String(code)) ?? String(code)).join('; ')
