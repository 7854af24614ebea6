import type { Catalog } from '@shared/i18n/id'

/** Texts for finding one's way on a record page, and for correcting an OMS's status history. */
export const profileId = {
  /** The profile's read-only words for fields whose form labels carry a typing hint or a bare name. */
  overview: {
    registrationNumber: 'Nomor registrasi',
    village: 'Desa/Kel. {{name}}',
    district: 'Kec. {{name}}',
    sdg: 'TPB {{number}}',
  },
  back: {
    organisations: 'Kembali ke daftar OMS',
    people: 'Kembali ke daftar orang',
    search: '{{list}} (pencarian "{{query}}")',
  },
  statusHistory: {
    derived: 'Status saat ini selalu mengikuti entri terbaru riwayat ini.',
    correct: 'Perbaiki',
    correctEntry: 'Perbaiki entri {{status}}, {{date}}',
    correctTitle: 'Perbaiki entri {{status}}, {{date}}',
    status: 'Status',
    submit: 'Simpan perbaikan',
    remove: 'Hapus',
    removeEntry: 'Hapus entri {{status}}, {{date}}',
    removeTitle: 'Hapus entri "{{status}}, {{date}}" dari riwayat status?',
    removeWrong: 'Hapus entri hanya bila entri itu salah dicatat; perubahan status yang sungguh terjadi tetap dicatat.',
    removeDerived: 'Status saat ini dihitung ulang dari entri yang tersisa.',
    removeTravels: 'Penghapusan ini ikut terkirim ke instans nasional bersama paket sinkronisasi berikutnya.',
    removeConfirm: 'Hapus entri',
    onlyOne:
      'Entri ini satu-satunya di riwayat, jadi tidak dapat dihapus: riwayat status harus berisi setidaknya satu entri. Bila isinya salah, perbaiki entri ini.',
    corrected: 'Entri riwayat diperbaiki. Status saat ini: {{status}} sejak {{date}}.',
    removed: 'Entri riwayat dihapus. Status saat ini: {{status}} sejak {{date}}.',
    recorded: 'Perubahan status dicatat. Status saat ini: {{status}} sejak {{date}}.',
  },
}

export const profileEn: Catalog<typeof profileId> = {
  overview: {
    registrationNumber: 'Registration number',
    village: 'Village {{name}}',
    district: 'District {{name}}',
    sdg: 'SDG {{number}}',
  },
  back: {
    organisations: 'Back to the OMS list',
    people: 'Back to the list of people',
    search: '{{list}} (search "{{query}}")',
  },
  statusHistory: {
    derived: 'The current status always follows the latest entry of this history.',
    correct: 'Correct',
    correctEntry: 'Correct the entry {{status}}, {{date}}',
    correctTitle: 'Correct the entry {{status}}, {{date}}',
    status: 'Status',
    submit: 'Save correction',
    remove: 'Remove',
    removeEntry: 'Remove the entry {{status}}, {{date}}',
    removeTitle: 'Remove the entry "{{status}}, {{date}}" from the status history?',
    removeWrong:
      'Remove an entry only if it was recorded by mistake; status changes that really happened stay recorded.',
    removeDerived: 'The current status is worked out again from the remaining entries.',
    removeTravels: 'The removal also travels to the national instance with the next sync bundle.',
    removeConfirm: 'Remove entry',
    onlyOne:
      'This is the only entry in the history, so it cannot be removed: the status history must keep at least one entry. If it is wrong, correct it.',
    corrected: 'The history entry was corrected. Current status: {{status}} since {{date}}.',
    removed: 'The history entry was removed. Current status: {{status}} since {{date}}.',
    recorded: 'The status change was recorded. Current status: {{status}} since {{date}}.',
  },
}
