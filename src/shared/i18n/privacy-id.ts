import { privacyAccessId } from './privacy-access-id'
import { privacyRecordId } from './privacy-record-id'

/** Personal data protection (UU PDP): consent, requests, erasure (Bahasa Indonesia). */
export const privacyId = {
  erased: 'Data orang ini sudah dihapus atas permintaannya; yang tersisa hanya untuk indikator dan tidak dapat diubah.',
  certificateNoConsent:
    'Sertifikat {{name}} tidak dicetak: orang ini belum atau tidak lagi setuju namanya dicantumkan. Catat persetujuannya di halaman orang itu.',
  requestClosed: 'Permintaan ini sudah dijawab; catatannya tidak diubah lagi.',
  requestNotFound: 'Permintaan ini tidak ditemukan.',
  access: privacyAccessId,
  record: privacyRecordId,
  validation: {
    purposes: 'Pilih sedikitnya satu tujuan persetujuan.',
    method: 'Pilih cara persetujuan diberikan: formulir kertas, lisan, atau elektronik.',
    recordedBy: 'Isi nama petugas yang mencatat persetujuan ini.',
    birthYearNeeded:
      'Tahun lahir orang ini belum diisi. Isi tahun lahir ({{min}}–{{max}}) agar usianya diketahui: di bawah 18 tahun, persetujuan harus dari orang tua atau wali.',
    guardianNeeded:
      'Orang ini berusia {{age}} tahun pada tanggal persetujuan, menurut tahun lahirnya. Di bawah 18 tahun, persetujuan harus diberikan oleh orang tua atau wali: isi nama orang tua atau wali yang memberikannya.',
    notGiven:
      'Penarikan tidak dapat dicatat untuk tujuan yang persetujuannya tidak sedang berlaku (belum pernah diberikan atau sudah ditarik); hapus centangnya:',
    proofMissing: 'Pindaian bukti persetujuan tidak ditemukan. Lampirkan lagi berkasnya.',
    receivedAt: 'Isi tanggal dan jam permintaan diterima.',
    kind: 'Pilih jenis permintaan.',
    requester: 'Isi nama orang yang mengajukan permintaan.',
    verification: 'Tulis bagaimana identitas pemohon diperiksa, misalnya "KTP dicocokkan dengan data".',
    outcome: 'Tulis apa yang dilakukan untuk menjawab permintaan ini.',
    retentionYears: 'Isi masa simpan dengan bilangan bulat dari {{min}} sampai {{max}} tahun.',
  },
}
