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
