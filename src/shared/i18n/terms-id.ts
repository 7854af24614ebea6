/**
 * Names of fixed lists that main's files (the workbook) and the renderer's screens both print, so
 * a form of support or a session format reads the same in a sheet as on screen (Bahasa Indonesia).
 */
export const termNamesId = {
  supportForm: {
    funds: 'Dana',
    goods: 'Barang/fasilitas',
    time: 'Waktu & keahlian',
    knowledge: 'Pengetahuan & teknologi',
    policy: 'Kebijakan/advokasi',
    cooperation: 'Kerja sama',
    other: 'Lainnya',
  },
  sessionFormat: {
    webinar: 'Webinar',
    online_training: 'Pelatihan daring',
    offline_training: 'Pelatihan luring',
    tot: 'ToT',
    mentoring: 'Pendampingan',
    cop_discussion: 'Diskusi CoP',
  },
  pledgeStatus: {
    promised: 'Dijanjikan',
    partial: 'Sebagian terpenuhi',
    fulfilled: 'Terpenuhi',
    overdue: 'Terlambat',
    cancelled: 'Dibatalkan',
  },
}
