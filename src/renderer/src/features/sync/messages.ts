import type { Catalog } from '@shared/i18n/id'

/**
 * Texts of the Sinkronisasi screen, registered as `syncScreen` (the shared catalogs' `sync` holds
 * main's refusals, which this screen shows as they are).
 */
export const syncScreenId = {
  tabs: {
    label: 'Bagian sinkronisasi',
    exchange: 'Kirim & terima',
    history: 'Riwayat',
    keys: 'Kunci tepercaya',
    provinces: 'Provinsi',
  },
  table: {
    hubs: 'Identitas hub',
    organisations: 'OMS',
    membership_changes: 'Perubahan status keanggotaan',
    capacity_assessments: 'Penilaian kapasitas',
    people: 'Orang',
    affiliations: 'Keterkaitan orang dengan OMS',
    duplicate_dismissals: 'Tanda "bukan duplikat"',
    consent_records: 'Catatan persetujuan',
    issue_clusters: 'Isu payung',
    initiatives: 'Inisiatif',
    initiative_status_changes: 'Perubahan status inisiatif',
    initiative_steps: 'Langkah formulasi inisiatif',
    needs: 'Kebutuhan inisiatif',
    stories: 'Cerita perubahan',
    supporters: 'Pendukung',
    fee_rates: 'Tarif biaya pengelolaan',
    pledges: 'Janji dukungan',
    fulfilments: 'Penerimaan janji dukungan',
    cop_series: 'Rangkaian sesi CoP & ToT',
    cop_sessions: 'Sesi CoP & ToT',
    cop_participants: 'Peserta sesi dan kehadirannya',
    cop_trainers: 'Kualifikasi pelatih',
    cop_certificates: 'Sertifikat CoP & ToT',
    indicator_targets: 'Target indikator',
  },
  number: '{{value, number}}',
  // Bahasa Indonesia has one plural form; the _one keys are there because the catalogs match key for key.
  rows_one: '{{count, number}} baris',
  rows_other: '{{count, number}} baris',
  counts:
    '{{new, number}} baru, {{updated, number}} diperbarui, {{unchanged, number}} tidak berubah, {{deleted, number}} dihapus',
  export: {
    title: 'Kirim data',
    intro:
      'Paket berisi data instalasi ini, ditandatangani dengan kuncinya. Kirim berkasnya ke penerima (biasanya tim nasional) lewat diska USB, e-mail, atau aplikasi pesan.',
    introNational:
      'Paket dari sini hanya berisi data milik tim nasional sendiri, bukan data provinsi. Untuk memberi tahu sebuah hub bahwa paketnya sudah diterima, buat tanda terima di tab Provinsi.',
    full: 'Semua data (lengkap)',
    fullHint:
      'Biasanya paket hanya berisi perubahan sejak paket terakhir yang sudah dikonfirmasi penerima. Pilih ini bila penerima kehilangan paket atau baru mulai.',
    planTitle: 'Isi paket berikutnya',
    coversAll: 'Semua data hub ini.',
    coversAllNational: 'Semua data tim nasional.',
    coversFrom: 'Perubahan sesudah paket nomor {{sequence, number}}, yang sudah dikonfirmasi penerima.',
    nothing: 'Belum ada perubahan untuk dikirim sejak paket itu.',
    nothingHint:
      'Paket tanpa perubahan tetap boleh dikirim: tim nasional jadi tahu bahwa data di sini sudah terbaru dan tidak menandai provinsi ini terlambat.',
    withheldTitle: 'Yang tidak ikut dikirim (tetap tersimpan di sini):',
    withheld: {
      people_name:
        'nama dan catatan {{count, number}} orang yang belum setuju datanya dibagikan ke tim nasional, atau yang pemrosesannya dibatasi. Jenis kelamin, tahun lahir, peran dan OMS-nya tetap dikirim untuk indikator.',
      people_name_one:
        'nama dan catatan {{count, number}} orang yang belum setuju datanya dibagikan ke tim nasional, atau yang pemrosesannya dibatasi. Jenis kelamin, tahun lahir, peran dan OMS-nya tetap dikirim untuk indikator.',
      people_phone:
        'nomor telepon dan e-mail {{count, number}} orang yang belum setuju dihubungi jaringan atau datanya dibagikan ke tim nasional.',
      people_phone_one:
        'nomor telepon dan e-mail {{count, number}} orang yang belum setuju dihubungi jaringan atau datanya dibagikan ke tim nasional.',
      supporters_contact_person:
        'narahubung, nomor telepon, e-mail dan alamat {{count, number}} pendukung yang persetujuannya belum dicatat.',
      supporters_contact_person_one:
        'narahubung, nomor telepon, e-mail dan alamat {{count, number}} pendukung yang persetujuannya belum dicatat.',
      consent_records_proof_sha256:
        'pindaian bukti {{count, number}} persetujuan; catatan persetujuannya tetap dikirim.',
      consent_records_proof_sha256_one:
        'pindaian bukti {{count, number}} persetujuan; catatan persetujuannya tetap dikirim.',
      cop_certificates_holder_name:
        'nama pemegang {{count, number}} sertifikat yang pemegangnya belum setuju namanya dibagikan ke tim nasional, atau yang pemrosesan datanya dibatasi. Kode, judul sesi dan tanggal terbit sertifikatnya tetap dikirim.',
      cop_certificates_holder_name_one:
        'nama pemegang {{count, number}} sertifikat yang pemegangnya belum setuju namanya dibagikan ke tim nasional, atau yang pemrosesan datanya dibatasi. Kode, judul sesi dan tanggal terbit sertifikatnya tetap dikirim.',
      stories_title:
        'judul, kisah, sebelum-sesudah dan foto {{count, number}} cerita perubahan yang menyebut atau menampilkan orang yang belum setuju namanya dibagikan ke tim nasional. Tanggal, sumber daya dan statusnya tetap dikirim.',
      stories_title_one:
        'judul, kisah, sebelum-sesudah dan foto {{count, number}} cerita perubahan yang menyebut atau menampilkan orang yang belum setuju namanya dibagikan ke tim nasional. Tanggal, sumber daya dan statusnya tetap dikirim.',
    },
    withheldNone: 'Semua data pribadi dalam paket ini dikirim sesuai persetujuan yang dicatat.',
    button: 'Ekspor paket…',
    running: 'Menulis paket…',
    progressLabel: 'Kemajuan ekspor',
    cancelled: 'Ekspor dibatalkan; tidak ada paket yang ditulis.',
    doneTitle: 'Paket sudah ditulis',
    done_one: 'Berkas {{file}}: paket nomor {{sequence, number}}, {{count, number}} baris.',
    done_other: 'Berkas {{file}}: paket nomor {{sequence, number}}, {{count, number}} baris.',
    doneNext:
      'Kirim berkas ini ke tim nasional lewat e-mail, diska USB, atau aplikasi pesan. Paket berikutnya tetap berisi perubahan ini sampai tim nasional mengirim tanda terimanya.',
  },
  import: {
    title: 'Terima paket',
    intro:
      'Impor tanda terima dari tim nasional, atau paket dari komputer lain hub ini. Tanda tangan setiap berkas diperiksa sebelum datanya digabungkan; berkas yang ditolak tidak mengubah apa pun.',
    introNational:
      'Impor paket dari hub provinsi, boleh beberapa sekaligus. Tanda tangan setiap paket diperiksa sebelum datanya digabungkan; paket yang ditolak tidak mengubah apa pun.',
    button: 'Impor paket…',
    drop: 'Atau seret satu atau beberapa berkas paket ke kotak ini.',
    dropActive: 'Lepaskan untuk mengimpor.',
    progressLabel: 'Kemajuan impor',
    progress: 'Mengimpor paket {{done, number}} dari {{total, number}}…',
    finished_one: '{{count, number}} paket sudah diperiksa: {{outcomes}}.',
    finished_other: '{{count, number}} paket sudah diperiksa: {{outcomes}}.',
    tally: {
      accepted: '{{count, number}} diterima',
      duplicate: '{{count, number}} sudah pernah diimpor',
      madeHere: '{{count, number}} dibuat di sini',
      refused: '{{count, number}} ditolak',
      alarm: '{{count, number}} PERINGATAN',
      failed: '{{count, number}} tidak diimpor',
    },
    resultsTitle: 'Hasil impor',
    from: 'Dari {{name}}',
    sequence: 'paket nomor {{sequence, number}}',
    ack: 'tanda terima',
    outcome: {
      accepted: 'Diterima',
      duplicate: 'Sudah pernah diimpor',
      refused: 'Ditolak',
      alarm: 'PERINGATAN: ditolak',
      failed: 'Tidak diimpor',
      madeHere: 'Dibuat di sini',
    },
    duplicate: 'Paket yang sama sudah diimpor sebelumnya; tidak ada yang berubah.',
    madeHere:
      'Berkas ini dibuat di komputer ini untuk dikirim, jadi tidak perlu diimpor di sini; tidak ada yang berubah. Kirim berkasnya ke penerima.',
    ackAccepted: 'Tanda terima dicatat: paket berikutnya hanya berisi perubahan sesudah yang dikonfirmasi.',
    driftAccepted: 'Selisih jam pengirim diterima secara khusus (tercatat di riwayat).',
    acceptDrift: 'Terima paket ini meskipun jam pengirim lebih maju',
  },
  history: {
    title: 'Riwayat paket',
    intro: 'Paket masuk dan keluar, terbaru di atas (paling banyak {{count, number}}).',
    empty: 'Belum ada paket masuk atau keluar.',
    when: 'Waktu',
    direction: 'Arah',
    party: 'Dari / untuk',
    thisComputer: 'Komputer ini',
    sequence: 'No. paket',
    outcome: 'Hasil',
    detail: 'Keterangan',
    in: 'Masuk',
    out: 'Keluar',
    ack: 'Tanda terima',
    rebuild: 'Paket pemulihan',
    outcomes: {
      exported: 'Diekspor',
      accepted: 'Diterima',
      duplicate: 'Duplikat',
      refused: 'Ditolak',
      alarm: 'PERINGATAN',
    },
    file: 'Berkas {{file}}',
    driftAccepted: 'Selisih jam diterima secara khusus.',
  },
  keys: {
    ownTitle: 'Kunci komputer ini',
    ownIntro:
      'Setiap paket yang dikirim dari sini ditandatangani dengan kunci ini. Penerima mendaftarkan berkas kunci publiknya setelah mencocokkan sidik jarinya dengan Anda melalui telepon.',
    keyId: 'ID kunci',
    saveFile: 'Simpan berkas kunci publik…',
    saved:
      'Berkas kunci publik disimpan: {{file}}. Kirim berkas itu ke penerima, lalu bacakan sidik jarinya melalui telepon.',
    rotate: 'Ganti kunci…',
    rotateTitle: 'Ganti kunci komputer ini?',
    rotateExplain:
      'Kunci baru dibuat, dan sebuah paket yang ditandatangani kunci lama mengumumkannya. Simpan paket itu, lalu kirim ke semua penerima seperti paket biasa: begitu mereka mengimpornya, kunci baru langsung dipercaya dan paket lain dari kunci lama ditolak. Kunci lama tetap disimpan di komputer ini. Ganti kunci bila kunci ini mungkin diketahui orang lain, misalnya komputer hilang.',
    rotateConfirm: 'Ganti kunci dan simpan paketnya…',
    rotated:
      'Kunci sudah diganti. Paket {{file}} (nomor {{sequence, number}}) mengumumkan kunci baru; kirim ke semua penerima.',
    cancel: 'Batal',
    enrolTitle: 'Daftarkan kunci',
    enrolIntro:
      'Paket dan tanda terima hanya diterima dari kunci yang terdaftar di sini. Berkas kunci saja tidak membuktikan siapa pengirimnya, jadi sidik jarinya dicocokkan melalui telepon:',
    enrolSteps: {
      file: 'Minta pengirim menyimpan berkas kunci publiknya (di Sinkronisasi → Kunci tepercaya) dan mengirimkannya kepada Anda.',
      choose: 'Pilih berkas itu di sini.',
      call: 'Telepon pengirim. Minta mereka membacakan 30 angka sidik jari yang tampil di layar mereka, lalu ketik angka itu.',
    },
    choose: 'Pilih berkas kunci…',
    chosenTitle: 'Kunci dalam berkas',
    name: 'Nama',
    role: 'Peran',
    province: 'Provinsi',
    known: {
      self: 'Ini kunci komputer ini sendiri; tidak perlu didaftarkan.',
      trusted: 'Kunci ini sudah terdaftar.',
      revoked: 'Kunci ini pernah dicabut dan tidak dapat didaftarkan lagi.',
      retired: 'Kunci ini sudah diganti oleh pemiliknya.',
    },
    fingerprintLabel: 'Sidik jari yang dibacakan pengirim',
    fingerprintHint:
      'Ketik 30 angka yang dibacakan pengirim dari layar mereka, bukan dari berkas ini. Spasi dan tanda hubung boleh.',
    fingerprintLength_one:
      'Sidik jari terdiri dari {{expected, number}} angka; yang diketik {{count, number}} angka. Minta pengirim membacakannya lagi sampai lengkap.',
    fingerprintLength_other:
      'Sidik jari terdiri dari {{expected, number}} angka; yang diketik {{count, number}} angka. Minta pengirim membacakannya lagi sampai lengkap.',
    groupsDiffer: 'Kelompok yang berbeda: {{groups}}.',
    enrol: 'Daftarkan kunci',
    enrolled: 'Kunci {{name}} sudah terdaftar. Paket bertanda tangan kunci ini sekarang diterima.',
    listTitle: 'Kunci yang dikenal',
    fingerprint: 'Sidik jari',
    status: 'Status',
    enrolledAt: 'Terdaftar',
    action: 'Tindakan',
    statuses: { self: 'Kunci komputer ini', trusted: 'Tepercaya', revoked: 'Dicabut', retired: 'Sudah diganti' },
    revoke: 'Cabut…',
    revokeTitle: 'Cabut kunci {{name}}?',
    revokeExplain:
      'Mulai sekarang setiap paket bertanda tangan kunci ini ditolak, termasuk paket lama yang dikirim ulang. Data yang sudah digabungkan tetap ada. Kunci yang dicabut tidak dapat didaftarkan lagi: pemiliknya harus membuat kunci baru.',
    revokeConfirm: 'Cabut kunci',
    revoked: 'Kunci {{name}} sudah dicabut.',
  },
  provinces: {
    title: 'Kemajuan provinsi',
    summary:
      '{{enrolled, number}} dari {{total, number}} provinsi punya hub terdaftar. Paket yang dibuat lebih dari {{days, number}} hari lalu ditandai terlambat.',
    columnsHint:
      'Paket hilang: nomor paket yang belum diterima dan tidak tercakup paket sesudahnya. Peringatan: paket yang ditolak karena bisa jadi basis data hub disalin ke komputer lain atau kuncinya dicuri.',
    attentionTitle: 'Perlu ditindaklanjuti',
    attentionNone:
      'Tidak ada yang perlu ditindaklanjuti: setiap hub terdaftar sudah mengirim paket tepat waktu, tanpa paket yang hilang atau peringatan.',
    attention: {
      alarm_one:
        '{{count, number}} paket ditolak dengan PERINGATAN: bisa jadi basis data hub disalin ke komputer lain atau kuncinya dicuri. Baca keterangannya di Riwayat, lalu hubungi hub.',
      alarm_other:
        '{{count, number}} paket ditolak dengan PERINGATAN: bisa jadi basis data hub disalin ke komputer lain atau kuncinya dicuri. Baca keterangannya di Riwayat, lalu hubungi hub.',
      late_one: 'Paket terakhir dibuat {{count, number}} hari lalu (terlambat). Hubungi sekretariat hub.',
      late_other: 'Paket terakhir dibuat {{count, number}} hari lalu (terlambat). Hubungi sekretariat hub.',
      gaps_one:
        'Paket nomor {{sequences}} belum diterima. Kirim tanda terima ke hub: paket berikutnya darinya memuat lagi isi yang hilang. Atau minta hub mengirim ulang berkasnya.',
      gaps_other:
        'Paket nomor {{sequences}} belum diterima. Kirim tanda terima ke hub: paket berikutnya darinya memuat lagi isi yang hilang. Atau minta hub mengirim ulang berkasnya.',
      never: 'Kuncinya terdaftar, tetapi belum ada paket yang diterima.',
    },
    historyLink: 'Buka Riwayat',
    province: 'Provinsi',
    hub: 'Hub',
    lastBundle: 'Paket terakhir',
    age: 'Umur paket',
    gaps: 'Paket hilang',
    organisations: 'OMS',
    people: 'Orang',
    alarms: 'Peringatan',
    action: 'Tindakan',
    noHub: 'Belum ada hub terdaftar',
    never: 'Belum ada paket',
    bundle: 'No. {{sequence, number}}, {{date}}',
    ageDays_one: '{{count, number}} hari',
    ageDays_other: '{{count, number}} hari',
    today: 'Hari ini',
    stale: 'terlambat',
    noGaps: 'Tidak ada',
    gapList: 'No. {{sequences}}',
    ack: 'Buat tanda terima…',
    ackSaved: 'Tanda terima untuk {{name}} disimpan: {{file}}. Kirim berkas itu ke hub tersebut.',
  },
}

export const syncScreenEn: Catalog<typeof syncScreenId> = {
  tabs: {
    label: 'Sync sections',
    exchange: 'Send & receive',
    history: 'History',
    keys: 'Trusted keys',
    provinces: 'Provinces',
  },
  table: {
    hubs: 'Hub identity',
    organisations: 'OMS',
    membership_changes: 'Membership status changes',
    capacity_assessments: 'Capacity assessments',
    people: 'People',
    affiliations: 'Links between people and OMS',
    duplicate_dismissals: '"Not a duplicate" marks',
    consent_records: 'Consent records',
    issue_clusters: 'Issue clusters',
    initiatives: 'Initiatives',
    initiative_status_changes: 'Initiative status changes',
    initiative_steps: 'Initiative formulation steps',
    needs: 'Initiative needs',
    stories: 'Stories of change',
    supporters: 'Supporters',
    fee_rates: 'Management fee rates',
    pledges: 'Pledges',
    fulfilments: 'Pledge fulfilments',
    cop_series: 'CoP & ToT session series',
    cop_sessions: 'CoP & ToT sessions',
    cop_participants: 'Session participants and their attendance',
    cop_trainers: 'Trainer qualifications',
    cop_certificates: 'CoP & ToT certificates',
    indicator_targets: 'Indicator targets',
  },
  number: '{{value, number}}',
  rows_one: '{{count, number}} row',
  rows_other: '{{count, number}} rows',
  counts:
    '{{new, number}} new, {{updated, number}} updated, {{unchanged, number}} unchanged, {{deleted, number}} deleted',
  export: {
    title: 'Send data',
    intro:
      'A bundle holds the data of this installation, signed with its key. Send the file to the receiver (usually the national team) on a USB stick, by e-mail or in a chat app.',
    introNational:
      "A bundle from here holds only the national team's own data, not the provinces'. To tell a hub its bundles arrived, write an acknowledgement in the Provinces tab.",
    full: 'All data (full)',
    fullHint:
      'A bundle usually holds only the changes since the last bundle the receiver confirmed. Choose this when the receiver lost a bundle or is just starting.',
    planTitle: 'What the next bundle holds',
    coversAll: "All of this hub's data.",
    coversAllNational: "All of the national team's data.",
    coversFrom: 'Changes after bundle number {{sequence, number}}, which the receiver confirmed.',
    nothing: 'No changes to send since that bundle.',
    nothingHint:
      'A bundle without changes can still be sent: the national team then knows the data here is up to date, and does not mark this province late.',
    withheldTitle: 'Not sent (kept here):',
    withheld: {
      people_name:
        'the names and notes of {{count, number}} people who have not consented to sharing with the national team, or whose processing is restricted. Their gender, birth year, role and OMS are still sent for the indicators.',
      people_name_one:
        'the name and notes of 1 person who has not consented to sharing with the national team, or whose processing is restricted. Their gender, birth year, role and OMS are still sent for the indicators.',
      people_phone:
        'the phone numbers and e-mail addresses of {{count, number}} people who have not consented to being contacted or to sharing with the national team.',
      people_phone_one:
        'the phone number and e-mail address of 1 person who has not consented to being contacted or to sharing with the national team.',
      supporters_contact_person:
        'the contact person, phone, e-mail and address of {{count, number}} supporters whose consent is not recorded.',
      supporters_contact_person_one:
        'the contact person, phone, e-mail and address of 1 supporter whose consent is not recorded.',
      consent_records_proof_sha256: 'the scans proving {{count, number}} consents; the consent records are sent.',
      consent_records_proof_sha256_one: 'the scan proving 1 consent; the consent record is sent.',
      cop_certificates_holder_name:
        "the holder names on {{count, number}} certificates whose holders have not consented to sharing with the national team, or whose processing is restricted. The certificates' codes, session titles and issue dates are still sent.",
      cop_certificates_holder_name_one:
        "the holder name on 1 certificate whose holder has not consented to sharing with the national team, or whose processing is restricted. The certificate's code, session title and issue date are still sent.",
      stories_title:
        'the title, text, before and after, and photos of {{count, number}} stories of change that name or picture someone who has not consented to sharing with the national team. Their dates, resources and status are still sent.',
      stories_title_one:
        'the title, text, before and after, and photos of 1 story of change that names or pictures someone who has not consented to sharing with the national team. Its date, resources and status are still sent.',
    },
    withheldNone: 'All personal data in this bundle is sent as the recorded consent allows.',
    button: 'Export bundle…',
    running: 'Writing the bundle…',
    progressLabel: 'Export progress',
    cancelled: 'Export cancelled; no bundle was written.',
    doneTitle: 'Bundle written',
    done_one: 'File {{file}}: bundle number {{sequence, number}}, {{count, number}} row.',
    done_other: 'File {{file}}: bundle number {{sequence, number}}, {{count, number}} rows.',
    doneNext:
      'Send this file to the national team by e-mail, on a USB stick or in a chat app. The next bundle holds these changes again until the national team sends its acknowledgement.',
  },
  import: {
    title: 'Receive bundles',
    intro:
      "Import an acknowledgement from the national team, or bundles from this hub's other computers. Each file's signature is checked before its data is merged; a refused file changes nothing.",
    introNational:
      "Import bundles from the provincial hubs, several at once if you like. Each bundle's signature is checked before its data is merged; a refused bundle changes nothing.",
    button: 'Import bundles…',
    drop: 'Or drag one or more bundle files into this box.',
    dropActive: 'Drop to import.',
    progressLabel: 'Import progress',
    progress: 'Importing bundle {{done, number}} of {{total, number}}…',
    finished_one: '{{count, number}} bundle checked: {{outcomes}}.',
    finished_other: '{{count, number}} bundles checked: {{outcomes}}.',
    tally: {
      accepted: '{{count, number}} accepted',
      duplicate: '{{count, number}} imported before',
      madeHere: '{{count, number}} made here',
      refused: '{{count, number}} refused',
      alarm: '{{count, number}} WARNING',
      failed: '{{count, number}} not imported',
    },
    resultsTitle: 'Import results',
    from: 'From {{name}}',
    sequence: 'bundle number {{sequence, number}}',
    ack: 'acknowledgement',
    outcome: {
      accepted: 'Accepted',
      duplicate: 'Already imported',
      refused: 'Refused',
      alarm: 'WARNING: refused',
      failed: 'Not imported',
      madeHere: 'Made here',
    },
    duplicate: 'The same bundle was imported before; nothing changed.',
    madeHere:
      'This file was made on this computer to be sent, so it needs no import here; nothing changed. Send the file to its receiver.',
    ackAccepted: 'Acknowledgement recorded: the next bundle holds only the changes after what was confirmed.',
    driftAccepted: "The sender's clock difference was accepted explicitly (recorded in the history).",
    acceptDrift: "Accept this bundle although the sender's clock is ahead",
  },
  history: {
    title: 'Bundle history',
    intro: 'Bundles in and out, newest first (at most {{count, number}}).',
    empty: 'No bundles in or out yet.',
    when: 'Time',
    direction: 'Direction',
    party: 'From / to',
    thisComputer: 'This computer',
    sequence: 'Bundle no.',
    outcome: 'Outcome',
    detail: 'Details',
    in: 'In',
    out: 'Out',
    ack: 'Acknowledgement',
    rebuild: 'Rebuild bundle',
    outcomes: {
      exported: 'Exported',
      accepted: 'Accepted',
      duplicate: 'Duplicate',
      refused: 'Refused',
      alarm: 'WARNING',
    },
    file: 'File {{file}}',
    driftAccepted: 'Clock difference accepted explicitly.',
  },
  keys: {
    ownTitle: "This computer's key",
    ownIntro:
      'Every bundle sent from here is signed with this key. Receivers enrol its public key file after comparing its fingerprint with you by phone.',
    keyId: 'Key id',
    saveFile: 'Save the public key file…',
    saved: 'Public key file saved: {{file}}. Send it to the receiver, then read its fingerprint aloud by phone.',
    rotate: 'Replace the key…',
    rotateTitle: "Replace this computer's key?",
    rotateExplain:
      'A new key is made, and a bundle signed by the old key announces it. Save that bundle and send it to every receiver like any bundle: once they import it, the new key is trusted at once and any other bundle from the old key is refused. The old key stays on this computer. Replace the key when someone else may know it, for instance after a computer was lost.',
    rotateConfirm: 'Replace the key and save its bundle…',
    rotated:
      'The key was replaced. Bundle {{file}} (number {{sequence, number}}) announces the new key; send it to every receiver.',
    cancel: 'Cancel',
    enrolTitle: 'Enrol a key',
    enrolIntro:
      'Bundles and acknowledgements are accepted only from keys enrolled here. A key file alone does not prove who sent it, so its fingerprint is compared by phone:',
    enrolSteps: {
      file: 'Ask the sender to save their public key file (under Sync → Trusted keys) and send it to you.',
      choose: 'Choose that file here.',
      call: 'Call the sender. Ask them to read out the 30 digits of the fingerprint on their screen, and type them.',
    },
    choose: 'Choose a key file…',
    chosenTitle: 'Key in the file',
    name: 'Name',
    role: 'Role',
    province: 'Province',
    known: {
      self: "This is this computer's own key; it needs no enrolment.",
      trusted: 'This key is enrolled already.',
      revoked: 'This key was revoked and cannot be enrolled again.',
      retired: 'This key was replaced by its owner.',
    },
    fingerprintLabel: 'Fingerprint read out by the sender',
    fingerprintHint:
      'Type the 30 digits the sender reads out from their screen, not from this file. Spaces and dashes are fine.',
    fingerprintLength_one:
      'A fingerprint has {{expected, number}} digits; {{count, number}} digit was typed. Ask the sender to read it again in full.',
    fingerprintLength_other:
      'A fingerprint has {{expected, number}} digits; {{count, number}} digits were typed. Ask the sender to read it again in full.',
    groupsDiffer: 'Groups that differ: {{groups}}.',
    enrol: 'Enrol the key',
    enrolled: 'The key of {{name}} is enrolled. Bundles signed with it are now accepted.',
    listTitle: 'Known keys',
    fingerprint: 'Fingerprint',
    status: 'Status',
    enrolledAt: 'Enrolled',
    action: 'Action',
    statuses: { self: "This computer's key", trusted: 'Trusted', revoked: 'Revoked', retired: 'Replaced' },
    revoke: 'Revoke…',
    revokeTitle: 'Revoke the key of {{name}}?',
    revokeExplain:
      'From now on every bundle signed with this key is refused, old bundles sent again included. Data merged already stays. A revoked key cannot be enrolled again: its owner must make a new key.',
    revokeConfirm: 'Revoke the key',
    revoked: 'The key of {{name}} is revoked.',
  },
  provinces: {
    title: 'Provinces',
    summary:
      '{{enrolled, number}} of {{total, number}} provinces have an enrolled hub. Bundles made more than {{days, number}} days ago are marked late.',
    columnsHint:
      "Missing bundles: bundle numbers not received and not covered by a later bundle. Warnings: bundles refused because the hub's database may have been copied to another computer, or its key stolen.",
    attentionTitle: 'Needs follow-up',
    attentionNone:
      'Nothing needs follow-up: every enrolled hub has sent a bundle in time, with no missing bundles and no warnings.',
    attention: {
      alarm_one:
        "{{count, number}} bundle refused with a WARNING: the hub's database may have been copied to another computer, or its key stolen. Read why in the History, then contact the hub.",
      alarm_other:
        "{{count, number}} bundles refused with a WARNING: the hub's database may have been copied to another computer, or its key stolen. Read why in the History, then contact the hub.",
      late_one: 'Last bundle made {{count, number}} day ago (late). Contact the hub’s secretariat.',
      late_other: 'Last bundle made {{count, number}} days ago (late). Contact the hub’s secretariat.',
      gaps_one:
        'Bundle number {{sequences}} has not arrived. Send the hub an acknowledgement: its next bundle then carries what is missing again. Or ask the hub to send that file again.',
      gaps_other:
        'Bundle numbers {{sequences}} have not arrived. Send the hub an acknowledgement: its next bundle then carries what is missing again. Or ask the hub to send those files again.',
      never: 'Its key is enrolled, but no bundle has arrived yet.',
    },
    historyLink: 'Open the History',
    province: 'Province',
    hub: 'Hub',
    lastBundle: 'Last bundle',
    age: 'Bundle age',
    gaps: 'Missing bundles',
    organisations: 'OMS',
    people: 'People',
    alarms: 'Warnings',
    action: 'Action',
    noHub: 'No hub enrolled yet',
    never: 'No bundle yet',
    bundle: 'No. {{sequence, number}}, {{date}}',
    ageDays_one: '{{count, number}} day',
    ageDays_other: '{{count, number}} days',
    today: 'Today',
    stale: 'late',
    noGaps: 'None',
    gapList: 'No. {{sequences}}',
    ack: 'Write acknowledgement…',
    ackSaved: 'Acknowledgement for {{name}} saved: {{file}}. Send the file to that hub.',
  },
}
