/** Printing a page of the app to PDF (tanda terima and the like). */
export const printingId = {
  unavailable: 'Mencetak ke PDF hanya dapat dilakukan di aplikasi Lokadaya Hub, tidak dari baris perintah.',
  failed: 'Halaman tidak dapat dicetak ke PDF ({{detail}}). Tidak ada berkas yang disimpan. Coba lagi.',
  saveFailed: 'Berkas PDF tidak dapat disimpan di {{path}} ({{detail}}). Pilih folder lain, lalu coba lagi.',
}
