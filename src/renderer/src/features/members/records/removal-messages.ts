import type { Catalog } from '../../../../../shared/i18n/id'

/** Texts for taking a record out of the directory, bringing it back, and ending a person's time with an OMS. */
export const removalId = {
  delete: {
    action: { organisation: 'Hapus OMS', person: 'Hapus orang' },
    title: { organisation: 'Hapus OMS "{{name}}"?', person: 'Hapus data "{{name}}"?' },
    leaves: 'Data ini keluar dari direktori dan tidak muncul lagi di pencarian.',
    undoable:
      'Anda dapat membatalkannya segera sesudah ini, selama data ini belum berubah dan belum ada data lain yang dihapus.',
    travels: 'Penghapusan ini juga ikut terkirim ke instans nasional bersama paket sinkronisasi berikutnya.',
    confirm: 'Hapus',
    done: { organisation: 'OMS "{{name}}" sudah dihapus.', person: 'Data "{{name}}" sudah dihapus.' },
    undo: 'Batalkan penghapusan',
    undone: 'Penghapusan "{{name}}" sudah dibatalkan; datanya kembali ke direktori.',
  },
  affiliation: {
    end: 'Akhiri keanggotaan',
    endIn: 'Akhiri keanggotaan di {{name}}',
    untilOn: 'Tanggal berakhir',
    range: 'Paling awal {{from}} (tanggal mulai), paling lambat hari ini ({{today}}).',
    submit: 'Simpan tanggal berakhir',
    ended: 'Keanggotaan di {{name}} berakhir per {{date}}.',
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
    travels: 'The delete also travels to the national instance with the next sync bundle.',
    confirm: 'Delete',
    done: { organisation: 'The OMS "{{name}}" has been deleted.', person: '"{{name}}" has been deleted.' },
    undo: 'Undo delete',
    undone: 'The delete of "{{name}}" has been undone; the record is back in the directory.',
  },
  affiliation: {
    end: 'End membership',
    endIn: 'End membership in {{name}}',
    untilOn: 'End date',
    range: 'No earlier than {{from}} (the start date), no later than today ({{today}}).',
    submit: 'Save end date',
    ended: 'Membership in {{name}} ended on {{date}}.',
    noCurrent: 'No current OMS.',
    last: 'Last in',
    lastUntil: 'until {{date}}.',
  },
}
