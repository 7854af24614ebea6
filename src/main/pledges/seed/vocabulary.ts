import type { SupportForm } from '../../../shared/initiatives'
import type { supporterKinds } from '../schema'

type Kind = (typeof supporterKinds)[number]

/** How many of each kind of supporter a hub meets: mostly people and local businesses. */
export const kindWeights: [Kind, number][] = [
  ['individual', 0.34],
  ['community', 0.1],
  ['umkm', 0.16],
  ['company', 0.1],
  ['government', 0.1],
  ['philanthropy', 0.05],
  ['organisation', 0.08],
  ['media', 0.04],
  ['other', 0.03],
]

export const communityPrefixes = [
  'Paguyuban Warga',
  'Karang Taruna',
  'Kelompok Arisan',
  'Majelis Taklim',
  'Ikatan Keluarga',
]
export const umkmPrefixes = ['UD', 'CV', 'Toko', 'Warung', 'Bengkel', 'Koperasi']
export const businessWords = [
  'Makmur',
  'Jaya',
  'Sentosa',
  'Abadi',
  'Berkah',
  'Sumber Rejeki',
  'Mulia',
  'Barokah',
  'Sinar',
]
export const companyWords = ['Nusa', 'Indo', 'Sarana', 'Prima', 'Agro', 'Tirta', 'Mitra', 'Bumi', 'Karya', 'Citra']
export const companyKinds = ['Perkasa', 'Lestari', 'Utama', 'Sejahtera', 'Mandiri', 'Persada', 'Nusantara']
export const governmentOffices = [
  'Dinas Sosial',
  'Dinas Kesehatan',
  'Bappeda',
  'Dinas Lingkungan Hidup',
  'BPBD',
  'Dinas Koperasi dan UMKM',
]
export const philanthropies = ['Baznas', 'Lazismu', 'LAZISNU', 'Dompet Dhuafa', 'Rumah Zakat']
export const mediaNames = ['Radio Suara', 'Harian', 'Warta', 'TV Lokal']
export const otherSupporters = ['Universitas', 'Politeknik', 'Ikatan Alumni SMA Negeri 1']

/** Which kinds give a form of support: a pledge goes to a supporter who plausibly gives it. */
export const kindsGiving: Record<SupportForm, Kind[]> = {
  funds: ['individual', 'community', 'umkm', 'company', 'government', 'philanthropy', 'organisation', 'other'],
  goods: ['individual', 'community', 'umkm', 'company', 'government', 'philanthropy'],
  time: ['individual', 'community', 'organisation', 'other'],
  knowledge: ['organisation', 'other', 'company', 'media'],
  policy: ['government'],
  cooperation: ['government', 'company', 'organisation', 'media', 'other'],
  other: ['media', 'community', 'umkm', 'individual'],
}

/** Funds pledged by a kind, in steps of Rp50.000: a person gives less than a kabupaten. */
export const fundSteps: Record<Kind, [number, number]> = {
  individual: [1, 100],
  community: [10, 200],
  umkm: [10, 200],
  company: [100, 2000],
  government: [200, 5000],
  philanthropy: [100, 2000],
  organisation: [10, 400],
  media: [10, 100],
  other: [10, 400],
}

/** Pledges in words, for needs that name none or for support given without a need. */
export const wordedSupport: Record<'knowledge' | 'policy' | 'cooperation' | 'other', string[]> = {
  knowledge: ['Pelatihan pembukuan sederhana', 'Kajian kebutuhan warga oleh mahasiswa KKN', 'Pendampingan teknis'],
  policy: ['Surat keputusan kepala desa', 'Usulan dalam musrenbang kecamatan', 'Alokasi Dana Desa tahun depan'],
  cooperation: ['Nota kesepahaman kerja sama', 'Penyertaan dalam forum CSR kabupaten', 'Koalisi advokasi anggaran'],
  other: ['Liputan kegiatan', 'Pinjaman tempat kegiatan', 'Promosi di media sosial'],
}

export const evidencePrefixes: Record<'rupiah' | 'quantity' | 'hours' | 'text', string[]> = {
  rupiah: ['Transfer BRI', 'Transfer BNI', 'Transfer Mandiri', 'Transfer Bank Pembangunan Daerah', 'Setoran tunai'],
  quantity: ['Berita acara serah terima', 'Surat jalan'],
  hours: ['Daftar hadir kegiatan'],
  text: ['Notulen pertemuan', 'Surat dukungan'],
}

export const pledgeCancelReasons = [
  'Anggaran perusahaan dialihkan',
  'Pendukung pindah domisili',
  'Kegiatan sudah didanai pihak lain',
  'Dibatalkan atas permintaan pendukung',
]
