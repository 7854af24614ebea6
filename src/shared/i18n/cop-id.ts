import { attendanceValidationId } from './attendance-id'

/** CoP & ToT: sessions, attendance, scores, certificates and trainers (Bahasa Indonesia). */
export const copValidationId = {
  period: 'Isi tanggal periode dengan benar, misalnya 18/05/2026.',
  series: {
    title: 'Isi judul rangkaian sesi.',
    hasSessions:
      'Rangkaian ini masih memiliki {{count, number}} sesi. Hapus sesinya atau keluarkan dari rangkaian terlebih dahulu.',
  },
  session: {
    title: 'Isi judul sesi.',
    aspect: 'Pilih aspek kapasitas sesi ini dari daftar (misalnya Resiliensi keuangan).',
    format: 'Pilih bentuk sesi: webinar, pelatihan daring, pelatihan luring, ToT, pendampingan atau diskusi CoP.',
    startsAt: 'Isi tanggal dan jam mulai sesi.',
    endsAt: 'Isi tanggal dan jam selesai sesi.',
    endBeforeStart: 'Waktu selesai harus sesudah waktu mulai.',
    link: 'Tautan pertemuan harus diawali https:// atau http://, misalnya https://zoom.us/j/123456789.',
    capacity: 'Kapasitas berupa bilangan bulat lebih dari 0, atau kosongkan bila tidak dibatasi.',
    facilitators: 'Paling banyak 20 fasilitator untuk satu sesi.',
    facilitatorTwice: 'Satu orang hanya dapat dipilih sekali sebagai fasilitator.',
    facilitator: 'Fasilitator yang dipilih tidak lagi tercatat di direktori. Pilih orang lain.',
    organiser: 'Penyelenggara yang dipilih tidak lagi tercatat sebagai OMS anggota. Pilih OMS lain atau hub.',
    series: 'Rangkaian sesi ini tidak ditemukan: mungkin sudah dihapus.',
    seriesPart: 'Isi nomor bagian sesi dalam rangkaian (1 sampai 99).',
    partTaken: 'Bagian {{part, number}} rangkaian ini sudah dipakai oleh sesi "{{title}}". Pilih nomor bagian lain.',
    threshold: 'Ambang kehadiran berupa jumlah menit (0 atau lebih), atau kosongkan untuk tiga perempat durasi sesi.',
    passScore: 'Nilai lulus berupa bilangan bulat 0 sampai 100.',
    status: 'Pilih status sesi.',
    notFound: 'Sesi ini tidak ditemukan: mungkin sudah dihapus.',
    notYetHeld: 'Sesi yang belum dimulai tidak dapat ditandai selesai.',
    cancelledFirst: 'Sesi yang dibatalkan harus direncanakan kembali terlebih dahulu.',
    hasCertificates:
      'Sesi ini sudah menerbitkan {{count, number}} sertifikat. Tarik sertifikatnya terlebih dahulu bila sesi memang tidak terlaksana.',
    hasGraduates: 'Sesi ini sudah meluluskan {{count, number}} pelatih. Batalkan kelulusan mereka terlebih dahulu.',
  },
  participant: {
    certifiedChange:
      '{{name}} sudah menerima sertifikat atau lulus sebagai pelatih dari sesi ini, dan perubahan ini membuatnya tidak lagi memenuhi syarat. Tarik sertifikatnya atau batalkan kelulusannya terlebih dahulu.',
    none: 'Pilih setidaknya satu peserta.',
    status: 'Pilih status kehadiran: terdaftar, hadir, hadir sebagian, tidak hadir atau batal.',
    score: 'Nilai pre-test dan post-test berupa bilangan bulat 0 sampai 100, atau kosong.',
    person: 'Orang yang dipilih tidak lagi tercatat di direktori.',
    twice: '{{name}} sudah terdaftar di sesi "{{session}}".',
    full: 'Kapasitas sesi ({{capacity, number}} orang) sudah penuh, sehingga {{name}} tidak dapat didaftarkan. Naikkan kapasitasnya bila perlu.',
    notYetHeld: 'Sesi belum dimulai: kehadiran baru dapat dicatat setelah sesi berlangsung.',
    notFound: 'Peserta ini tidak ditemukan di sesi ini: mungkin sudah dihapus.',
    certified: 'Peserta ini sudah menerima sertifikat. Tarik sertifikatnya terlebih dahulu.',
  },
  attendance: {
    ...attendanceValidationId,
    unreadable: 'Berkas kehadiran tidak dapat dibaca. Unduh ulang laporan peserta dari Zoom atau Google Meet.',
    changed: 'Pratinjau sudah tidak sesuai dengan berkasnya. Buka berkas kehadiran sekali lagi.',
    personTwice:
      '"{{first}}" dan "{{second}}" dicocokkan dengan orang yang sama. Pilih orang yang berbeda, atau lewati salah satu baris.',
  },
  certificate: {
    code: 'Isi kode verifikasi yang tercetak di sertifikat, misalnya 35-7K2M-9QXD.',
    notDone: 'Sertifikat baru dapat diterbitkan setelah sesi berstatus selesai.',
    notFound: 'Sertifikat ini tidak ditemukan: mungkin sudah ditarik.',
  },
  trainer: {
    notTot: 'Hanya peserta ToT yang dapat diluluskan sebagai pelatih.',
    notCompleted:
      '{{name}} belum menyelesaikan ToT ini: harus hadir penuh, nilai post-test sedikitnya {{passScore, number}}, dan sesi berstatus selesai.',
    already: '{{name}} sudah menjadi pelatih untuk aspek ini (lulus dari "{{session}}").',
    notFound: 'Data pelatih ini tidak ditemukan: mungkin sudah dibatalkan.',
    hasLed:
      'Pelatih ini sudah memfasilitasi {{count, number}} sesi sejak lulus, sehingga kelulusannya tidak dapat dibatalkan.',
  },
}
