import type { Harness } from '../../scripts/harness/server'
import { seedCascade } from './cop-seed'
import { daysFromToday, seedFulfilment, seedFundsPledge, seedGalangDaya } from './pledges-seed'

/**
 * The dashboard's story: the ToT cascade of Kabupaten and Kota Madiun (seven people, six trained:
 * Siti, Budi and Wati at Bina Desa's and Makmur's ToTs, then Agus, Joko and Rudi; Dewi, Siti and
 * Budi lead or manage; two of the six are women) and one funds pledge of Rp 5.000.000 from Bank
 * Jatim, of which Rp 1.250.000 has come in.
 */
export async function seedDashboard(harness: Harness) {
  const cascade = await seedCascade(harness)
  const galangDaya = await seedGalangDaya(harness)
  const pledge = await seedFundsPledge(
    harness,
    { initiativeId: galangDaya.initiativeId, supporterId: galangDaya.bank },
    { rupiah: 5_000_000, pledgedOn: daysFromToday(-10), dueOn: daysFromToday(20) },
  )
  await seedFulfilment(harness, { pledgeId: pledge.id, receivedOn: daysFromToday(-5), rupiah: 1_250_000 })
  return { ...cascade, ...galangDaya, pledgeId: pledge.id }
}
