/** The record of processing activities and retention on the Privasi screen (Bahasa Indonesia). */
export const privacyRecordsId = {
  record: {
    title: 'Catatan pemrosesan',
    lead: 'Catatan kegiatan pemrosesan data pribadi yang diwajibkan UU PDP Pasal 31, disusun dari pengaturan dan data hub ini saat ini. Cetak dan simpan bersama dokumen hub, dan cetak ulang setelah ada perubahan.',
    loading: 'Menyusun catatan pemrosesan…',
    print: 'Cetak PDF',
    printing: 'Mencetak catatan pemrosesan…',
    printed: 'Catatan pemrosesan disimpan sebagai {{file}} ({{size}} KB).',
    unreadable: 'Catatan pemrosesan tidak dapat disusun: {{message}}',
  },
  retention: {
    title: 'Retensi',
    lead: 'Berapa lama data pribadi disimpan sebelum diusulkan untuk ditinjau (UU PDP Pasal 42–44). Masa simpan dihitung dari kegiatan terakhir; aplikasi tidak menghapus apa pun sendiri: Anda memutuskan untuk setiap orang.',
    periods: 'Masa simpan (tahun)',
    directory: 'Orang di direktori',
    directoryHint: 'Tanpa perubahan data, keanggotaan di OMS, atau persetujuan selama masa ini.',
    participants: 'Peserta dan kehadiran',
    participantsHint: 'Tanpa kehadiran di sesi CoP atau ToT selama masa ini.',
    supporters: 'Kontak pendukung',
    supportersHint: 'Tanpa perubahan, janji, atau penerimaan dukungan selama masa ini.',
    save: 'Simpan masa simpan',
    saved: 'Masa simpan disimpan.',
    cutoff: 'Kegiatan terakhir sebelum {{day}} melewati masa simpan ini.',
    people: {
      title: 'Orang yang diusulkan untuk ditinjau',
      none: 'Tidak ada orang yang melewati masa simpannya.',
      count_one: '{{count, number}} orang melewati masa simpannya.',
      count_other: '{{count, number}} orang melewati masa simpannya.',
      shown: 'Ditampilkan {{shown, number}} yang kegiatan terakhirnya paling lama.',
      decide:
        'Buka halaman orang itu untuk menghapus datanya (Hapus data pribadi…) bila tidak diperlukan lagi, atau biarkan bila masih diperlukan: orang itu tetap diusulkan sampai ada kegiatan baru.',
      caption: 'Orang yang diusulkan untuk ditinjau, kegiatan terakhir paling lama di atas',
      name: 'Nama',
      organisation: 'OMS',
      lastActivity: 'Kegiatan terakhir',
      note: 'Keterangan',
      attended: 'Pernah hadir di sesi',
      restricted: 'Pemakaian dibatasi',
    },
    supporterList: {
      title: 'Kontak pendukung yang diusulkan untuk ditinjau',
      none: 'Tidak ada kontak pendukung yang melewati masa simpannya.',
      count_one: '{{count, number}} pendukung melewati masa simpannya.',
      count_other: '{{count, number}} pendukung melewati masa simpannya.',
      decide: 'Buka halaman pendukung itu untuk menghapus data kontaknya bila tidak diperlukan lagi.',
      caption: 'Pendukung yang diusulkan untuk ditinjau, kegiatan terakhir paling lama di atas',
      name: 'Pendukung',
      lastActivity: 'Kegiatan terakhir',
    },
  },
  missingContact: {
    record:
      'Telepon dan e-mail sekretariat hub belum diisi: catatan pemrosesan ini tidak menyebut cara menghubungi hub, padahal orang yang datanya disimpan harus tahu ke mana bertanya.',
    notice:
      'Telepon dan e-mail sekretariat hub belum diisi: draf pemberitahuan di bawah meminta Anda mengisinya sendiri. Isi sekali di pengaturan agar setiap pemberitahuan dan catatan pemrosesan menyebutnya.',
    fill: 'Isi telepon atau e-mail di {{settings}} → {{identity}}',
  },
}
