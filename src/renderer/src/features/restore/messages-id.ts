/** Restoring a backup, and the start-up screen for a database that will not open (Bahasa Indonesia). */
export const restoreUiId = {
  title: 'Pulihkan dari cadangan',
  lead: 'Mengganti seluruh data hub di komputer ini dengan isi sebuah berkas cadangan. Gunakan bila data rusak, terhapus, atau komputer diganti.',
  choose: 'Pilih berkas cadangan…',
  plan: {
    title: 'Periksa sebelum memulihkan',
    backup: 'Cadangan',
    backupValue: '{{file}}, dibuat {{when}} (versi aplikasi {{version}})',
    hub: 'Hub',
    contains: 'Isi cadangan',
    replaces: 'Akan diganti',
    replacesValue: 'Data hub saat ini: {{counts}}',
    replacesNothing: 'Tidak ada data hub yang dapat dibaca di komputer ini; tidak ada yang hilang.',
    safety: 'Sebelum diganti, keadaan sekarang dicadangkan dulu ke {{folder}}.',
    counts:
      '{{organisations}} OMS, {{people}} orang, {{initiatives}} inisiatif, {{pledges}} janji dukungan, {{sessions}} sesi',
    later:
      'Perubahan yang dibuat setelah cadangan ini di komputer ini tidak ikut kembali, kecuali yang sudah terkirim ke tim nasional.',
    newInstance:
      'Setelah dipulihkan, hub ini menjadi instans baru dengan kunci tanda tangan baru. Kirim berkas kunci baru ke tim nasional dan bacakan sidik jarinya; paket Anda diterima lagi setelah mereka mendaftarkannya.',
    passphrase: 'Kata sandi cadangan (bila Anda mengingatnya)',
    passphraseHint:
      'Cadangan ini membawa kunci tanda tangan hub. Dengan kata sandinya, kunci lama menjamin kunci baru dan tim nasional menerimanya otomatis lewat paket berikutnya. Tanpa kata sandi, pemulihan tetap berjalan; kunci baru lalu didaftarkan dengan sidik jari.',
    confirm: 'Pulihkan cadangan ini',
    cancel: 'Batal',
    confirmTitle: 'Ganti data hub dengan cadangan ini?',
    confirmBody: 'Data hub di komputer ini diganti dengan isi cadangan {{file}}. Keadaan sekarang dicadangkan dulu.',
  },
  running: 'Memulihkan cadangan… Jangan tutup aplikasi.',
  done: {
    title: 'Cadangan dipulihkan',
    body: 'Data hub dipulihkan dari {{file}}.',
    safety: 'Data yang diganti dicadangkan di {{path}}.',
    damaged: 'Berkas yang rusak disimpan sebagai {{path}}.',
    fingerprint: 'Sidik jari kunci baru (bacakan kepada tim nasional):',
    keyExport: 'Ekspor berkas kunci baru di Sinkronisasi → Kunci, lalu kirim ke tim nasional.',
    endorsed:
      'Kunci lama dari cadangan menjamin kunci baru: tim nasional menerimanya otomatis lewat paket Anda berikutnya, tanpa pendaftaran ulang.',
    open: 'Buka Lokadaya Hub',
  },
  recovery: {
    title: 'Basis data hub tidak dapat dibuka',
    doneTitle: 'Basis data hub dipulihkan dari cadangan',
    file: 'Berkas',
    untouched:
      'Berkas itu tidak diubah dan tidak dihapus. Lokadaya Hub tidak membuat basis data kosong baru di tempatnya.',
    found: 'Cadangan yang ditemukan',
    foundCaption: 'Cadangan di folder cadangan dan di samping basis data, terbaru di atas',
    modified: 'Waktu berkas',
    fileColumn: 'Berkas',
    size: 'Ukuran',
    action: 'Tindakan',
    check: 'Periksa {{file}}',
    checkShort: 'Periksa',
    none: 'Tidak ditemukan cadangan di folder cadangan maupun di samping basis data. Pilih berkas cadangan dari disk USB atau folder lain.',
    other: 'Pilih berkas cadangan lain…',
    help: 'Bila tidak ada cadangan sama sekali, hubungi tim nasional: data hub yang sudah terkirim dapat dipulihkan dari salinan nasional.',
  },
}
