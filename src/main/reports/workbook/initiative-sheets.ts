import type { InitiativeStatus, SupportForm } from '../../../shared/initiatives'
import type { StoryStatus } from '../../../shared/stories'
import { longest } from './cells'
import { querySheet } from './context'
import { initiativeStatusLabels, namesOf, storyStatusLabels, supportFormLabels } from './labels'
import { storyPublishableSql } from '../../initiatives/stories/people'
import { initiativeScope, needScope, storyScope } from './scope'

/** Names of the rows a JSON array of ids points at, in one cell. */
const namedList = (ids: string, table: string) =>
  `(SELECT group_concat(x.name, '; ') FROM json_each(${ids}) j JOIN ${table} x ON x.id = j.value)`

type InitiativeRow = Record<'title' | 'sector_codes' | 'sdgs' | 'status_since', string> &
  Record<'lead' | 'partners' | 'regency' | 'clusters' | 'starts_on' | 'ends_on', string | null> &
  Record<'problem' | 'service' | 'beneficiary_groups', string | null> & {
    beneficiary_count: number | null
    status: InitiativeStatus
  }

export const initiativeSheet = querySheet<InitiativeRow>({
  name: 'Inisiatif',
  period: 'masa berjalan: mulai (tanpa tanggal mulai: dicatat) sebelum akhir periode, selesai sesudah awal periode',
  columns: ({ terms }) => [
    ['Judul', 'text', (r) => r.title],
    ['OMS pelaksana', 'text', (r) => r.lead],
    ['OMS mitra', 'text', (r) => r.partners],
    ['Kabupaten/kota', 'text', (r) => terms.regency(r.regency)],
    ['Masalah', 'text', (r) => r.problem],
    ['Layanan', 'text', (r) => r.service],
    ['Kelompok penerima manfaat', 'text', (r) => r.beneficiary_groups],
    ['Jumlah penerima manfaat', 'count', (r) => r.beneficiary_count],
    ['Sektor', 'text', (r) => namesOf(r.sector_codes, terms.sector)],
    ['SDGs', 'text', (r) => namesOf(r.sdgs, (code) => code)],
    ['Isu payung', 'text', (r) => r.clusters],
    ['Tanggal mulai', 'date', (r) => r.starts_on],
    ['Tanggal selesai', 'date', (r) => r.ends_on],
    ['Status', 'text', (r) => initiativeStatusLabels[r.status], longest(initiativeStatusLabels)],
    ['Status sejak', 'date', (r) => r.status_since],
  ],
  sql: `SELECT i.*, i.regency_code AS regency,
      (SELECT name FROM organisations WHERE id = i.lead_organisation_id) AS lead,
      ${namedList('i.partner_organisation_ids', 'organisations')} AS partners,
      ${namedList('i.cluster_ids', 'issue_clusters')} AS clusters
    FROM initiatives i WHERE ${initiativeScope} ORDER BY i.title, i.id`,
})

type NeedRow = Record<'initiative' | 'description', string> &
  Record<'unit' | 'target_text', string | null> &
  Record<'target_rupiah' | 'target_quantity' | 'target_people' | 'target_hours', number | null> & { form: SupportForm }

export const needSheet = querySheet<NeedRow>({
  name: 'Kebutuhan',
  period: 'masa berjalan inisiatifnya',
  columns: () => [
    ['Inisiatif', 'text', (r) => r.initiative],
    ['Bentuk dukungan', 'text', (r) => supportFormLabels[r.form], longest(supportFormLabels)],
    ['Uraian', 'text', (r) => r.description],
    ['Target dana', 'rupiah', (r) => r.target_rupiah],
    ['Target jumlah', 'count', (r) => r.target_quantity],
    ['Satuan', 'text', (r) => r.unit],
    ['Jumlah orang', 'count', (r) => r.target_people],
    ['Jam per orang', 'count', (r) => r.target_hours],
    ['Target (uraian)', 'text', (r) => r.target_text],
  ],
  sql: `SELECT n.*, i.title AS initiative FROM needs n JOIN initiatives i ON i.id = n.initiative_id
    WHERE ${needScope} ORDER BY i.title, n.form, n.id`,
})

type StoryRow = Record<'title' | 'happened_on' | 'resource_mix' | 'photos', string> &
  Record<'initiative' | 'regency' | 'before' | 'after' | 'narrative', string | null> & { status: StoryStatus }

const WITHHELD_STORY = 'Ditahan: tanpa persetujuan publikasi dari orang yang disebut atau tampil di cerita ini'
const withheldText = (column: string, otherwise = 'NULL') =>
  `CASE WHEN ${storyPublishableSql('s')} THEN s.${column} ELSE ${otherwise} END AS ${column}`

const resourceTotal = (mix: string) =>
  (JSON.parse(mix) as { amountRupiah: number }[]).reduce((sum, resource) => sum + resource.amountRupiah, 0)

export const storySheet = querySheet<StoryRow>({
  name: 'Cerita Perubahan',
  period: 'tanggal cerita',
  columns: ({ terms }) => [
    ['Judul', 'text', (r) => r.title],
    ['Tanggal', 'date', (r) => r.happened_on],
    ['Inisiatif', 'text', (r) => r.initiative],
    ['Kabupaten/kota', 'text', (r) => terms.regency(r.regency)],
    ['Status', 'text', (r) => storyStatusLabels[r.status], longest(storyStatusLabels)],
    ['Sebelum', 'text', (r) => r.before],
    ['Sesudah', 'text', (r) => r.after],
    ['Kisah perubahan', 'text', (r) => r.narrative],
    ['Sumber daya', 'rupiah', (r) => resourceTotal(r.resource_mix)],
    ['Foto', 'count', (r) => (JSON.parse(r.photos) as unknown[]).length],
  ],
  // A story naming or picturing someone who does not consent to publication keeps its row (counts
  // and rupiah add up) but not its words.
  sql: `SELECT s.id, s.happened_on, s.resource_mix, s.photos, s.status, i.title AS initiative, i.regency_code AS regency,
      ${withheldText('title', `'${WITHHELD_STORY}'`)}, ${withheldText('before')}, ${withheldText('after')},
      ${withheldText('narrative')}
    FROM stories s LEFT JOIN initiatives i ON i.id = s.initiative_id
    WHERE ${storyScope} ORDER BY s.happened_on, s.id`,
})
