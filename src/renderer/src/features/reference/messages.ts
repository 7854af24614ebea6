import type { Catalog } from '@shared/i18n/id'

/** Texts of the place fields (kabupaten/kota → kecamatan → desa) every record form shares. */
export const placeId = {
  legend: 'Wilayah',
  regency: 'Kabupaten/kota',
  regencyHint: 'Hanya kabupaten/kota di provinsi hub ini.',
  district: 'Kecamatan',
  village: 'Desa/kelurahan',
  choose: 'Pilih…',
  notListed: 'Tidak ada di daftar — ketik sendiri',
  districtTyped: 'Nama kecamatan',
  villageTyped: 'Nama desa/kelurahan',
}

export const placeEn: Catalog<typeof placeId> = {
  legend: 'Location',
  regency: 'Regency/city',
  regencyHint: 'Only the regencies and cities of this hub’s province.',
  district: 'District',
  village: 'Village',
  choose: 'Choose…',
  notListed: 'Not in the list — type it',
  districtTyped: 'District name',
  villageTyped: 'Village name',
}
