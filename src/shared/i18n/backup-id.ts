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
  checkFailed:
    'Salinan cadangan di {{path}} gagal diperiksa ({{detail}}) dan sudah dihapus. Basis data hub tidak berubah. Coba cadangkan lagi.',
}
