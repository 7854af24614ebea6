import type { Catalog } from '@shared/i18n/id'

/** Texts of "Kemungkinan duplikat": the directory's suspected pairs, to merge or to mark as two. */
export const duplicatesId = {
  open: 'Kemungkinan duplikat',
  title: 'Kemungkinan duplikat',
  intro:
    'Pasangan data yang mungkin mencatat OMS atau orang yang sama: nama mirip di provinsi ini, atau telepon/e-mail yang sama. Yang paling mirip di atas. Bandingkan untuk menggabungkan, atau tandai "bukan duplikat" agar pasangan itu tidak ditawarkan lagi, juga saat menyimpan.',
  kinds: { label: 'Jenis data', organisation: 'OMS', person: 'Orang' },
  showDismissed: 'Lihat yang ditandai bukan duplikat',
  showOpen: 'Kembali ke kemungkinan duplikat',
  dismissedIntro:
    'Pasangan yang sudah ditandai bukan duplikat. Tampilkan lagi bila tanda itu keliru; pasangan itu kembali ke daftar.',
  table: { open: 'Kemungkinan duplikat', dismissed: 'Ditandai bukan duplikat' },
  columns: { first: 'Data', second: 'Mirip dengan', reasons: 'Alasan', action: 'Tindakan' },
  strength: { strong: 'sangat mirip', medium: 'mirip', weak: 'mungkin' },
  compare: 'Bandingkan',
  compareNames: 'Bandingkan {{first}} dan {{second}}',
  dismiss: 'Bukan duplikat',
  dismissNames: 'Bukan duplikat: {{first}} dan {{second}}',
  showAgain: 'Tampilkan lagi',
  showAgainNames: 'Tampilkan lagi: {{first}} dan {{second}}',
  named: '{{name}} ({{context}})',
  done: {
    dismissed: '"{{first}}" dan "{{second}}" ditandai bukan duplikat.',
    shown: '"{{first}}" dan "{{second}}" ditampilkan lagi sebagai kemungkinan duplikat.',
  },
  undo: 'Urungkan',
  loading: 'Memuat…',
  range: 'Pasangan {{from}}–{{to}} dari {{total}}',
  previous: 'Sebelumnya',
  next: 'Berikutnya',
  pages: 'Halaman daftar',
  empty: {
    open: 'Tidak ada kemungkinan duplikat.',
    dismissed: 'Belum ada pasangan yang ditandai bukan duplikat.',
  },
}

export const duplicatesEn: Catalog<typeof duplicatesId> = {
  open: 'Possible duplicates',
  title: 'Possible duplicates',
  intro:
    'Pairs of records that may be the same OMS or person: a similar name in this province, or the same phone/e-mail. The most alike come first. Compare them to merge, or mark a pair "not a duplicate" so it is not suggested again, also when saving.',
  kinds: { label: 'Kind of record', organisation: 'OMS', person: 'People' },
  showDismissed: 'Show pairs marked not a duplicate',
  showOpen: 'Back to possible duplicates',
  dismissedIntro:
    'Pairs marked not a duplicate. Show one again if the mark was a mistake; the pair returns to the list.',
  table: { open: 'Possible duplicates', dismissed: 'Marked not a duplicate' },
  columns: { first: 'Record', second: 'Looks like', reasons: 'Why', action: 'Action' },
  strength: { strong: 'very alike', medium: 'alike', weak: 'perhaps' },
  compare: 'Compare',
  compareNames: 'Compare {{first}} and {{second}}',
  dismiss: 'Not a duplicate',
  dismissNames: 'Not a duplicate: {{first}} and {{second}}',
  showAgain: 'Show again',
  showAgainNames: 'Show again: {{first}} and {{second}}',
  named: '{{name}} ({{context}})',
  done: {
    dismissed: '"{{first}}" and "{{second}}" are marked not a duplicate.',
    shown: '"{{first}}" and "{{second}}" are shown again as possible duplicates.',
  },
  undo: 'Undo',
  loading: 'Loading…',
  range: 'Pairs {{from}}–{{to}} of {{total}}',
  previous: 'Previous',
  next: 'Next',
  pages: 'List pages',
  empty: {
    open: 'There are no possible duplicates.',
    dismissed: 'No pair is marked not a duplicate yet.',
  },
}
