/** Cerita Perubahan and the photos they carry (Bahasa Indonesia). */
export const storiesId = {
  notFound: 'Cerita perubahan ini tidak ditemukan atau sudah dihapus.',
  invalid: 'Cerita perubahan belum dapat disimpan: ada isian yang perlu diperbaiki.',
  initiative: {
    missing: 'Inisiatif untuk cerita ini tidak ditemukan. Pilih inisiatif yang ada.',
    deleted: 'Inisiatif ini sudah dihapus: ceritanya tidak dapat ditambah atau diubah. Pulihkan inisiatifnya dahulu.',
  },
  date: { invalid: 'Tanggal cerita wajib diisi dengan tanggal yang ada, misalnya 18 Mei 2025.' },
  rupiah: {
    negative: 'Jumlah rupiah tidak boleh negatif.',
    fractional: 'Jumlah rupiah harus bilangan bulat, tanpa sen.',
    tooLarge: 'Jumlah rupiah ini terlalu besar untuk disimpan dengan tepat.',
  },
  resource: { twice: 'Sumber daya ini sudah tercantum; gabungkan jumlahnya dalam satu baris.' },
  photo: {
    unknown: 'Foto ini belum tersimpan di aplikasi. Tambahkan fotonya lagi.',
    notImage: 'Berkas ini bukan foto: hanya gambar JPEG, PNG atau WebP yang dapat dipasang pada cerita.',
    twice: 'Foto yang sama terpasang dua kali.',
  },
  people: {
    unknown:
      'Orang yang dipilih tidak ada di direktori, sudah dihapus, atau data pribadinya sudah dihapus. Pilih lagi dari direktori.',
    tooMany: 'Paling banyak 30 orang dapat dicantumkan pada satu cerita.',
  },
  publish: {
    titleRequired: 'Cerita yang diterbitkan harus berjudul.',
    narrativeRequired: 'Cerita yang diterbitkan harus berisi kisahnya.',
    noConsent:
      'Cerita ini belum dapat diterbitkan: belum ada persetujuan untuk disebut atau tampil dalam publikasi dari {{names}}. Catat persetujuannya di panel Privasi orang itu, keluarkan orangnya dari cerita, atau simpan sebagai draf.',
  },
}

export const attachmentsId = {
  tooLarge: 'Berkas ini {{size}} MB, lebih besar daripada batas {{limit}} MB. Perkecil fotonya atau pilih foto lain.',
  notImage: 'Berkas ini bukan foto: hanya gambar JPEG, PNG atau WebP yang diterima, apa pun nama berkasnya.',
  unreadable: 'Foto ini rusak atau tidak lengkap sehingga tidak dapat dibuka. Pilih foto lain.',
  tooManyPixels: 'Foto ini lebih dari {{limit}} megapiksel. Perkecil ukurannya, lalu coba lagi.',
}
