import type { TimeZoneCode } from '../../shared/format'

/** Bump when any list below changes, so existing databases pick the change up at next start. */
export const TAXONOMY_VERSION = '2026-11-25.1'

type Entry = readonly [code: string, nameId: string, nameEn: string]

/** The six aspects of the Training-of-Trainers capacity self-assessment. */
export const capacityAspects: Entry[] = [
  ['financial_resilience', 'Resiliensi keuangan', 'Financial resilience'],
  ['adaptive_management', 'Manajemen adaptif', 'Adaptive management'],
  ['communication_social_media', 'Komunikasi & pengelolaan media sosial', 'Communication & social media management'],
  ['marketing_social_business', 'Pemasaran & bisnis sosial', 'Marketing & social business'],
  ['digital_transformation', 'Transformasi digital', 'Digital transformation'],
  ['domestic_resource_mobilisation', 'Penggalangan sumber daya domestik', 'Domestic resource mobilisation'],
]

/** The seven forms in which support is pledged in Galang Daya. */
export const supportForms: Entry[] = [
  ['funds', 'Dana', 'Funds'],
  ['knowledge_technology', 'Pengetahuan & teknologi', 'Knowledge & technology'],
  ['policy_advocacy', 'Kebijakan/advokasi', 'Policy/advocacy'],
  ['time_expertise', 'Waktu & keahlian', 'Time & expertise'],
  ['goods_facilities', 'Barang/fasilitas', 'Goods/facilities'],
  ['cooperation', 'Kerja sama/kolaborasi', 'Cooperation/collaboration'],
  ['other', 'Lainnya', 'Other'],
]

export const organisationTypes: Entry[] = [
  ['farmer_organisation', 'Organisasi tani lokal', 'Local farmer organisation'],
  ['fisher_group', 'Kelompok nelayan', 'Fisher group'],
  ['indigenous_organisation', 'Organisasi masyarakat adat', 'Indigenous community organisation'],
  ['religious_organisation', 'Organisasi keagamaan', 'Faith-based organisation'],
  ['women_organisation', 'Organisasi perempuan', "Women's organisation"],
  ['youth_organisation', 'Organisasi kepemudaan', 'Youth organisation'],
  ['ngo', 'NGO/LSM', 'NGO'],
  ['ksm', 'KSM (Kelompok Swadaya Masyarakat)', 'KSM (community self-help group)'],
  ['lkm_bkm', 'LKM/BKM (Lembaga/Badan Keswadayaan Masyarakat)', 'LKM/BKM (community self-reliance board)'],
  ['foundation', 'Yayasan', 'Foundation (yayasan)'],
  ['association', 'Perkumpulan', 'Association (perkumpulan)'],
  ['other', 'Lainnya', 'Other'],
]

/** Sectors, the programme's "newly emerging sectors" first. */
export const sectors: (readonly [...Entry, emerging: boolean])[] = [
  ['green_economy', 'Ekonomi hijau', 'Green economy', true],
  ['renewable_energy', 'Energi terbarukan', 'Renewable energy', true],
  ['biodiversity_conservation', 'Konservasi keanekaragaman hayati', 'Biodiversity conservation', true],
  ['circular_economy', 'Ekonomi sirkular', 'Circular economy', true],
  ['sustainable_food_systems', 'Sistem pangan berkelanjutan', 'Sustainable food systems', true],
  ['youth_engagement', 'Pelibatan pemuda', 'Youth engagement', true],
  ['health', 'Kesehatan', 'Health', false],
  ['education', 'Pendidikan', 'Education', false],
  ['legal_aid', 'Bantuan hukum', 'Legal aid', false],
  ['disaster', 'Kebencanaan', 'Disaster management', false],
  ['water_sanitation', 'Air bersih & sanitasi', 'Water & sanitation', false],
  ['economy_msme', 'Ekonomi & UMKM', 'Economy & MSMEs (UMKM)', false],
  ['other', 'Lainnya', 'Other', false],
]

/** The 17 Sustainable Development Goals, with Bappenas's Indonesian names (TPB). */
export const sdgs: (readonly [number: number, nameId: string, nameEn: string])[] = [
  [1, 'Tanpa Kemiskinan', 'No Poverty'],
  [2, 'Tanpa Kelaparan', 'Zero Hunger'],
  [3, 'Kehidupan Sehat dan Sejahtera', 'Good Health and Well-being'],
  [4, 'Pendidikan Berkualitas', 'Quality Education'],
  [5, 'Kesetaraan Gender', 'Gender Equality'],
  [6, 'Air Bersih dan Sanitasi Layak', 'Clean Water and Sanitation'],
  [7, 'Energi Bersih dan Terjangkau', 'Affordable and Clean Energy'],
  [8, 'Pekerjaan Layak dan Pertumbuhan Ekonomi', 'Decent Work and Economic Growth'],
  [9, 'Industri, Inovasi dan Infrastruktur', 'Industry, Innovation and Infrastructure'],
  [10, 'Berkurangnya Kesenjangan', 'Reduced Inequalities'],
  [11, 'Kota dan Permukiman yang Berkelanjutan', 'Sustainable Cities and Communities'],
  [12, 'Konsumsi dan Produksi yang Bertanggung Jawab', 'Responsible Consumption and Production'],
  [13, 'Penanganan Perubahan Iklim', 'Climate Action'],
  [14, 'Ekosistem Lautan', 'Life Below Water'],
  [15, 'Ekosistem Daratan', 'Life on Land'],
  [16, 'Perdamaian, Keadilan dan Kelembagaan yang Tangguh', 'Peace, Justice and Strong Institutions'],
  [17, 'Kemitraan untuk Mencapai Tujuan', 'Partnerships for the Goals'],
]

/**
 * Each province's legal time zone (Permen/Keppres on WIB/WITA/WIT), by the first two digits of
 * its Kemendagri code: 1x Sumatra, 3x Java, 61–62 West/Central Kalimantan are WIB; Bali, Nusa
 * Tenggara, the rest of Kalimantan and Sulawesi are WITA; Maluku and Papua are WIT.
 */
export function provinceTimeZone(code: string): TimeZoneCode {
  const n = Number(code)
  if (n >= 81) return 'WIT'
  if (n >= 63 || (n >= 51 && n <= 53)) return 'WITA'
  return 'WIB'
}
