/** Beranda and Laporan: filters, drill-downs and targets (Bahasa Indonesia). */
export const reportsValidationId = {
  period: 'Isi tanggal periode dengan benar, misalnya 18/05/2026.',
  periodOrder: 'Tanggal akhir tidak boleh sebelum tanggal awal.',
  province: 'Pilih provinsi dari daftar.',
  regency: 'Pilih kabupaten/kota dari daftar.',
  form: 'Pilih bentuk dukungan dari daftar.',
  indicator: 'Indikator ini tidak dikenal.',
  dimension: 'Indikator ini tidak dapat dirinci menurut pilihan tersebut.',
  targetPeriod: 'Isi periode target dengan tanggal yang sah.',
  targetValue: 'Isi target dengan bilangan bulat lebih dari 0.',
  targetNotFound: 'Target ini sudah tidak ada. Muat ulang halaman.',
  targetNotOwn: 'Target ini ditetapkan oleh tim nasional dan hanya dapat diubah di sana.',
}
