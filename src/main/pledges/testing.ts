import type { AppDatabase } from '../db'
import { initiatives, needs } from '../initiatives/schema'
import { jawaTimurServices } from '../members/records/testing'
import { syncWrite } from '../sync/write'

/** An initiative of Kabupaten Madiun with a funds need and a goods need, as its own capability writes them. */
export function addInitiative(database: AppDatabase, title = 'Air bersih Desa Sukorejo', regencyCode = '35.19') {
  return syncWrite(database, (writer) => {
    const initiativeId = writer.insert(initiatives, {
      leadOrganisationId: '01900000-0000-7000-8000-000000000001',
      title,
      regencyCode,
      status: 'published',
      statusSince: '2026-01-01',
    })
    const fundsNeed = writer.insert(needs, {
      initiativeId,
      form: 'funds',
      description: 'Pipa dan tandon',
      targetRupiah: 50_000_000,
    })
    const goodsNeed = writer.insert(needs, {
      initiativeId,
      form: 'goods',
      description: 'Semen',
      targetQuantity: 100,
      unit: 'sak',
    })
    return { initiativeId, fundsNeed, goodsNeed }
  })
}

/** A Jawa Timur hub whose clock reads 15 Juni 2026, 10.00 WIB, with one initiative. */
export async function galangDaya(start = Date.parse('2026-06-15T03:00:00Z')) {
  const clock = { now: start }
  const context = await jawaTimurServices({ clock: () => clock.now })
  return { ...context, clock, ...addInitiative(context.database) }
}
