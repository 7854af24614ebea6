import type { Catalog } from '@shared/i18n/id'

/** Texts of the trash: the OMS and people deleted here, and bringing them back. */
export const trashId = {
  open: 'Data terhapus',
  title: 'Data terhapus',
  intro:
    'OMS dan orang yang dihapus di hub ini, yang terbaru di atas. Data yang dipulihkan kembali ke direktori, dan pemulihannya ikut terkirim ke instans nasional bersama paket sinkronisasi berikutnya. Data yang digabungkan tidak ada di sini: batalkan penggabungannya dari halaman data yang tetap ada.',
  empty: 'Tidak ada data terhapus.',
  table: 'Data terhapus',
  columns: {
    name: 'Nama',
    kind: 'Jenis',
    context: 'Kabupaten/kota atau OMS',
    deletedAt: 'Dihapus',
    action: 'Tindakan',
  },
  kind: { organisation: 'OMS', person: 'Orang' },
  restore: 'Pulihkan',
  restoreName: 'Pulihkan {{name}}',
  organisationFirst: 'OMS-nya juga dihapus: pulihkan "{{organisation}}" dulu.',
  restored: {
    organisation: 'OMS "{{name}}" sudah dipulihkan ke direktori.',
    person: 'Data "{{name}}" sudah dipulihkan ke direktori.',
  },
  openRestored: 'Buka {{name}}',
  more: 'Menampilkan {{shown}} penghapusan terbaru dari {{total}}.',
}

export const trashEn: Catalog<typeof trashId> = {
  open: 'Deleted records',
  title: 'Deleted records',
  intro:
    'OMS and people deleted at this hub, newest first. A restored record returns to the directory, and the restore travels to the national instance with the next sync bundle. Merged records are not here: undo the merge from the page of the record that was kept.',
  empty: 'There are no deleted records.',
  table: 'Deleted records',
  columns: { name: 'Name', kind: 'Kind', context: 'Regency/city or OMS', deletedAt: 'Deleted', action: 'Action' },
  kind: { organisation: 'OMS', person: 'Person' },
  restore: 'Restore',
  restoreName: 'Restore {{name}}',
  organisationFirst: 'Their OMS is deleted too: restore "{{organisation}}" first.',
  restored: {
    organisation: 'The OMS "{{name}}" is back in the directory.',
    person: '"{{name}}" is back in the directory.',
  },
  openRestored: 'Open {{name}}',
  more: 'Showing the latest {{shown}} of {{total}} deletes.',
}
