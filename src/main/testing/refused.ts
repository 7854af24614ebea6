import { expect } from 'vitest'
import type { Message, Result } from '../../shared/errors'
import { createTranslator } from '../../shared/i18n/translate'
import type { AppDatabase } from '../db'
import { readState } from '../sync/state'

const translate = createTranslator('id')

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
