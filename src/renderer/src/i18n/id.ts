import type { Catalog } from '@shared/i18n/id'
import { chartsId } from '../ui/charts/messages'
import { dateInputId } from '../ui/date-messages'

/** The renderer's own texts, Bahasa Indonesia first; validation and error texts live in src/shared/i18n. */
export const id = {
  app: {
    skipToContent: 'Langsung ke isi utama',
    startupFailed: 'Lokadaya Hub belum dapat dibuka.',
    retry: 'Coba lagi',
    loadFailed:
      'Sebagian berkas aplikasi gagal dimuat. Data Anda tidak diubah. Coba lagi; bila berulang, pasang ulang Lokadaya Hub.',
    notRecorded: 'Belum diisi',
    loadingRow: 'Memuat…',
  },
  language: { label: 'Bahasa / Language' },
  lookup: {
    none: 'Tidak ada yang cocok dengan "{{query}}".',
    hint: 'Ketik sebagian nama, pilih dengan panah atas/bawah lalu Enter.',
  },
  dateInput: dateInputId,
  charts: chartsId,
  role: { hub: 'Hub provinsi', national: 'Instans nasional' },
  setup: {
    title: 'Penyiapan awal',
    intro:
      'Selamat datang di Lokadaya Hub. Isi data berikut sekali saja untuk membuat identitas instalasi ini. Semua data disimpan di komputer ini.',
    role: {
      legend: 'Peran instalasi ini',
      hubHint: 'Sekretariat jaringan OMS di satu provinsi.',
      nationalHint: 'Tim nasional yang menghimpun data dari semua hub. Tidak terikat pada satu provinsi.',
    },
    province: { label: 'Provinsi', choose: 'Pilih provinsi…', zone: 'Zona waktu hub: {{zone}}' },
    name: { label: 'Nama organisasi hub', hint: 'Nama organisasi yang menjalankan sekretariat.' },
    contact: {
      legend: 'Kontak sekretariat',
      hint: 'Orang yang dapat dihubungi tim nasional. Isi setidaknya nomor telepon atau e-mail.',
      name: 'Nama kontak',
      phone: 'Nomor telepon',
      email: 'E-mail',
    },
    submit: 'Buat identitas hub',
    saving: 'Menyimpan…',
    done: {
      title: 'Identitas hub sudah dibuat',
      continue: 'Lanjut ke aplikasi',
    },
  },
  fingerprint: {
    title: 'Sidik jari kunci',
    readAloud: {
      hub: 'Bacakan keenam kelompok angka ini kepada tim nasional melalui telepon saat sekretariat nasional mendaftarkan hub ini. Bila angka yang mereka dengar sama dengan yang mereka terima, data kiriman hub ini dapat dipercaya.',
      national:
        'Bacakan keenam kelompok angka ini melalui telepon kepada sekretariat hub provinsi yang mendaftarkan kunci tim nasional — satu per satu, kepada tiap provinsi. Bila angka yang mereka dengar sama, tanda terima dari tim nasional dapat mereka percaya.',
    },
    copy: 'Salin sidik jari',
    print: 'Cetak sidik jari',
    copied: 'Sidik jari disalin. Tempelkan di pesan atau dokumen bila perlu.',
    selected: 'Sidik jari sudah dipilih; tekan Ctrl+C untuk menyalinnya.',
    printedFor: 'Dicetak untuk {{name}}, {{date}}.',
  },
  identity: {
    title: 'Identitas hub',
    hubId: 'ID hub',
    role: 'Peran',
    province: 'Provinsi',
    timeZone: 'Zona waktu',
    name: 'Nama organisasi',
    contactName: 'Nama kontak',
    contactPhone: 'Telepon',
    contactEmail: 'E-mail',
    today: 'Hari ini',
    createdAt: 'Dibuat',
    edit: {
      open: 'Ubah nama dan kontak',
      provinceFixed:
        'Provinsi tidak dapat diubah setelah penyiapan: semua data hub ini tercatat atas provinsi itu. Bila provinsinya salah, siapkan instalasi baru.',
      save: 'Simpan',
      cancel: 'Batal',
      saving: 'Menyimpan…',
      saved:
        'Nama dan kontak hub disimpan. Perubahan ini ikut terkirim ke tim nasional bersama paket sinkronisasi berikutnya.',
    },
  },
  nav: {
    label: 'Menu utama',
    home: 'Beranda',
    members: 'Anggota',
    initiatives: 'Inisiatif',
    galangDaya: 'Galang Daya',
    copTot: 'CoP & ToT',
    sync: 'Sinkronisasi',
    reports: 'Laporan',
    privacy: 'Privasi',
    settings: 'Pengaturan',
  },
  storageNotices: { title: 'Perlu perhatian' },
  settings: {
    languageTitle: 'Bahasa tampilan',
    languageHint: 'Pilihan ini disimpan dan dipakai lagi saat aplikasi dibuka kembali.',
    storageTitle: 'Penyimpanan',
    database: 'Lokasi basis data',
    signingKey: 'Kunci tanda tangan',
    signingKeyHint:
      'Kunci ini menandatangani data yang dikirim hub. Simpan cadangannya; tanpa kunci, hub harus didaftarkan ulang.',
  },
  about: {
    title: 'Tentang',
    version: 'Versi aplikasi',
    referenceData: 'Data rujukan',
    dataVersion: 'Versi data',
    license: 'Lisensi',
    dataset: 'Set data',
    odbl: 'Nama dan kode wilayah (provinsi, kabupaten/kota, kecamatan, desa/kelurahan) di aplikasi ini berasal dari set data tersebut, yang dipakai di bawah Open Database License (ODbL) v1.0. Lisensi ini mewajibkan pernyataan atribusi di atas dicantumkan apa adanya, dan data turunan yang dibagikan harus memakai lisensi yang sama.',
  },
}

export type UiMessages = Catalog<typeof id>
