import { describe, expect, it } from 'vitest'
import { textField } from './fields'
import { createPersonInput, importOpenInput, listOrganisationsInput, organisationFields } from './members'

const issueOf = (result: { success: boolean; error?: { issues: { message: string; params?: unknown }[] } }) =>
  result.success ? null : { message: result.error?.issues[0]?.message, params: result.error?.issues[0]?.params }

const controls = [
  ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![0x09, 0x0a, 0x0d].includes(code)),
  0x7f,
  ...Array.from({ length: 0x20 }, (_, index) => 0x80 + index),
]
const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`

describe('text fields', () => {
  it.each(controls.map((code) => [hex(code), code]))('refuses %s in one-line and multi-line fields', (char, code) => {
    const value = `Yayasan${String.fromCharCode(code)}Bina`
    for (const lines of ['single', 'multi'] as const)
      expect(issueOf(textField(200, lines).safeParse(value))).toEqual({
        message: 'validation.text.control',
        params: { char },
      })
  })

  it('refuses an unpaired surrogate, which no encoding can store, and keeps paired ones (emoji)', () => {
    expect(issueOf(textField(200, 'single').safeParse('a\ud800b'))).toMatchObject({ params: { char: 'U+D800' } })
    expect(issueOf(textField(200, 'multi').safeParse('a\udc00'))).toMatchObject({ params: { char: 'U+DC00' } })
    expect(textField(200, 'single').parse('Rumah Belajar 🌱 Ngawi')).toBe('Rumah Belajar 🌱 Ngawi')
  })

  it('lets tab and line breaks into multi-line fields only', () => {
    const notes = 'Pertemuan:\n\t- Senin\r\n\t- Kamis'
    expect(textField(4000, 'multi').parse(notes)).toBe(notes)
    for (const [value, char] of [
      ['Jl. Merdeka\n12', 'U+000A'],
      ['YBD\tNgawi', 'U+0009'],
      ['a\r\nb', 'U+000D'],
    ])
      expect(issueOf(textField(200, 'single').safeParse(value))).toEqual({
        message: 'validation.text.lineBreak',
        params: { char },
      })
    // A carriage return on its own is no line break any system writes.
    expect(issueOf(textField(200, 'multi').safeParse('a\rb'))).toMatchObject({ params: { char: 'U+000D' } })
  })

  it('trims first, so a line break pasted at the end of a name is not an error', () => {
    expect(textField(200, 'single').parse(' Yayasan Bina Desa\r\n')).toBe('Yayasan Bina Desa')
  })

  it('keeps what people write: letters with marks, non-breaking spaces, joiners', () => {
    for (const value of ['Lembaga Adat Dayak Ngaju', 'Café Ümmi', 'Rp\u00a010.000', 'क्‍ष'])
      expect(textField(200, 'single').parse(value)).toBe(value)
  })
})

describe('member inputs', () => {
  it('holds names, notes and one-line fields to their rule', () => {
    const result = organisationFields.safeParse({
      name: 'a\0b',
      regencyCode: '35.19',
      address: 'Jl. Pahlawan 3\nRT 02/RW 01',
      notes: 'Baris satu\nBaris dua',
      registrationNumber: 'AHU-0001\n',
      socialMedia: '@bina\tdesa',
      sectorCodes: ['pertanian\u0000'],
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['name', 'validation.text.control'],
      ['socialMedia', 'validation.text.lineBreak'],
      ['sectorCodes.0', 'validation.text.control'],
    ])
    const person = createPersonInput.safeParse({
      name: 'Siti\u0007 Rahayu',
      gender: 'female',
      role: 'leader',
      organisationId: '0190f5c2-6a4e-7cc1-8a2b-3f4d5e6a7b8c',
      notes: 'Ketua\r\nsejak 2019',
    })
    expect(person.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['name', 'validation.text.control'],
    ])
  })

  it('refuses a control character in a search or a file name, with its own message for the file', () => {
    expect(issueOf(listOrganisationsInput.safeParse({ query: 'madiun\0' }))).toEqual({
      message: 'validation.text.control',
      params: { char: 'U+0000' },
    })
    expect(listOrganisationsInput.parse({ query: ' madiun ' }).query).toBe(' madiun ')
    const file = { kind: 'organisations', contentBase64: '' }
    expect(issueOf(importOpenInput.safeParse({ ...file, fileName: 'anggota\u001b[31m.csv' }))).toEqual({
      message: 'validation.import.fileName',
      params: { char: 'U+001B' },
    })
    expect(importOpenInput.parse({ ...file, fileName: 'Daftar OMS (final) – 2026.xlsx' }).fileName).toBe(
      'Daftar OMS (final) – 2026.xlsx',
    )
  })
})
