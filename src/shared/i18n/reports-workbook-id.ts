/** The report workbook (Laporan → Unduh XLSX) (Bahasa Indonesia). */
export const reportsWorkbookId = {
  unknownJob:
    'Pembuatan berkas laporan ini sudah tidak berjalan, misalnya karena aplikasi dibuka ulang atau laporan lain dimulai sesudahnya. Mulai unduh laporan lagi.',
  saveFailed: 'Berkas laporan tidak dapat disimpan di {{path}} ({{detail}}). Pilih folder lain, lalu coba lagi.',
  tooManyRows:
    'Lembar {{sheet}} melebihi 1.048.576 baris, batas satu lembar Excel. Persempit periode, provinsi atau kabupaten/kota, lalu unduh lagi.',
}
