import type { Catalog } from '@shared/i18n/id'

/** Words of the charts and the province tile map (ui/charts); the caller gives titles and numbers. */
export const chartsId = {
  view: 'Tampilan {{title}}',
  chart: 'Grafik',
  table: 'Tabel',
  loading: 'Memuat grafik…',
  failed: 'Grafik tidak dapat dimuat. Angkanya ada di tabel ini.',
  month: 'Bulan',
  province: 'Provinsi',
  lastBundle: 'Bundel terakhir',
  noData: 'tidak ada data',
  legend: 'Keterangan',
  range: '{{from}} sampai {{to}}',
  rangeTop: '{{from}} ke atas',
}

export const chartsEn: Catalog<typeof chartsId> = {
  view: '{{title}} view',
  chart: 'Chart',
  table: 'Table',
  loading: 'Loading chart…',
  failed: 'The chart could not be loaded. Its numbers are in this table.',
  month: 'Month',
  province: 'Province',
  lastBundle: 'Last bundle',
  noData: 'no data',
  legend: 'Legend',
  range: '{{from}} to {{to}}',
  rangeTop: '{{from}} and over',
}
