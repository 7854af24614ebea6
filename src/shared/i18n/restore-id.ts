/** Restoring a backup (Pemulihan) as a new instance of the same hub (Bahasa Indonesia). */
export const restoreId = {
  notBackup:
    'Berkas {{path}} bukan cadangan Lokadaya Hub (mungkin basis data biasa, berkas aplikasi lain, atau terpotong). Pilih berkas berakhiran .lokadaya-backup.',
  backupDamaged:
    'Cadangan {{path}} rusak ({{detail}}) dan tidak dapat dipulihkan. Pilih cadangan lain, misalnya yang lebih lama.',
  backupNewer:
    'Cadangan ini dibuat oleh Lokadaya Hub yang lebih baru (versi {{version}}). Perbarui aplikasi ini dulu, lalu pulihkan lagi.',
  otherHub:
    'Cadangan ini milik hub "{{backupHub}}", sedangkan basis data di komputer ini milik "{{currentHub}}". Cadangan hub lain tidak dipulihkan di atasnya. Pilih cadangan hub ini.',
  stillOpen:
    'Basis data {{path}} masih dibuka oleh program lain, jadi belum dapat diganti. Tutup program itu (atau salinan Lokadaya Hub yang lain), lalu coba lagi.',
  failed:
    'Pemulihan tidak selesai ({{detail}}). Basis data hub tidak berubah. Periksa ruang kosong disk, lalu coba lagi.',
  keyMismatch:
    'Kunci di dalam cadangan ini bukan kunci hub yang dicadangkan, jadi tidak dapat menjamin kunci baru. Pulihkan tanpa kata sandi; tim nasional lalu mendaftarkan kunci baru dengan sidik jari.',
  noKey:
    'Cadangan ini tidak membawa kunci tanda tangan, jadi kata sandi tidak diperlukan. Pulihkan tanpa kata sandi; tim nasional lalu mendaftarkan kunci baru dengan sidik jari.',
}
