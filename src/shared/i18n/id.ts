/** Messages every side of the app can show: validation and error texts. UI texts live in the renderer. */
export const id = {
  validation: {
    tooLong: 'Isian terlalu panjang.',
    invalid: 'Isian tidak valid.',
    hubName: { required: 'Nama organisasi hub wajib diisi.' },
    contactName: { required: 'Nama kontak sekretariat wajib diisi.' },
    contact: { phoneOrEmail: 'Isi setidaknya nomor telepon atau e-mail sekretariat.' },
    phone: { invalid: 'Nomor telepon tidak dikenali. Contoh: 0812 3456 7890 atau +62 812 3456 7890.' },
    email: { invalid: 'Alamat e-mail tidak valid. Contoh: sekretariat@contoh.or.id.' },
    province: {
      required: 'Pilih provinsi hub.',
      unknown: 'Kode provinsi "{{code}}" tidak ada dalam data wilayah Kemendagri.',
      format: 'Kode provinsi terdiri atas dua angka, misalnya 35.',
    },
    regency: {
      unknown: 'Kode kabupaten/kota "{{code}}" tidak ada dalam data wilayah Kemendagri.',
      format: 'Kode kabupaten/kota berbentuk 35.19 (kode provinsi, titik, dua angka).',
    },
    district: {
      unknown: 'Kode kecamatan "{{code}}" tidak ada dalam data wilayah Kemendagri.',
      format: 'Kode kecamatan berbentuk 35.19.01 (kode kabupaten/kota, titik, dua angka).',
    },
    role: { required: 'Pilih peran: hub provinsi atau instans nasional.' },
    language: { invalid: 'Bahasa tidak didukung. Pilih Bahasa Indonesia atau English.' },
    village: { format: 'Kode desa/kelurahan berbentuk 35.19.01.2001 (kode kecamatan, titik, empat angka).' },
    date: {
      invalid: 'Tanggal tidak valid. Gunakan format tahun-bulan-tanggal, misalnya 2026-01-31.',
      future: 'Tanggal tidak boleh di masa depan.',
    },
    website: { invalid: 'Alamat situs web tidak valid. Contoh: www.contoh.or.id.' },
    organisation: {
      name: 'Nama OMS wajib diisi (minimal 2 huruf).',
      legalForm: 'Pilih bentuk badan hukum dari daftar.',
      foundedYear: 'Tahun berdiri harus berupa tahun antara 1900 dan tahun ini.',
      regency: 'Pilih kabupaten/kota OMS.',
      regencyOutsideProvince: 'Kabupaten/kota "{{name}}" tidak berada di provinsi hub ini ({{province}}).',
      regencyUnknown: 'Kabupaten/kota "{{value}}" tidak dikenal di provinsi {{province}}.',
      regencyAmbiguous: '"{{value}}" bisa berarti {{options}}. Pilih salah satu.',
      districtOutsideRegency: 'Kecamatan ini tidak berada di kabupaten/kota yang dipilih.',
      villageOutsideDistrict: 'Desa/kelurahan ini tidak berada di kecamatan yang dipilih.',
      type: 'Jenis organisasi "{{value}}" tidak ada dalam daftar.',
      sectors: 'Sektor "{{value}}" tidak ada dalam daftar.',
      sdgs: 'Pilih SDG dengan nomor 1 sampai 17.',
      count: 'Jumlah harus bilangan bulat, nol atau lebih.',
      status: 'Pilih status keanggotaan: calon, aktif, nonaktif, atau keluar.',
      statusTransition:
        'Status tidak dapat diubah dari "$t(member.status.{{from}})" menjadi "$t(member.status.{{to}})".',
      statusBeforeCurrent: 'Tanggal perubahan status tidak boleh sebelum {{date}} (tanggal status saat ini).',
      notFound: 'OMS tidak ditemukan; mungkin sudah digabungkan atau dihapus.',
      merged: 'OMS ini sudah digabungkan ke OMS lain dan tidak dapat diubah lagi.',
    },
    assessment: {
      score: 'Nilai tiap aspek kapasitas harus 1 sampai 5.',
      aspects: 'Isi nilai untuk keenam aspek kapasitas.',
    },
    person: {
      name: 'Nama orang wajib diisi (minimal 2 huruf).',
      gender: 'Pilih jenis kelamin.',
      birthYear: 'Tahun lahir harus berupa tahun yang masuk akal (usia 10 sampai 100 tahun).',
      role: 'Pilih peran: ketua/pimpinan, manajer, staf, pelatih, atau relawan.',
      organisation: 'Pilih OMS tempat orang ini berkegiatan.',
      consentDate: 'Isi tanggal persetujuan.',
      notFound: 'Data orang tidak ditemukan; mungkin sudah digabungkan atau dihapus.',
      merged: 'Data orang ini sudah digabungkan ke data lain dan tidak dapat diubah lagi.',
    },
    merge: {
      same: 'Pilih dua data yang berbeda untuk digabungkan.',
      field: 'Kolom "{{field}}" tidak dapat dipilih saat menggabungkan.',
      nothingToUndo: 'Tidak ada penggabungan yang dapat dibatalkan.',
    },
  },
  /** Labels of member codes, shared by the UI, messages and spreadsheet export. */
  member: {
    status: { candidate: 'calon', active: 'aktif', inactive: 'nonaktif', left: 'keluar' },
    gender: { female: 'perempuan', male: 'laki-laki' },
    role: { leader: 'ketua/pimpinan', manager: 'manajer', staff: 'staf', trainer: 'pelatih', volunteer: 'relawan' },
    legalForm: {
      foundation: 'yayasan',
      association: 'perkumpulan berbadan hukum',
      registered_ormas: 'ormas terdaftar (SKT)',
      other: 'lainnya',
    },
  },
  keyProtection: {
    osKeyring: 'dienkripsi dengan penyimpanan kunci sistem operasi',
    userFile: 'berkas yang hanya dapat dibaca oleh pengguna ini',
    userFileNoKeyring:
      'berkas yang hanya dapat dibaca oleh pengguna ini; tidak dienkripsi karena penyimpanan kunci sistem operasi tidak tersedia',
  },
  errors: {
    validation: 'Ada isian yang perlu diperbaiki.',
    unknownChannel: 'Permintaan "{{channel}}" tidak dikenal oleh aplikasi.',
    forbidden: 'Permintaan ditolak: asalnya bukan dari aplikasi Lokadaya Hub.',
    seedNeedsOrganisations: 'Tidak ada OMS untuk orang-orang ini. Tambahkan --orgs atau isi OMS terlebih dahulu.',
    internal: 'Terjadi kesalahan tak terduga. Data Anda tidak diubah. Coba lagi; bila berulang, hubungi tim nasional.',
    notSetUp: 'Hub ini belum disiapkan. Selesaikan penyiapan awal terlebih dahulu.',
    alreadySetUp: 'Hub ini sudah disiapkan sebagai "{{name}}". Identitas hub tidak dapat dibuat ulang.',
    dbNewer:
      'Basis data ini dibuat oleh Lokadaya Hub versi yang lebih baru. Perbarui aplikasi sebelum membukanya; data tidak diubah.',
    migrationFailed: 'Pembaruan struktur basis data gagal ({{detail}}). Berkas basis data tidak diubah.',
    keyMissing:
      'Kunci tanda tangan hub tidak ditemukan di {{location}}. Pulihkan berkas kunci dari cadangan sebelum melanjutkan.',
  },
}

/** The catalog's shape, with every leaf a string: the English catalog must match it key for key. */
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> }
export type SharedMessages = Catalog<typeof id>
