/** Reading attendance files from Zoom, Google Meet or a secretariat's own list (Bahasa Indonesia). */
export const attendanceValidationId = {
  notCsv:
    'Berkas "{{file}}" berformat Excel, bukan CSV. Buka berkasnya di Excel atau Google Spreadsheet, simpan atau unduh sebagai CSV, lalu pilih berkas CSV itu.',
  tooLarge:
    'Berkas "{{file}}" lebih besar dari {{limit, number}} MB, terlalu besar untuk daftar hadir satu pertemuan. Periksa apakah berkasnya benar, atau pecah menjadi beberapa berkas.',
  tooManyRows:
    'Berkas "{{file}}" berisi lebih dari {{max, number}} baris, terlalu banyak untuk daftar hadir satu pertemuan. Periksa apakah berkasnya benar, atau pecah menjadi beberapa berkas.',
  empty: 'Berkas "{{file}}" kosong. Unduh ulang laporan peserta dari Zoom atau Google Meet, lalu pilih berkas itu.',
  unknownShape:
    'Berkas "{{file}}" tidak dikenali sebagai daftar hadir. Baris pertamanya: "{{header}}". Pilih laporan peserta dari Zoom, laporan kehadiran Google Meet, atau CSV dengan kolom nama, e-mail, dan menit hadir (atau jam masuk dan jam keluar).',
  noRows: 'Berkas "{{file}}" hanya berisi judul kolom, tanpa satu pun peserta. Periksa apakah berkasnya benar.',
  noName:
    'Baris {{row, number}} tidak berisi nama peserta. Isi namanya atau hapus baris itu, lalu pilih berkasnya lagi.',
  badEmail:
    'Baris {{row, number}}: "{{value}}" bukan alamat e-mail. Perbaiki atau kosongkan isian itu, lalu pilih berkasnya lagi.',
  badTime:
    'Baris {{row, number}}: waktu "{{value}}" tidak dikenali. Tulis seperti 2025-05-18 09:02 atau 09.02, lalu pilih berkasnya lagi.',
  leaveBeforeJoin:
    'Baris {{row, number}}: waktu keluar ({{leave}}) lebih awal daripada waktu masuk ({{join}}). Perbaiki salah satunya, lalu pilih berkasnya lagi.',
  missingValue:
    'Baris {{row, number}}: kolom "{{column}}" kosong. Isi kolom itu atau hapus barisnya, lalu pilih berkasnya lagi.',
  badDuration:
    'Baris {{row, number}}: lama hadir "{{value}}" tidak dikenali. Tulis jumlah menit (misalnya 45) atau seperti "1 jam 5 menit", lalu pilih berkasnya lagi.',
}
