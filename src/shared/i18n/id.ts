import { backupId } from './backup-id'
import { restoreId } from './restore-id'
import { privacyId } from './privacy-id'
import { copValidationId } from './cop-id'
import { reportsValidationId } from './reports-id'
import { reportsWorkbookId } from './reports-workbook-id'
import { printingId } from './printing-id'
import { pledgesValidationId } from './pledges-id'
import { initiativesId, initiativesValidationId } from './initiatives-id'
import { syncId } from './sync-id'
import { attachmentsId, storiesId } from './stories-id'
/** Messages every side of the app can show: validation and error texts. UI texts live in the renderer. */
export const id = {
  validation: {
    initiatives: initiativesValidationId,
    pledges: pledgesValidationId,
    cop: copValidationId,
    reports: reportsValidationId,
    tooLong: 'Isian terlalu panjang.',
    invalid: 'Isian tidak valid.',
    unknownKey: 'Isian "{{key}}" tidak dikenal dan tidak diterima di sini.',
    text: {
      control:
        'Isian ini berisi karakter kontrol tak terlihat ({{char}}). Hapus karakter itu, misalnya dengan mengetik ulang isiannya.',
      lineBreak: 'Isian ini hanya satu baris: hapus baris baru atau tab ({{char}}).',
    },
    hubName: { required: 'Nama organisasi hub wajib diisi.' },
    contactName: { required: 'Nama kontak sekretariat wajib diisi.' },
    contact: { phoneOrEmail: 'Isi setidaknya nomor telepon atau e-mail sekretariat.' },
    phone: { invalid: 'Nomor telepon tidak dikenali. Contoh: 0812 3456 7890 atau +62 812 3456 7890.' },
    email: { invalid: 'Alamat e-mail tidak valid. Contoh: sekretariat@contoh.or.id.' },
    province: {
      required: 'Pilih provinsi hub.',
      unknown: 'Kode provinsi "{{code}}" tidak ada dalam data wilayah Kemendagri.',
      format: 'Kode provinsi terdiri atas dua angka, misalnya 35.',
      fixed:
        'Provinsi hub tidak dapat diubah: hub ini ditetapkan untuk {{province}} saat penyiapan, dan semua datanya tercatat atas provinsi itu. Bila provinsinya salah, siapkan instalasi baru untuk provinsi yang benar.',
      national: 'Instans nasional tidak terikat pada provinsi mana pun; provinsinya tidak dapat diisi.',
    },
    regency: {
      unknown: 'Kode kabupaten/kota "{{code}}" tidak ada dalam data wilayah Kemendagri.',
      format: 'Kode kabupaten/kota berbentuk 35.19 (kode provinsi, titik, dua angka).',
    },
    district: {
      unknown: 'Kode kecamatan "{{code}}" tidak ada dalam data wilayah Kemendagri.',
      format: 'Kode kecamatan berbentuk 35.19.01 (kode kabupaten/kota, titik, dua angka).',
      outsideRegency: 'Kecamatan ini tidak berada di kabupaten/kota yang dipilih.',
    },
    role: { required: 'Pilih peran: hub provinsi atau instans nasional.' },
    language: { invalid: 'Bahasa tidak didukung. Pilih Bahasa Indonesia atau English.' },
    directoryView: {
      density: 'Pilih kerapatan baris: normal atau rapat.',
      column: 'Pilih kolom dari daftar kolom yang tersedia untuk daftar ini, masing-masing sekali.',
    },
    village: {
      format: 'Kode desa/kelurahan berbentuk 35.19.01.2001 (kode kecamatan, titik, empat angka).',
      outsideDistrict: 'Desa/kelurahan ini tidak berada di kecamatan yang dipilih.',
      withoutDistrict: 'Pilih kecamatannya dulu sebelum desa/kelurahan.',
    },
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
      type: 'Jenis organisasi "{{value}}" tidak ada dalam daftar.',
      sectors: 'Sektor "{{value}}" tidak ada dalam daftar.',
      sdgs: 'Pilih SDG dengan nomor 1 sampai 17.',
      count: 'Jumlah harus bilangan bulat dari {{min, number}} sampai {{max, number}}.',
      status: 'Pilih status keanggotaan: calon, aktif, nonaktif, atau keluar.',
      statusTransition:
        'Status tidak dapat diubah dari "$t(member.status.{{from}})" menjadi "$t(member.status.{{to}})".',
      statusBeforeCurrent:
        'Tanggal perubahan status tidak boleh sebelum {{date, day}}, tanggal status saat ini. Bila tanggal itu keliru (misalnya entri pertama tercatat hari ini), perbaiki dulu entri itu di riwayat status.',
      notFound: 'OMS tidak ditemukan; mungkin sudah digabungkan atau dihapus.',
      merged: 'OMS ini sudah digabungkan ke OMS lain dan tidak dapat diubah lagi.',
      hasPeople:
        'OMS ini tidak dapat dihapus: masih ada orang yang tercatat di dalamnya ({{count, number}}). Pindahkan orang-orang itu ke OMS lain atau hapus datanya terlebih dahulu.',
    },
    statusChange: {
      notFound: 'Entri riwayat status ini tidak ditemukan; mungkin sudah dihapus.',
      last: 'Entri ini tidak dapat dihapus: riwayat status harus berisi setidaknya satu entri. Bila isinya salah, perbaiki entri ini.',
      step: 'Riwayat status menjadi tidak runtut: sesudah "$t(member.status.{{from}})" ({{fromDate, day}}) tidak dapat langsung "$t(member.status.{{to}})" ({{toDate, day}}).',
    },
    assessment: {
      score: 'Nilai tiap aspek kapasitas harus 1 sampai 5.',
      missing: 'Beri nilai 1–5 juga untuk aspek yang belum dinilai: {{aspectsId}}.',
      unknown: 'Aspek "{{codes}}" tidak ada dalam daftar aspek kapasitas.',
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
    duplicates: {
      samePair: 'Pilih dua data yang berbeda.',
    },
    affiliation: {
      notFound: 'Riwayat OMS ini tidak ditemukan; mungkin sudah dihapus.',
      ended: 'Afiliasi dengan OMS ini sudah berakhir pada {{date, day}}.',
      startFuture: 'Tanggal mulai tidak boleh sesudah hari ini ({{date, day}}).',
      beforeFounded: 'Tanggal mulai tidak boleh sebelum {{name}} berdiri (tahun {{year}}).',
      beforeLeft:
        'Tanggal mulai tidak boleh sebelum {{date, day}}: afiliasi dengan {{name}} dimulai tanggal itu dan berakhir saat afiliasi baru ini dimulai.',
      beforeStart: 'Tanggal berakhir tidak boleh sebelum {{date, day}} (tanggal mulai).',
      future: 'Tanggal berakhir tidak boleh sesudah hari ini ({{date, day}}).',
    },
    import: {
      tooLarge: 'Berkas lebih besar dari 10 MB, batas satu impor. Pecah daftar menjadi beberapa berkas.',
      tooManyRows:
        'Berkas berisi lebih dari {{max, number}} baris data, batas satu impor. Pecah daftar menjadi beberapa berkas.',
      tooManyCells:
        'Berkas berisi lebih dari {{max, number}} isian (misalnya 50.000 baris × 30 kolom), batas satu impor. Hapus kolom yang tidak dipakai atau pecah daftar menjadi beberapa berkas.',
      tooManyColumns:
        'Sel {{cell}} berada di luar {{max, number}} kolom pertama, batas satu impor. Hapus kolom yang tidak dipakai, lalu simpan ulang.',
      cellTooLong:
        'Isian {{cell}} lebih panjang dari {{max, number}} karakter, batas Excel untuk satu sel. Periksa dan perpendek isian itu.',
      unsafeArchive:
        'Berkas "{{name}}" tidak dibuka: isinya akan membengkak menjadi {{size, number}} MB, jauh lebih besar dari daftar anggota mana pun. Berkas ini mungkin rusak atau sengaja dibuat untuk membebani aplikasi. Simpan ulang daftarnya dari Excel atau LibreOffice Calc sebagai .xlsx.',
      tooManyEntries:
        'Berkas "{{name}}" tidak dibuka: berisi terlalu banyak bagian untuk sebuah daftar anggota. Simpan ulang daftarnya dari Excel atau LibreOffice Calc sebagai .xlsx.',
      tooDemanding:
        'Berkas "{{name}}" terlalu berat untuk dibaca dengan aman (melewati batas memori atau waktu), jadi pembacaannya dihentikan. Tidak ada data yang diubah. Simpan ulang daftarnya dari Excel atau LibreOffice Calc, atau pecah menjadi beberapa berkas.',
      notSpreadsheet:
        'Berkas "{{name}}" bukan CSV atau XLSX. Simpan daftar dari Excel sebagai "Excel Workbook (.xlsx)" atau "CSV", atau dari LibreOffice Calc sebagai "Excel 2007-365 (.xlsx)".',
      openDocument:
        'Berkas "{{name}}" berformat OpenDocument (.ods). Di LibreOffice Calc pilih Berkas → Simpan Sebagai → "Excel 2007-365 (.xlsx)" atau "Teks CSV", lalu pilih berkas baru itu.',
      oldExcel:
        'Berkas "{{name}}" berformat Excel lama (.xls). Buka di Excel, lalu simpan sebagai "Excel Workbook (.xlsx)" atau "CSV".',
      corrupt:
        'Berkas XLSX "{{name}}" rusak atau tidak dapat dibaca. Buka di Excel atau LibreOffice Calc dan simpan ulang.',
      empty: 'Berkas "{{name}}" kosong.',
      fileName: 'Nama berkas berisi karakter kontrol tak terlihat ({{char}}). Ganti nama berkasnya, lalu pilih lagi.',
      noRows: 'Berkas "{{name}}" hanya berisi judul kolom, tanpa baris data.',
      noHeader:
        'Baris pertama berkas tidak berisi judul kolom (ada isian "{{value}}"). Tambahkan satu baris judul, misalnya dari templat.',
      blankHeader: 'Kolom ke-{{column}} tidak punya judul. Beri judul atau hapus kolom itu.',
      duplicateHeader: 'Judul kolom "{{header}}" muncul lebih dari sekali. Setiap kolom perlu judul yang berbeda.',
      expired: 'Sesi impor ini sudah berakhir. Pilih berkasnya lagi.',
      busy: 'Impor ini sedang diproses. Tunggu sampai selesai atau batalkan.',
      cancelled: 'Impor dibatalkan. Tidak ada data yang diubah.',
      unknownField: 'Kolom "{{header}}" dipetakan ke isian yang tidak dikenal.',
      fieldTwice: 'Isian "{{field}}" dipetakan dari dua kolom: "{{first}}" dan "{{second}}".',
      requiredUnmapped: 'Kolom wajib "{{field}}" belum dipetakan ke kolom mana pun.',
      notPreviewed: 'Jalankan uji coba impor dulu sebelum mengimpor.',
      stale: 'Data anggota berubah sejak uji coba terakhir. Jalankan uji coba lagi.',
      hasErrors:
        'Masih ada {{count, number}} baris bergalat. Perbaiki atau lewati baris itu, lalu jalankan uji coba lagi.',
      organisationUnknown: 'OMS "{{value}}" tidak ditemukan di hub ini.',
      organisationAmbiguous: 'Ada beberapa OMS bernama "{{value}}". Pakai kolom ID OMS untuk memilih yang dimaksud.',
      organisationIdUnknown: 'ID OMS "{{value}}" tidak ditemukan di hub ini.',
      organisationMerged: 'OMS dengan ID ini sudah digabungkan ke "{{name}}"; orang ini dicatat di sana.',
      idUnknown: 'ID "{{value}}" tidak ditemukan; baris ini akan dicatat sebagai data baru.',
      consent: 'Isi persetujuan dengan "ya" atau "tidak".',
      statusIgnored: 'Status keanggotaan tidak diubah lewat impor; ubah di halaman OMS.',
      exampleRow: 'Ini baris contoh dari templat (Catatan "CONTOH"); baris ini dilewati.',
      exactDuplicate: 'Sama persis dengan baris {{row}}; baris ini dilewati.',
      sameInFile: 'Nama ini juga ada di baris {{row}} berkas ini.',
      likelyDuplicate: 'Mungkin sama dengan data yang sudah tercatat: {{names}}.',
      contactUnmapped:
        'Untuk mengimpor orang kontak, kolom "{{field}}" perlu dipetakan juga. Atau abaikan kolom kontak untuk mengimpor OMS saja.',
      contactIssue: 'Orang kontak: {{message}}',
      district: 'Kecamatan "{{value}}" tidak ada di daftar kabupaten/kota ini; disimpan sebagai teks.',
      roleUnknown:
        'Peran "{{value}}" tidak dikenali. Tulis salah satu: ketua/pimpinan, manajer, staf, pelatih, atau relawan (jabatan seperti direktur, sekretaris, bendahara, koordinator program, atau fasilitator juga dikenali).',
      roleRead:
        'Jabatan "{{value}}" dicatat sebagai peran "$t(member.role.{{role}})". Bila keliru, ganti dengan peran yang tepat.',
    },
    merge: {
      same: 'Pilih dua data yang berbeda untuk digabungkan.',
      field: 'Kolom "{{field}}" tidak dapat dipilih saat menggabungkan.',
      nothingToUndo: 'Tidak ada penggabungan yang dapat dibatalkan.',
    },
    delete: {
      notLatest: 'Hanya penghapusan terakhir yang dapat diurungkan, dan hanya sekali.',
      changedSince:
        'Penghapusan ini tidak dapat diurungkan lagi karena datanya sudah berubah sesudahnya, misalnya lewat sinkronisasi.',
    },
    restore: {
      notDeleted: '"{{name}}" tidak ada di daftar data terhapus; mungkin sudah dipulihkan.',
      merged: '"{{name}}" sudah digabungkan ke data lain, bukan dihapus, sehingga tidak dapat dipulihkan dari sini.',
      organisationDeleted:
        '"{{name}}" belum dapat dipulihkan: OMS-nya, "{{organisation}}", juga dihapus. Pulihkan OMS itu dulu, lalu pulihkan orang ini.',
    },
  },
  /**
   * Labels of member codes, shared by the UI, messages and spreadsheet export. Capitalised like the
   * reference terms they stand beside (Jenis "Yayasan"): most of the time they stand alone, as a cell,
   * an option or a value; in a sentence they name the value, in quotes or after a colon.
   */
  member: {
    status: { candidate: 'Calon', active: 'Aktif', inactive: 'Nonaktif', left: 'Keluar' },
    gender: { female: 'Perempuan', male: 'Laki-laki' },
    role: { leader: 'Ketua/pimpinan', manager: 'Manajer', staff: 'Staf', trainer: 'Pelatih', volunteer: 'Relawan' },
    legalForm: {
      foundation: 'Yayasan',
      association: 'Perkumpulan berbadan hukum',
      registered_ormas: 'Ormas terdaftar (SKT)',
      other: 'Lainnya',
    },
  },
  keyProtection: {
    osKeyring: 'dienkripsi dengan penyimpanan kunci sistem operasi',
    userFile: 'berkas yang hanya dapat dibaca oleh pengguna ini',
    userFileNoKeyring:
      'berkas yang hanya dapat dibaca oleh pengguna ini; tidak dienkripsi karena penyimpanan kunci sistem operasi tidak tersedia',
  },
  storage: {
    readOnly:
      'Hanya baca: akun pengguna ini tidak boleh mengubah basis data {{path}}. Anda dapat melihat dan mengekspor data, tetapi perubahan tidak akan disimpan. Minta pengelola komputer memberi izin tulis pada berkas itu, lalu buka ulang Lokadaya Hub.',
    keyMissing:
      'Kunci tanda tangan hub tidak ditemukan di {{path}}. Tanpa kunci ini hub tidak dapat mengirim data ke tim nasional. Pulihkan berkas kunci dari cadangan ke lokasi itu, lalu buka ulang Lokadaya Hub; bila tidak ada cadangan, hubungi tim nasional.',
    keyUnreadable:
      'Kunci tanda tangan hub di {{path}} tidak dapat dibaca: berkasnya rusak, atau dienkripsi oleh akun pengguna atau komputer lain. Tanpa kunci ini hub tidak dapat mengirim data ke tim nasional. Pulihkan berkas kunci dari cadangan, lalu buka ulang Lokadaya Hub; bila tidak ada cadangan, hubungi tim nasional.',
    keyForeign:
      'Berkas kunci di {{path}} adalah kunci hub lain, bukan kunci hub ini. Kunci itu tidak dipakai dan tidak ditimpa. Pindahkan berkas itu ke tempat lain dan pulihkan kunci hub ini dari cadangan, lalu buka ulang Lokadaya Hub; bila tidak ada cadangan, hubungi tim nasional.',
  },
  sync: syncId,
  initiatives: initiativesId,
  stories: storiesId,
  attachments: attachmentsId,
  printing: printingId,
  reports: { workbook: reportsWorkbookId },
  backup: backupId,
  restore: restoreId,
  privacy: privacyId,
  errors: {
    validation: 'Ada isian yang perlu diperbaiki.',
    unknownKeys: 'Permintaan berisi isian yang tidak dikenal: {{keys}}. Tidak ada data yang diubah.',
    unknownChannel: 'Permintaan "{{channel}}" tidak dikenal oleh aplikasi.',
    forbidden: 'Permintaan ditolak: asalnya bukan dari aplikasi Lokadaya Hub.',
    seedNeedsOrganisations: 'Tidak ada OMS untuk orang-orang ini. Tambahkan --orgs atau isi OMS terlebih dahulu.',
    seedInitiativesNeedOrganisations:
      'Tidak ada OMS anggota untuk memimpin inisiatif. Tambahkan --orgs atau isi OMS terlebih dahulu.',
    seedPledgesNeedSupporters:
      'Tidak ada pendukung untuk janji dukungan ini. Tambahkan --supporters atau catat pendukung terlebih dahulu.',
    seedPledgesNeedInitiatives:
      'Tidak ada inisiatif terbit untuk didukung. Tambahkan --initiatives atau terbitkan inisiatif terlebih dahulu.',
    internal: 'Terjadi kesalahan tak terduga. Data Anda tidak diubah. Coba lagi; bila berulang, hubungi tim nasional.',
    notSetUp: 'Hub ini belum disiapkan. Selesaikan penyiapan awal terlebih dahulu.',
    alreadySetUp: 'Hub ini sudah disiapkan sebagai "{{name}}". Identitas hub tidak dapat dibuat ulang.',
    dbNewer:
      'Basis data ini dibuat oleh Lokadaya Hub versi yang lebih baru. Perbarui aplikasi sebelum membukanya; data tidak diubah.',
    migrationFailed: 'Pembaruan struktur basis data gagal ({{detail}}). Berkas basis data tidak diubah.',
    dbCreatedMeanwhile:
      'Basis data {{path}} dibuat oleh proses lain pada saat yang sama. Proses ini tidak mengubah apa pun; hub yang sudah dibuat tetap utuh.',
    readOnly:
      'Perubahan tidak disimpan: akun pengguna ini hanya boleh membaca basis data {{path}}. Minta pengelola komputer memberi izin tulis pada berkas itu, lalu buka ulang Lokadaya Hub.',
    readOnlyUpgrade:
      'Basis data {{path}} perlu diperbarui untuk versi Lokadaya Hub ini, tetapi akun pengguna ini hanya boleh membacanya. Data tidak diubah. Minta pengelola komputer memberi izin tulis pada berkas itu, lalu buka ulang Lokadaya Hub.',
    readOnlyFolder:
      'Basis data {{path}} tidak dapat dibuka: akun pengguna ini tidak boleh menulis di foldernya ({{folder}}), padahal basis data memerlukan berkas kerja di sana. Data tidak diubah. Minta pengelola komputer memberi izin tulis pada folder itu, lalu buka ulang Lokadaya Hub.',
    notLokadayaDb:
      'Berkas {{path}} bukan basis data Lokadaya Hub (kosong, milik aplikasi lain, atau rusak). Berkas itu tidak diubah. Pindahkan atau ganti namanya, atau pulihkan basis data hub dari cadangan.',
    databaseInUse:
      'Basis data {{path}} sedang dibuka oleh Lokadaya Hub lain (di komputer {{host}}). Pakai jendela yang sudah terbuka itu, atau tutup dulu, lalu buka lagi: dua salinan aplikasi tidak boleh mengubah data yang sama sekaligus.',
    databaseDamaged:
      'Basis data hub {{path}} rusak ({{detail}}) dan tidak dibuka, supaya kerusakannya tidak bertambah. Berkas itu tidak diubah. Simpan salinannya, lalu pulihkan basis data hub dari cadangan terakhir atau hubungi tim nasional.',
  },
}

/** The catalog's shape, with every leaf a string: the English catalog must match it key for key. */
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> }
export type SharedMessages = Catalog<typeof id>
