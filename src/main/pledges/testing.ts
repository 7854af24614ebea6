import { expect } from 'vitest'
import type { Message, Result } from '../../shared/errors'
import { createTranslator } from '../../shared/i18n/translate'
import type { AppDatabase } from '../db'
import { initiatives, needs } from '../initiatives/schema'
import { jawaTimurServices } from '../members/records/testing'
import { readState } from '../sync/state'
import { syncWrite } from '../sync/write'

const translate = createTranslator('id')

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

/**
 * Asserts that a call was refused with this message (on `field`, or as the message) and that nothing was
 * written: the change counter did not move.
 */
export async function expectRefused(
  database: AppDatabase,
  call: () => Promise<Result<unknown>>,
  refusal: string | Message,
  field?: string,
): Promise<void> {
  const message = typeof refusal === 'string' ? { key: refusal } : refusal
  const before = readState(database).changeSeq
  const result = await call()
  if (result.ok) throw new Error(`expected ${message.key}, but the call succeeded`)
  const expected = translate(message)
  expect(expected, `${message.key} is in the catalog`).not.toBe(message.key)
  expect(field ? result.error.fields?.[field] : result.error.message).toBe(expected)
  expect(readState(database).changeSeq).toBe(before)
}
