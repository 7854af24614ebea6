import type { SupportForm } from '../../../shared/initiatives'

/** A need as a theme proposes it; ranges are drawn from, so no two initiatives ask exactly alike. */
export interface NeedTemplate {
  form: SupportForm
  description: string
  /** Funds: the target in millions of rupiah. */
  millions?: [number, number]
  /** Goods and facilities. */
  quantity?: [number, number]
  unit?: string
  /** Time and expertise: people × hours each. */
  people?: [number, number]
  hours?: [number, number]
  /** Knowledge, policy and advocacy, cooperation, other: the target in words. */
  text?: string
}

/**
 * What local OMS in the source documents work on (the KOTAKU field blog, the Lokadaya deck):
 * `{desa}` is the village the initiative serves.
 */
export interface Theme {
  titles: string[]
  problem: string
  service: string
  beneficiaries: string
  beneficiaryCount: [number, number]
  sectors: string[]
  sdgs: number[]
  needs: NeedTemplate[]
  story: { title: string; before: string; after: string; narrative: string }
}

const volunteers = (description: string, hours: [number, number]): NeedTemplate => ({
  form: 'time',
  description,
  people: [3, 15],
  hours,
})

export const themes: Theme[] = [
  {
    titles: ['Air Bersih untuk Warga Desa {desa}', 'Sumur Bor dan Jaringan Pipa Air Bersih {desa}'],
    problem:
      'Pada musim kemarau warga harus berjalan lebih dari satu kilometer untuk mengambil air; sumur dangkal mengering dan air sungai tercemar.',
    service:
      'Membangun sumur bor dan jaringan pipa ke rumah warga, dikelola kelompok pengguna air dengan iuran bulanan untuk perawatan.',
    beneficiaries: 'Rumah tangga miskin, ibu dan anak balita',
    beneficiaryCount: [120, 900],
    sectors: ['water_sanitation', 'health'],
    sdgs: [6, 3],
    needs: [
      { form: 'funds', description: 'Pengeboran sumur dan pompa air', millions: [40, 150] },
      { form: 'goods', description: 'Pipa PVC 2 inci', quantity: [80, 400], unit: 'batang' },
      { form: 'goods', description: 'Tandon air 2.000 liter', quantity: [2, 10], unit: 'unit' },
      volunteers('Kerja bakti pemasangan jaringan pipa', [8, 40]),
      {
        form: 'policy',
        description: 'Dukungan pemerintah desa',
        text: 'Peraturan desa tentang pengelolaan air bersih dan iuran pengguna',
      },
    ],
    story: {
      title: 'Air mengalir sampai ke dapur warga {desa}',
      before: 'Ibu-ibu antre di sumber air sejak subuh dan anak-anak sering terlambat sekolah.',
      after: 'Setiap rumah di dusun kini punya kran sendiri; kelompok pengguna air menagih iuran dengan tertib.',
      narrative:
        'Warga bergotong royong menggali jalur pipa selama tiga akhir pekan. Pemerintah desa menanggung sebagian pompa, dan sisanya dari dukungan warga perantauan.',
    },
  },
  {
    titles: ['Jamban Sehat Keluarga {desa}', 'Desa {desa} Bebas Buang Air Besar Sembarangan'],
    problem:
      'Banyak keluarga masih buang air besar di sungai dan kebun; kasus diare pada balita tinggi setiap musim hujan.',
    service:
      'Pemicuan sanitasi total berbasis masyarakat, arisan jamban, dan pembangunan jamban sehat bersama tukang lokal.',
    beneficiaries: 'Keluarga tanpa jamban, balita',
    beneficiaryCount: [60, 400],
    sectors: ['water_sanitation', 'health'],
    sdgs: [6, 3],
    needs: [
      { form: 'funds', description: 'Bahan bangunan jamban dan septic tank', millions: [25, 120] },
      { form: 'goods', description: 'Semen', quantity: [50, 300], unit: 'sak' },
      { form: 'goods', description: 'Kloset leher angsa', quantity: [20, 120], unit: 'unit' },
      volunteers('Tukang dan pekerja sukarela', [16, 60]),
      {
        form: 'knowledge',
        description: 'Pelatihan sanitasi',
        text: 'Pelatihan fasilitator pemicuan STBM dari puskesmas',
      },
    ],
    story: {
      title: 'Arisan jamban mengubah kebiasaan {desa}',
      before: 'Lebih dari separuh keluarga belum memiliki jamban.',
      after: 'Desa dinyatakan bebas buang air besar sembarangan dan kasus diare balita turun.',
      narrative:
        'Kelompok arisan jamban menabung setiap minggu; setiap bulan satu keluarga mendapat giliran dibangunkan jamban oleh tukang desa.',
    },
  },
  {
    titles: ['Bank Sampah {desa}', 'Pengelolaan Sampah Berbasis Warga {desa}'],
    problem: 'Sampah rumah tangga dibakar atau dibuang ke saluran air, menyebabkan banjir kecil setiap hujan deras.',
    service: 'Bank sampah dengan tabungan warga, pemilahan di rumah, dan pengolahan sampah organik menjadi kompos.',
    beneficiaries: 'Rumah tangga, kelompok perempuan, pemulung',
    beneficiaryCount: [100, 600],
    sectors: ['circular_economy', 'green_economy'],
    sdgs: [12, 11],
    needs: [
      { form: 'funds', description: 'Modal awal bank sampah dan timbangan', millions: [10, 40] },
      { form: 'goods', description: 'Tempat sampah terpilah', quantity: [50, 300], unit: 'unit' },
      { form: 'goods', description: 'Gerobak sampah', quantity: [2, 6], unit: 'unit' },
      { form: 'knowledge', description: 'Pengolahan kompos', text: 'Pendampingan teknik komposter dan maggot' },
      {
        form: 'cooperation',
        description: 'Pembeli sampah terpilah',
        text: 'Kerja sama dengan pengepul dan industri daur ulang',
      },
    ],
    story: {
      title: 'Tabungan sampah membayar iuran sekolah anak di {desa}',
      before: 'Saluran air tersumbat dan warga membakar sampah setiap sore.',
      after: 'Ratusan nasabah menabung sampah setiap minggu dan saluran air kembali lancar.',
      narrative:
        'Ibu-ibu PKK menjadi pengurus bank sampah. Hasil penjualan plastik dan kardus dicatat di buku tabungan dan dicairkan menjelang tahun ajaran baru.',
    },
  },
  {
    titles: ['Pinjaman Bergulir untuk Usaha Mikro Perempuan {desa}', 'Tabungan dan Modal Usaha KSM {desa}'],
    problem: 'Perempuan pelaku usaha mikro terjerat rentenir karena tidak punya akses ke pinjaman bank.',
    service:
      'Kelompok swadaya masyarakat dengan tabungan rutin, pinjaman bergulir tanggung renteng, dan pendampingan pembukuan.',
    beneficiaries: 'Perempuan pelaku usaha mikro, rumah tangga miskin',
    beneficiaryCount: [30, 200],
    sectors: ['economy_msme'],
    sdgs: [1, 5, 8],
    needs: [
      { form: 'funds', description: 'Modal awal pinjaman bergulir', millions: [30, 200] },
      volunteers('Pendamping pembukuan kelompok', [10, 48]),
      { form: 'knowledge', description: 'Pelatihan pemasaran', text: 'Pelatihan pengemasan dan pemasaran daring' },
      {
        form: 'cooperation',
        description: 'Akses pasar',
        text: 'Kemitraan dengan koperasi dan toko oleh-oleh setempat',
      },
    ],
    story: {
      title: 'Keripik tempe {desa} masuk toko oleh-oleh',
      before: 'Anggota kelompok meminjam dari rentenir dengan bunga mingguan.',
      after: 'Kelompok memiliki tabungan bersama dan angsuran pinjaman lancar.',
      narrative:
        'Berawal dari lima anggota dengan tabungan kecil, kelompok kini memproduksi keripik tempe dan keripik pisang setiap hari.',
    },
  },
  {
    titles: ['Posyandu Ceria Cegah Stunting {desa}', 'Gizi Seimbang untuk Balita {desa}'],
    problem: 'Angka balita pendek (stunting) di desa tinggi; kader posyandu kekurangan alat ukur dan pelatihan.',
    service: 'Penguatan kader posyandu, pemberian makanan tambahan berbahan pangan lokal, dan kelas ibu hamil bulanan.',
    beneficiaries: 'Balita, ibu hamil dan menyusui',
    beneficiaryCount: [50, 350],
    sectors: ['health', 'sustainable_food_systems'],
    sdgs: [2, 3],
    needs: [
      { form: 'funds', description: 'Makanan tambahan bergizi selama enam bulan', millions: [15, 60] },
      { form: 'goods', description: 'Alat ukur tinggi badan dan timbangan digital', quantity: [2, 8], unit: 'set' },
      volunteers('Tenaga kesehatan pendamping kelas ibu', [6, 24]),
      { form: 'knowledge', description: 'Pelatihan kader', text: 'Pelatihan kader tentang pemantauan tumbuh kembang' },
      {
        form: 'policy',
        description: 'Anggaran desa untuk gizi',
        text: 'Alokasi Dana Desa untuk pemberian makanan tambahan',
      },
    ],
    story: {
      title: 'Kader posyandu {desa} menjemput balita',
      before: 'Banyak balita tidak datang ke posyandu dan tumbuh kembangnya tidak terpantau.',
      after: 'Hampir semua balita ditimbang setiap bulan dan jumlah balita pendek berkurang.',
      narrative:
        'Kader mendatangi rumah balita yang tidak hadir dan memasak bersama ibu-ibu menu bergizi dari hasil kebun sendiri.',
    },
  },
  {
    titles: ['Rumah Belajar Anak {desa}', 'Taman Baca dan Literasi Anak {desa}'],
    problem: 'Anak-anak di dusun terpencil tertinggal membaca dan tidak punya tempat belajar setelah sekolah.',
    service: 'Rumah belajar sore dengan relawan pengajar, taman baca, dan kelas komputer sederhana.',
    beneficiaries: 'Anak usia sekolah dasar dan menengah',
    beneficiaryCount: [40, 250],
    sectors: ['education', 'youth_engagement'],
    sdgs: [4, 10],
    needs: [
      { form: 'goods', description: 'Buku bacaan anak', quantity: [200, 1500], unit: 'eksemplar' },
      { form: 'goods', description: 'Laptop bekas layak pakai', quantity: [3, 12], unit: 'unit' },
      volunteers('Relawan pengajar', [20, 80]),
      { form: 'funds', description: 'Sewa dan perbaikan ruang belajar', millions: [8, 35] },
      { form: 'other', description: 'Tempat belajar', text: 'Pinjaman balai dusun untuk kegiatan sore' },
    ],
    story: {
      title: 'Anak-anak {desa} kini gemar membaca',
      before: 'Banyak anak kelas empat belum lancar membaca.',
      after: 'Anak-anak datang ke rumah belajar setiap sore dan nilai membaca naik.',
      narrative: 'Mahasiswa dan pemuda desa bergiliran mengajar; buku-buku datang dari sumbangan warga kota.',
    },
  },
  {
    titles: ['Pertanian Organik dan Pangan Lokal {desa}', 'Kebun Pangan Keluarga {desa}'],
    problem: 'Petani bergantung pada pupuk kimia yang mahal dan tanah makin keras; hasil panen terus turun.',
    service: 'Sekolah lapang pertanian organik, pembuatan pupuk kompos, dan pasar tani mingguan.',
    beneficiaries: 'Petani kecil dan kelompok wanita tani',
    beneficiaryCount: [25, 300],
    sectors: ['sustainable_food_systems', 'green_economy'],
    sdgs: [2, 12, 15],
    needs: [
      { form: 'funds', description: 'Benih dan rumah kompos', millions: [15, 80] },
      { form: 'goods', description: 'Mesin pencacah kompos', quantity: [1, 3], unit: 'unit' },
      { form: 'knowledge', description: 'Sekolah lapang', text: 'Pendampingan penyuluh dan akademisi pertanian' },
      {
        form: 'cooperation',
        description: 'Pemasaran hasil panen',
        text: 'Kerja sama dengan pasar modern dan katering sekolah',
      },
      volunteers('Penyuluh pertanian sukarela', [8, 40]),
    ],
    story: {
      title: 'Petani {desa} kembali ke pupuk kompos',
      before: 'Biaya pupuk kimia menghabiskan sebagian besar keuntungan panen.',
      after: 'Kelompok tani membuat kompos sendiri dan menjual sayur organik di pasar tani.',
      narrative: 'Sekolah lapang berlangsung satu musim tanam; setiap petani mencoba di satu petak lahannya sendiri.',
    },
  },
  {
    titles: ['Layanan Bantuan Hukum Perempuan dan Anak {desa}', 'Pos Pengaduan Kekerasan {desa}'],
    problem: 'Korban kekerasan dalam rumah tangga tidak tahu harus melapor ke mana dan takut diproses hukum sendirian.',
    service: 'Pos pengaduan di desa, paralegal terlatih, dan pendampingan korban ke layanan hukum dan kesehatan.',
    beneficiaries: 'Perempuan dan anak korban kekerasan',
    beneficiaryCount: [20, 150],
    sectors: ['legal_aid'],
    sdgs: [5, 16],
    needs: [
      volunteers('Advokat pendamping pro bono', [10, 60]),
      {
        form: 'knowledge',
        description: 'Pelatihan paralegal',
        text: 'Pelatihan paralegal desa oleh lembaga bantuan hukum',
      },
      {
        form: 'policy',
        description: 'Rujukan layanan',
        text: 'Nota kesepahaman rujukan dengan UPTD PPA dan puskesmas',
      },
      { form: 'funds', description: 'Biaya transport dan visum korban', millions: [10, 45] },
    ],
    story: {
      title: 'Paralegal {desa} mendampingi korban sampai tuntas',
      before: 'Kasus kekerasan diselesaikan diam-diam dan korban tidak mendapat perlindungan.',
      after: 'Warga tahu ke mana melapor dan korban didampingi sampai mendapat layanan.',
      narrative: 'Paralegal desa dilatih selama tiga bulan dan kini bergiliran menjaga pos pengaduan di balai desa.',
    },
  },
  {
    titles: ['Desa Tangguh Bencana {desa}', 'Kesiapsiagaan Banjir dan Longsor {desa}'],
    problem:
      'Banjir dan longsor datang hampir setiap tahun, dan warga tidak punya jalur evakuasi maupun peringatan dini.',
    service: 'Peta risiko bersama warga, tim siaga bencana desa, jalur evakuasi, dan sistem peringatan dini sederhana.',
    beneficiaries: 'Warga di kawasan rawan bencana, lansia dan penyandang disabilitas',
    beneficiaryCount: [200, 1500],
    sectors: ['disaster'],
    sdgs: [11, 13],
    needs: [
      { form: 'goods', description: 'Perahu karet dan pelampung', quantity: [1, 4], unit: 'set' },
      { form: 'goods', description: 'Sirene dan pengeras suara', quantity: [2, 6], unit: 'unit' },
      { form: 'funds', description: 'Rambu dan jalur evakuasi', millions: [20, 90] },
      volunteers('Pelatih simulasi evakuasi', [6, 24]),
      {
        form: 'policy',
        description: 'Rencana kontinjensi',
        text: 'Rencana kontinjensi desa disahkan bersama BPBD',
      },
    ],
    story: {
      title: 'Sirene berbunyi, warga {desa} selamat',
      before: 'Saat banjir datang malam hari warga panik dan tidak tahu ke mana mengungsi.',
      after: 'Tim siaga membunyikan sirene lebih awal dan semua warga mengungsi lewat jalur yang sudah dilatih.',
      narrative: 'Simulasi evakuasi dilakukan dua kali setahun bersama sekolah dan puskesmas pembantu.',
    },
  },
  {
    titles: ['Listrik Tenaga Surya untuk Dusun {desa}', 'Energi Surya Komunal {desa}'],
    problem: 'Dusun di ujung desa belum terjangkau jaringan listrik; anak belajar dengan lampu minyak.',
    service: 'Pembangkit listrik tenaga surya komunal dikelola warga dengan iuran perawatan.',
    beneficiaries: 'Rumah tangga dusun tanpa listrik',
    beneficiaryCount: [40, 250],
    sectors: ['renewable_energy'],
    sdgs: [7, 13],
    needs: [
      { form: 'funds', description: 'Panel surya, baterai, dan inverter', millions: [80, 300] },
      { form: 'goods', description: 'Lampu LED hemat energi', quantity: [50, 300], unit: 'buah' },
      volunteers('Teknisi pemasangan', [16, 60]),
      { form: 'knowledge', description: 'Perawatan panel', text: 'Pelatihan teknisi desa untuk perawatan instalasi' },
    ],
    story: {
      title: 'Malam di dusun {desa} kini terang',
      before: 'Rumah-rumah gelap setelah magrib dan warga membeli minyak tanah setiap minggu.',
      after: 'Setiap rumah punya penerangan dan warung bisa buka sampai malam.',
      narrative: 'Pemuda dusun dilatih merawat panel surya dan mencatat iuran perawatan setiap bulan.',
    },
  },
  {
    titles: ['Rehabilitasi Mangrove Pesisir {desa}', 'Konservasi Hutan Desa {desa}'],
    problem: 'Abrasi menggerus tambak dan permukiman pesisir setelah mangrove ditebang.',
    service: 'Pembibitan dan penanaman mangrove oleh kelompok nelayan, dengan ekowisata kecil untuk perawatannya.',
    beneficiaries: 'Nelayan dan petambak pesisir',
    beneficiaryCount: [50, 500],
    sectors: ['biodiversity_conservation', 'green_economy'],
    sdgs: [14, 15, 13],
    needs: [
      { form: 'goods', description: 'Bibit mangrove', quantity: [2000, 20000], unit: 'batang' },
      volunteers('Relawan penanaman', [4, 16]),
      { form: 'funds', description: 'Pembibitan dan jalur pantau', millions: [20, 100] },
      {
        form: 'cooperation',
        description: 'Perawatan bersama',
        text: 'Aliansi kelompok nelayan, sekolah, dan dinas kelautan',
      },
    ],
    story: {
      title: 'Sabuk hijau melindungi tambak {desa}',
      before: 'Setiap musim angin barat ombak merusak tanggul tambak.',
      after: 'Mangrove muda menahan ombak dan kepiting kembali banyak.',
      narrative: 'Kelompok nelayan menanam saat air surut dan memantau bibit setiap bulan bersama pelajar.',
    },
  },
  {
    titles: ['Pemuda Digital untuk UMKM {desa}', 'Pemasaran Daring Produk Lokal {desa}'],
    problem: 'Produk UMKM desa hanya dijual di pasar setempat; pelaku usaha tidak akrab dengan pemasaran daring.',
    service: 'Pemuda desa dilatih menjadi pendamping digital UMKM: foto produk, toko daring, dan pembukuan sederhana.',
    beneficiaries: 'Pelaku UMKM, pemuda desa',
    beneficiaryCount: [20, 150],
    sectors: ['youth_engagement', 'economy_msme'],
    sdgs: [8, 4],
    needs: [
      { form: 'goods', description: 'Telepon pintar untuk foto produk', quantity: [3, 10], unit: 'unit' },
      { form: 'knowledge', description: 'Pelatihan pemasaran digital', text: 'Kelas pemasaran digital dari praktisi' },
      volunteers('Mentor bisnis', [6, 30]),
      { form: 'funds', description: 'Kuota internet dan biaya pelatihan', millions: [8, 30] },
      { form: 'other', description: 'Promosi', text: 'Liputan dan promosi oleh radio dan media lokal' },
    ],
    story: {
      title: 'Produk {desa} laku sampai luar pulau',
      before: 'Penjualan hanya di pasar mingguan dan sering tidak habis.',
      after: 'UMKM menerima pesanan daring setiap minggu dengan pendampingan pemuda desa.',
      narrative: 'Pemuda desa memotret produk, membuka toko daring, dan mengajari pelaku usaha mencatat pesanan.',
    },
  },
]

export const storyTitleSuffixes = ['', ' (bagian kedua)', ': setahun kemudian']

/** Why an initiative was stopped, as secretariats write it. */
export const cancelReasons = [
  'Lokasi tergusur proyek jalan',
  'Pengurus OMS berganti dan tidak melanjutkan',
  'Digabung dengan program pemerintah desa yang serupa',
  'Dukungan tidak tercapai',
]
