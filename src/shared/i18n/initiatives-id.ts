/** Inisiatif layanan lokal: why an initiative, need or issue cluster is refused (Bahasa Indonesia). */
export const initiativesId = {
  statusName: {
    draft: 'Draf',
    published: 'Terbit',
    running: 'Berjalan',
    completed: 'Selesai',
    cancelled: 'Dibatalkan',
  },
  initiative: {
    notFound: 'Inisiatif tidak ditemukan; mungkin sudah dihapus.',
    hasPledges:
      'Inisiatif ini tidak dapat dihapus: masih ada {{count, number}} janji dukungan untuknya. Batalkan atau hapus janji-janji itu terlebih dahulu.',
  },
  status: {
    transition:
      'Status tidak dapat diubah dari "$t(initiatives.statusName.{{from}})" menjadi "$t(initiatives.statusName.{{to}})".',
    beforeCurrent: 'Tanggal perubahan status tidak boleh sebelum {{date, day}}, tanggal status saat ini.',
    stepsMissing:
      'Inisiatif belum dapat diterbitkan: {{count, number}} dari 6 langkah formulasi belum selesai — {{stepsId}}. Selesaikan dan tandai langkah itu terlebih dahulu.',
  },
  need: {
    notFound: 'Kebutuhan ini tidak ditemukan; mungkin sudah dihapus.',
    hasPledges:
      'Kebutuhan ini tidak dapat dihapus: masih ada {{count, number}} janji dukungan untuknya. Pindahkan atau batalkan janji-janji itu terlebih dahulu.',
  },
  cluster: {
    notFound: 'Isu payung tidak ditemukan; mungkin sudah dihapus.',
    nationalOnly:
      'Isu payung hanya dapat dibuat, diubah, dan dihapus oleh tim nasional. Hub provinsi menerimanya lewat paket sinkronisasi dari nasional.',
  },
}

export const initiativesValidationId = {
  lead: 'Pilih OMS pelaksana inisiatif ini.',
  leadNotFound: 'OMS pelaksana tidak ditemukan; mungkin sudah dihapus. Pilih OMS lain dari direktori.',
  leadMerged: 'OMS pelaksana ini sudah digabungkan ke OMS lain. Pilih OMS hasil penggabungannya.',
  partner: 'Pilih OMS mitra dari direktori.',
  partnerCount: 'Paling banyak 20 OMS mitra per inisiatif.',
  partnerNotFound: 'Salah satu OMS mitra tidak ditemukan; mungkin sudah dihapus. Hapus dari daftar mitra.',
  partnerMerged: 'Salah satu OMS mitra sudah digabungkan ke OMS lain. Pilih OMS hasil penggabungannya.',
  partnerIsLead: 'OMS pelaksana tidak perlu dicantumkan lagi sebagai mitra.',
  title: 'Judul inisiatif wajib diisi.',
  beneficiaryCount: 'Jumlah penerima manfaat harus bilangan bulat, 0 atau lebih.',
  regency: 'Pilih kabupaten/kota tempat inisiatif dilaksanakan.',
  sectors: 'Pilih sektor dari daftar, paling banyak 20.',
  sectorUnknown: 'Sektor "{{value}}" tidak ada dalam daftar.',
  sdgs: 'Pilih SDG dengan nomor 1 sampai 17.',
  cluster: 'Pilih isu payung dari daftar.',
  clusterUnknown: 'Isu payung yang dipilih tidak ada atau sudah dihapus oleh tim nasional. Pilih dari daftar terkini.',
  date: 'Tanggal tidak valid. Gunakan format tahun-bulan-tanggal, misalnya 2026-01-31.',
  endBeforeStart: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
  status: 'Pilih status: draf, terbit, berjalan, selesai, atau dibatalkan.',
  step: 'Langkah formulasi bernomor 1 sampai 6.',
  need: {
    form: 'Pilih bentuk dukungan: dana, barang/fasilitas, waktu & keahlian, pengetahuan, kebijakan/advokasi, kerja sama, atau lainnya.',
    description: 'Jelaskan kebutuhan ini.',
    rupiahRequired: 'Kebutuhan dana perlu target dalam rupiah.',
    rupiahWhole: 'Target rupiah harus bilangan bulat tanpa sen, misalnya 1.250.000.',
    rupiahPositive: 'Target rupiah harus lebih dari 0.',
    quantity: 'Jumlah barang harus bilangan bulat lebih dari 0.',
    quantityRequired: 'Kebutuhan barang/fasilitas perlu target jumlah.',
    unitRequired: 'Sebutkan satuannya, misalnya unit, sak, atau paket.',
    people: 'Jumlah orang harus bilangan bulat lebih dari 0.',
    peopleRequired: 'Kebutuhan waktu & keahlian perlu jumlah orang.',
    hours: 'Jumlah jam harus bilangan bulat lebih dari 0.',
    hoursRequired: 'Kebutuhan waktu & keahlian perlu jumlah jam per orang.',
    textRequired: 'Jelaskan target kebutuhan ini dengan kata-kata, misalnya dukungan apa dari siapa.',
  },
  clusterName: 'Nama isu payung wajib diisi.',
  guideTitle: 'Setiap langkah perlu judul dalam Bahasa Indonesia dan bahasa Inggris.',
  guideCount: 'Panduan formulasi terdiri atas tepat 6 langkah.',
}
