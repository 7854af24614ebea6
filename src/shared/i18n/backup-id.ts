/** Backups (Cadangan) and their signing key (Bahasa Indonesia). */
export const backupId = {
  passphraseShort:
    'Kata sandi cadangan minimal {{min}} karakter. Pilih kalimat yang mudah diingat tetapi sulit ditebak.',
  passphraseWrong: 'Kata sandi cadangan salah, atau berkas cadangan rusak. Kunci tidak dapat dibuka.',
  keyDamaged: 'Kunci di dalam cadangan ini rusak dan tidak dapat dibuka.',
  targetIsHubFile: 'Cadangan tidak boleh ditulis di atas berkas hub sendiri ({{path}}). Pilih nama atau folder lain.',
  targetExists: 'Sudah ada berkas bernama {{path}}. Cadangan tidak menimpanya; pilih nama lain.',
  writeFailed:
    'Cadangan tidak dapat ditulis di {{path}} ({{detail}}). Cadangan sebelumnya tetap utuh. Periksa ruang kosong dan apakah disk atau USB masih tersambung, lalu coba lagi.',
  folderMissing:
    'Folder cadangan {{folder}} tidak ditemukan. Bila cadangan disimpan di disk USB, pasang kembali disknya (atau pilih folder lain), lalu coba lagi. Cadangan sebelumnya tetap utuh.',
  folderReadOnly:
    'Folder cadangan {{folder}} tidak dapat ditulisi (hanya-baca, atau akun ini tidak berhak menulis di sana). Pilih folder lain atau periksa izinnya, lalu coba lagi. Cadangan sebelumnya tetap utuh.',
  diskFull:
    'Disk tempat folder cadangan {{folder}} sudah penuh. Kosongkan sebagian ruang atau pilih disk lain, lalu coba lagi. Cadangan sebelumnya tetap utuh.',
  noFolder: 'Belum ada folder cadangan. Pilih folder cadangan dulu di Pengaturan.',
  busy: 'Cadangan sedang dibuat. Tunggu sampai selesai, lalu coba lagi bila perlu.',
  checkFailed:
    'Salinan cadangan di {{path}} gagal diperiksa ({{detail}}) dan sudah dihapus. Basis data hub tidak berubah. Coba cadangkan lagi.',
}
