/**
 * What a hub's CoP & ToT programme covers, per capacity aspect: the topics its sessions and
 * modules carry, a four-part webinar series, and the short name its ToTs go by. Aspect codes are
 * those of `capacityAspects` in reference/taxonomies.ts.
 */
export interface AspectVocabulary {
  aspect: string
  /** As in "ToT Fasilitator Resiliensi Keuangan Angkatan 2". */
  label: string
  /** Modules are numbered per aspect: "Modul RK-03". */
  modulePrefix: string
  topics: string[]
  series: { title: string; parts: [string, string, string, string] }
}

export const aspectVocabulary: AspectVocabulary[] = [
  {
    aspect: 'financial_resilience',
    label: 'Resiliensi Keuangan',
    modulePrefix: 'RK',
    topics: [
      'Menyusun Dana Cadangan Operasional OMS',
      'Pengelolaan Keuangan Lembaga yang Transparan dan Akuntabel',
      'Diversifikasi Sumber Pendanaan Lembaga',
      'Laporan Keuangan Sederhana untuk OMS',
      'Perencanaan Anggaran Tahunan dan Arus Kas',
      'Mengelola Risiko Keuangan di Masa Krisis',
    ],
    series: {
      title: 'Seri Webinar Keuangan Lembaga yang Tangguh',
      parts: [
        'Membaca Kesehatan Keuangan Lembaga',
        'Menyusun Anggaran dan Arus Kas',
        'Dana Cadangan dan Dana Abadi',
        'Audit dan Laporan Keuangan untuk Publik',
      ],
    },
  },
  {
    aspect: 'adaptive_management',
    label: 'Manajemen Adaptif',
    modulePrefix: 'MA',
    topics: [
      'Perencanaan Program Berbasis Pembelajaran',
      'Monitoring, Evaluasi dan Pembelajaran (MEL) untuk OMS',
      'Kepemimpinan Adaptif di Tengah Perubahan',
      'Manajemen Risiko dan Rencana Keberlanjutan Lembaga',
      'Teori Perubahan dan Kerangka Hasil Program',
      'Tata Kelola Organisasi dan Regenerasi Pengurus',
    ],
    series: {
      title: 'Seri Webinar Manajemen Adaptif OMS',
      parts: [
        'Membaca Perubahan Konteks Kerja',
        'Teori Perubahan yang Hidup',
        'Refleksi dan Pembelajaran Berkala',
        'Menyesuaikan Rencana Kerja Lembaga',
      ],
    },
  },
  {
    aspect: 'communication_social_media',
    label: 'Komunikasi dan Media Sosial',
    modulePrefix: 'KM',
    topics: [
      'Strategi Komunikasi Publik untuk OMS',
      'Membuat Konten Media Sosial yang Berdampak',
      'Menulis Cerita Perubahan untuk Publikasi',
      'Foto dan Video Ponsel untuk Dokumentasi Program',
      'Mengelola Isu dan Komunikasi Krisis',
      'Kalender Konten dan Analitik Media Sosial',
    ],
    series: {
      title: 'Seri Webinar Bercerita Lewat Media Sosial',
      parts: [
        'Mengenal Khalayak Lembaga',
        'Merancang Pesan Kunci',
        'Produksi Konten dengan Ponsel',
        'Membaca Analitik dan Evaluasi Kampanye',
      ],
    },
  },
  {
    aspect: 'marketing_social_business',
    label: 'Pemasaran dan Bisnis Sosial',
    modulePrefix: 'PB',
    topics: [
      'Merintis Unit Usaha Sosial OMS',
      'Kanvas Model Bisnis untuk Usaha Sosial',
      'Pemasaran Produk Kelompok Dampingan',
      'Penetapan Harga dan Perhitungan Biaya Produksi',
      'Kemasan dan Perizinan Produk UMKM Binaan',
      'Berjualan Lewat Lokapasar dan Media Sosial',
    ],
    series: {
      title: 'Seri Webinar Bisnis Sosial untuk OMS',
      parts: [
        'Menemukan Peluang Usaha Sosial',
        'Model Bisnis dan Dampak Sosial',
        'Pemasaran dan Kemitraan Usaha',
        'Mengukur Dampak dan Keberlanjutan Usaha',
      ],
    },
  },
  {
    aspect: 'digital_transformation',
    label: 'Transformasi Digital',
    modulePrefix: 'TD',
    topics: [
      'Tata Kelola Data dan Keamanan Digital OMS',
      'Kolaborasi Daring dengan Google Workspace',
      'Database Anggota dan Penerima Manfaat',
      'Literasi Digital dan Perlindungan Data Pribadi',
      'Dasbor Data Program dengan Spreadsheet',
      'Aplikasi untuk Pelaporan Program',
    ],
    series: {
      title: 'Seri Webinar Transformasi Digital OMS',
      parts: [
        'Peta Kesiapan Digital Lembaga',
        'Keamanan Digital dan Data Pribadi',
        'Bekerja Bersama secara Daring',
        'Data untuk Pengambilan Keputusan',
      ],
    },
  },
  {
    aspect: 'domestic_resource_mobilisation',
    label: 'Penggalangan Sumber Daya Domestik',
    modulePrefix: 'PS',
    topics: [
      'Penggalangan Dana Publik dan Urun Dana Daring',
      'Membangun Kemitraan dengan Dunia Usaha (CSR)',
      'Mengakses Dana Desa dan APBD untuk Program Masyarakat',
      'Menulis Proposal Pendanaan yang Meyakinkan',
      'Zakat, Infak, Sedekah dan Wakaf sebagai Sumber Daya',
      'Merawat Donatur dan Relawan Lokal',
    ],
    series: {
      title: 'Seri Webinar Galang Daya Lokal',
      parts: [
        'Memetakan Sumber Daya di Sekitar Kita',
        'Kampanye Penggalangan Dana Publik',
        'Kemitraan dengan Pemerintah Desa dan Daerah',
        'Akuntabilitas kepada Pendukung',
      ],
    },
  },
]

/** A session's title by format, `{topic}` one of its aspect's; a ToT's title is built from the aspect's label. */
export const titles = {
  webinar: 'Webinar: {topic}',
  online_training: 'Pelatihan Daring: {topic}',
  offline_training: 'Pelatihan {topic}',
  mentoring: 'Pendampingan {topic}',
  cop_discussion: 'Diskusi Komunitas Praktik: {topic}',
} as const

/** Where offline sessions are held; `{regency}` and `{district}` are places of the hub's province. */
export const venues = [
  'Aula Bappeda {regency}',
  'Aula Dinas Pemberdayaan Masyarakat dan Desa {regency}',
  'Ruang Rapat Dinas Kominfo {regency}',
  'Gedung Serbaguna {regency}',
  'Balai Latihan Kerja {regency}',
  'Aula Kantor Kecamatan {district}, {regency}',
  'Pendopo Kecamatan {district}, {regency}',
]

export const cancelNotes = [
  'Dibatalkan: narasumber berhalangan hadir',
  'Dibatalkan: bertepatan dengan agenda pemerintah daerah',
  'Ditunda karena banjir di lokasi kegiatan',
  'Dibatalkan: peserta terdaftar terlalu sedikit',
]
