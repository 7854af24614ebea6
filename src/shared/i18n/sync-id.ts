/** Sinkronisasi: why a bundle or key is refused, and other sync messages (Bahasa Indonesia). */
export const syncId = {
  refused: {
    notBundle: 'Berkas ini bukan paket sinkronisasi Lokadaya Hub.',
    formatVersion:
      'Paket ini memakai format versi {{version}} yang belum dikenal versi aplikasi ini. Perbarui Lokadaya Hub, lalu coba lagi.',
    truncated: 'Paket ini terpotong: berkasnya tidak lengkap. Minta pengirim mengirim ulang berkas yang utuh.',
    trailingBytes:
      'Paket ini berisi data tambahan sesudah akhir isinya: berkasnya telah diubah. Minta pengirim mengirim ulang.',
    damaged: 'Paket ini rusak: bagian kepalanya tidak terbaca. Minta pengirim mengirim ulang.',
    manifestNotJson: 'Paket ini rusak: daftar isinya tidak terbaca. Minta pengirim mengirim ulang.',
    manifestNotCanonical:
      'Daftar isi paket ini tidak dalam bentuk baku yang ditandatangani: berkasnya telah diubah. Minta pengirim mengirim ulang.',
    manifestInvalid: 'Daftar isi paket ini tidak sah ({{detail}}).',
    unknownKey:
      'Paket ini ditandatangani kunci yang belum terdaftar di sini (ID kunci {{keyId}}). Minta berkas kunci pengirim, daftarkan di Sinkronisasi → Kunci tepercaya setelah mencocokkan sidik jarinya melalui telepon, lalu impor paket ini lagi.',
    revokedKey:
      'Paket ini ditandatangani kunci "{{name}}" yang sudah dicabut ({{keyId}}). Paket dari kunci itu selalu ditolak.',
    retiredKey:
      'Paket ini ditandatangani kunci lama "{{name}}" yang sudah diganti. Minta pengirim mengekspor ulang dengan kunci barunya.',
    badSignature:
      'Tanda tangan paket tidak cocok: berkasnya telah diubah atau rusak dalam perjalanan. Tidak ada data yang diubah.',
    signerMismatch:
      'Paket ini mengaku dari hub atau instans lain daripada pemilik kunci "{{name}}" yang menandatanganinya.',
    newerSchema:
      'Paket ini dibuat oleh Lokadaya Hub yang lebih baru (skema {{theirs}}, di sini {{ours}}). Perbarui aplikasi ini, lalu impor lagi.',
    ackForOther: 'Tanda terima ini ditujukan untuk hub lain, bukan hub ini.',
    payloadHash:
      'Isi paket tidak cocok dengan sidik yang ditandatangani: berkasnya telah diubah. Tidak ada data yang diubah.',
    payloadDamaged: 'Isi paket tidak dapat dibuka (kompresinya rusak). Tidak ada data yang diubah.',
    sizeMismatch:
      'Isi paket tidak sebesar yang dinyatakan daftar isinya (mungkin dibuat untuk membanjiri komputer). Tidak ada data yang diubah.',
    lineTooLong: 'Baris {{line}} paket ini terlalu panjang. Tidak ada data yang diubah.',
    rowInvalid: 'Baris {{line}} paket ini tidak sah ({{detail}}). Tidak ada data yang diubah.',
    unknownTable:
      'Baris {{line}} berisi tabel "{{table}}" yang tidak dikenal versi aplikasi ini. Perbarui Lokadaya Hub.',
    unknownColumn:
      'Baris {{line}} berisi kolom "{{column}}" yang tidak dikenal pada tabel {{table}}. Perbarui Lokadaya Hub.',
    foreignRow:
      'Baris {{line}} ({{table}}) milik hub lain daripada penanda tangan paket. Sebuah hub hanya boleh mengirim datanya sendiri; seluruh paket ditolak.',
    rowConflict: 'Baris {{line}} bertentangan dengan data di sini ({{detail}}). Tidak ada data yang diubah.',
    attachmentHash: 'Lampiran pada baris {{line}} tidak cocok dengan sidiknya. Tidak ada data yang diubah.',
    countsMismatch:
      'Jumlah baris dalam paket tidak sama dengan yang dinyatakan daftar isinya. Tidak ada data yang diubah.',
    clockAhead:
      'Jam pengirim sekitar {{hours, number(maximumFractionDigits: 0)}} jam lebih maju daripada jam komputer ini. Periksa tanggal dan jam kedua komputer; bila yakin, terima paket ini secara khusus (tercatat di riwayat).',
    sequenceReused:
      'PERINGATAN: paket nomor {{sequence}} dari kunci ini sudah pernah diterima dengan isi berbeda. Bisa jadi basis data pengirim disalin ke komputer lain atau kuncinya dicuri. Paket ditolak; hubungi hub pengirim.',
    chainBroken:
      'PERINGATAN: paket nomor {{sequence}} tidak menyambung dengan paket sebelumnya dari kunci yang sama. Bisa jadi basis data pengirim disalin atau kuncinya dicuri. Paket ditolak; hubungi hub pengirim.',
    rebuildNotHere:
      'Ini paket pemulihan dari tim nasional, untuk menyiapkan instans baru sebuah hub yang kehilangan datanya. Paket ini hanya dipakai saat penyiapan awal (Pulihkan dari salinan nasional), bukan diimpor ke hub yang sudah berjalan.',
  },
  trust: {
    keyFile: 'Berkas kunci tidak dapat dipakai: {{problem}}.',
    fingerprintMismatch:
      'Sidik jari tidak cocok. Kunci tidak didaftarkan. Bacakan ulang sidik jari bersama pengirim; bila tetap berbeda, jangan pakai berkas ini.',
    ownKey: 'Ini kunci instans ini sendiri; tidak perlu didaftarkan.',
    revokedStays:
      'Kunci "{{name}}" pernah dicabut dan tidak dapat didaftarkan lagi. Minta pengirim membuat kunci baru.',
    unknownKey: 'Kunci {{keyId}} tidak terdaftar di sini.',
    revokeOwn: 'Kunci instans ini sendiri tidak dapat dicabut di sini; ganti kunci bila perlu.',
  },
  join: {
    notHub: 'Kunci ini milik instans nasional; instans kedua hanya dapat bergabung dengan hub provinsi.',
    wrongBundle: 'Paket ini bukan ekspor dari instans yang kuncinya diberikan.',
    notFull:
      'Paket ini tidak memuat data hub. Minta instans pertama mengekspor paket lengkap (semua data), lalu coba lagi.',
  },
  rebuild: {
    notNational:
      'Kunci ini bukan milik instans nasional. Pemulihan dari salinan nasional memerlukan kunci publik tim nasional.',
    wrongBundle: 'Paket ini bukan paket pemulihan yang ditandatangani oleh kunci nasional yang diberikan.',
    notHub:
      'Paket pemulihan ini tidak memuat data hub {{hubId}}. Minta tim nasional mengekspor ulang paket pemulihan hub Anda.',
    unknownHub: 'Hub {{hubId}} tidak dikenal di instans nasional ini.',
    notProvince: 'Hanya hub provinsi yang dapat dipulihkan dari salinan nasional; {{hubId}} bukan hub provinsi.',
  },
  file: {
    missing: 'Berkas "{{file}}" tidak ditemukan. Mungkin sudah dipindahkan, atau diska USB-nya dicabut.',
    noPath:
      'Letak berkas "{{file}}" di komputer ini tidak diketahui (misalnya diseret dari arsip zip atau peramban). Simpan dulu berkasnya, lalu pilih dengan tombol impor.',
    notFile: '"{{file}}" bukan berkas (mungkin folder). Pilih berkas paket atau berkas kunci.',
    notKeyFile: 'Berkas "{{file}}" terlalu besar untuk berkas kunci publik. Pilih berkas kunci dari pengirim.',
    keyFileNotBundle:
      '"{{file}}" adalah berkas kunci publik, bukan paket. Daftarkan kunci itu di Sinkronisasi → Kunci tepercaya setelah mencocokkan sidik jarinya melalui telepon.',
    ownFile: '"{{file}}" adalah berkas milik hub ini sendiri (basis data atau kunci tanda tangan). Pilih nama lain.',
  },
  ackUnknownHub: 'Belum ada kunci terdaftar untuk hub {{hubId}}, jadi belum ada yang dapat dikonfirmasi.',
  notOwner: 'Data ini milik hub lain dan hanya dapat diubah oleh hub itu.',
  rowNotFound: 'Data tidak ditemukan; mungkin sudah dihapus.',
}
