import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { attendanceValidationEn } from '../../../shared/i18n/attendance-en'
import { attendanceValidationId } from '../../../shared/i18n/attendance-id'

/** Every key the reader refuses with, read from its source so a new refusal cannot go without words. */
const refusalKeys = readdirSync(__dirname)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .flatMap((file) => [...readFileSync(join(__dirname, file), 'utf-8').matchAll(/refuse\('(\w+)'/g)])
  .map(([, key]) => key)

const translator = (language: 'id' | 'en') => {
  const instance = i18next.createInstance()
  void instance.init({
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: {
      id: { translation: { validation: { cop: { attendance: attendanceValidationId } } } },
      en: { translation: { validation: { cop: { attendance: attendanceValidationEn } } } },
    },
  })
  return instance
}

describe('attendance messages', () => {
  it('has words in both languages for every refusal', () => {
    expect(refusalKeys.length).toBeGreaterThan(10)
    for (const key of refusalKeys) {
      expect(Object.keys(attendanceValidationId)).toContain(key)
      expect(Object.keys(attendanceValidationEn)).toContain(key)
    }
  })

  it('shows row numbers as each language writes them', () => {
    const params = { row: 1234, value: '25:61' }
    expect(translator('id').t('validation.cop.attendance.badTime', params)).toBe(
      'Baris 1.234: waktu "25:61" tidak dikenali. Tulis seperti 2025-05-18 09:02 atau 09.02, lalu pilih berkasnya lagi.',
    )
    expect(translator('en').t('validation.cop.attendance.badTime', params)).toBe(
      'Row 1,234: the time "25:61" is not recognised. Write it like 2025-05-18 09:02 or 09:02, then choose the file again.',
    )
  })
})
