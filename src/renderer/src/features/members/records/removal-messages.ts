import type { Catalog } from '@shared/i18n/id'

/** Texts for taking a record out of the directory, bringing it back, and ending a person's time with an OMS. */
export const removalId = {
  delete: {
    action: { organisation: 'Hapus OMS', person: 'Hapus orang' },
    title: { organisation: 'Hapus OMS "{{name}}"?', person: 'Hapus data "{{name}}"?' },
    leaves: 'Data ini keluar dari direktori dan tidak muncul lagi di pencarian.',
    undoable:
      'Anda dapat membatalkannya segera sesudah ini, selama data ini belum berubah dan belum ada data lain yang dihapus.',
    trash: 'Sesudah itu data ini tetap dapat dipulihkan dari halaman "Data terhapus".',
    blocked: {
      title: 'OMS "{{name}}" belum dapat dihapus',
      reason: 'Masih ada orang yang tercatat di OMS ini ({{count, number}}).',
      way: 'Pindahkan mereka ke OMS lain lewat "Ubah data" di halaman tiap orang, atau hapus data mereka, lalu hapus OMS ini. Mengakhiri afiliasi saja tidak cukup: orang itu tetap tercatat di OMS terakhirnya.',
      people: 'Lihat daftar orang di OMS ini',
      close: 'Tutup',
    },
    travels: 'Penghapusan ini juga ikut terkirim ke instans nasional bersama paket sinkronisasi berikutnya.',
    notErasureTitle: 'Ini bukan penghapusan data pribadi menurut UU PDP.',
    notErasure:
      'Semua data orang ini tetap tersimpan dan dapat dipulihkan. Bila orang ini meminta datanya dihapus, pakai "Hapus data pribadi…" di bagian Privasi halaman ini.',
    confirm: 'Hapus',
    done: { organisation: 'OMS "{{name}}" sudah dihapus.', person: 'Data "{{name}}" sudah dihapus.' },
    undo: 'Batalkan penghapusan',
    undone: 'Penghapusan "{{name}}" sudah dibatalkan; datanya kembali ke direktori.',
  },
  affiliation: {
    end: 'Akhiri afiliasi',
    endIn: 'Akhiri afiliasi dengan {{name}}',
    untilOn: 'Tanggal berakhir',
    range: 'Paling awal {{from}} (tanggal mulai), paling lambat hari ini ({{today}}).',
    submit: 'Simpan tanggal berakhir',
    ended: 'Afiliasi dengan {{name}} berakhir per {{date}}.',
    noCurrent: 'Tidak ada OMS saat ini.',
    last: 'Terakhir di',
    lastUntil: 'sampai {{date}}.',
  },
}

export const removalEn: Catalog<typeof removalId> = {
  delete: {
    action: { organisation: 'Delete OMS', person: 'Delete person' },
    title: { organisation: 'Delete the OMS "{{name}}"?', person: 'Delete "{{name}}"?' },
    leaves: 'The record leaves the directory and no longer shows up in search.',
    undoable:
      'You can undo this right after, as long as the record has not changed and nothing else has been deleted since.',
    trash: 'After that, the record can still be restored from the "Deleted records" page.',
    blocked: {
      title: 'The OMS "{{name}}" cannot be deleted yet',
      reason: 'People are still recorded in this OMS ({{count, number}}).',
      way: 'Move them to another OMS with "Edit" on each person’s page, or delete their records, then delete this OMS. Ending an affiliation is not enough: the person stays recorded at their last OMS.',
      people: 'See the people in this OMS',
      close: 'Close',
    },
    travels: 'The delete also travels to the national instance with the next sync bundle.',
    notErasureTitle: 'This is not an erasure under the PDP Law.',
    notErasure:
      'All of this person’s data stays stored and can be restored. If the person asks for their data to be erased, use “Erase personal data…” in the Privacy part of this page.',
    confirm: 'Delete',
    done: { organisation: 'The OMS "{{name}}" has been deleted.', person: '"{{name}}" has been deleted.' },
    undo: 'Undo delete',
    undone: 'The delete of "{{name}}" has been undone; the record is back in the directory.',
  },
  affiliation: {
    end: 'End affiliation',
    endIn: 'End affiliation with {{name}}',
    untilOn: 'End date',
    range: 'No earlier than {{from}} (the start date), no later than today ({{today}}).',
    submit: 'Save end date',
    ended: 'The affiliation with {{name}} ended on {{date}}.',
    noCurrent: 'No current OMS.',
    last: 'Last in',
    lastUntil: 'until {{date}}.',
  },
}
