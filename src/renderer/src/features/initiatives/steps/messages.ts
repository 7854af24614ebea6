import type { Catalog } from '@shared/i18n/id'

/** The wording of the six formulation steps, as a hub may reword it (Bahasa Indonesia). */
export const initiativeGuideId = {
  title: 'Panduan 6 Langkah Formulasi',
  intro: 'Judul dan penjelasan tiap langkah seperti tampil di halaman inisiatif, dalam Bahasa Indonesia dan Inggris.',
  customised: 'Panduan ini sudah diubah dari kata-kata bawaan jaringan.',
  standard: 'Panduan ini memakai kata-kata bawaan jaringan.',
  step: 'Langkah {{number}}',
  titleId: 'Judul (Bahasa Indonesia)',
  titleEn: 'Judul (Inggris)',
  helpId: 'Penjelasan (Bahasa Indonesia)',
  helpEn: 'Penjelasan (Inggris)',
  save: 'Simpan panduan',
  saved: 'Panduan tersimpan.',
  restore: 'Kembalikan kata-kata bawaan',
  restoreTitle: 'Kembalikan panduan ke kata-kata bawaan jaringan?',
  restoreBody:
    'Judul dan penjelasan yang diubah di sini diganti kata-kata bawaan. Catatan tiap inisiatif tidak berubah.',
  restored: 'Panduan kembali memakai kata-kata bawaan.',
}

export const initiativeGuideEn: Catalog<typeof initiativeGuideId> = {
  title: 'Guide: 6 formulation steps',
  intro: "Each step's title and explanation as the initiative page shows them, in Bahasa Indonesia and English.",
  customised: "This guide has been reworded from the network's default.",
  standard: "This guide uses the network's default wording.",
  step: 'Step {{number}}',
  titleId: 'Title (Bahasa Indonesia)',
  titleEn: 'Title (English)',
  helpId: 'Explanation (Bahasa Indonesia)',
  helpEn: 'Explanation (English)',
  save: 'Save guide',
  saved: 'The guide is saved.',
  restore: 'Restore the default wording',
  restoreTitle: "Restore the guide to the network's default wording?",
  restoreBody:
    "The titles and explanations changed here are replaced by the defaults. Each initiative's notes stay as they are.",
  restored: 'The guide uses the default wording again.',
}
