/** The program indicators by name, for the dashboard, the printed summary and the workbook (Bahasa Indonesia). */
export const indicatorNamesId = {
  oms: {
    members: 'OMS di direktori',
    active: 'OMS anggota aktif',
    new: 'OMS baru bergabung',
    engaged: 'OMS terlibat',
    assessed: 'OMS menilai kapasitasnya',
  },
  people: {
    leaders: 'Pemimpin & pengelola OMS',
    trainers: 'Pelatih',
    women: 'Pemimpin & pengelola perempuan',
    young: 'Pemimpin & pengelola muda',
  },
  cop: {
    sessions: 'Sesi terselenggara',
    participants: 'Orang terlatih',
    leadersTrained: 'Pemimpin & pengelola terlatih',
    womenTrained: 'Pemimpin & pengelola perempuan terlatih',
    youngTrained: 'Pemimpin & pengelola muda terlatih',
    graduates: 'Lulusan ToT',
    graduateReach: 'Dilatih oleh lulusan ToT',
    scoreGain: 'Rata-rata kenaikan nilai',
  },
  initiatives: {
    all: 'Inisiatif layanan lokal',
  },
  pledges: {
    all: 'Janji dukungan',
    fundsPledged: 'Dana dijanjikan',
    fundsReceived: 'Dana diterima',
    inKindValue: 'Nilai dukungan non-dana',
    volunteerHours: 'Jam relawan diterima',
    fulfilled: 'Janji terpenuhi',
    overdue: 'Janji terlambat',
    fee: 'Biaya pengelolaan',
    provincialShare: 'Bagian provinsi',
  },
  governments: {
    engaged: 'Pemerintah daerah terlibat',
  },
}
