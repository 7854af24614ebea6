import type { Catalog } from '../../../../../shared/i18n/id'
import { profileEn, profileId } from './profile-messages'
import { removalEn, removalId } from './removal-messages'

/** Texts of the Profil Mitra record pages and forms. */
export const recordsId = {
  save: 'Simpan',
  cancel: 'Batal',
  edit: 'Ubah data',
  choose: 'Pilih…',
  none: 'Tidak ada',
  place: {
    regencyHint: 'Hanya kabupaten/kota di provinsi hub ini.',
    notListed: 'Tidak ada di daftar — ketik sendiri',
    districtTyped: 'Nama kecamatan',
    villageTyped: 'Nama desa/kelurahan',
  },
  organisation: {
    newTitle: 'OMS baru',
    editTitle: 'Ubah data OMS',
    profileTitle: 'Profil Mitra',
    identity: 'Identitas',
    place: 'Wilayah',
    contact: 'Alamat dan kontak',
    work: 'Kegiatan dan sumber daya',
    overview: 'Ringkasan',
  },
  duplicates: {
    title: 'Mungkin sudah tercatat ({{count}})',
    explain: {
      organisation:
        'Data berikut mirip dengan yang Anda isi (nama yang sama di kabupaten/kota yang sama atau di tempat lain di provinsi ini, atau telepon/e-mail yang sama). Periksa dulu agar tidak tercatat dua kali.',
      person:
        'Data berikut mirip dengan yang Anda isi (nama yang sama di OMS yang sama atau di OMS lain di provinsi ini, atau telepon/e-mail yang sama). Periksa dulu agar tidak tercatat dua kali.',
    },
    hint: 'Mirip dengan data yang sudah ada:',
    saveAnyway: 'Simpan tetap',
    back: 'Kembali ke isian',
    reason: {
      name: 'nama mirip',
      nameElsewhere: 'nama mirip, di tempat lain',
      phone: 'telepon sama',
      email: 'e-mail sama',
    },
  },
  status: {
    title: 'Status keanggotaan',
    current: 'Status',
    since: 'Berlaku sejak',
    sinceDate: 'sejak {{date}}',
    history: 'Riwayat status',
    change: 'Ubah status',
    new: 'Status baru',
    effectiveOn: 'Tanggal berlaku',
    note: 'Keterangan (tidak wajib)',
    submit: 'Simpan status',
    chooseFirst: 'Pilih status baru dulu.',
  },
  capacity: {
    title: 'Penilaian mandiri kapasitas',
    empty: 'Belum ada penilaian kapasitas.',
    latest: 'Penilaian terakhir: {{date}} (nilai 1–5).',
    aspect: 'Aspek',
    score: 'Nilai',
    trendTitle: 'Dibanding penilaian sebelumnya',
    trend: { up: 'naik (sebelumnya {{before}})', down: 'turun (sebelumnya {{before}})', same: 'tetap' },
    history: 'Riwayat penilaian',
    add: 'Tambah penilaian',
    assessedOn: 'Tanggal penilaian',
    submit: 'Simpan penilaian',
    rubricBetween: 'Nilai 2 dan 4 untuk keadaan di antaranya.',
    rubric: {
      financial_resilience: {
        low: 'Bergantung pada satu sumber dana; belum ada pembukuan yang rapi.',
        mid: 'Dua atau tiga sumber dana; pembukuan rutin dan anggaran tahunan.',
        high: 'Sumber dana beragam, ada dana cadangan, laporan keuangan diaudit atau dibuka ke publik.',
      },
      adaptive_management: {
        low: 'Belum ada rencana kerja; keputusan bergantung pada satu orang.',
        mid: 'Ada rencana kerja dan pembagian peran; rencana ditinjau sesekali.',
        high: 'Rencana strategis dan rencana kontingensi ditinjau berkala; tata kelola tetap berjalan saat krisis.',
      },
      communication_social_media: {
        low: 'Belum ada saluran komunikasi publik selain dari mulut ke mulut.',
        mid: 'Punya akun media sosial yang diperbarui sesekali.',
        high: 'Konten terencana dan rutin (mis. cerita perubahan); tanggapan publik dipantau.',
      },
      marketing_social_business: {
        low: 'Belum ada produk atau layanan yang dijual.',
        mid: 'Menjual produk atau layanan sesekali, tanpa rencana usaha.',
        high: 'Unit bisnis sosial dengan rencana usaha dan pemasaran digital, memberi pendapatan tetap.',
      },
      digital_transformation: {
        low: 'Data dan dokumen hanya di kertas atau ponsel pribadi.',
        mid: 'Sebagian pekerjaan memakai e-mail, spreadsheet, dan penyimpanan bersama.',
        high: 'Alat digital dipakai di seluruh kegiatan (data, keuangan, layanan), dengan cadangan dan pengamanan data.',
      },
      domestic_resource_mobilisation: {
        low: 'Bergantung pada hibah; belum menggalang dukungan dari sumber lokal.',
        mid: 'Sesekali menggalang dana, barang, atau relawan dari warga, pemerintah desa, atau usaha lokal.',
        high: 'Penggalangan rutin dari berbagai pihak (warga, Dana Desa/APBD, CSR), dicatat dan dilaporkan kembali.',
      },
    },
  },
  people: {
    title: 'Orang ({{count}})',
    empty: 'Belum ada orang yang dicatat untuk OMS ini.',
    add: 'Tambah orang',
  },
  later: {
    initiatives: {
      title: 'Inisiatif',
      body: 'Inisiatif OMS ini akan dicatat di versi berikutnya. Belum ada data.',
    },
    pledges: {
      title: 'Galang Daya (janji dukungan)',
      body: 'Janji dukungan dan penyalurannya akan dicatat di versi berikutnya. Belum ada data.',
    },
    participation: {
      title: 'Partisipasi CoP/ToT',
      body: 'Kehadiran dalam CoP dan ToT akan dicatat di versi berikutnya. Belum ada data.',
    },
  },
  person: {
    title: 'Data orang',
    newTitle: 'Orang baru',
    editTitle: 'Ubah data orang',
    young: 'muda (16–30)',
    noOrganisation: 'Belum dipilih.',
    findOrganisation: 'Cari OMS lain',
    chooseOrganisation: 'Pilih {{name}}',
    consentTitle: 'Persetujuan',
    consentHint:
      'Tanpa persetujuan, telepon dan e-mail orang ini tetap tersimpan di hub tetapi tidak dibagikan ke tingkat nasional.',
    consent: 'Orang ini setuju data kontaknya disimpan dan dibagikan ke tingkat nasional',
    consentOn: 'Tanggal persetujuan',
    consentGiven: 'setuju sejak {{date}}',
    consentMissing: 'belum ada persetujuan',
    affiliations: 'Riwayat OMS',
    since: 'sejak {{from}}',
    period: '{{from}} – {{until}}',
    saved: 'Data {{name}} sudah disimpan.',
  },
  merge: {
    title: 'Gabungkan data',
    explain: {
      organisation:
        'Pilih nilai yang dipertahankan untuk setiap kolom. OMS di kolom kiri tetap ada; OMS di kolom kanan digabungkan ke dalamnya.',
      person:
        'Pilih nilai yang dipertahankan untuk setiap kolom. Orang di kolom kiri tetap ada; data di kolom kanan digabungkan ke dalamnya.',
    },
    references: {
      organisation:
        'Semua orang, riwayat status, dan penilaian kapasitas OMS kanan pindah ke OMS kiri. Status hasil penggabungan adalah status terbaru dalam riwayat gabungan; bila status yang Anda pilih berbeda, status itu dicatat sebagai perubahan status per hari ini. OMS kanan tidak lagi muncul di direktori. Penggabungan ini dapat diurungkan dari halaman OMS kiri selama belum ada penggabungan lain.',
      person:
        'Riwayat OMS orang di kolom kanan pindah ke orang di kolom kiri. Hanya keanggotaan di OMS yang dipilih yang tetap berjalan; keanggotaan lain yang masih berjalan berakhir hari ini. Data kanan tidak lagi muncul di direktori. Penggabungan ini dapat diurungkan dari halaman orang di kolom kiri selama belum ada penggabungan lain.',
    },
    statusSince: '{{status}} sejak {{date}}',
    statusRecorded: '{{status}}, dicatat sebagai perubahan status per {{date}}',
    field: 'Kolom',
    keep: 'Tetap: {{name}}',
    remove: 'Digabungkan: {{name}}',
    result: 'Hasil',
    empty: '(kosong)',
    choose: '{{field}}: pakai {{value}}',
    confirm: 'Gabungkan',
    swap: 'Tukar kiri dan kanan',
    entryTitle: 'Gabungkan dengan…',
    entryHint: {
      organisation: 'Bila OMS ini tercatat dua kali, cari data lainnya lalu bandingkan keduanya.',
      person: 'Bila orang ini tercatat dua kali, cari data lainnya lalu bandingkan keduanya.',
    },
    search: { organisation: 'Cari OMS lain', person: 'Cari orang lain' },
    with: 'Bandingkan dengan {{name}}',
    done: '"{{name}}" sudah digabungkan ke data ini.',
    undo: 'Urungkan penggabungan',
    undone: 'Penggabungan dengan "{{name}}" sudah diurungkan.',
    mergedInto: 'OMS ini sudah digabungkan ke OMS lain.',
    personMergedInto: 'Data orang ini sudah digabungkan ke data lain.',
    openSurvivor: 'Buka data yang tetap ada',
  },
  ...removalId,
  ...profileId,
}

export const recordsEn: Catalog<typeof recordsId> = {
  save: 'Save',
  cancel: 'Cancel',
  edit: 'Edit',
  choose: 'Choose…',
  none: 'None',
  place: {
    regencyHint: 'Only the regencies and cities of this hub’s province.',
    notListed: 'Not in the list — type it',
    districtTyped: 'District name',
    villageTyped: 'Village name',
  },
  organisation: {
    newTitle: 'New OMS',
    editTitle: 'Edit OMS',
    profileTitle: 'Profil Mitra',
    identity: 'Identity',
    place: 'Location',
    contact: 'Address and contact',
    work: 'Work and resources',
    overview: 'Overview',
  },
  duplicates: {
    title: 'Possibly recorded already ({{count}})',
    explain: {
      organisation:
        'These records look like the one you entered (the same name in the same regency/city or elsewhere in this province, or the same phone/e-mail). Check them first so nothing is recorded twice.',
      person:
        'These records look like the one you entered (the same name in the same OMS or in another OMS of this province, or the same phone/e-mail). Check them first so nothing is recorded twice.',
    },
    hint: 'Looks like existing records:',
    saveAnyway: 'Save anyway',
    back: 'Back to the form',
    reason: {
      name: 'similar name',
      nameElsewhere: 'similar name, elsewhere',
      phone: 'same phone',
      email: 'same e-mail',
    },
  },
  status: {
    title: 'Membership status',
    current: 'Status',
    since: 'Effective from',
    sinceDate: 'since {{date}}',
    history: 'Status history',
    change: 'Change status',
    new: 'New status',
    effectiveOn: 'Effective date',
    note: 'Note (optional)',
    submit: 'Save status',
    chooseFirst: 'Choose the new status first.',
  },
  capacity: {
    title: 'Capacity self-assessment',
    empty: 'No capacity assessment yet.',
    latest: 'Latest assessment: {{date}} (scores 1–5).',
    aspect: 'Aspect',
    score: 'Score',
    trendTitle: 'Compared with the previous assessment',
    trend: { up: 'up (was {{before}})', down: 'down (was {{before}})', same: 'unchanged' },
    history: 'Assessment history',
    add: 'Add an assessment',
    assessedOn: 'Assessment date',
    submit: 'Save assessment',
    rubricBetween: 'Scores 2 and 4 are for what lies in between.',
    rubric: {
      financial_resilience: {
        low: 'Depends on one source of funds; no orderly bookkeeping yet.',
        mid: 'Two or three sources of funds; regular bookkeeping and a yearly budget.',
        high: 'Diverse sources of funds, a reserve, financial reports audited or made public.',
      },
      adaptive_management: {
        low: 'No work plan yet; decisions rest with one person.',
        mid: 'A work plan and shared roles; the plan is reviewed now and then.',
        high: 'A strategic plan and a contingency plan reviewed regularly; governance holds up in a crisis.',
      },
      communication_social_media: {
        low: 'No public channel besides word of mouth.',
        mid: 'Social media accounts, updated now and then.',
        high: 'Planned, regular content (e.g. stories of change); public response is followed.',
      },
      marketing_social_business: {
        low: 'No product or service for sale yet.',
        mid: 'Sells products or services now and then, without a business plan.',
        high: 'A social business unit with a business plan and digital marketing, bringing steady income.',
      },
      digital_transformation: {
        low: 'Data and documents only on paper or personal phones.',
        mid: 'E-mail, spreadsheets and shared storage for part of the work.',
        high: 'Digital tools across all work (data, finance, services), with backups and data protection.',
      },
      domestic_resource_mobilisation: {
        low: 'Relies on grants; no support raised from local sources yet.',
        mid: 'Now and then raises money, goods or volunteers from residents, village government or local businesses.',
        high: 'Regular fundraising from many sides (residents, village and regional budgets, CSR), recorded and reported back.',
      },
    },
  },
  people: {
    title: 'People ({{count}})',
    empty: 'No people recorded for this OMS yet.',
    add: 'Add a person',
  },
  later: {
    initiatives: {
      title: 'Initiatives',
      body: 'This OMS’s initiatives will be recorded in a later version. No data yet.',
    },
    pledges: {
      title: 'Galang Daya (pledges of support)',
      body: 'Pledges of support and their fulfilment will be recorded in a later version. No data yet.',
    },
    participation: {
      title: 'CoP/ToT participation',
      body: 'Attendance at CoP and ToT will be recorded in a later version. No data yet.',
    },
  },
  person: {
    title: 'Person',
    newTitle: 'New person',
    editTitle: 'Edit person',
    young: 'young (16–30)',
    noOrganisation: 'Not chosen yet.',
    findOrganisation: 'Find another OMS',
    chooseOrganisation: 'Choose {{name}}',
    consentTitle: 'Consent',
    consentHint:
      'Without consent, this person’s phone and e-mail stay at the hub but are not shared with the national level.',
    consent: 'This person agrees to their contact data being kept and shared with the national level',
    consentOn: 'Date of consent',
    consentGiven: 'agreed on {{date}}',
    consentMissing: 'no consent yet',
    affiliations: 'OMS history',
    since: 'since {{from}}',
    period: '{{from}} – {{until}}',
    saved: '{{name}} has been saved.',
  },
  merge: {
    title: 'Merge records',
    explain: {
      organisation:
        'Choose which value to keep for each field. The OMS on the left stays; the one on the right is merged into it.',
      person:
        'Choose which value to keep for each field. The person on the left stays; the record on the right is merged into it.',
    },
    references: {
      organisation:
        'All people, status history and capacity assessments of the right-hand OMS move to the left one. The merged OMS takes the latest status in the joined history; if the status you choose differs, it is recorded as a status change as of today. The right-hand OMS no longer appears in the directory. This merge can be undone from the left OMS’s page until another merge is made.',
      person:
        'The OMS history of the person on the right moves to the person on the left. Only the membership in the chosen OMS stays current; any other current membership ends today. The right-hand record no longer appears in the directory. This merge can be undone from the left person’s page until another merge is made.',
    },
    statusSince: '{{status}} since {{date}}',
    statusRecorded: '{{status}}, recorded as a status change on {{date}}',
    field: 'Field',
    keep: 'Keep: {{name}}',
    remove: 'Merged: {{name}}',
    result: 'Result',
    empty: '(empty)',
    choose: '{{field}}: use {{value}}',
    confirm: 'Merge',
    swap: 'Swap left and right',
    entryTitle: 'Merge with…',
    entryHint: {
      organisation: 'If this OMS is recorded twice, find the other record and compare the two.',
      person: 'If this person is recorded twice, find the other record and compare the two.',
    },
    search: { organisation: 'Find another OMS', person: 'Find another person' },
    with: 'Compare with {{name}}',
    done: '"{{name}}" has been merged into this record.',
    undo: 'Undo merge',
    undone: 'The merge with "{{name}}" has been undone.',
    mergedInto: 'This OMS has been merged into another one.',
    personMergedInto: 'This person’s record has been merged into another one.',
    openSurvivor: 'Open the record that remains',
  },
  ...removalEn,
  ...profileEn,
}
