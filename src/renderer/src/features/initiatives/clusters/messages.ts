import type { Catalog } from '@shared/i18n/id'

/** Isu payung: the national team's issue clusters (Bahasa Indonesia). */
export const initiativeClustersId = {
  title: 'Isu payung',
  intro:
    'Tema SDG atau program yang diusung mitra strategis tim nasional. Hub menandai inisiatifnya dengan isu payung, sehingga tim nasional melihat inisiatif lokal per isu.',
  hubNote:
    'Isu payung ditetapkan oleh tim nasional dan tiba di hub ini lewat paket sinkronisasi nasional. Di sini daftarnya hanya dapat dilihat.',
  empty: 'Belum ada isu payung.',
  sdgs: 'SDGs',
  sdg: 'SDG {{number}}',
  add: 'Tambah isu payung',
  edit: 'Ubah',
  editOf: 'Ubah isu payung: {{name}}',
  delete: 'Hapus',
  deleteOf: 'Hapus isu payung: {{name}}',
  deleteTitle: 'Hapus isu payung "{{name}}"?',
  deleteBody:
    'Inisiatif yang ditandai dengan isu ini kehilangan tandanya. Penghapusan sampai ke hub-hub lewat paket nasional berikutnya.',
  deleted: 'Isu payung "{{name}}" dihapus.',
  saved: 'Isu payung "{{name}}" tersimpan.',
  form: {
    newTitle: 'Isu payung baru',
    editTitle: 'Ubah isu payung',
    name: 'Nama',
    description: 'Uraian',
    save: 'Simpan isu payung',
  },
}

export const initiativeClustersEn: Catalog<typeof initiativeClustersId> = {
  title: 'Issue clusters',
  intro:
    "SDG or programme themes carried by the national team's strategic partners. Hubs tag their initiatives with them, so the national team sees local initiatives grouped by cluster.",
  hubNote:
    'Issue clusters are defined by the national team and reach this hub in national sync bundles. Here the list can only be viewed.',
  empty: 'No issue clusters yet.',
  sdgs: 'SDGs',
  sdg: 'SDG {{number}}',
  add: 'Add an issue cluster',
  edit: 'Edit',
  editOf: 'Edit issue cluster: {{name}}',
  delete: 'Delete',
  deleteOf: 'Delete issue cluster: {{name}}',
  deleteTitle: 'Delete the issue cluster "{{name}}"?',
  deleteBody:
    'Initiatives tagged with this cluster lose the tag. The deletion reaches the hubs with the next national bundle.',
  deleted: 'The issue cluster "{{name}}" is deleted.',
  saved: 'The issue cluster "{{name}}" is saved.',
  form: {
    newTitle: 'New issue cluster',
    editTitle: 'Edit issue cluster',
    name: 'Name',
    description: 'Description',
    save: 'Save issue cluster',
  },
}
