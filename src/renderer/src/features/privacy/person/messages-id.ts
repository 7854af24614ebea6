/** A person's privacy panel: consent per purpose, restriction and erasure (UU PDP 27/2022), in Bahasa Indonesia. */
export const personPrivacyId = {
  title: 'Privasi',
  lead: 'Pelindungan data pribadi (UU PDP No. 27 Tahun 2022): orang ini memberi atau menarik persetujuan untuk tiap tujuan secara terpisah. Tanpa persetujuan, datanya tetap tersimpan di hub tetapi tidak dipakai untuk tujuan itu.',
  loading: 'Memuat data privasi…',
  purposes: {
    title: 'Persetujuan per tujuan',
    caption: 'Tujuan pemakaian data dan persetujuan yang berlaku sekarang',
    purpose: 'Tujuan',
    meaning: 'Artinya',
    state: 'Persetujuan',
  },
  purpose: {
    directory: 'Direktori hub',
    contact: 'Dihubungi jaringan',
    national: 'Dibagikan ke tim nasional',
    publication: 'Publikasi',
  },
  meaning: {
    directory:
      'Nama, peran dan OMS-nya tampil di direktori hub, di ekspor direktori, dan di dokumen cetak seperti sertifikat.',
    contact: 'Boleh dihubungi oleh jaringan: telepon dan e-mailnya boleh keluar dari hub.',
    national: 'Dibagikan ke tim nasional: nama dan rinciannya ikut dalam paket sinkronisasi.',
    publication: 'Boleh disebut namanya atau ditampilkan fotonya di cerita dan laporan yang diterbitkan.',
  },
  state: {
    given: 'Setuju sejak {{date, day}}',
    givenGuardian: 'Setuju sejak {{date, day}}, oleh orang tua/wali {{guardian}}',
    givenEarlier: 'Setuju (dicatat lewat isian data orang, sebelum ada riwayat persetujuan)',
    withdrawn: 'Ditarik pada {{date, day}}',
    pending: 'Belum berlaku: dicatat {{date, day}} tanpa orang tua/wali, padahal usianya di bawah 18 tahun',
    none: 'Belum',
  },
  minor:
    'Usia {{age}} tahun menurut tahun lahirnya: di bawah 18 tahun, persetujuan diberikan oleh orang tua atau wali.',
  record: {
    title: 'Catat persetujuan',
    action: 'Yang dicatat',
    given: 'Persetujuan diberikan',
    withdrawn: 'Persetujuan ditarik',
    purposes: 'Untuk tujuan',
    purposesHint: 'Pilih satu atau beberapa tujuan; satu catatan dibuat untuk tiap tujuan.',
    recordedOn: { given: 'Tanggal persetujuan diberikan', withdrawn: 'Tanggal persetujuan ditarik' },
    method: 'Cara',
    methods: { paper: 'Formulir kertas', verbal: 'Lisan', electronic: 'Elektronik' },
    recordedBy: 'Dicatat oleh',
    recordedByHint: 'Nama petugas hub yang menerima persetujuan ini.',
    guardianName: 'Nama orang tua/wali (wajib)',
    guardianOptional: 'Nama orang tua/wali (bila ada)',
    guardianHint: 'Orang ini berusia di bawah 18 tahun: persetujuan diberikan oleh orang tua atau wali.',
    withdrawHint:
      'Penarikan diterima dari orang itu sendiri maupun dari orang tua/walinya, untuk tujuan yang persetujuannya sedang berlaku.',
    birthYear: 'Tahun lahir',
    birthYearHint:
      'Belum tercatat. Usia menentukan siapa yang memberi persetujuan: di bawah 18 tahun, orang tua atau wali. Tahun ini ikut disimpan di data orang.',
    birthYearTypedHint:
      'Usia menentukan siapa yang memberi persetujuan: di bawah 18 tahun, orang tua atau wali. Tahun ini ikut disimpan di data orang.',
    proof: 'Pindaian bukti (foto JPEG, PNG atau WebP; tidak wajib)',
    proofHint:
      'Foto atau pindaian formulir yang ditandatangani. Disimpan di hub ini saja; tim nasional hanya menerima catatannya. Berkas PDF belum dapat dilampirkan: foto halamannya.',
    proofChosen: 'Pindaian terlampir.',
    proofUploading: 'Menyimpan pindaian…',
    waitingForProof: 'Menunggu pindaian selesai disimpan; catatan lalu disimpan bersamanya.',
    submit: 'Simpan catatan',
    saved: {
      given: 'Persetujuan untuk {{purposes}} sudah dicatat.',
      withdrawn: 'Penarikan persetujuan untuk {{purposes}} sudah dicatat.',
    },
  },
  history: {
    title: 'Riwayat persetujuan',
    empty: 'Belum ada catatan persetujuan.',
    caption: 'Semua catatan persetujuan orang ini, yang terlama di atas',
    date: 'Tanggal',
    purpose: 'Tujuan',
    action: 'Catatan',
    method: 'Cara',
    recordedBy: 'Dicatat oleh',
    given: 'diberikan',
    withdrawn: 'ditarik',
    guardian: 'oleh orang tua/wali {{name}}',
    proof: 'ada pindaian',
  },
  restriction: {
    title: 'Pembatasan pemrosesan',
    explain:
      'Bila orang ini keberatan atau meminta pemrosesan datanya dihentikan sementara (misalnya selama datanya diperiksa), batasi pemrosesannya. Datanya tetap tersimpan di hub, tetapi tidak masuk ekspor, sertifikat dan laporan, tidak dihitung dalam indikator, dan nama serta kontaknya tidak dikirim ke tim nasional, sampai pembatasan dicabut.',
    off: 'Tidak dibatasi.',
    on: 'Dibatasi sejak {{date, day}}.',
    restrict: 'Batasi pemrosesan',
    lift: 'Cabut pembatasan',
    restricted: 'Pemrosesan data orang ini sekarang dibatasi.',
    lifted: 'Pembatasan dicabut; data orang ini dipakai lagi sesuai persetujuannya.',
    askTitle: 'Batasi pemrosesan data {{name}}?',
    askLeftOut:
      'Datanya tidak masuk ekspor, sertifikat, laporan dan indikator, dan nama serta kontaknya tidak dikirim ke tim nasional.',
    askShown: 'Di halaman orang ini dan di sini tampil tanda "Dibatasi" sampai pembatasan dicabut.',
    askRequest:
      'Bila pembatasan ini atas permintaan orang itu, catat permintaannya di Privasi → Permintaan data pribadi, dengan alasannya.',
    confirm: 'Batasi',
    cancel: 'Batal',
  },
  erasure: {
    title: 'Hapus data pribadi',
    explain:
      'Atas permintaan orang ini (hak atas penghapusan), data yang mengenalinya dihapus untuk selamanya: tidak dapat dipulihkan dan tidak dapat dibatalkan. Yang dihitung dalam indikator tetap ada tanpa identitas.',
    action: 'Hapus data pribadi…',
    dialogTitle: 'Hapus data pribadi {{name}}?',
    dialogLead:
      'Penghapusan ini tidak dapat dibatalkan. Periksa dulu apa yang dihapus dan apa yang tetap ada untuk indikator.',
    removes: 'Yang dihapus',
    field: {
      name: 'Nama',
      birthYear: 'Tahun lahir',
      phone: 'Telepon',
      email: 'E-mail',
      notes: 'Catatan',
    },
    nothingTyped: 'Tidak ada isian pribadi selain yang tercantum.',
    scans: 'Pindaian bukti persetujuan: {{count, number}}',
    certificates: 'Nama di sertifikat: {{count, number}}',
    stories:
      'Nama di cerita perubahan: {{count, number}} cerita. Nama lengkapnya diganti “[nama dihapus]”; baca lagi ceritanya untuk sebutan lain seperti nama panggilan.',
    stories_one:
      'Nama di cerita perubahan: {{count, number}} cerita. Nama lengkapnya diganti “[nama dihapus]”; baca lagi ceritanya untuk sebutan lain seperti nama panggilan.',
    guardians: 'Nama orang tua/wali di catatan persetujuan',
    keeps: 'Yang tetap ada, tanpa identitas',
    gender: 'Jenis kelamin',
    ageBand: 'Kelompok usia',
    ageBands: {
      under16: 'Di bawah 16 tahun',
      young: '16–30 tahun (muda)',
      over30: 'Di atas 30 tahun',
      unknown: 'Tidak diketahui',
    },
    role: 'Peran',
    organisation: 'OMS',
    noOrganisation: 'Tidak ada',
    attendance: 'Kehadiran CoP/ToT',
    attendanceCount: '{{count, number}} kali',
    consentHistory: 'Riwayat persetujuan',
    consentHistoryKept: 'tetap ada, tanpa nama orang tua/wali dan tanpa pindaian',
    travels: 'Penghapusan ini juga dikirim ke tim nasional bersama paket sinkronisasi berikutnya.',
    alsoKept: 'Yang tetap ada, dengan nama',
    requestsKept:
      'Daftar permintaan data pribadi: nama pemohon dan catatan permintaannya tetap ada, sebagai bukti bahwa permintaan sudah dijawab (pertanggungjawaban pengendali data menurut UU PDP).',
    backups:
      'Cadangan yang dibuat sebelum penghapusan ini masih memuat data orang ini sampai tergantikan. Hub menyimpan cadangan {{daily, number}} hari, {{weekly, number}} minggu dan {{monthly, number}} bulan terakhir: cadangan terakhir yang memuatnya baru hilang sekitar {{monthly, number}} bulan lagi.',
    backupsUnknown:
      'Cadangan yang dibuat sebelum penghapusan ini masih memuat data orang ini sampai tergantikan oleh cadangan yang lebih baru.',
    lostFileTitle: 'Lebih dulu:',
    lostFile:
      'sesudah penghapusan, "Berkas hilang" (Privasi → Berkas hilang) tidak dapat lagi menyebut nama orang ini. Bila ada paket atau cadangan yang hilang dan mungkin perlu pemberitahuan kegagalan pelindungan data (Pasal 46), beri tahu orang ini dulu, baru hapus datanya.',
    confirm: 'Hapus untuk selamanya',
    cancel: 'Batal',
    done: 'Data pribadi orang ini sudah dihapus.',
    erasedOn: 'Dihapus pada {{when}}.',
    erasedRest:
      'Yang tersisa hanya untuk indikator dan tidak dapat diubah: persetujuan, pembatasan dan data orang ini tidak dicatat lagi.',
  },
  badge: {
    restricted: 'Dibatasi',
    since: ': pemrosesan data orang ini dibatasi sejak {{date, day}}',
  },
  access: {
    title: 'Akses & portabilitas',
    explain:
      'Salinan semua data yang disimpan hub tentang orang ini dan ke mana data itu dikirim, untuk diserahkan kepadanya bila ia meminta: PDF untuk dibaca (hak akses, Pasal 7; kewajiban pengendali, Pasal 32), JSON atau CSV untuk dibawa ke tempat lain (portabilitas, Pasal 13).',
    language: 'Bahasa salinan PDF',
    pdf: 'Unduh PDF',
    json: 'Unduh JSON',
    csv: 'Unduh CSV',
    saving: 'Menyimpan…',
    saved: 'Data orang ini disimpan sebagai {{file}} ({{size, number}} KB).',
    unreadable: 'Data orang ini tidak dapat disiapkan untuk dicetak: {{message}}',
  },
}
