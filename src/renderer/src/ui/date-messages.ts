import type { Catalog } from '@shared/i18n/id'

/** Texts of the date field every form uses: dates are typed day first, whatever the UI language. */
export const dateInputId = {
  format: 'Format tanggal/bulan/tahun, misalnya 18/05/2025.',
  chosen: 'Dipilih: {{date}}.',
  unrecognised:
    'Tanggal "{{text}}" tidak dikenali. Tulis tanggal/bulan/tahun dengan tahun empat angka, misalnya 18/05/2025.',
  nonexistent: 'Tanggal "{{text}}" tidak ada di kalender. Periksa tanggal dan bulannya (tanggal/bulan/tahun).',
}

export const dateInputEn: Catalog<typeof dateInputId> = {
  format: 'Format day/month/year, for example 18/05/2025.',
  chosen: 'Chosen: {{date}}.',
  unrecognised:
    'The date "{{text}}" was not recognised. Write day/month/year with a four-digit year, for example 18/05/2025.',
  nonexistent: 'There is no date "{{text}}" in the calendar. Check the day and the month (day/month/year).',
}
